import type { Line } from './segment.ts';

/**
 * What a line of an article is: running text, a heading, page furniture (copyright, "Most
 * Read", share links), a byline or photo credit, an endnote, or the author's bio.
 */
export type LineKind = 'body' | 'heading' | 'boilerplate' | 'byline' | 'citation' | 'bio';

export interface LaidOutLine extends Line {
  kind: LineKind;
}

/** Page furniture, bylines and author bios report nothing about missions: stages skip them. */
export function reportsNothing(line: LaidOutLine): boolean {
  return line.kind === 'boilerplate' || line.kind === 'byline' || line.kind === 'bio';
}

// Boilerplate: words that open the line, words anywhere in it, and the Korean notices. Three
// patterns, not one: Korean alternatives in an English pattern make the scan of every line slower.
const BOILERPLATE_START =
  /^(?:most read\b|read more\b|follow us\b|featured posts?$|recent posts?$|search by tags$|archive$|(?:top|bottom) of page$|photo(?:graph)?s?:|photo by\b|made with\b|share (?:this|on)\b|sign up\b|subscribe\b|advertisement$|related(?: articles| stories)?:?$|[•·]\s|\(updates? with\b|click here\b|copyright\b)/i;
const BOILERPLATE_ANYWHERE = /©|\(c\)\s*\d{4}|\ball rights reserved\b|views expressed|comments posted/i;
const BOILERPLATE_KO = /무단\s*전재|재배포\s*금지|저작권자/;
const BYLINE =
  /^(?:-{1,2}\s*)?(?:by|reporting by|writing by|editing by|edited by|with assistance from|additional reporting by|written by)\s+\S/i;
const NAME_DATE = /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}\s*[|｜]\s*\d{4}/u;
export const CITATION =
  /^\s*(?:\d{1,3}\.|\[\d{1,3}\])\s+.{0,120}?\((?:\d{4}[a-z]?|n\.d\.)(?:,\s*\p{Lu}\p{Ll}+\.?(?:\s+\d{1,2})?)?\)\./u;

// A regular expression with \p{…} written inside a function is rebuilt on every call once
// bundled (esbuild turns it into `new RegExp(…)`): these live at the top level.
const LETTER = /\p{L}/u;

// Running text ends its paragraphs with punctuation; titles, section heads and menu items
// do not (Korean headlines drop the sentence-final 다).
// (The last character is looked up rather than matched with `$`, which V8 tries at every position.)
const SENTENCE_END = new Set('.!?…:"”’)');

function isHeading(s: string): boolean {
  if (SENTENCE_END.has(s.charAt(s.length - 1)) || s.length > 140) return false;
  if (/[\uac00-\ud7a3]/.test(s)) return !s.endsWith('다') && s.length <= 60;
  const words = s.split(/\s+/).filter((w) => LETTER.test(w));
  return words.length > 0 && words.length <= 16;
}

// An endnote starts with its number ("12." or "[12]") and a name-and-date byline has a bar: both
// are cheap to rule out, so most lines skip those patterns.
const mayBeCitation = (s: string) => /^\s*[\d[]/.test(s);
const mayBeNameDate = (s: string) => s.includes('|') || s.includes('｜');

/** Sorts each line into a kind; `bylineNames` are names that head an author bio. */
export function layOut(text: string, lines: readonly Line[], bylineNames: readonly string[]): LaidOutLine[] {
  return lines.map((line) => {
    const s = text.slice(line.start, line.end);
    let kind: LineKind = 'body';
    if (mayBeCitation(s) && CITATION.test(s)) kind = 'citation';
    else if (BOILERPLATE_START.test(s) || BOILERPLATE_ANYWHERE.test(s) || BOILERPLATE_KO.test(s))
      kind = 'boilerplate';
    else if ((BYLINE.test(s) && s.split(/\s+/).length <= 14) || (mayBeNameDate(s) && NAME_DATE.test(s)))
      kind = 'byline';
    else if (
      bylineNames.some(
        (n) => s.startsWith(n) && (s.startsWith(' is ', n.length) || s.startsWith(' was ', n.length)),
      )
    )
      kind = 'bio';
    else if (isHeading(s)) kind = 'heading';
    return { start: line.start, end: line.end, index: line.index, kind };
  });
}
