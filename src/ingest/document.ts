import type { PartialDate } from '../domain/dates.ts';
import { type Attribution, speaksFor } from './attribution.ts';
import { type Citation, citationOf } from './citations.ts';
import { type Credits, creditsOf } from './credits.ts';
import { type DateMention, datesIn, dayOf } from './dates.ts';
import { type Place, placesIn } from './gazetteer.ts';
import { type LaidOutLine, layOut } from './layout.ts';
import { type Trigger, triggersIn } from './missions.ts';
import { type NumberMention, numbersIn } from './numbers.ts';
import { linesOf, type Sentence, sentencesOf } from './segment.ts';
import { type Span, spanKey } from './span.ts';
import { type TableRow, tableRows } from './tables.ts';

/** One document read once: lines, sentences, places and credits, shared by every stage. */
export interface Analysis {
  text: string;
  doc: string;
  published: PartialDate | null;
  lines: LaidOutLine[];
  sentences: Sentence[];
  citations: Map<number, Citation>;
  credits: Credits;
  /** The state whose missions the document is about when a sentence does not say (`KP`). */
  home: string | null;
  /** All places in the text, in order. */
  places: Place[];
  /** Rows of the document's tables (tab- or pipe-separated), for the stages that read tables. */
  tables: TableRow[];
  /** Numbers and dates found so far, by span, so that stages reading the same text share them. */
  cache: {
    numbers: Map<number | string, NumberMention[]>;
    dates: Map<number | string, DateMention[]>;
    /** The publication day as `datesIn` reads it (`dayOf`), made on first use. */
    day?: Date | null;
    /** The source each span names, as `attributionOf` reads it. */
    attributions: Map<number | string, Attribution | null>;
    /** The status words of each span read so far (`triggersWithin`). */
    triggers: Map<number | string, readonly Trigger[]>;
  };
}

const KP = /North Korea|Pyongyang|DPRK|N\. Korea|People[’']s Republic of Korea|북한|北/;
const SUBJECT_VERB =
  /^\s+(?:has|have|had|is|was|will|would|plans|planned|closed|shut|shuttered|opened|reopened|announced|decided|withdrew|said|operates|maintains|currently)\b/;

function homeOf(text: string, places: readonly Place[]): string | null {
  if (KP.test(text)) return 'KP';
  const votes = new Map<string, number>();
  for (const p of places) {
    if (p.form === 'city' && !p.capital) continue;
    if (!SUBJECT_VERB.test(text.slice(p.end, p.end + 20)) && !p.possessive) continue;
    if (speaksFor(text, p)) continue;
    votes.set(p.code, (votes.get(p.code) ?? 0) + 1);
  }
  let best: string | null = null;
  let most = 0;
  for (const [code, n] of votes) {
    if (n > most) {
      best = code;
      most = n;
    }
  }
  return best;
}

/** Reads a document's layout and sentences; `published` anchors relative dates. */
export function analyse(text: string, doc: string, published: PartialDate | null): Analysis {
  const credits = creditsOf(text);
  const lines = layOut(text, linesOf(text), credits.bylines);
  const citations = new Map<number, Citation>();
  for (const line of lines) {
    if (line.kind !== 'citation') continue;
    const c = citationOf(text, line);
    if (c) citations.set(line.index, c);
  }
  const sentences = sentencesOf(text, lines);
  const places = placesIn(text);
  return {
    text,
    doc,
    published,
    lines,
    sentences,
    citations,
    credits,
    home: homeOf(text, places),
    places,
    tables: tableRows(text, lines, published),
    cache: { numbers: new Map(), dates: new Map(), attributions: new Map(), triggers: new Map() },
  };
}

/** The places inside a span, by binary search over the document's places. */
export function placesWithin(analysis: Analysis, span: Span): Place[] {
  const { places } = analysis;
  let lo = 0;
  let hi = places.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((places[mid]?.start ?? 0) < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Place[] = [];
  for (let i = lo; i < places.length; i++) {
    const p = places[i];
    if (!p || p.start >= span.end) break;
    if (p.end <= span.end) out.push(p);
  }
  return out;
}

/** The line a sentence sits on (line indexes are positions in `lines`). */
export function lineOf(analysis: Analysis, sentence: Sentence): LaidOutLine {
  const line = analysis.lines[sentence.line];
  if (!line) throw new Error(`sentence at ${sentence.start} points at missing line ${sentence.line}`);
  return line;
}

/** The numbers in a span (memoised per document). */
export function numbersWithin(analysis: Analysis, span: Span): NumberMention[] {
  const key = spanKey(analysis.text, span);
  let found = analysis.cache.numbers.get(key);
  if (!found) {
    found = numbersIn(analysis.text, span.start, span.end);
    analysis.cache.numbers.set(key, found);
  }
  return found;
}

/** The dates in a span, resolved against the publication date (memoised per document). */
export function datesWithin(analysis: Analysis, span: Span): DateMention[] {
  const key = spanKey(analysis.text, span);
  let found = analysis.cache.dates.get(key);
  if (!found) {
    const { cache } = analysis;
    if (cache.day === undefined) cache.day = dayOf(analysis.published);
    found = datesIn(analysis.text, span, analysis.published, cache.day);
    analysis.cache.dates.set(key, found);
  }
  return found;
}

/**
 * The status words in a span with the places inside it (memoised per document: the status and
 * count stages read the same sentences). Shared between stages, so read-only.
 */
export function triggersWithin(analysis: Analysis, span: Span): readonly Trigger[] {
  const key = spanKey(analysis.text, span);
  let found = analysis.cache.triggers.get(key);
  if (!found) {
    found = triggersIn(analysis.text, span, placesWithin(analysis, span));
    analysis.cache.triggers.set(key, found);
  }
  return found;
}
