import { classOf, UPPER, WORD } from './chars.ts';
import type { Place } from './gazetteer.ts';
import { ORG_KEYWORDS } from './lexicon/organizations.ts';
import type { Span } from './span.ts';

/** A word of a capitalised run, without a possessive ending. */
export interface NameToken extends Span {
  text: string;
  possessive: boolean;
  place: Place | null;
}

/** A run of capitalised words ("Office of Foreign Assets Control", "Kim Jong Un"). */
export interface NameRun extends Span {
  tokens: NameToken[];
}

// Marks the end of a candidate stretch: never adjacent to anything, so it ends the run.
const BREAK: NameToken = { start: -1, end: -1, text: ',', possessive: false, place: null };
const ASTRAL_UPPER = /\p{Lu}/uy;
const ASTRAL_WORD = /[\p{L}\p{M}\p{N}]/uy;
const ABBREVIATION =
  /^(?:(?:\p{Lu}\.)+|Corp\.|Co\.|Inc\.|Ltd\.|Jr\.|Sr\.|Dr\.|Mr\.|Mrs\.|Ms\.|Prof\.|St\.|Gen\.|Col\.|Lt\.|Capt\.|Rep\.|Sen\.|Sgt\.|Maj\.)$/u;
const CONNECTORS = new Set([
  'of',
  'for',
  'and',
  'the',
  'on',
  'de',
  'du',
  'la',
  'al',
  'von',
  'van',
  'der',
  'y',
  '&',
  // French, Portuguese, Dutch, Arabic and other particles of names and firms ("Société Kara
  // Bâtiment et Travaux", "Ana dos Santos", "Mohammed bin Salman").
  'et',
  'des',
  'und',
  'da',
  'das',
  'dos',
  'di',
  'del',
  'bin',
  'ibn',
  'bint',
  'el',
  'le',
]);
// The particles that join a person's name: "Ursula von der Leyen", "Mohammed bin Salman".
const NAME_PARTICLES = new Set([
  'van',
  'von',
  'der',
  'de',
  'du',
  'da',
  'das',
  'dos',
  'di',
  'del',
  'la',
  'le',
  'bin',
  'ibn',
  'bint',
  'al',
  'el',
]);
// "and" in another language: "Bâtiment et Travaux".
const AND_WORDS = new Set(['and', '&', 'et', 'und']);
// "NK News on Tuesday": a day or month after a small word is not part of the name.
const CALENDAR =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
// Words that take an "of" inside a name although they are not organisation words.
const JOINS_OF = new Set([
  'Kingdom',
  'Republic',
  'Chiefs',
  'Bank',
  'Secretary',
  'Minister',
  'Court',
  'Union',
  'Federation',
  'Commonwealth',
  'State',
  'States',
  'Emirates',
]);

const COMPANY_END = /^(?:Limited|Ltd\.?|LLC|LLP|JSC|PLC|Inc\.?|Corp\.?|Co\.|GmbH|S\.A\.|AG|Pte)$/;

export function isKeyword(token: string): boolean {
  return ORG_KEYWORDS.has(token) || (token.endsWith('.') && ORG_KEYWORDS.has(token.slice(0, -1)));
}

const UPPER_FIRST = /^\p{Lu}/u;

function isUpperInitial(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  // "al-Saadi": a particle and a hyphen, then the capital.
  if (c < 128) return (word.charCodeAt(2) === 45 || word.charCodeAt(3) === 45) && particleLength(word, 0) > 0;
  return UPPER_FIRST.test(word);
}

// Arabic articles and the like written onto a surname: "al-Saadi", "el-Sisi", "ash-Shara".
const HYPHENED_PARTICLES = new Set([
  'al',
  'el',
  'ad',
  'ar',
  'as',
  'ash',
  'at',
  'az',
  'ud',
  'ul',
  'an',
  'bin',
  'ibn',
  'abu',
]);

/** The length of a particle and its hyphen ("al-") that a capital follows at `i`, 0 when there is none. */
export function particleLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 97 || c > 122) return 0;
  // The particles have two or three letters.
  const dash = text.charCodeAt(i + 2) === 45 ? i + 2 : text.charCodeAt(i + 3) === 45 ? i + 3 : -1;
  if (dash < 0 || !HYPHENED_PARTICLES.has(text.slice(i, dash))) return 0;
  const d = text.charCodeAt(dash + 1);
  return (d >= 65 && d <= 90) || (d >= 128 && d < 0xd800 && classOf(d) & UPPER) ? dash + 1 - i : 0;
}

/** The length of the capital letter (`\p{Lu}`) at `i`: 0 when there is none, 2 for a surrogate pair. */
function capitalAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90 ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    // Outside the Basic Multilingual Plane (𝐀): the regular expression reads the pair.
    ASTRAL_UPPER.lastIndex = i;
    return ASTRAL_UPPER.test(text) ? 2 : 0;
  }
  return classOf(c) & UPPER ? 1 : 0;
}

/** The length of the name character (`[\p{L}\p{M}\p{N}’'.&-]`) at `i`, 0 when there is none. */
function nameCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) {
    return (c >= 97 && c <= 122) ||
      (c >= 65 && c <= 90) ||
      (c >= 48 && c <= 57) ||
      c === 39 ||
      c === 46 ||
      c === 38 ||
      c === 45
      ? 1
      : 0;
  }
  if (c === 0x2019) return 1;
  if (c >= 0xd800 && c <= 0xdbff) {
    ASTRAL_WORD.lastIndex = i;
    return ASTRAL_WORD.test(text) ? 2 : 0;
  }
  return classOf(c) & WORD ? 1 : 0;
}

function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 || c === 0xa0;
}

const HONORIFICS = new Set(['Mr.', 'Ms.', 'Mrs.', 'Mme.', 'Dr.', 'Prof.']);

/** A line break at `i` right after an honorific ("Mr.\n"), which does not end the name. */
function isHonorificBreak(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 10 || text.charCodeAt(i - 1) !== 46) return false;
  const start = text.lastIndexOf(' ', i - 2) + 1;
  return i - start <= 5 && HONORIFICS.has(text.slice(start, i));
}

// Where a capital may be: an ASCII one, or any character outside ASCII (`capitalAt` decides).
const MAY_BE_CAPITAL = /[A-Z\u0080-\uffff]/g;

/** Where the next capital letter at or after `from` is, or -1 when there is none before `end`. */
function nextCapital(text: string, from: number, end: number): number {
  MAY_BE_CAPITAL.lastIndex = from;
  for (let m = MAY_BE_CAPITAL.exec(text); m && m.index < end; m = MAY_BE_CAPITAL.exec(text))
    if (capitalAt(text, m.index)) return m.index;
  return -1;
}

/** Where the capitalised word at `at` ends ("al-Saadi" counts as one). */
function wordEnd(text: string, at: number): number {
  let i = at + (capitalAt(text, at) || particleLength(text, at));
  for (let n = nameCharAt(text, i); n; n = nameCharAt(text, i)) i += n;
  return i;
}

/** The length of the small word (`of`, `and`, `&` ...) at `i` that a space follows, 0 when there is none. */
function connectorAt(text: string, i: number): number {
  // No small word is longer than three letters.
  let j = i;
  while (j < i + 4 && j < text.length && !isSpaceAt(text, j)) j++;
  return j > i && isSpaceAt(text, j) && CONNECTORS.has(text.slice(i, j)) ? j - i : 0;
}

/**
 * Reads the candidate stretch that starts with the capital at `at`: capitalised words
 * separated by spaces and small words, as
 * `\p{Lu}[\p{L}\p{M}\p{N}’'.&-]*(?:[ \u00a0]+(?:(?:of|for|...|&)[ \u00a0]+)*\p{Lu}[\p{L}\p{M}\p{N}’'.&-]*)*`
 * would match it. Its words before `limit` go to `out` (a word across `limit` is cut there),
 * and the return value is where the stretch ends. Read by character because the regular
 * expression, run at every capital, cost more than the rest of the scan; the pattern never
 * needs to backtrack, since no small word starts with a capital or a space.
 */
function readStretch(
  text: string,
  at: number,
  limit: number,
  places: readonly Place[],
  out: NameToken[],
): number {
  let end = wordEnd(text, at);
  pushWord(text, at, Math.min(end, limit), places, out);
  for (;;) {
    let i = end;
    if (!isSpaceAt(text, i)) {
      // "Mr.\nRami Haddad": a hard-wrapped line may break after an honorific.
      if (!isHonorificBreak(text, i)) return end;
      i++;
    }
    while (isSpaceAt(text, i)) i++;
    // Small words belong to the stretch only when a capitalised word follows them.
    const before = out.length;
    for (let n = connectorAt(text, i); n; n = connectorAt(text, i)) {
      if (i < limit) pushWord(text, i, Math.min(i + n, limit), places, out);
      i += n;
      while (isSpaceAt(text, i)) i++;
    }
    if (!capitalAt(text, i) && !particleLength(text, i)) {
      out.length = before;
      return end;
    }
    end = wordEnd(text, i);
    if (i < limit) pushWord(text, i, Math.min(end, limit), places, out);
  }
}

/** A regular expression with the `u` flag starting inside a surrogate pair starts at the pair. */
function pairStart(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c < 0xdc00 || c > 0xdfff) return at;
  const before = text.charCodeAt(at - 1);
  return before >= 0xd800 && before <= 0xdbff ? at - 1 : at;
}

/** The word `[from, to)` as a token, without its possessive ending and trailing dots. */
function pushWord(text: string, from: number, to: number, places: readonly Place[], out: NameToken[]): void {
  // "&" joins words but is not one.
  if (text.charCodeAt(from) === 38) return;
  let word = text.slice(from, to);
  if (word.includes('.')) {
    word = word.replace(/\.\d+$/, '');
    if (word.endsWith('.') && !ABBREVIATION.test(word)) word = word.replace(/\.+$/, '');
  }
  let possessive = false;
  let base = word;
  const last = word.charCodeAt(word.length - 1);
  if (last === 115 && (word.endsWith('’s') || word.endsWith("'s"))) {
    base = word.slice(0, -2);
    possessive = true;
  } else if ((last === 0x2019 || last === 39) && word.charCodeAt(word.length - 2) === 115) {
    base = word.slice(0, -1);
    possessive = true;
  }
  while (base.endsWith('-') || base.endsWith('&')) base = base.slice(0, -1);
  if (!base) return;
  const end = from + base.length;
  let p = 0;
  while (p < places.length && (places[p]?.end ?? 0) < end) p++;
  const candidate = places[p];
  const place = candidate && candidate.start <= from && end <= candidate.end ? candidate : null;
  out.push({ start: from, end, text: base, possessive, place });
}

/**
 * Runs of capitalised words in `span`, joined over "of", "for", "and", "the" inside a name
 * ("Royal United Services Institute for Defence and Security Studies"). A possessive ends a
 * run unless an organisation word follows ("Korean People's Army"), and a possessive place
 * always does ("North Korea's Foreign Ministry" → "North Korea", "Foreign Ministry").
 */
export function capitalisedRuns(text: string, span: Span, places: readonly Place[]): NameRun[] {
  // Lower-case words only ever end a run, so only the stretches that start with a capital are
  // tokenised.
  const tokens: NameToken[] = [];
  for (let at = nextCapital(text, pairStart(text, span.start), span.end); at >= 0; ) {
    const stretchEnd = readStretch(text, at, span.end, places, tokens);
    tokens.push(BREAK);
    at = nextCapital(text, stretchEnd, span.end);
  }
  const runs: NameRun[] = [];
  let current: NameToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (t === BREAK) {
      current = flush(current, runs);
      continue;
    }
    const prev = current[current.length - 1];
    const capital = isUpperInitial(t.text);
    if (prev) {
      const wordEnd = prev.possessive ? prev.end + 2 : prev.end;
      const adjacent =
        t.start - wordEnd === 1 && (text.charCodeAt(wordEnd) === 32 || isHonorificBreak(text, wordEnd));
      if (
        (!adjacent || prev.possessive) &&
        !(prev.possessive && adjacent && capital && keepsPossessive(prev, tokens, i))
      )
        current = flush(current, runs);
    }
    if (capital) {
      current.push(t);
      continue;
    }
    if (current.length === 0 || !CONNECTORS.has(t.text)) {
      current = flush(current, runs);
      continue;
    }
    let j = i + 1;
    while (CONNECTORS.has(tokens[j]?.text ?? '')) j++;
    const before = current[current.length - 1]?.text ?? '';
    // "Office of Foreign Assets Control", "Institute for Defence and Security Studies" join over
    // small words; "Professor Nam of Korea University" and "Kim Jong-un and Putin" do not.
    const last = current[current.length - 1];
    const joins =
      t.text === 'the'
        ? current.some((c) => isKeyword(c.text) || JOINS_OF.has(c.text))
        : AND_WORDS.has(t.text)
          ? // "Sinjin Trading Company Limited and Golden Lotus JSC": a complete company name ends the run.
            current.some((c) => isKeyword(c.text)) && !COMPANY_END.test(before)
          : isKeyword(before) ||
            JOINS_OF.has(before) ||
            current.some((c) => isKeyword(c.text)) ||
            // "Ursula von der Leyen": a person's particles, after a name that is not a place.
            (NAME_PARTICLES.has(t.text) && current.length <= 3 && !last?.place && !last?.possessive);
    const joinsAnd = joins || (t.text === 'and' && pluralsUpTo(current, tokens, j));
    const next = tokens[j]?.text ?? '';
    if (joinsAnd && isUpperInitial(next) && !CALENDAR.test(next)) current.push(t);
    else current = flush(current, runs);
  }
  current = flush(current, runs);
  return runs;
}

const ADJECTIVE_END = /(?:omic|ical|cial|ural|tive|amic|atic)$/;

/**
 * "Roads and Bridges Agency", "Posts and Telecommunications Authority": a plural noun, "and", and an
 * organisation word within the next three capitalised words make one name.
 */
function pluralsUpTo(current: readonly NameToken[], tokens: readonly NameToken[], next: number): boolean {
  const last = current[current.length - 1];
  if (!last || last.place || last.possessive || last.text.length < 4) return false;
  // "Economic and Financial Crimes Commission": an adjective joins as a plural does.
  if (!last.text.endsWith('s') && !ADJECTIVE_END.test(last.text)) return false;
  for (let k = next; k < next + 3 && k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || t === BREAK || !isUpperInitial(t.text)) return false;
    if (isKeyword(t.text)) return true;
  }
  return false;
}

/** Ends the run being read: small words come off its end, and the rest, if any, is a run. */
function flush(current: NameToken[], runs: NameRun[]): NameToken[] {
  while (current.length && !isUpperInitial(current[current.length - 1]?.text ?? '')) current.pop();
  const first = current[0];
  const last = current[current.length - 1];
  if (!first || !last) return current;
  runs.push({ start: first.start, end: last.end, tokens: current });
  return [];
}

/** "Korean People's Army" keeps its possessive; "RUSI's OSIA" and "Korea's Foreign Ministry" do not. */
function keepsPossessive(prev: NameToken, tokens: readonly NameToken[], next: number): boolean {
  // "Treasury's Office of Foreign Assets Control": an organisation's own unit is named apart.
  if (prev.place || isKeyword(prev.text)) return false;
  for (let j = next; j < tokens.length && j < next + 5; j++) {
    const t = tokens[j];
    if (!t || !isUpperInitial(t.text)) return false;
    if (isKeyword(t.text)) return true;
  }
  return false;
}
