import type { Qualifier } from '../domain/claim.ts';
import { isSpaceUnit } from './chars.ts';
import { CURRENCY_NAMES, ISO_CODES } from './lexicon/currencies.ts';
import type { Span } from './span.ts';

/** A number as the text writes it: "more than 1 million", "$1.7 billion", "a dozen", "2조원". */
export interface NumberMention extends Span {
  value: number;
  qualifier: Qualifier;
  /** ISO 4217 code when the number is an amount of money. */
  currency: string | null;
  /** Korean counter written after the digits (개, 곳, 명, 개국), if any. */
  counter: string | null;
  /** A bare integer from 1000 to 2100: a year unless a noun says otherwise ("2000 containers"). */
  yearLike: boolean;
  /** Written in digits ("3") rather than words ("three"). */
  digits: boolean;
}

const UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  // South Asian scales: "BDT 38 crore" is 380 million taka, "Rs 5 lakh" 500,000 rupees.
  crore: 1e7,
  lakh: 1e5,
  mn: 1e6,
  bn: 1e9,
  m: 1e6,
  b: 1e9,
  k: 1e3,
};
const CURRENCY_SYMBOL: Record<string, string> = {
  $: 'USD',
  US$: 'USD',
  'U.S.$': 'USD',
  TSh: 'TZS',
  KSh: 'KES',
  USh: 'UGX',
  HK$: 'HKD',
  R$: 'BRL',
  A$: 'AUD',
  C$: 'CAD',
  S$: 'SGD',
  '₦': 'NGN',
  '₹': 'INR',
  BRL: 'BRL',
  Rp: 'IDR',
  IDR: 'IDR',
  CHF: 'CHF',
  NGN: 'NGN',
  RUB: 'RUB',
  INR: 'INR',
  ZAR: 'ZAR',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₩': 'KRW',
  USD: 'USD',
  EUR: 'EUR',
  KRW: 'KRW',
  GBP: 'GBP',
  JPY: 'JPY',
  CNY: 'CNY',
  KPW: 'KPW',
};
// ISO 4217 codes written before an amount ("PLN 60,000", "AED 11.4 million", "MGA 2.1 billion"):
// each is its own code. ALL and TOP are left out: in a headline in capitals they are words ("ALL 17 CREW").
for (const code of ISO_CODES) if (code !== 'ALL' && code !== 'TOP') CURRENCY_SYMBOL[code] ??= code;
// The first word of each currency name ("kenyan" of "Kenyan shillings"): most words after a
// number are not one, and need no look-up of longer names.
const NAME_FIRST_WORDS = new Set([...CURRENCY_NAMES.keys()].map((name) => name.split(' ')[0]));
// A word of a currency name: letters, inner dots ("U.S."), apostrophes ("pa'anga").
const NAME_WORD = /\s+(\p{L}(?:[\p{L}ʻ'’-]|\.(?=\p{L}))*)(\.)?/uy;

/** A Latin letter, or a dot or apostrophe inside a name's first word ("u.s.", "pa'anga"). */
function isNameChar(c: number): boolean {
  return isAsciiLetter(c) || c === 46 || c === 39 || c === 0x2bb || c === 0x2019 || (c >= 0xc0 && c < 0x250);
}

/** The currency name right after an amount ("2.1 billion ariary", "Kenyan shillings"): its code and end. */
function currencyNameAt(
  text: string,
  at: number,
  to: number,
): { code: string; name: string; end: number } | null {
  // Most numbers are followed by a word that starts no name: read it by hand before the pattern.
  let start = at;
  while (start < to && isSpaceUnit(text.charCodeAt(start))) start++;
  let end = start;
  while (end < to && isNameChar(text.charCodeAt(end))) end++;
  if (start === at || end === start) return null;
  // Dots after the word end a sentence ("Won...") unless the word is an abbreviation ("U.S.").
  while (
    end > start + 1 &&
    text.charCodeAt(end - 1) === 46 &&
    !NAME_FIRST_WORDS.has(text.slice(start, end).toLowerCase())
  )
    end--;
  if (!NAME_FIRST_WORDS.has(text.slice(start, end).toLowerCase())) return null;
  NAME_WORD.lastIndex = at;
  let m = NAME_WORD.exec(text);
  // Up to four words ("West African CFA francs"); the longest name wins.
  const words: { word: string; dotted: string; end: number }[] = [];
  while (m?.[1] && words.length < 4) {
    const end = m.index + m[0].length;
    if (end > to) break;
    words.push({ word: m[1], dotted: `${m[1]}${m[2] ?? ''}`, end: end - (m[2] ? 1 : 0) });
    NAME_WORD.lastIndex = end;
    m = NAME_WORD.exec(text);
  }
  for (let k = words.length; k > 0; k--) {
    const head = words.slice(0, k - 1).map((w) => w.dotted);
    const last = words[k - 1];
    if (!last) continue;
    const name = [...head, last.word].join(' ');
    const code = CURRENCY_NAMES.get(name.toLowerCase());
    if (code) return { code, name, end: last.end };
  }
  return null;
}

const CURRENCY_KO: Record<string, string> = {
  원: 'KRW',
  달러: 'USD',
  유로: 'EUR',
  엔: 'JPY',
  위안: 'CNY',
  홍콩달러: 'HKD',
  싱가포르달러: 'SGD',
  호주달러: 'AUD',
  캐나다달러: 'CAD',
  나미비아달러: 'NAD',
  루블: 'RUB',
  파운드: 'GBP',
  디르함: 'AED',
  즐로티: 'PLN',
  바트: 'THB',
  텡게: 'KZT',
};
const SCALE_KO: Record<string, number> = { 조: 1e12, 억: 1e8, 만: 1e4 };

const WORD = `(?:(?:${Object.keys(TENS).join('|')})(?:[- ](?:${Object.keys(UNITS).slice(0, 9).join('|')}))?|${Object.keys(UNITS).join('|')})`;
// The codes found where a number may start (NAMED_START); a digit looks back for the others.
const NAMED_CODES = new Set('USD EUR KRW GBP JPY CNY KPW BRL NGN RUB INR ZAR IDR CHF'.split(' '));
const NUMBER = new RegExp(
  String.raw`(?<cur>US\$|U\.S\.\s?\$|HK\$|R\$|A\$|C\$|S\$|\$|€|£|¥|₩|₦|₹|Rp\s?|[TKU]Sh\s?|(?:${[...NAMED_CODES].join('|')})\s?)?` +
    // "48 000", "EUR 640 000": thousands grouped by (narrow, no-break) spaces, as in EU and
    // French texts; "USD 2,3 million": a decimal comma before a scale word. A number word ends
    // its word: "four" is not read out of "fourteen".
    String.raw`(?<num>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])|\d{1,3},\d{1,2}(?=\s?(?:million|billion|thousand|mn|bn)\b)|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|half\s+a\s+dozen|(?:a|${WORD})\s+(?:dozen|hundred)|${WORD}(?![a-z]))` +
    String.raw`(?:\s?(?<scale>hundred|thousand|million|billion|trillion|crore|lakh|mn|bn)\b|(?<short>[mbk])\b)?`,
  'giy',
);
// Where a number may start: a digit or currency sign (SIGN), or one of these. The two kinds
// never start at the same character, so scanning them apart finds the same starts as one
// pattern would, and each simple pattern scans much faster than their union.
const NAMED_START = new RegExp(
  String.raw`US\$|U\.S\.\s?\$|HK\$|[RACS]\$|Rp\s?\d|[TKU]Sh\s?\d|\b(?:USD|EUR|KRW|GBP|JPY|CNY|KPW|BRL|NGN|RUB|INR|ZAR|IDR|CHF|half a dozen|a (?:dozen|hundred)|${WORD})\b`,
  'gi',
);

const SIGN = /[$€£¥₩₦₹\d]/g;

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
const KOREAN =
  /(?<num>\d+(?:,\d{3})*(?:\.\d+)?)(?<rest>(?:\s?(?:조|억|천만|백만|만|천)(?:\s?\d+(?:,\d{3})*(?:\.\d+)?)?)*)(?<over>여|餘)?\s?(?<unit>원|홍콩달러|싱가포르달러|호주달러|캐나다달러|나미비아달러|달러|유로|엔|위안|루블|파운드|디르함|즐로티|바트|텡게|개국|개|곳|명|名|발|척|톤|대|건)?/y;

const QUALIFIER_BEFORE: [RegExp, Qualifier][] = [
  [
    /\b(?:more than|over|upwards of|in excess of|exceed(?:s|ed|ing)?|above|greater than|beyond)\s*[“"‘'*_]*\s*$/i,
    'more_than',
  ],
  [/\b(?:at least|no fewer than|no less than|a minimum of|minimum of)\s*[“"‘'*_]*\s*$/i, 'at_least'],
  [
    /\b(?:up to|as many as|as much as|no more than|at most|a maximum of|maximum of|fewer than|less than|under|below|just under)\s*[“"‘'*_]*\s*$/i,
    'up_to',
  ],
  [
    /\b(?:nearly|almost|about|around|approximately|approx\.|roughly|some|an estimated|estimated|close to|circa|approaching|an approximate)\s*[“"‘'*_]*\s*$/i,
    'about',
  ],
  [/(?:약|대략|거의)\s?$/, 'about'],
  [/(?:최대)\s?$/, 'up_to'],
  [/(?:최소)\s?$/, 'at_least'],
];
const QUALIFIER_AFTER_KO: [RegExp, Qualifier][] = [
  [/^\s?(?:이상)/, 'at_least'],
  [/^\s?(?:넘는|넘게|넘어|초과|남짓)/, 'more_than'],
  [/^\s?(?:가량|정도|안팎|내외|쯤)/, 'about'],
  [/^\s?(?:이하|미만)/, 'up_to'],
];
const MONTH = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*$/;
const MONTH_AFTER =
  /^\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;

function wordValue(raw: string): number | null {
  const s = raw.toLowerCase().replace(/\s+/g, ' ');
  if (s === 'half a dozen') return 6;
  const mult = /^(.+) (dozen|hundred)$/.exec(s);
  if (mult?.[1] && mult[2]) {
    const base = mult[1] === 'a' ? 1 : wordValue(mult[1]);
    return base === null ? null : base * (mult[2] === 'dozen' ? 12 : 100);
  }
  if (UNITS[s] !== undefined) return UNITS[s];
  const [tens, unit] = s.split(/[- ]/);
  if (tens && TENS[tens] !== undefined) return TENS[tens] + (unit ? (UNITS[unit] ?? 0) : 0);
  return null;
}

// The last word of each English qualifier, and the last character of each Korean one.
const QUALIFIER_LAST_WORDS = new Set(
  `than over of exceed exceeds exceeded exceeding above beyond least to as most under below nearly almost
  about around approximately approx. roughly some estimated circa approaching approximate`.split(/\s+/),
);
const QUALIFIER_LAST_KO = new Set([...'약략의대소'].map((c) => c.charCodeAt(0)));
// What may stand between a qualifier and its number: spaces, quotation marks, emphasis.
const QUALIFIER_TRAIL = new Set([...'“"‘\'*_'].map((c) => c.charCodeAt(0)));
const isQualifierTrail = (c: number) => isSpaceUnit(c) || QUALIFIER_TRAIL.has(c);

function qualifierBefore(text: string, at: number): Qualifier {
  const from = Math.max(0, at - 24);
  // Every qualifier ends its text but for spaces and quotes: most numbers follow no such word,
  // and need not try the patterns, which search the whole text for an ending.
  let end = at;
  while (end > from && isQualifierTrail(text.charCodeAt(end - 1))) end--;
  if (
    !QUALIFIER_LAST_KO.has(text.charCodeAt(end - 1)) &&
    !QUALIFIER_LAST_WORDS.has(lastWord(text, from, end))
  )
    return 'exact';
  const before = text.slice(from, at);
  for (const [re, q] of QUALIFIER_BEFORE) if (re.test(before)) return q;
  return 'exact';
}

/** The ASCII letters (and a final '.') that end text[from, end), lower-cased. */
function lastWord(text: string, from: number, end: number): string {
  let start = text[end - 1] === '.' ? end - 1 : end;
  while (start > from && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end).toLowerCase();
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Numbers in `text` between `from` and `to`, with the qualifier written before them.
 * Skips what is not a count or an amount: digits glued to letters ("Covid-19", "122mm",
 * "1990s"), percentages, ranges ("73–88"), dates ("Nov. 2") and ordinals.
 *
 * @example
 * numbersIn('sent more than 1 million shells and $1.7 billion')
 * // [{ value: 1000000, qualifier: 'more_than', ... }, { value: 1700000000, currency: 'USD', ... }]
 */
export function numbersIn(text: string, from = 0, to = text.length): NumberMention[] {
  const out: NumberMention[] = [];
  // Candidates are searched in the span's own text: a search of the whole text from `from`
  // would run on to the next number, however far past `to` it is.
  const span = text.slice(from, to);
  // The next start of each kind at or after `pos`, kept until the search passes it.
  let pos = 0;
  NAMED_START.lastIndex = 0;
  let named = NAMED_START.exec(span);
  let sign = -1;
  for (;;) {
    if (named && named.index < pos) {
      NAMED_START.lastIndex = pos;
      named = NAMED_START.exec(span);
    }
    if (sign < pos) {
      SIGN.lastIndex = pos;
      sign = SIGN.exec(span)?.index ?? span.length;
    }
    const signFirst = sign < span.length && (!named || sign < named.index);
    if (!signFirst && !named) break;
    const index = signFirst ? sign : (named?.index ?? 0);
    const word = signFirst ? (span[sign] ?? '') : (named?.[0] ?? '');
    const at = from + index;
    // The other ISO codes are not searched for: a digit looks back for one ("PLN 60,000").
    let code: CodeBefore | null = null;
    if (signFirst && at - from >= 4 && isUpper(text.charCodeAt(at - 2))) {
      const before = /\b([A-Z]{3})\s?$/.exec(text.slice(Math.max(from, at - 5), at));
      if (before?.[1] && CURRENCY_SYMBOL[before[1]] && !NAMED_CODES.has(before[1]))
        code = { start: at - before[0].length, code: before[1] };
    }
    const first = text.charCodeAt(at);
    const found =
      first >= 48 && first <= 57 && !code
        ? (matchKorean(text, at, to) ?? matchEnglish(text, at, to, null))
        : matchEnglish(text, at, to, code);
    pos = found ? found.end - from : index + word.length;
    if (!found || rejected(text, found)) continue;
    // "3~4곳", "30만~50만 달러": a range counts as its upper bound.
    if (RANGE_TILDE.test(text.slice(Math.max(0, found.start - 8), found.start))) found.qualifier = 'up_to';
    out.push(found);
  }
  // "between $250,000 and $400,000": a range counts as its upper bound, the lower one goes.
  joinRanges(
    out,
    (a, b) =>
      a.currency === b.currency &&
      BETWEEN_AND.test(text.slice(a.end, b.start)) &&
      BETWEEN.test(text.slice(Math.max(0, a.start - 9), a.start)),
    false,
  );
  // "three or four more", "5 or 6 diplomats": a range counts as its upper bound, read from its start.
  joinRanges(
    out,
    (a, b, before) =>
      b.value > a.value &&
      a.currency === b.currency &&
      a.digits === b.digits &&
      !a.yearLike &&
      !b.yearLike &&
      OR_BETWEEN.test(text.slice(a.end, b.start)) &&
      // "41, 42 or 43 missions" is a list of figures, not a range.
      !(before && LIST_COMMA.test(text.slice(before.end, a.start))),
    true,
  );
  // Korean native numerals before a counter ("다섯 곳", "서너 곳") and "the mid-thirties" are
  // rare; a cheap test skips their patterns for most spans.
  const korean = HANGUL_COUNTER.test(span) ? koreanNative(text, from, span) : null;
  const decade = span.includes('ties') && DECADE_PART.test(span) ? decades(from, span) : null;
  if (!korean?.length && !decade?.length) return out;
  return [...out, ...(korean ?? []), ...(decade ?? [])].sort((a, b) => a.start - b.start);
}

/**
 * Joins each pair of neighbouring numbers that `isRange` reads as a range into its upper bound
 * (`up_to`), which takes the range's start when `fromStart`; `before` is the number before the pair.
 */
function joinRanges(
  out: NumberMention[],
  isRange: (a: NumberMention, b: NumberMention, before: NumberMention | undefined) => boolean,
  fromStart: boolean,
): void {
  for (let i = out.length - 2; i >= 0; i--) {
    const a = out[i];
    const b = out[i + 1];
    if (a && b && isRange(a, b, out[i - 1])) {
      if (fromStart) b.start = a.start;
      b.qualifier = 'up_to';
      out.splice(i, 1);
    }
  }
}

const BETWEEN = /\bbetween\s+$/i;
const BETWEEN_AND = /^\s+and\s+$/;
// A singular currency name, and a plural noun after it ("dollar wire transfers").
const ATTRIBUTIVE = /(?:dollar|euro|pound|franc|peso|rupee|dinar|riyal|rial|shilling|ruble|rouble)$/i;
const PLURAL_NOUN_AFTER = /^\s+(?:[a-z-]+\s+){0,2}?[a-z-]+s\b/;
const OR_BETWEEN = /^\s+or\s+$/;
const LIST_COMMA = /^\s*,\s*$/;
const RANGE_TILDE = /[\d\uac00-\ud7a3]\s?[~～∼〜]\s?$/;
const HANGUL_COUNTER = /[곳개명척대발건]/;

// Native Korean numerals as they are written before a counter; the pairs are ranges ("서너" is
// three or four), which count as their upper bound.
const KO_NATIVE: Record<string, [number, Qualifier]> = {
  한: [1, 'exact'],
  두: [2, 'exact'],
  세: [3, 'exact'],
  네: [4, 'exact'],
  다섯: [5, 'exact'],
  여섯: [6, 'exact'],
  일곱: [7, 'exact'],
  여덟: [8, 'exact'],
  아홉: [9, 'exact'],
  열: [10, 'exact'],
  스무: [20, 'exact'],
  두세: [3, 'up_to'],
  두어: [2, 'about'],
  서너: [4, 'up_to'],
  너덧: [5, 'up_to'],
  네댓: [5, 'up_to'],
  대여섯: [6, 'up_to'],
  예닐곱: [7, 'up_to'],
};
const KO_TEN_UNITS = '한|두|세|네|다섯|여섯|일곱|여덟|아홉';
// "곳", "명" and "개국" may touch the numeral ("다섯곳"); "대", "건", "개" only after a space, as
// "세대" (generation) and "두건" (a hood) are words.
const KO_NATIVE_COUNT = new RegExp(
  String.raw`(?<![\uac00-\ud7a3])(?<num>(?:열|스물)(?:${KO_TEN_UNITS})|대여섯|예닐곱|두세|두어|서너|너덧|네댓|다섯|여섯|일곱|여덟|아홉|스무|열|한|두|세|네)(?:\s?(?<near>곳|명|개국)|\s(?<spaced>개|척|대|발|건))`,
  'g',
);

function koreanNativeValue(num: string): [number, Qualifier] | null {
  const direct = KO_NATIVE[num];
  if (direct) return direct;
  const tens = num.startsWith('열') ? 10 : num.startsWith('스물') ? 20 : 0;
  const unit = KO_NATIVE[num.slice(tens === 10 ? 1 : 2)];
  return tens && unit ? [tens + unit[0], 'exact'] : null;
}

function koreanNative(text: string, from: number, span: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of span.matchAll(KO_NATIVE_COUNT)) {
    const g = m.groups;
    const read = g?.num ? koreanNativeValue(g.num) : null;
    const counter = g?.near ?? g?.spaced;
    if (!read || !counter) continue;
    const start = from + (m.index ?? 0);
    const end = start + m[0].length;
    let qualifier = read[1] === 'exact' ? qualifierBefore(text, start) : read[1];
    if (read[1] === 'exact')
      for (const [re, q] of QUALIFIER_AFTER_KO) if (re.test(text.slice(end, end + 4))) qualifier = q;
    out.push({
      start,
      end,
      value: read[0],
      qualifier,
      currency: null,
      counter,
      yearLike: false,
      digits: false,
    });
  }
  return out;
}

const DECADES: Record<string, number> = {
  twenties: 20,
  thirties: 30,
  forties: 40,
  fifties: 50,
  sixties: 60,
  seventies: 70,
  eighties: 80,
  nineties: 90,
};
// "authorities", "parties": most spans with "ties" name no decade; these words must be there too.
const DECADE_PART = /low|mid|high|upper/i;
const DECADE =
  /\b(?:the\s+)(?<part>low|mid|high|upper)[- ](?<tens>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi;

/** "the mid-thirties" is about 35, "the low forties" about 42, "the high twenties" about 28. */
function decades(from: number, span: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of span.matchAll(DECADE)) {
    const part = m.groups?.part?.toLowerCase() ?? '';
    const tens = DECADES[m.groups?.tens?.toLowerCase() ?? ''];
    if (!tens) continue;
    // "a man in his mid-thirties" is an age: only "the mid-thirties" counts.
    const start = from + (m.index ?? 0) + m[0].indexOf(m.groups?.part ?? '');
    const value = tens + (part === 'low' ? 2 : part === 'mid' ? 5 : 8);
    out.push({
      start,
      end: from + (m.index ?? 0) + m[0].length,
      value,
      qualifier: 'about',
      currency: null,
      counter: null,
      yearLike: false,
      digits: false,
    });
  }
  return out;
}

/** An ISO code written before the digits ("MGA 2.1 billion"), found by looking back from them. */
interface CodeBefore {
  start: number;
  code: string;
}

function matchEnglish(text: string, at: number, to: number, code: CodeBefore | null): NumberMention | null {
  NUMBER.lastIndex = at;
  const m = NUMBER.exec(text);
  if (!m?.groups?.num || m.index + m[0].length > to) return null;
  const start = code?.start ?? m.index;
  const g = m.groups;
  const raw = g.num ?? '';
  const first = raw.charCodeAt(0);
  const digits = first >= 48 && first <= 57;
  if (!digits && /^a$/i.test(raw)) return null;
  const base = digits ? digitValue(raw) : wordValue(raw);
  if (base === null || Number.isNaN(base)) return null;
  const scaleWord = (g.scale ?? g.short ?? '').toLowerCase();
  const currencyPrefix = code?.code ?? g.cur?.trim() ?? '';
  // The pattern ignores case for the number words; a currency code is written in capitals ("try 5").
  if (
    /^[a-z]{3}$/i.test(currencyPrefix) &&
    currencyPrefix !== currencyPrefix.toUpperCase() &&
    !CURRENCY_SYMBOL[currencyPrefix]
  )
    return null;
  // "$20m" is 20 million, but a bare "5 m" is not a scale.
  const scale = scaleWord && (g.scale || currencyPrefix) ? (SCALES[scaleWord] ?? 1) : 1;
  let end = m.index + m[0].length;
  if (g.short && !currencyPrefix) end -= g.short.length;
  // "2.1 billion ariary", "400,000 Kenyan shillings". But "212 U.S. dollar wire transfers": a
  // singular name before a plural noun says what the things counted are in, and the number
  // counts the transfers.
  const name = currencyPrefix ? null : currencyNameAt(text, end, to);
  const attributive =
    name !== null &&
    ATTRIBUTIVE.test(name.name) &&
    PLURAL_NOUN_AFTER.test(text.slice(name.end, name.end + 40));
  if (name && !attributive) end = name.end;
  const currency =
    (currencyPrefix ? CURRENCY_SYMBOL[currencyPrefix.replace(/\s/g, '')] : undefined) ??
    (name && !attributive ? name.code : null);
  // 4.1 × 10⁹ in floating point is 4099999999.9999995: keep the digits the text wrote.
  const value = scale === 1 ? base : Number((base * scale).toPrecision(15));
  const won = currency === 'KRW' && /North Korean\s+$/.test(text.slice(Math.max(0, start - 14), start));
  return {
    start,
    end: trimEnd(text, start, end),
    value,
    qualifier: qualifierBefore(text, start),
    currency: won ? 'KPW' : currency,
    counter: null,
    yearLike:
      digits &&
      !currency &&
      scale === 1 &&
      raw.length === 4 &&
      /^\d{4}$/.test(raw) &&
      base >= 1000 &&
      base <= 2100,
    digits,
  };
}

/** "1,250" → 1250, "48 000" → 48000, "2,3" (a decimal comma, matched only before a scale word) → 2.3. */
function digitValue(raw: string): number {
  // Most numbers are plain digits: nothing to take out.
  let plain = true;
  for (let i = 0; i < raw.length && plain; i++) {
    const c = raw.charCodeAt(i);
    plain = c !== 44 && !isSpaceUnit(c);
  }
  if (plain) return Number(raw);
  if (/^\d{1,3},\d{1,2}$/.test(raw)) return Number(raw.replace(',', '.'));
  return Number(raw.replace(/[,\s]/g, ''));
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isSpaceUnit(text.charCodeAt(e - 1))) e--;
  return e;
}

/**
 * Korean numerals count in groups of 만 (10⁴), 억 (10⁸) and 조 (10¹²); 천 (10³) multiplies
 * inside a group: 1천200만 is (1,000 + 200) × 10,000.
 *
 * @example
 * koreanValue(1, '천200만') // 12000000
 * koreanValue(2, '조 5천억') // 2500000000000
 */
export function koreanValue(first: number, rest: string): number {
  let total = 0;
  let group = 0;
  let pending = first;
  for (const part of rest.match(/(?:조|억|천만|백만|만|천)|\d+(?:,\d{3})*(?:\.\d+)?/g) ?? []) {
    if (part === '천' || part === '천만' || part === '백만') {
      group += pending * (part === '백만' ? 100 : 1000);
      pending = 0;
      if (part === '천') continue;
    }
    const big = part === '천만' || part === '백만' ? 1e4 : SCALE_KO[part];
    if (big) {
      total += (group + pending) * big;
      group = 0;
      pending = 0;
    } else pending = Number(part.replace(/,/g, ''));
  }
  return total + group + pending;
}

function matchKorean(text: string, at: number, to: number): NumberMention | null {
  // A Korean amount has Hangul right after its digits, or after one space: most numbers do not.
  let digitsEnd = at;
  while (isDigitOrSeparator(text.charCodeAt(digitsEnd))) digitsEnd++;
  // In mixed script (國漢文) the word after may be hanja: "40餘 名".
  if (!koreanAfter(text.charCodeAt(digitsEnd)) && !koreanAfter(text.charCodeAt(digitsEnd + 1))) return null;
  KOREAN.lastIndex = at;
  const m = KOREAN.exec(text);
  const g = m?.groups;
  if (!m || !g?.num || !(g.rest || g.unit || g.over) || m.index + m[0].length > to) return null;
  // A Korean amount only when something Korean follows the digits; "2,000 containers" is English.
  const value = koreanValue(Number(g.num.replace(/,/g, '')), g.rest ?? '');
  // 名 is the hanja of the counter 명.
  const unit = g.unit === '名' ? '명' : (g.unit ?? null);
  const end = m.index + m[0].length;
  let qualifier = qualifierBefore(text, m.index);
  // "300여 명": more than 300, as "N여" is read in Korean.
  if (g.over) qualifier = 'more_than';
  const after = text.slice(end, end + 4);
  for (const [re, q] of QUALIFIER_AFTER_KO) if (re.test(after)) qualifier = q;
  return {
    start: m.index,
    end,
    value,
    qualifier,
    currency: unit ? (CURRENCY_KO[unit] ?? null) : null,
    counter: unit && !CURRENCY_KO[unit] ? unit : null,
    yearLike: false,
    digits: true,
  };
}

/** Hangul, or the hanja 餘 and 名 that mixed script writes after a figure. */
function koreanAfter(c: number): boolean {
  return isHangul(c) || c === 0x9918 || c === 0x540d;
}

function isDigitOrSeparator(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 44 || c === 46;
}

function isHangul(c: number): boolean {
  return c >= 0xac00 && c <= 0xd7a3;
}

const YEAR_RANGE = /\b(?:between|from)\s+(?:1[89]|20)\d\d\s*(?:and|to|through|until|till|[–—-])\s*$/;

function rejected(text: string, n: NumberMention): boolean {
  const before = text[n.start - 1] ?? ' ';
  const after = text.slice(n.end, n.end + 12);
  // "줄었다.12)13)": footnote markers run on after the full stop.
  if (/[\p{L}\p{N}_/.:)\]-]/u.test(before) && !/[$€£¥₩]/.test(text[n.start] ?? '')) {
    // Korean particles and counters may touch the digits ("재외공관 44개"), English letters may not.
    if (!/[\uac00-\ud7a3]/.test(before) || n.counter === null) return true;
  }
  if (n.counter === null && n.currency === null && /^[\p{L}\p{N}]/u.test(after)) return true;
  if (
    /^(?:\s?%|\s?per ?cent\b|-[\p{L}]|[–~～-]\s?\d|\(\d|\s\(\d{1,3}\)|:\d|\.\d|,\d|\s?(?:mm|cm|km|kg|st|nd|rd|th)\b)/u.test(
      after,
    )
  )
    return true;
  if (/^[–-]$/.test(before)) return true;
  // "between 2021 and 2024", "from 2019 to 2023": the second year of a range.
  if (n.yearLike && YEAR_RANGE.test(text.slice(Math.max(0, n.start - 28), n.start))) return true;
  if (
    n.digits &&
    n.currency === null &&
    (MONTH.test(text.slice(Math.max(0, n.start - 12), n.start)) || MONTH_AFTER.test(after))
  )
    return true;
  return false;
}
