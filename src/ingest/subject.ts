import { speaksFor } from './attribution.ts';
import type { Place } from './gazetteer.ts';
import type { Span } from './span.ts';

const PREPOSITION =
  /\b(?:in|to|from|with|of|at|by|for|against|like|into|toward|towards|across|between|than|via|on|about|including|and|or|over|following|after|before|unlike|besides|beyond|near|amid|under|within|without|through|as)\s+(?:the\s+)?(?:(?:neighbouring|neighboring|nearby|northern|southern|eastern|western|central)\s+)?$/i;
const LISTED = /^\s*(?:,|,?\s*and|,?\s*or|·)\s*(?:the\s+)?$/i;
const ACTS =
  /^(?:’s|'s)?\s+(?:(?:government|authorities|regime|leadership|foreign ministry)\s+)?(?:\w+ly\s+)?(?:(?:has|have|had|is|are|was|were|does|do|did)n[’']t|has|have|had|is|are|was|were|will|would|could|may|might|can|plans?|planned|planning|intends?|decided|announced|closed|closes|shut|shuts|shuttered|opened|opens|reopened|reopens|withdrew|withdraws|pulled|operates|maintains|runs|said|says|told|moved|began|started|completed|completes|to|also|currently|recently|quietly|reportedly|allegedly|officially|then|now|already|still|no longer)\b/i;
// "Sweden, which reopened its embassy in 2024": a state that acts in a relative clause.
const WHICH_ACTS =
  /^,\s+which\s+(?:\w+ly\s+)?(?:has\s+|had\s+)?(?:closed|shut|shuttered|opened|reopened|withdrew|withdrawn|pulled|moved|restored|resumed)\b/i;
const REPORTED = /\b(?:said|says|told|reported|reports|announced|confirmed|stated|that)\b|밝혔|전했/;
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
  // End of the previous place, and whether a preposition governs it (-1: no previous place).
  let previousEnd = -1;
  let previousGoverned = false;
  for (const p of places) {
    if (p.start < region.start || p.end > at) continue;
    const before = text.slice(Math.max(region.start, p.start - 20), p.start);
    // "from Guinea, Nepal and Spain": every item of a list after a preposition is governed.
    const governed: boolean =
      PREPOSITION.test(before) || (previousGoverned && LISTED.test(text.slice(previousEnd, p.start)));
    previousEnd = p.end;
    previousGoverned = governed;
    if (governed || (p.form === 'city' && !p.capital) || speaksFor(text, p)) continue;
    // "Seoul's foreign ministry said the North would shut ...": a reporter is not the actor.
    if (REPORTED.test(text.slice(p.end, at))) continue;
    if (/[\uac00-\ud7a3北]/.test(p.name)) {
      const rest = (text.slice(p.end, p.end + 6).split(/\s/)[0] ?? '').replace(/^(.+?),$/, '$1');
      if (!KO_SUBJECT.test(rest)) continue;
    } else if (p.form === 'demonym') {
      const next = text.slice(p.end, p.end + 30);
      if (!/^\s+(?:government|authorities|foreign ministry|ministry|regime|leadership|state)\b/i.test(next))
        continue;
    } else if (
      !ACTS.test(text.slice(p.end, p.end + 48)) &&
      !(text.charCodeAt(p.end) === 44 /* , */ && WHICH_ACTS.test(text.slice(p.end, p.end + 48)))
    ) {
      // A subject is followed by its verb: "Spain closed", "Pyongyang plans to", "North Korea's
      // government decided"; not "Spain" in "will cover Spain" or "**Bangladesh**: staff ...".
      continue;
    }
    found = p.code;
  }
  return found;
}
