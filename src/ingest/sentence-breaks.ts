/**
 * Sentence boundaries by the rules of Unicode UAX #29 (the ones ICU and Intl.Segmenter
 * apply), for the characters news text uses, in one pass without allocating per character.
 * Intl.Segmenter gives the same boundaries but costs as much as the rest of extraction
 * together; `sentence-breaks.test.ts` checks the two agree on every fixture article.
 *
 * Rules kept (numbers as in UAX #29): SB6 `.` before a digit, SB7 `U.S` (letter, `.`,
 * capital), SB8 `. ` before a lowercase word (skipping digits and punctuation), SB8a `. ,` and
 * `?!`, SB9–11 closing quotes, brackets and spaces stay with the sentence they end.
 */

enum C {
  Other = 0,
  Upper = 1,
  Lower = 2,
  OLetter = 3,
  Numeric = 4,
  ATerm = 5,
  STerm = 6,
  Close = 7,
  Sp = 8,
  SContinue = 9,
  Sep = 10,
}

const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII[c] = /[A-Z]/.test(ch)
    ? C.Upper
    : /[a-z]/.test(ch)
      ? C.Lower
      : /[0-9]/.test(ch)
        ? C.Numeric
        : ch === '.'
          ? C.ATerm
          : ch === '!' || ch === '?'
            ? C.STerm
            : /["'()[\]{}]/.test(ch)
              ? C.Close
              : ch === ' ' || ch === '\t' || ch === '\v' || ch === '\f'
                ? C.Sp
                : ch === ',' || ch === '-' || ch === ':' || ch === ';'
                  ? C.SContinue
                  : // A line break inside a line is a paragraph broken at a fixed width (see `linesOf`): a space.
                    ch === '\n' || ch === '\r'
                    ? C.Sp
                    : C.Other;
}

const ATERM = new Set([0x2024, 0xfe52, 0xff0e]);
const STERM = new Set([
  0x0589, 0x061f, 0x06d4, 0x0700, 0x0701, 0x0702, 0x0964, 0x0965, 0x203c, 0x203d, 0x2047, 0x2048, 0x2049,
  0x2e2e, 0x3002, 0xfe56, 0xfe57, 0xff01, 0xff1f, 0xff61,
]);
const SCONTINUE = new Set([
  0x037e, 0x060c, 0x060d, 0x2013, 0x2014, 0x3001, 0xfe10, 0xfe11, 0xfe13, 0xfe31, 0xfe32, 0xfe50, 0xfe51,
  0xfe55, 0xfe58, 0xfe63, 0xfe64, 0xff0c, 0xff0d, 0xff1a, 0xff1b, 0xff64,
]);
const SP = new Set([0x00a0, 0x1680, 0x202f, 0x205f, 0x3000]);
const UPPER = /\p{Uppercase}/u;
const LOWER = /\p{Lowercase}/u;
const LETTER = /\p{Alphabetic}/u;
const NUMERIC = /\p{Nd}/u;
// Close: opening and closing punctuation and quotation marks (Line_Break=QU).
const CLOSE = /[\p{Ps}\p{Pe}\p{Pi}\p{Pf}«»‹›❛❜❝❞〝〞〟＂]/u;

// The class of each code unit above ASCII plus one, filled on first sight (0: not read yet).
const wide = new Uint8Array(0x10000);

function wideClass(c: number): C {
  const known = wide[c];
  if (known) return known - 1;
  let k: C;
  const ch = String.fromCharCode(c);
  if (ATERM.has(c)) k = C.ATerm;
  else if (STERM.has(c)) k = C.STerm;
  else if (SCONTINUE.has(c)) k = C.SContinue;
  else if (SP.has(c) || (c >= 0x2000 && c <= 0x200a)) k = C.Sp;
  else if (c === 0x85 || c === 0x2028 || c === 0x2029) k = C.Sep;
  else if (UPPER.test(ch)) k = C.Upper;
  else if (LOWER.test(ch)) k = C.Lower;
  else if (c >= 0xd800 && c <= 0xdfff)
    k = C.OLetter; // astral letters: rare in news text
  else if (LETTER.test(ch)) k = C.OLetter;
  else if (NUMERIC.test(ch)) k = C.Numeric;
  else if (CLOSE.test(ch)) k = C.Close;
  else k = C.Other;
  wide[c] = k + 1;
  return k;
}

function classAt(text: string, i: number): C {
  const c = text.charCodeAt(i);
  return c < 128 ? (ASCII[c] as C) : wideClass(c);
}

/**
 * The ends of the sentences in `text.slice(start, end)` (a single line, whose breaks, if any, are
 * a paragraph's wrapping and read as spaces), each just after the sentence's closing quotes and spaces, the last one `end`.
 */
export function sentenceEnds(text: string, start: number, end: number): number[] {
  const ends: number[] = [];
  for (let i = nextTerminal(text, start, end); i < end; i = nextTerminal(text, i + 1, end)) {
    const k = classAt(text, i);
    // Runs of terminals ("?!", "...") act as one (SB8a).
    let j = i + 1;
    let last = k;
    while (j < end) {
      const t = classAt(text, j);
      if (t !== C.ATerm && t !== C.STerm) break;
      last = t;
      j++;
    }
    const afterTerm = j;
    while (j < end && classAt(text, j) === C.Close) j++;
    const afterClose = j;
    while (j < end && classAt(text, j) === C.Sp) j++;
    i = afterTerm - 1;
    if (j >= end) break;
    const next = classAt(text, j);
    if (last === C.ATerm) {
      if (afterClose === afterTerm && j === afterTerm) {
        // Directly followed: "3.5" (SB6), "U.S" (SB7).
        if (next === C.Numeric) continue;
        const before = afterTerm - 2 >= start ? classAt(text, afterTerm - 2) : C.Other;
        if (next === C.Upper && (before === C.Upper || before === C.Lower)) continue;
      }
      if (lowerFollows(text, j, end)) continue; // SB8
    }
    if (next === C.SContinue || next === C.ATerm || next === C.STerm) continue; // SB8a
    ends.push(j);
  }
  ends.push(end);
  return ends;
}

/** SB8: skipping what is neither a letter, a separator nor a terminal, is the next a lowercase letter? */
function lowerFollows(text: string, from: number, end: number): boolean {
  for (let j = from; j < end; j++) {
    const k = classAt(text, j);
    if (k === C.Lower) return true;
    if (k === C.Upper || k === C.OLetter || k === C.Sep || k === C.ATerm || k === C.STerm) return false;
  }
  return false;
}

/** The first full stop, question or exclamation mark (any ATerm or STerm) at or after `from`, or `end`. */
function nextTerminal(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 ? c === 46 || c === 33 || c === 63 : isWideTerminal(c)) return i;
  }
  return end;
}

function isWideTerminal(c: number): boolean {
  const k = wideClass(c);
  return k === C.ATerm || k === C.STerm;
}
