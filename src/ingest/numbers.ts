import type { Qualifier } from '../domain/claim.ts';
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
const CURRENCY_WORD: Record<string, string> = {
  dollars: 'USD',
  dollar: 'USD',
  'us dollars': 'USD',
  euros: 'EUR',
  euro: 'EUR',
  pounds: 'GBP',
  yen: 'JPY',
  yuan: 'CNY',
  renminbi: 'CNY',
  won: 'KRW',
  rubles: 'RUB',
  naira: 'NGN',
  reais: 'BRL',
  rupiah: 'IDR',
  'swiss francs': 'CHF',
  rupees: 'INR',
  rand: 'ZAR',
  dirhams: 'AED',
  kwacha: 'ZMW',
  roubles: 'RUB',
  francs: 'CHF',
};
const CURRENCY_KO: Record<string, string> = { 원: 'KRW', 달러: 'USD', 유로: 'EUR', 엔: 'JPY', 위안: 'CNY' };
const SCALE_KO: Record<string, number> = { 조: 1e12, 억: 1e8, 만: 1e4 };

const WORD = `(?:(?:${Object.keys(TENS).join('|')})(?:[- ](?:${Object.keys(UNITS).slice(0, 9).join('|')}))?|${Object.keys(UNITS).join('|')})`;
const NUMBER = new RegExp(
  String.raw`(?<cur>US\$|U\.S\.\s?\$|HK\$|R\$|A\$|C\$|S\$|\$|€|£|¥|₩|₦|₹|Rp\s?|(?:USD|EUR|KRW|GBP|JPY|CNY|KPW|BRL|NGN|RUB|INR|ZAR|IDR|CHF)\s?)?` +
    String.raw`(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|half\s+a\s+dozen|(?:a|${WORD})\s+(?:dozen|hundred)|${WORD})` +
    String.raw`(?:\s?(?<scale>hundred|thousand|million|billion|trillion|mn|bn)\b|(?<short>[mbk])\b)?` +
    String.raw`(?:\s+(?<word>US dollars|dollars?|euros?|pounds|yen|yuan|renminbi|won|rubles|roubles|francs|naira|reais|rupees|rupiah|rand|dirhams|kwacha|Swiss francs)\b)?`,
  'giy',
);
// Where a number may start: a digit or currency sign (SIGN), or one of these. The two kinds
// never start at the same character, so scanning them apart finds the same starts as one
// pattern would, and each simple pattern scans much faster than their union.
const NAMED_START = new RegExp(
  String.raw`US\$|U\.S\.\s?\$|HK\$|[RACS]\$|Rp\s?\d|\b(?:USD|EUR|KRW|GBP|JPY|CNY|KPW|BRL|NGN|RUB|INR|ZAR|IDR|CHF|half a dozen|a (?:dozen|hundred)|${WORD})\b`,
  'gi',
);

const SIGN = /[$€£¥₩₦₹\d]/g;
const KOREAN =
  /(?<num>\d+(?:,\d{3})*(?:\.\d+)?)(?<rest>(?:\s?(?:조|억|천만|백만|만|천)(?:\s?\d+(?:,\d{3})*(?:\.\d+)?)?)*)(?<about>여)?\s?(?<unit>원|달러|유로|엔|위안|개국|개|곳|명|발|척|톤|대|건)?/y;

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
  [/^\s?(?:넘는|넘게|넘어|초과)/, 'more_than'],
  [/^\s?(?:가량|정도|안팎|내외)/, 'about'],
  [/^\s?(?:이하|미만)/, 'up_to'],
];
const MONTH = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*$/;
const MONTH_AFTER =
  /^\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

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
const QUALIFIER_LAST_KO = /[약략의대소]/;
const QUALIFIER_TRAIL = /[\s“"‘'*_]/;

function qualifierBefore(text: string, at: number): Qualifier {
  const from = Math.max(0, at - 24);
  // Every qualifier ends its text but for spaces and quotes: most numbers follow no such word,
  // and need not try the patterns, which search the whole text for an ending.
  let end = at;
  while (end > from && QUALIFIER_TRAIL.test(text[end - 1] ?? '')) end--;
  if (!QUALIFIER_LAST_KO.test(text[end - 1] ?? '') && !QUALIFIER_LAST_WORDS.has(lastWord(text, from, end)))
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
    const found = /\d/.test(word)
      ? (matchKorean(text, at, to) ?? matchEnglish(text, at, to))
      : matchEnglish(text, at, to);
    pos = found ? found.end - from : index + word.length;
    if (!found || rejected(text, found)) continue;
    out.push(found);
  }
  return out;
}

function matchEnglish(text: string, at: number, to: number): NumberMention | null {
  NUMBER.lastIndex = at;
  const m = NUMBER.exec(text);
  if (!m?.groups?.num || m.index + m[0].length > to) return null;
  const g = m.groups;
  const raw = g.num ?? '';
  const first = raw.charCodeAt(0);
  const digits = first >= 48 && first <= 57;
  if (!digits && /^a$/i.test(raw)) return null;
  const base = digits ? Number(raw.includes(',') ? raw.replace(/,/g, '') : raw) : wordValue(raw);
  if (base === null || Number.isNaN(base)) return null;
  const scaleWord = (g.scale ?? g.short ?? '').toLowerCase();
  const currencyPrefix = g.cur?.trim() ?? '';
  // "$20m" is 20 million, but a bare "5 m" is not a scale.
  const scale = scaleWord && (g.scale || currencyPrefix) ? (SCALES[scaleWord] ?? 1) : 1;
  let end = m.index + m[0].length;
  if (g.short && !currencyPrefix) end -= g.short.length;
  const currency =
    (currencyPrefix ? CURRENCY_SYMBOL[currencyPrefix.replace(/\s/g, '')] : undefined) ??
    (g.word ? (CURRENCY_WORD[g.word.toLowerCase()] ?? null) : null);
  // 4.1 × 10⁹ in floating point is 4099999999.9999995: keep the digits the text wrote.
  const value = scale === 1 ? base : Number((base * scale).toPrecision(15));
  const won = currency === 'KRW' && /North Korean\s+$/.test(text.slice(Math.max(0, m.index - 14), m.index));
  return {
    start: m.index,
    end: trimEnd(text, m.index, end),
    value,
    qualifier: qualifierBefore(text, m.index),
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

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1] ?? '')) e--;
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
  if (!isHangul(text.charCodeAt(digitsEnd)) && !isHangul(text.charCodeAt(digitsEnd + 1))) return null;
  KOREAN.lastIndex = at;
  const m = KOREAN.exec(text);
  const g = m?.groups;
  if (!m || !g?.num || !(g.rest || g.unit || g.about) || m.index + m[0].length > to) return null;
  // A Korean amount only when something Korean follows the digits; "2,000 containers" is English.
  const value = koreanValue(Number(g.num.replace(/,/g, '')), g.rest ?? '');
  const unit = g.unit ?? null;
  const end = m.index + m[0].length;
  let qualifier = qualifierBefore(text, m.index);
  if (g.about) qualifier = 'about';
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
  if (/[\p{L}\p{N}_/.:-]/u.test(before) && !/[$€£¥₩]/.test(text[n.start] ?? '')) {
    // Korean particles and counters may touch the digits ("재외공관 44개"), English letters may not.
    if (!/[\uac00-\ud7a3]/.test(before) || n.counter === null) return true;
  }
  if (n.counter === null && n.currency === null && /^[\p{L}\p{N}]/u.test(after)) return true;
  if (
    /^(?:\s?%|\s?per ?cent\b|-[\p{L}]|[–-]\s?\d|\s?\(\d|:\d|\.\d|,\d|\s?(?:mm|cm|km|kg|st|nd|rd|th)\b)/u.test(
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
