import type { Place } from './gazetteer.ts';
import type { Span } from './span.ts';

const PREPOSITION =
  /\b(?:in|to|from|with|of|at|by|for|against|like|into|toward|towards|across|between|than|via|on|about|including|and|or|over|following|after|before|unlike|besides|beyond|near|amid|under|within|without|through|as)\s+(?:the\s+)?$/i;
const LISTED = /^\s*(?:,|,?\s*and|,?\s*or|·)\s*(?:the\s+)?$/i;
const KO_SUBJECT = /^(?:이|가|은|는|측은|측이|정부는|정부가|당국은|당국이|,)$/;

/**
 * The state that does the action in `region` before `at`: the last country, capital or
 * nationality ("the Spanish government") not governed by a preposition. "Pyongyang plans
 * to shut" → KP; "Sweden reopened its embassy in Pyongyang" → SE.
 */
export function subjectState(
  text: string,
  places: readonly Place[],
  region: Span,
  at: number,
): string | null {
  let found: string | null = null;
  let previous: { end: number; governed: boolean } | null = null;
  for (const p of places) {
    if (p.start < region.start || p.end > at) continue;
    const before = text.slice(Math.max(region.start, p.start - 20), p.start);
    // "from Guinea, Nepal and Spain": every item of a list after a preposition is governed.
    const governed: boolean =
      PREPOSITION.test(before) ||
      (previous !== null && previous.governed && LISTED.test(text.slice(previous.end, p.start)));
    previous = { end: p.end, governed };
    if (governed) continue;
    // "**Bangladesh**: staff have left ..." names a topic, not the actor.
    if (/^(?:’s|'s)?[*_]*\s*[:,(]/.test(text.slice(p.end, p.end + 6))) continue;
    // "the Lisbon mission": a place written before a mission is where it is.
    if (
      /^\s+(?:embass|consulate|mission|outpost|post\b|office|legation|대사관|영사관|공관)/i.test(
        text.slice(p.end, p.end + 12),
      )
    )
      continue;
    if (p.form === 'city' && !p.capital) continue;
    if (/[\uac00-\ud7a3北]/.test(p.name)) {
      const rest = (text.slice(p.end, p.end + 6).split(/\s/)[0] ?? '').replace(/^(.+?),$/, '$1');
      if (!KO_SUBJECT.test(rest)) continue;
    } else if (p.form === 'demonym') {
      const next = text.slice(p.end, p.end + 30);
      if (!/^\s+(?:government|authorities|foreign ministry|ministry|regime|leadership|state)\b/i.test(next))
        continue;
    } else if (p.possessive) {
      // "North Korea's embassy" names the owner of a thing, "North Korea's government" the actor.
      const next = text.slice(p.end, p.end + 30);
      if (!/^(?:’s|'s)\s+(?:government|authorities|foreign ministry|regime|leadership)\b/i.test(next))
        continue;
    }
    found = p.code;
  }
  return found;
}
