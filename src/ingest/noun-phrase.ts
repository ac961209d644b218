import type { Span } from './span.ts';

/** A short noun phrase: "North Korean workers", "containers of military equipment". */
export interface NounPhrase extends Span {
  /** The phrase up to its head noun ("artillery shells"). */
  core: string;
  /** The last word of the core ("shells"). */
  head: string;
  /** The core with an "of ..." complement when there is one ("containers of military equipment"). */
  full: string;
}

// Words that end a noun phrase: prepositions (except "of", read separately), verbs and
// auxiliaries that typically follow a counted noun, conjunctions and pronouns.
const STOP = new Set(
  `to in on at by for from with into onto over under after before since during until about against between among through
  across toward towards via per than that which who whom whose while when where as and or but nor so yet if because
  is are was were be been being has have had do does did will would shall should can could may might must
  it its they them their he she his her we our you your this these those there here each every both either
  said says told reported added noted were also already reportedly allegedly likely now then more less most least
  sent supplied delivered provided shipped used priced stuffed filled worth including like such amid despite
  according last next ago earlier later yesterday today annually monthly weekly daily abroad overseas still
  currently officially
  a an the`.split(/\s+/),
);

const WORD = /[\p{L}][\p{L}\p{M}’'-]*/uy;
// Spaces, and Markdown emphasis around words ("**three** accredited diplomats").
const SPACE = /[ \t\u00a0*_]+/y;

function readWords(text: string, at: number, limit: number, max: number): { words: string[]; end: number } {
  const words: string[] = [];
  let pos = at;
  let end = at;
  while (words.length < max && pos < limit) {
    SPACE.lastIndex = pos;
    const sp = SPACE.exec(text);
    const from = sp ? pos + sp[0].length : pos;
    WORD.lastIndex = from;
    const w = WORD.exec(text);
    if (!w || from + w[0].length > limit) break;
    if (STOP.has(w[0].toLowerCase()) || w[0].toLowerCase() === 'of') break;
    // "bulk carriers loading at Nampho", "workers employed by", "clinics run by": a participle
    // after a plural noun starts what follows.
    if (
      /s$/i.test(words[words.length - 1] ?? '') &&
      (/(?:ing|ed)$/i.test(w[0]) || text.startsWith(' by ', from + w[0].length))
    )
      break;
    words.push(w[0]);
    pos = from + w[0].length;
    end = pos;
  }
  return { words, end };
}

/**
 * The noun phrase that starts at `at` (after a number), at most four words, plus its
 * "of ..." complement. `null` when no word follows.
 */
export function nounPhraseAfter(text: string, at: number, limit: number): NounPhrase | null {
  const core = readWords(text, at, limit, 4);
  if (core.words.length === 0) return null;
  const head = (core.words[core.words.length - 1] ?? '').replace(/(?:’s|'s|’|')$/, '');
  let full = core.words.join(' ');
  let end = core.end;
  const of = /^[ \t\u00a0]+of[ \t\u00a0]+/.exec(text.slice(core.end, core.end + 6));
  if (of) {
    const tail = readWords(text, core.end + of[0].length, limit, 3);
    if (tail.words.length) {
      full = `${full} of ${tail.words.join(' ')}`;
      end = tail.end;
    }
  }
  const start = text.slice(at, core.end).search(/\S/) + at;
  return { start, end, core: core.words.join(' '), head, full };
}
