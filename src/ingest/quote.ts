import type { Sentence } from './segment.ts';
import { cover, type Span } from './span.ts';

const EDGE = /[\s.,;:]/;

/**
 * The evidence span for a claim: the clauses of `sentence` that hold the claim's words,
 * joined into one contiguous slice and trimmed of edge punctuation. A quote never leaves
 * its sentence and never re-joins text across a line break.
 */
export function quoteSpan(text: string, sentence: Sentence, parts: readonly Span[]): Span {
  const inside = parts.filter((p) => p.start >= sentence.start && p.end <= sentence.end);
  const clauses = sentence.clauses.filter((c) => inside.some((p) => p.start < c.end && c.start < p.end));
  let { start, end } = clauses.length ? cover(clauses) : sentence;
  while (start < end && EDGE.test(text[start] ?? '')) start++;
  while (end > start && EDGE.test(text[end - 1] ?? '')) end--;
  // Drop a quotation mark left open at either edge by the clause split (counted only when an
  // edge is a quotation mark).
  const first = text.charAt(start);
  const last = text.charAt(end - 1);
  const opensEdge = start < end && (first === '“' || first === '"');
  const closesEdge = start < end && (last === '”' || last === '"');
  if (opensEdge || closesEdge) {
    const slice = text.slice(start, end);
    const opens = (slice.match(/[“"]/g) ?? []).length;
    const closes = (slice.match(/[”"]/g) ?? []).length;
    if (opensEdge && opens > closes) start++;
    if (closesEdge && closes > opens && end - 1 > start) end--;
  }
  return end > start ? { start, end } : { start: sentence.start, end: sentence.end };
}
