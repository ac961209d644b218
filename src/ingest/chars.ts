/**
 * Unicode character classes by table, for the scanners that read every character of every
 * document (places): a regular expression with `\p{…}` classes costs several times
 * more per character. Each UTF-16 code unit is classified once, on first sight.
 */

export const UPPER = 1; // \p{Lu}
export const OTHER_LETTER = 2; // \p{Lo}: Hangul, CJK
export const WORD = 4; // \p{L}, \p{M} or \p{N}

const classes = new Uint8Array(0x10000);
const known = new Uint8Array(0x10000);

/** The class bits of a UTF-16 code unit (NaN, past the end of a string, has none). */
export function classOf(c: number): number {
  if (!(c >= 0)) return 0;
  if (known[c]) return classes[c] ?? 0;
  const ch = String.fromCharCode(c);
  let k = 0;
  if (/\p{Lu}/u.test(ch)) k |= UPPER;
  if (/\p{Lo}/u.test(ch)) k |= OTHER_LETTER;
  if (/[\p{L}\p{M}\p{N}]/u.test(ch)) k |= WORD;
  classes[c] = k;
  known[c] = 1;
  return k;
}

/**
 * Whether a UTF-16 code unit is white space as `\s` reads it: the tab to carriage return, the
 * space separators (Zs), the line and paragraph separators and the byte-order mark.
 */
export function isSpaceUnit(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Whether a code unit is a word character as `\b` and `\w` read it without the `u` flag. */
export function isAsciiWordUnit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Whether the character at `i` is a letter, mark or digit (false past the end). */
export function isWordAt(text: string, i: number): boolean {
  return (classOf(text.charCodeAt(i)) & WORD) !== 0;
}
