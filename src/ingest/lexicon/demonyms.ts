/** Adjectives of nationality ("Spanish", "Ugandan") by ISO 3166-1 alpha-2 code. */
const DEMONYMS = `
KP: North Korean, N. Korean
KR: South Korean, S. Korean
CN: Chinese
HK: Hong Konger
TW: Taiwanese
JP: Japanese
RU: Russian, Soviet
MN: Mongolian
VN: Vietnamese
LA: Laotian, Lao
KH: Cambodian
TH: Thai
MM: Burmese
MY: Malaysian
SG: Singaporean
ID: Indonesian
PH: Filipino, Philippine
IN: Indian
PK: Pakistani
BD: Bangladeshi
NP: Nepalese, Nepali
LK: Sri Lankan
AF: Afghan
IR: Iranian
IQ: Iraqi
SY: Syrian
LB: Lebanese
JO: Jordanian
KW: Kuwaiti
QA: Qatari
AE: Emirati
SA: Saudi
OM: Omani
YE: Yemeni
TR: Turkish
IL: Israeli
PS: Palestinian
EG: Egyptian
LY: Libyan
TN: Tunisian
DZ: Algerian
MA: Moroccan
SD: Sudanese
SS: South Sudanese
ET: Ethiopian
ER: Eritrean
UG: Ugandan
KE: Kenyan
TZ: Tanzanian
RW: Rwandan
BI: Burundian
CD: Congolese
AO: Angolan
ZM: Zambian
ZW: Zimbabwean
MZ: Mozambican
NA: Namibian
ZA: South African
BW: Botswanan
MG: Malagasy
NG: Nigerian
GH: Ghanaian
GN: Guinean
SN: Senegalese
ML: Malian
BF: Burkinabe
NE: Nigerien
TD: Chadian
CM: Cameroonian
GQ: Equatorial Guinean
GA: Gabonese
BJ: Beninese
TG: Togolese
CI: Ivorian
LR: Liberian
SL: Sierra Leonean
ES: Spanish
PT: Portuguese
IT: Italian
FR: French
DE: German
GB: British, Scottish
IE: Irish
NL: Dutch
BE: Belgian
CH: Swiss
AT: Austrian
SE: Swedish
NO: Norwegian
DK: Danish
FI: Finnish
PL: Polish
CZ: Czech
SK: Slovak
HU: Hungarian
RO: Romanian
BG: Bulgarian
RS: Serbian
HR: Croatian
GR: Greek
BY: Belarusian
UA: Ukrainian
KZ: Kazakh
UZ: Uzbek
KG: Kyrgyz
AZ: Azerbaijani
GE: Georgian
AM: Armenian
US: American
CA: Canadian
MX: Mexican
CU: Cuban
NI: Nicaraguan
VE: Venezuelan
BR: Brazilian
PE: Peruvian
EC: Ecuadorian
BO: Bolivian
CO: Colombian
PY: Paraguayan
UY: Uruguayan
GT: Guatemalan
HN: Honduran
SV: Salvadoran, Salvadorean
PA: Panamanian
CR: Costa Rican
JM: Jamaican
GY: Guyanese
HT: Haitian
TT: Trinidadian
SR: Surinamese
AR: Argentine, Argentinian
CL: Chilean
AU: Australian
`;

export interface DemonymEntry {
  name: string;
  code: string;
}

export const DEMONYMS_EN: readonly DemonymEntry[] = DEMONYMS.split('\n').flatMap((line) => {
  const m = /^([A-Z]{2}):\s*(.+)$/.exec(line.trim());
  if (!m?.[1] || !m[2]) return [];
  const code = m[1];
  return m[2].split(',').map((name) => ({ name: name.trim(), code }));
});
