import { countries as capitals } from 'countries-list';
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import ko from 'i18n-iso-countries/langs/ko.json' with { type: 'json' };
import { classOf, isAsciiWordUnit, isWordAt, OTHER_LETTER, UPPER } from './chars.ts';
import { CITIES } from './lexicon/cities.ts';
import { DEMONYMS_EN } from './lexicon/demonyms.ts';
import type { Span } from './span.ts';

countries.registerLocale(en);
countries.registerLocale(ko);

/** How a place is named: a country ("Spain"), a city ("Madrid"), an adjective ("Spanish"). */
export type PlaceForm = 'country' | 'city' | 'demonym';

export interface Place extends Span {
  /** ISO 3166-1 alpha-2 code (`HK` for Hong Kong). */
  code: string;
  form: PlaceForm;
  /** The name as written, without a possessive `'s`. */
  name: string;
  /** The English name (`홍콩` → `Hong Kong`); the name itself for English text. */
  english: string;
  /** A capital city, which can stand for its government ("Pyongyang said"). */
  capital: boolean;
  /** Written with a possessive: "Spain's embassy". */
  possessive: boolean;
  /** Korean 주(駐) prefix, "resident in": 주스페인 대사관 is the embassy in Spain. */
  resident: boolean;
}

interface Entry {
  name: string;
  english: string;
  code: string;
  form: PlaceForm;
  capital: boolean;
}

// Names the ISO list lacks, or that news writes differently; they win over the ISO names.
const ALIASES_EN: Record<string, string> = {
  'Democratic Republic of Congo': 'CD',
  'Democratic Republic of the Congo': 'CD',
  'DR Congo': 'CD',
  'D.R. Congo': 'CD',
  DRC: 'CD',
  'Congo-Kinshasa': 'CD',
  Zaire: 'CD',
  Congo: 'CG',
  'Republic of Congo': 'CG',
  'Republic of the Congo': 'CG',
  'Congo-Brazzaville': 'CG',
  Britain: 'GB',
  'Great Britain': 'GB',
  'U.K.': 'GB',
  England: 'GB',
  Scotland: 'GB',
  America: 'US',
  'North Korea': 'KP',
  'N. Korea': 'KP',
  DPRK: 'KP',
  'D.P.R.K.': 'KP',
  "Democratic People's Republic of Korea": 'KP',
  'South Korea': 'KR',
  'S. Korea': 'KR',
  ROK: 'KR',
  PRC: 'CN',
  Laos: 'LA',
  Syria: 'SY',
  Brunei: 'BN',
  Moldova: 'MD',
  Micronesia: 'FM',
  Macedonia: 'MK',
  Burma: 'MM',
  'East Timor': 'TL',
  Swaziland: 'SZ',
  Vatican: 'VA',
  'Holy See': 'VA',
  Holland: 'NL',
  Bosnia: 'BA',
  'Viet Nam': 'VN',
  'Cabo Verde': 'CV',
  'Kingdom of Ethiopia': 'ET',
  Macau: 'MO',
};

const ALIASES_KO: Record<string, string> = {
  북: 'KP',
  北: 'KP',
  北韓: 'KP',
  조선: 'KP',
  한국: 'KR',
  남한: 'KR',
  南: 'KR',
  러시아: 'RU',
  러: 'RU',
  中: 'CN',
  美: 'US',
  日: 'JP',
  대만: 'TW',
  포르투갈: 'PT',
  콩고민주공화국: 'CD',
  민주콩고: 'CD',
  체코: 'CZ',
  에티오피아: 'ET',
  폴란드: 'PL',
  짐바브웨: 'ZW',
  아랍에미리트: 'AE',
  튀니지: 'TN',
  조지아: 'GE',
  기니비사우: 'GW',
  남아프리카공화국: 'ZA',
  남아공: 'ZA',
  중앙아프리카공화국: 'CF',
  콩고공화국: 'CG',
  도미니카공화국: 'DO',
  적도기니: 'GQ',
};

// ISO entries that are common words, people's names or places never in diplomatic news.
const SKIP_CODES = new Set(['JE', 'GG', 'RE', 'BV', 'HM', 'UM', 'TF', 'IO', 'AQ', 'PN', 'IM']);
const SKIP_KO = new Set(['말리', '가나', '오만', '차드', '통가', '괌', '토고', '수단', '피지', '기니']);
// One-syllable Korean aliases only match as a whole token ("북, 홍콩·리비아 공관도 철수").
const WHOLE_TOKEN_KO = new Set(['북', '北', '南', '러', '中', '美', '日', '한국']);

const EN = new Map<string, Entry[]>();
const KO = new Map<string, Entry>();
let koMaxLength = 0;

function addEn(entry: Entry): void {
  const variants = new Set([entry.name, entry.name.replace(/'/g, '’')]);
  for (const name of variants) {
    const first = (name.split(' ')[0] ?? name).replace(/\.$/, '');
    const list = EN.get(first) ?? [];
    if (!list.some((e) => e.name === name)) list.push({ ...entry, name });
    list.sort((a, b) => b.name.length - a.name.length);
    EN.set(first, list);
  }
}

function addKo(entry: Entry): void {
  if (KO.has(entry.name)) return;
  KO.set(entry.name, entry);
  koMaxLength = Math.max(koMaxLength, entry.name.length);
}

for (const [name, code] of Object.entries(ALIASES_EN))
  addEn({ name, english: name, code, form: 'country', capital: false });
for (const [name, code] of Object.entries(ALIASES_KO))
  addKo({ name, english: name, code, form: 'country', capital: false });
for (const city of CITIES) {
  const entry: Entry = {
    name: city.name,
    english: city.english,
    code: city.code,
    form: 'city',
    capital: city.capital,
  };
  if (/[\uac00-\ud7a3]/.test(city.name)) addKo(entry);
  else addEn(entry);
}
// Every other capital, from the countries-list data: "its embassy in Tirana".
const COMMON_WORD_CAPITALS = new Set([
  'Male',
  'Victoria',
  'Kingston',
  'Georgetown',
  'Hamilton',
  'Jamestown',
  'Adamstown',
]);
for (const [code, country] of Object.entries(capitals)) {
  const name = country.capital;
  if (!name || SKIP_CODES.has(code) || COMMON_WORD_CAPITALS.has(name) || /[(,]/.test(name)) continue;
  const first = (name.split(' ')[0] ?? name).replace(/\.$/, '');
  if (EN.get(first)?.some((e) => e.name === name) || countries.getName(code, 'en') === name) continue;
  addEn({ name, english: name, code, form: 'city', capital: true });
}
for (const [code, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
  if (SKIP_CODES.has(code)) continue;
  for (const name of names) {
    if (/[(,]/.test(name) || ALIASES_EN[name] !== undefined) continue;
    if (code === 'HK' || code === 'MO') continue; // cities, added above
    addEn({ name, english: name, code, form: 'country', capital: false });
  }
}
for (const [code, names] of Object.entries(countries.getNames('ko', { select: 'all' }))) {
  if (SKIP_CODES.has(code) || code === 'HK' || code === 'MO') continue;
  for (const name of names) {
    const compact = name.replace(/\s+/g, '');
    if (SKIP_KO.has(compact) || /[(,]/.test(compact)) continue;
    addKo({ name: compact, english: compact, code, form: 'country', capital: false });
  }
}
// Guinea and Sudan are kept in Korean only when written out with a mission or particle,
// since 기니/수단 are also parts of common words (수단 = "means").
addKo({ name: '기니', english: 'Guinea', code: 'GN', form: 'country', capital: false });
addKo({ name: '수단', english: 'Sudan', code: 'SD', form: 'country', capital: false });
for (const d of DEMONYMS_EN)
  addEn({ name: d.name, english: d.name, code: d.code, form: 'demonym', capital: false });

const GUARDED_KO = new Set(['기니', '수단']);
// What may follow a Korean place name inside one token: particles, "resident", missions.
const KO_SUFFIX =
  /^(?:|은|는|이|가|을|를|에|에서|에서도|에서는|에서의|의|도|과|와|로|으로|까지|에도|에는|과의|와의|측|정부|당국|주재|내|이어|에서만|만|대사관\S*|총영사관\S*|영사관\S*|공관\S*|대표부\S*|무역대표부\S*)$/;
const KO_GUARDED_SUFFIX = /^(?:|에서|대사관\S*|공관\S*)$/;

/**
 * The end of the name-like token starting at `at` (a capital or a Hangul/CJK letter):
 * initials with full stops ("U.K."), or a word with inner hyphens and apostrophes
 * ("Guinea-Bissau", "Côte d’Ivoire" reads as two).
 */
function tokenEnd(text: string, at: number): number {
  let k = at;
  let initials = 0;
  while (classOf(text.charCodeAt(k)) & UPPER && text.charCodeAt(k + 1) === 46) {
    k += 2;
    initials++;
  }
  if (initials >= 2) return k;
  let j = at + 1;
  for (;;) {
    while (isWordAt(text, j)) j++;
    const c = text.charCodeAt(j);
    if ((c === 45 || c === 0x2019 || c === 39) && isWordAt(text, j + 1)) j += 2;
    else return j;
  }
}

/** Whether a code unit opens a Korean place name: a Hangul syllable, or 北, 南, 中, 美, 日, 駐. */
function isKoreanStart(c: number): boolean {
  return (
    (c >= 0xac00 && c <= 0xd7a3) ||
    c === 0x5317 ||
    c === 0x5357 ||
    c === 0x4e2d ||
    c === 0x7f8e ||
    c === 0x65e5 ||
    // 駐: "resident in", as 주 (駐알바니아 大使館).
    c === 0x99d0
  );
}
// Where a place name may start: a capital or any character outside ASCII (checked by its class).
const NAME_START = /[A-Z\u0080-\uffff]/g;
/** The length of the possessive ending or full stop a token ends with (`’s`, `'s`, `’`, `'`, `.`), or 0. */
function possessiveEndLength(token: string): number {
  const last = token.charCodeAt(token.length - 1);
  if (last === 115) {
    const before = token.charCodeAt(token.length - 2);
    return before === 0x2019 || before === 39 ? 2 : 0;
  }
  return last === 0x2019 || last === 39 || last === 46 ? 1 : 0;
}

/**
 * Countries, cities and nationality adjectives named in `text` between `from` and `to`,
 * in English and Korean, longest name first ("Democratic Republic of Congo" is CD, not CG).
 *
 * @example
 * placesIn('closed its embassy in Kampala, Uganda').map((p) => p.code) // ['UG', 'UG']
 */
export function placesIn(text: string, from = 0, to = text.length): Place[] {
  const out: Place[] = [];
  NAME_START.lastIndex = from;
  for (let found = NAME_START.exec(text); found && found.index < to; found = NAME_START.exec(text)) {
    const at = found.index;
    const c = text.charCodeAt(at);
    if (c >= 128 && (classOf(c) & (UPPER | OTHER_LETTER)) === 0) continue;
    const tokenTo = tokenEnd(text, at);
    const token = text.slice(at, tokenTo);
    if (isKoreanStart(c)) {
      const place = matchKorean(token, at);
      if (place) out.push(place);
      NAME_START.lastIndex = tokenTo;
      continue;
    }
    let candidates = EN.get(token);
    if (!candidates) {
      // Without a possessive or a full stop: "Spain’s", "Spain's", "Philippines’", "U.K.".
      const cut = possessiveEndLength(token);
      if (cut) candidates = EN.get(token.slice(0, -cut));
    }
    let next = tokenTo;
    if (candidates) {
      for (const entry of candidates) {
        if (!text.startsWith(entry.name, at)) continue;
        const end = at + entry.name.length;
        if (end > to || isWordAt(text, end)) continue;
        // "Spain’s", "Spain's" (a word ends after the s), or "the Philippines’".
        const mark = text.charCodeAt(end);
        const apostrophe = mark === 0x2019 || mark === 39;
        const possessive =
          (apostrophe && text.charCodeAt(end + 1) === 115 && !isAsciiWordUnit(text.charCodeAt(end + 2))) ||
          (apostrophe && entry.name.endsWith('s'));
        out.push({
          start: at,
          end,
          code: entry.code,
          form: entry.form,
          name: entry.name,
          english: entry.english,
          capital: entry.capital,
          possessive,
          resident: false,
        });
        next = end;
        break;
      }
    }
    NAME_START.lastIndex = next;
  }
  return out;
}

function matchKorean(token: string, at: number): Place | null {
  let resident = false;
  let body = token;
  let offset = 0;
  if ((token.startsWith('주') || token.startsWith('駐')) && token.length > 2 && !KO.has(token.slice(0, 2))) {
    resident = true;
    body = token.slice(1);
    offset = 1;
  }
  for (let n = Math.min(body.length, koMaxLength); n >= 1; n--) {
    const name = body.slice(0, n);
    const entry = KO.get(name);
    if (!entry) continue;
    const rest = body.slice(n);
    if (
      WHOLE_TOKEN_KO.has(name) &&
      rest !== '' &&
      !/^(?:이|은|의|과|와|도|측|정부|당국|이어|으로|에서|에|에서의)$/.test(rest)
    )
      continue;
    if (GUARDED_KO.has(name) ? !KO_GUARDED_SUFFIX.test(rest) : !KO_SUFFIX.test(rest)) continue;
    return {
      start: at + offset,
      end: at + offset + n,
      code: entry.code,
      form: entry.form,
      name,
      english: entry.english,
      capital: entry.capital,
      possessive: false,
      resident,
    };
  }
  return null;
}

/** The country of a name, if the gazetteer knows it as a country, city or adjective. */
export function lookupPlace(name: string): Place | null {
  return placesIn(name).find((p) => p.start === 0 && p.end === name.length) ?? null;
}
