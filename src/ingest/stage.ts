import type { Claim } from '../domain/claim.ts';
import type { PartialDate } from '../domain/dates.ts';
import type { Analysis } from './document.ts';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A claim as a stage finds it; `extract` adds the document, the quote text and the stage tag. */
export type ClaimDraft = DistributiveOmit<Claim, 'doc' | 'quote' | 'stage'>;

/** A claim draft with the stage that produced it. */
export type StagedDraft = ClaimDraft & { stage: string };

export interface StageContext {
  doc: string;
  published: PartialDate | null;
}

export interface StageInput {
  analysis: Analysis;
  /** Claims of the stages that ran before, for stages that build on them (entities). */
  earlier: readonly StagedDraft[];
}

/** One extraction step: pure, versioned, its output tagged `name@version`. */
export interface Stage {
  name: string;
  version: string;
  run(input: StageInput, ctx: StageContext): ClaimDraft[];
}
