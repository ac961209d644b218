import type { Claim } from '../domain/claim.ts';
import type { PartialDate } from '../domain/dates.ts';
import { analyse } from './document.ts';
import type { Span } from './span.ts';
import { speakersOf } from './speakers.ts';
import type { Stage, StagedDraft } from './stage.ts';
import { coverageStage } from './stages/coverage.ts';
import { entityStage } from './stages/entity.ts';
import { missionCountStage } from './stages/mission-count.ts';
import { missionStatusStage } from './stages/mission-status.ts';
import { quantityStage } from './stages/quantity.ts';

/** The stages in the order they run; entities come last because they build on the others. */
export const STAGES: readonly Stage[] = [
  missionStatusStage,
  missionCountStage,
  quantityStage,
  coverageStage,
  entityStage,
];

export interface ExtractOptions {
  /** The document's name as claims carry it (a file's base name). */
  doc: string;
  /** Publication day, `YYYY-MM-DD`; anchors "in October", "last week", "Friday". */
  published: PartialDate | null;
}

/**
 * Reads every claim a document supports. Each claim's quote is an exact slice of `text`
 * (`text.slice(start, end) === quote`); a claim that would break that is a bug, and throws.
 *
 * @example
 * extractClaims('North Korea closed its embassy in Spain.', { doc: 'a.txt', published: '2023-11-02' })
 * // [{ kind: 'mission_status', host: 'ES', status: 'closed', quote: 'North Korea closed its embassy in Spain', ... }]
 */
export function extractClaims(text: string, opts: ExtractOptions): Claim[] {
  const analysis = analyse(text, opts.doc, opts.published);
  const ctx = { doc: opts.doc, published: opts.published };
  const drafts: StagedDraft[] = [];
  for (const stage of STAGES) {
    const tag = `${stage.name}@${stage.version}`;
    // Each draft is a fresh object of its stage: tagged in place rather than copied.
    for (const draft of stage.run({ analysis, earlier: drafts }, ctx)) {
      const staged = draft as StagedDraft;
      staged.stage = tag;
      drafts.push(staged);
    }
  }
  let speakers: (string | null)[] | undefined;
  return drafts.map((draft) => {
    // Completed in place (the same key order as a copy would have: the draft's, stage, doc, quote).
    const claim = draft as StagedDraft & Pick<Claim, 'doc' | 'quote'>;
    claim.doc = opts.doc;
    claim.quote = text.slice(draft.start, draft.end);
    // In a transcript, what a speaker says without naming a source is the speaker's word.
    if (claim.attributed_to === null && claim.kind !== 'entity') {
      speakers ??= speakersOf(text, analysis.lines);
      claim.attributed_to = speakers[lineAt(analysis.lines, claim.start)] ?? null;
    }
    // A stage that hands back an empty or out-of-range span is a bug: fail loudly rather than
    // print evidence that is not in the document.
    if (
      !(claim.start >= 0 && claim.start < claim.end && claim.end <= text.length) ||
      text.slice(claim.start, claim.end) !== claim.quote
    ) {
      throw new Error(
        `${claim.stage} produced the span ${claim.start}-${claim.end}, which is not a quote of ${opts.doc}`,
      );
    }
    return claim;
  });
}

/** The index in `lines` of the line holding offset `at` (the last line starting at or before it). */
function lineAt(lines: readonly Span[], at: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lines[mid]?.start ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** One JSON object per line, as `chancery extract --format jsonl` prints them. */
export function toJsonl(claims: readonly Claim[]): string {
  return claims.map((c) => `${JSON.stringify(c)}\n`).join('');
}
