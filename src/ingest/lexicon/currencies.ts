/**
 * Currencies by ISO 4217 code: the adjectives written before a currency's name ("Kenyan"
 * shillings) and its names, singular and plural. The list follows ICU's current codes
 * (`Intl.supportedValuesOf('currency')`) and their English names, with the spellings news
 * texts use ("meticais", "roubles", "CFA francs").
 */
const CURRENCIES = `
AED: UAE, Emirati | dirham dirhams
AFN: Afghan | afghani afghanis
ALL: Albanian | lek leke
AMD: Armenian | dram drams
ANG: Netherlands Antillean | guilder guilders
AOA: Angolan | kwanza kwanzas
ARS: Argentine, Argentinian | peso pesos
AUD: Australian | dollar dollars
AWG: Aruban | florin florins
AZN: Azerbaijani | manat manats
BAM: Bosnian convertible, convertible | mark marks
BBD: Barbadian | dollar dollars
BDT: Bangladeshi | taka takas
BGN: Bulgarian | lev leva
BHD: Bahraini | dinar dinars
BIF: Burundian, Burundi | franc francs
BMD: Bermudian, Bermudan | dollar dollars
BND: Brunei | dollar dollars
BOB: Bolivian | boliviano bolivianos
BRL: Brazilian | real reals reais
BSD: Bahamian | dollar dollars
BTN: Bhutanese | ngultrum ngultrums
BWP: Botswana, Botswanan | pula pulas
BYN: Belarusian | ruble rubles rouble roubles
BZD: Belize | dollar dollars
CAD: Canadian | dollar dollars
CDF: Congolese | franc francs
CHF: Swiss | franc francs
CLP: Chilean | peso pesos
CNY: Chinese | yuan renminbi
COP: Colombian | peso pesos
CRC: Costa Rican | colon colons colones
CUP: Cuban | peso pesos
CVE: Cape Verdean | escudo escudos
CZK: Czech | koruna korunas koruny
DJF: Djiboutian, Djibouti | franc francs
DKK: Danish | krone kroner
DOP: Dominican | peso pesos
DZD: Algerian | dinar dinars
EGP: Egyptian | pound pounds
ERN: Eritrean | nakfa nakfas
ETB: Ethiopian | birr birrs
EUR: | euro euros
FJD: Fijian, Fiji | dollar dollars
GBP: British | pound pounds
GEL: Georgian | lari laris
GHS: Ghanaian, Ghana | cedi cedis
GMD: Gambian | dalasi dalasis
GNF: Guinean | franc francs
GTQ: Guatemalan | quetzal quetzals quetzales
GYD: Guyanese, Guyanaese | dollar dollars
HKD: Hong Kong | dollar dollars
HNL: Honduran | lempira lempiras
HTG: Haitian | gourde gourdes
HUF: Hungarian | forint forints
IDR: Indonesian | rupiah rupiahs
ILS: Israeli new, Israeli | shekel shekels
INR: Indian | rupee rupees
IQD: Iraqi | dinar dinars
IRR: Iranian | rial rials
ISK: Icelandic | krona kronur
JMD: Jamaican | dollar dollars
JOD: Jordanian | dinar dinars
JPY: Japanese | yen
KES: Kenyan, Kenya | shilling shillings
KGS: Kyrgyz | som soms
KHR: Cambodian | riel riels
KMF: Comorian | franc francs
KPW: North Korean | won
KRW: South Korean | won
KWD: Kuwaiti | dinar dinars
KYD: Cayman Islands | dollar dollars
KZT: Kazakh, Kazakhstani | tenge tenges
LAK: Lao, Laotian | kip kips
LBP: Lebanese | pound pounds lira liras
LKR: Sri Lankan | rupee rupees
LRD: Liberian | dollar dollars
LSL: Lesotho | loti maloti lotis
LYD: Libyan | dinar dinars
MAD: Moroccan | dirham dirhams
MDL: Moldovan | leu lei
MGA: Malagasy | ariary ariaries
MKD: Macedonian, North Macedonian | denar denars denari
MMK: Myanmar, Burmese | kyat kyats
MNT: Mongolian | tugrik tugriks togrog
MOP: Macanese, Macau | pataca patacas
MRU: Mauritanian | ouguiya ouguiyas
MUR: Mauritian | rupee rupees
MVR: Maldivian | rufiyaa rufiyaas
MWK: Malawian | kwacha kwachas
MXN: Mexican | peso pesos
MYR: Malaysian | ringgit ringgits
MZN: Mozambican | metical meticals meticais
NAD: Namibian | dollar dollars
NGN: Nigerian | naira nairas
NIO: Nicaraguan | cordoba cordobas córdoba córdobas
NOK: Norwegian | krone kroner
NPR: Nepalese, Nepali | rupee rupees
NZD: New Zealand | dollar dollars
OMR: Omani | rial rials
PAB: Panamanian | balboa balboas
PEN: Peruvian | sol soles
PGK: Papua New Guinean | kina
PHP: Philippine | peso pesos
PKR: Pakistani | rupee rupees
PLN: Polish | zloty zlotys zlotych
PYG: Paraguayan | guarani guaranis guaranies
QAR: Qatari | riyal riyals
RON: Romanian | leu lei
RSD: Serbian | dinar dinars
RUB: Russian | ruble rubles rouble roubles
RWF: Rwandan, Rwandese | franc francs
SAR: Saudi | riyal riyals
SBD: Solomon Islands | dollar dollars
SCR: Seychellois | rupee rupees
SDG: Sudanese | pound pounds
SEK: Swedish | krona kronor
SGD: Singapore, Singaporean | dollar dollars
SHP: St. Helena, Saint Helena | pound pounds
SLE: Sierra Leonean | leone leones
SOS: Somali | shilling shillings
SRD: Surinamese | dollar dollars
SSP: South Sudanese | pound pounds
STN: Sao Tome, São Tomé | dobra dobras
SVC: Salvadoran | colon colons colones
SYP: Syrian | pound pounds lira liras
SZL: Swazi, Eswatini | lilangeni emalangeni
THB: Thai | baht
TJS: Tajik, Tajikistani | somoni somonis
TMT: Turkmen, Turkmenistani | manat manats
TND: Tunisian | dinar dinars
TOP: Tongan | paanga pa'anga paʻanga
TRY: Turkish | lira liras lire
TTD: Trinidad and Tobago, Trinidadian | dollar dollars
TWD: New Taiwan, Taiwanese, Taiwan | dollar dollars
TZS: Tanzanian | shilling shillings
UAH: Ukrainian | hryvnia hryvnias hryvnas
UGX: Ugandan | shilling shillings
USD: US, U.S., American | dollar dollars
UYU: Uruguayan | peso pesos
UZS: Uzbek, Uzbekistani | som soms
VES: Venezuelan | bolivar bolivars bolivares bolívar bolívares
VND: Vietnamese | dong
VUV: Vanuatu | vatu vatus
WST: Samoan | tala talas
XAF: Central African CFA | franc francs
XCD: East Caribbean | dollar dollars
XOF: West African CFA, CFA | franc francs
XPF: CFP | franc francs
YER: Yemeni | rial rials
ZAR: South African | rand rands
ZMW: Zambian | kwacha kwachas
ZWG: Zimbabwe gold | 
ZWL: Zimbabwean, Zimbabwe | dollar dollars
`;

// A name that several currencies share is read alone as the one most texts mean ("dollars"
// are US dollars unless an adjective says otherwise), as the extractor always has.
const USUAL: Record<string, string> = {
  dollar: 'USD',
  dollars: 'USD',
  pounds: 'GBP',
  francs: 'CHF',
  rupees: 'INR',
  kwacha: 'ZMW',
  lei: 'RON',
  som: 'KGS',
  soms: 'KGS',
  dirhams: 'AED',
  rubles: 'RUB',
  roubles: 'RUB',
  won: 'KRW',
  lira: 'TRY',
  'pounds sterling': 'GBP',
  sterling: 'GBP',
  fcfa: 'XOF',
};
// Names that are also English words (or people: "three Afghanis"), read only after an adjective.
const NOT_ALONE = new Set([
  'mark',
  'marks',
  'real',
  'reals',
  'sol',
  'pound',
  'colon',
  'colons',
  'dram',
  'drams',
  'afghani',
  'afghanis',
  'lek',
  'cordoba',
  'cordobas',
  'kina',
]);

/** Every ISO 4217 code in the list. */
export const ISO_CODES: readonly string[] = CURRENCIES.trim()
  .split('\n')
  .map((line) => line.slice(0, 3));

/**
 * Currency names written after an amount, lower-cased, each with its code: "ariary",
 * "kenyan shillings", "cfa francs". A name that several currencies share is only read with its
 * adjective, or as the usual one.
 */
export const CURRENCY_NAMES: ReadonlyMap<string, string> = (() => {
  const names = new Map<string, string>();
  const codesOf = new Map<string, Set<string>>();
  for (const line of CURRENCIES.trim().split('\n')) {
    const code = line.slice(0, 3);
    const [adjectives = '', units = ''] = line.slice(4).split('|');
    for (const unit of units.trim().split(/\s+/).filter(Boolean)) {
      const set = codesOf.get(unit) ?? new Set<string>();
      set.add(code);
      codesOf.set(unit, set);
      for (const adjective of adjectives.split(',').map((a) => a.trim().toLowerCase()))
        if (adjective) names.set(`${adjective} ${unit}`, code);
    }
  }
  for (const [unit, codes] of codesOf) {
    const only = codes.size === 1 ? [...codes][0] : undefined;
    if (only && !NOT_ALONE.has(unit)) names.set(unit, only);
  }
  for (const [name, code] of Object.entries(USUAL)) names.set(name, code);
  return names;
})();
