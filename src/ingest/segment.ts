import { sentenceEnds } from './sentence-breaks.ts';
import type { Span } from './span.ts';
import { matchesWithin, trimSpan } from './span.ts';

const TERMINAL = /[.!?…。]/g;

/** A sentence, with the clauses it splits into and the line (paragraph) it sits on. */
export interface Sentence extends Span {
  line: number;
  /** Computed on first use: most sentences never need them. */
  readonly clauses: Span[];
}

export interface Line extends Span {
  index: number;
}

// A break after these is not the end of a sentence when the next word continues the name
// or the date ("U.N. Security Council", "Nov. 2", "Korea National Insurance Corp. told").
const ABBREVIATION =
  /(?:\b(?:[A-Z]\.){1,3}|\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|Corp|Inc|Co|Ltd|St|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|Jr|Sr|Rep|Sen|Gov|approx|Amb|Hon|Rev|Mt|Ft|N|S)\.)$/;
const STARTER =
  /^(?:The|A|An|It|He|She|They|We|I|This|That|These|Those|In|On|At|But|And|However|Meanwhile|Yet|So|If|When|While|As|Since|After|Before|Its|His|Her|Their|Our|There|Some|Many|Most)\b/;

/**
 * Lines of the text (split on line breaks), trimmed, without the empty ones. A paragraph broken
 * at a fixed width (text taken from a PDF) is one line: its breaks stay in the text, inside the
 * line's span (see `wrapped`).
 */
export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let at = 0;
  let index = 0;
  // The line before, when no blank line stands between it and this one.
  let previous: Line | null = null;
  while (at <= text.length) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    const span = trimSpan(text, { start: at, end: nl });
    if (span.end <= span.start) previous = null;
    else if (previous && wrapped(text, previous, span)) previous.end = span.end;
    else {
      previous = { start: span.start, end: span.end, index: index++ };
      lines.push(previous);
    }
    at = nl + 1;
  }
  return lines;
}

// A word that cannot end a sentence or a heading: a line that ends on one goes on in the next.
const OPEN_END =
  /(?:^|[\s(])(?:the|a|an|of|in|to|for|with|and|or|by|at|from|on|as|that|which|whose|its|their|his|her|our|no|between|among|about|than|into|under|over|per|via|including|Mr\.|Mrs\.|Ms\.|Dr\.|Prof\.|Amb\.)$/;
// What opens a list item, a quotation block or a heading: a line of its own.
const ITEM_START = /^(?:[-*•>#|]|\d{1,3}[.)]\s)/;
// Cells of an aligned table.
const CELLS = /\t|\S {3,}\S|\s\|\s/;

/**
 * Whether line `b` goes on from line `a` right above it, as lines broken at a fixed width do:
 * "Octo-" then "ber 2025", a line that ends inside a phrase ("under the" / "name of an agent",
 * "Mr." / "Rami Haddad") or on a comma. Lines of a table, list items and headings stay apart.
 */
function wrapped(text: string, a: Span, b: Span): boolean {
  const last = text.charCodeAt(a.end - 1);
  const first = text.charCodeAt(b.start);
  const lowerNext = (first >= 97 && first <= 122) || (first >= 0xdf && first <= 0xff && first !== 0xf7);
  let joins: boolean;
  if (lowerNext) {
    // "Octo-" / "ber", "under the" / "name of", "said the" / "embassy": not a link or a path.
    joins =
      last !== 58 /* : */ &&
      last !== 59 /* ; */ &&
      !text.startsWith('http', b.start) &&
      !text.startsWith('www.', b.start);
  } else if (last === 44 /* , */) {
    joins = !ITEM_START.test(text.slice(b.start, b.start + 4));
  } else {
    const letterOrStop = (last >= 97 && last <= 122) || last === 46; /* . */
    joins =
      letterOrStop &&
      a.end - a.start >= 40 &&
      OPEN_END.test(text.slice(a.end - 12, a.end)) &&
      !ITEM_START.test(text.slice(b.start, b.start + 4));
  }
  return joins && !CELLS.test(text.slice(a.start, a.end)) && !CELLS.test(text.slice(b.start, b.end));
}

/**
 * Splits text into sentences by the Unicode rules (`sentence-breaks.ts`, the same boundaries
 * as Intl.Segmenter), one line at a time, and rejoins breaks made after abbreviations.
 */
export function sentencesOf(text: string, lines: readonly Line[] = linesOf(text)): Sentence[] {
  const out: Sentence[] = [];
  // The next ".[" in the text, where a wiki's tag may follow a full stop.
  let tagAt = text.indexOf('.[');
  for (const line of lines) {
    const raw: Span[] = [];
    // A line without a full stop, question or exclamation mark is one sentence (a heading).
    if (!matchesWithin(TERMINAL, text, line)) {
      out.push(sentence(text, line, line.index));
      continue;
    }
    if (tagAt >= 0 && tagAt < line.start) tagAt = text.indexOf('.[', line.start);
    const footnotes =
      (matchesWithin(FOOTNOTE_DOT, text, line) && matchesWithin(FOOTNOTE_HINT, text, line)) ||
      (tagAt >= 0 && tagAt < line.end && matchesWithin(TAG_HINT, text, line));
    let at = line.start;
    for (const end of sentenceEnds(text, line.start, line.end)) {
      const span = trimSpan(text, { start: at, end });
      at = end;
      if (span.end <= span.start) continue;
      // A footnote mark needs the hint's characters inside the sentence itself (its lookbehind
      // cannot see before the slice), so most sentences of a line with one skip the split.
      if (footnotes && (matchesWithin(FOOTNOTE_HINT, text, span) || matchesWithin(TAG_HINT, text, span)))
        raw.push(...splitFootnotes(text, span));
      else raw.push(span);
    }
    const merged: Span[] = [];
    for (const span of raw) {
      const prev = merged[merged.length - 1];
      // "… of 2023.[1] It also …": UAX #29 breaks inside the citation mark; it ends the sentence before.
      if (prev && text.charCodeAt(prev.end - 1) === 91) {
        const mark = /^\d{1,3}\](?:\[\d{1,3}\])*/.exec(text.slice(span.start, span.start + 16));
        if (mark) {
          prev.end = span.start + mark[0].length;
          const rest = trimSpan(text, { start: prev.end, end: span.end });
          if (rest.end <= rest.start) continue;
          span.start = rest.start;
        }
      }
      // Only a break right after a full stop can be an abbreviation's.
      if (prev && text.charCodeAt(prev.end - 1) === 46 && continuesAfterAbbreviation(text, prev, span))
        prev.end = span.end;
      else merged.push(span);
    }
    for (const s of merged) out.push(sentence(text, s, line.index));
  }
  return out;
}

// "… in Hong Kong.1 The withdrawal …", "… 줄었다.12)13) 아시아에서는 …", "… of 2023.[1] It also": a footnote mark glued
// to the full stop hides the sentence break (UAX #29 reads ".1" as part of a number).
const FOOTNOTE_HINT = /[\p{Ll}\p{Lo}”’")]\.\[?\d/u;
// The hint's full stop and digit, looked for first: a plain search, many times cheaper per line.
const FOOTNOTE_DOT = /\.\[?\d/;
// "… in Vientiane.[*dubious – discuss*] The ministry …", "….[citation needed] It": a wiki's
// editorial tag does the same (looked for only in a line with ".[").
const TAG_HINT = /[\p{Ll}\p{Lo}”’")]\.\[\*?\p{Ll}/u;
// The full stop is matched before the lookbehind that checks the letter before it: a pattern that
// opens with a lookbehind is tried at every position.
const FOOTNOTE =
  /\.(?<=[\p{Ll}\p{Lo}”’")]\.)(?:\d{1,4}(?![\d.,])|(?:\d{1,3}\)){1,4}|(?:\[\d{1,3}\]){1,4}|\[\*?\p{Ll}[^[\]\n]{0,40}\])\s+(?=[\p{Lu}\p{Lo}“"])/gu;

/**
 * A sentence whose clauses are split on first use. A class, not an object literal with a getter:
 * a document has hundreds of sentences, and a literal would build a getter and a closure for each.
 */
class LazySentence implements Sentence {
  readonly #text: string;
  #clauses: Span[] | undefined;
  constructor(
    text: string,
    readonly start: number,
    readonly end: number,
    readonly line: number,
  ) {
    this.#text = text;
  }
  get clauses(): Span[] {
    this.#clauses ??= clausesOf(this.#text, this);
    return this.#clauses;
  }
}

function sentence(text: string, span: Span, line: number): Sentence {
  return new LazySentence(text, span.start, span.end, line);
}

function splitFootnotes(text: string, span: Span): Span[] {
  const s = text.slice(span.start, span.end);
  const out: Span[] = [];
  let at = 0;
  FOOTNOTE.lastIndex = 0;
  for (let m = FOOTNOTE.exec(s); m; m = FOOTNOTE.exec(s)) {
    const cut = m.index + m[0].length;
    const piece = trimSpan(text, {
      start: span.start + at,
      end: span.start + m.index + m[0].trimEnd().length,
    });
    if (piece.end > piece.start) out.push(piece);
    at = cut;
  }
  const last = trimSpan(text, { start: span.start + at, end: span.end });
  if (last.end > last.start) out.push(last);
  return out;
}

function continuesAfterAbbreviation(text: string, prev: Span, next: Span): boolean {
  const before = text.slice(Math.max(prev.start, prev.end - 12), prev.end);
  if (!ABBREVIATION.test(before)) return false;
  const after = text.slice(next.start, next.start + 20);
  return /^[\d(]/.test(after) || !STARTER.test(after);
}

// Clause boundaries: strong punctuation, a comma before a subordinating or attributing word,
// and " and " before a new verb phrase ("had withdrawn from X and was in the process of ...").
// The spaces before a mark are read once for all the marks they may lead to (";", "--", "...",
// a dash, "and"): as separate alternatives each would read them again at every space.
const CLAUSE_BREAK =
  /\s*(?:;\s+|--\s+|\.\.\.\s*)|\s+(?:[–—]\s*|and\s+(?=(?:was|is|were|are|has|have|had|will|would|plans|planned|said|then|later)\b))|…|,\s+(?=(?:while|whereas|but|although|though|according to|citing|as per|which|who|amid|making|despite|unlike|because|saying|adding|said|says|told)\b)/g;
const INTRO =
  /^(?:While|Whereas|Although|Though|Since|As|When|After|Before|If|Because|Unlike|Despite|Following|Until|In|On|At|By|During|Last|Earlier|Later)\b/;
const TAIL =
  /,\s+((?:[\p{Lu}\p{Ll}’'.-]+\s+){0,7}?(?:reported|said|says|reports|told [^,.]{1,40}|added|noted|claimed|stated|wrote|announced|confirmed)(?:\s+on\s+\p{Lu}\p{Ll}+|\s+\p{Lu}\p{Ll}+day)?)[.”"]*$/uy;

/** The clause of `sentence` that holds the offset `at`; the whole sentence when none does. */
export function clauseAt(sentence: Sentence, at: number): Span {
  return sentence.clauses.find((c) => c.start <= at && at < c.end) ?? sentence;
}

/** Clauses of a sentence, as spans; a sentence that does not split is one clause. */
export function clausesOf(text: string, sentence: Span): Span[] {
  const s = text.slice(sentence.start, sentence.end);
  const cuts: Span[] = [];
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(s); m; m = CLAUSE_BREAK.exec(s)) {
    cuts.push({ start: m.index, end: m.index + m[0].length });
  }
  if (INTRO.test(s)) {
    const comma = s.indexOf(', ');
    if (comma > 0 && comma < 120 && !cuts.some((c) => c.start < comma))
      cuts.push({ start: comma, end: comma + 2 });
  }
  // No comma inside a tail: only the sentence's last comma can open one, and it is tried alone.
  const comma = s.lastIndexOf(',');
  TAIL.lastIndex = comma;
  const tail = comma >= 0 ? TAIL.exec(s) : null;
  if (tail) cuts.push({ start: tail.index, end: tail.index + 2 });
  cuts.sort((a, b) => a.start - b.start);
  const clauses: Span[] = [];
  let at = 0;
  for (const cut of cuts) {
    if (cut.start < at) continue;
    const span = trimSpan(text, { start: sentence.start + at, end: sentence.start + cut.start });
    if (span.end > span.start) clauses.push(span);
    at = cut.end;
  }
  const last = trimSpan(text, { start: sentence.start + at, end: sentence.end });
  if (last.end > last.start) clauses.push(last);
  return clauses.length ? clauses : [sentence];
}
