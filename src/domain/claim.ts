import { z } from 'zod';
import { PartialDate } from './dates.ts';
import { CountryCode } from './ids.ts';

/**
 * Claims are what the extractor reads out of one document: each carries its evidence (the
 * document, an exact quote and its UTF-16 offsets) and the stage that produced it. Field
 * names are snake_case because this is also the JSONL export contract (../shared/CLAIMS.md).
 */

export const ClaimKind = z.enum(['mission_status', 'mission_count', 'quantity', 'coverage', 'entity']);
export type ClaimKind = z.infer<typeof ClaimKind>;

export const Qualifier = z.enum(['exact', 'about', 'more_than', 'at_least', 'up_to']);
export type Qualifier = z.infer<typeof Qualifier>;

export const ClaimMissionType = z.enum([
  'embassy',
  'consulate',
  'representative_office',
  'trade_office',
  'permanent_mission',
  'unknown',
]);
export type ClaimMissionType = z.infer<typeof ClaimMissionType>;

export const ClaimStatus = z.enum(['closed', 'closing', 'open', 'reopened']);
export type ClaimStatus = z.infer<typeof ClaimStatus>;

/** `name@version` of the stage that produced a claim, e.g. `mission_status@1.0.0`. */
export const StageTag = z
  .string()
  .regex(/^[a-z][a-z0-9_]*@\d+\.\d+\.\d+$/, 'stage tags look like mission_status@1.0.0');
export type StageTag = z.infer<typeof StageTag>;

const provenance = {
  doc: z.string().min(1, 'a claim names its document'),
  quote: z.string().min(1, 'a claim needs a quote'),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  attributed_to: z.string().min(1).nullable(),
  stage: StageTag,
  /** The hedge word or phrase found next to the claim ("reportedly", "plans to"), if any. */
  hedge: z.string().min(1).nullable(),
};

const spanMatchesQuote = (c: { start: number; end: number; quote: string }) =>
  c.end - c.start === c.quote.length;
const spanMessage = { message: 'end - start must equal the quote length', path: ['end'] };

export const MissionStatusClaim = z
  .object({
    kind: z.literal('mission_status'),
    ...provenance,
    sending: CountryCode,
    host: CountryCode,
    city: z.string().min(1).nullable(),
    mission_type: ClaimMissionType,
    status: ClaimStatus,
    date: PartialDate.nullable(),
  })
  .refine(spanMatchesQuote, spanMessage);
export type MissionStatusClaim = z.infer<typeof MissionStatusClaim>;

export const MissionCountWhat = z.enum(['missions', 'embassies', 'consulates', 'representative_offices']);
export type MissionCountWhat = z.infer<typeof MissionCountWhat>;

export const MissionCountRelation = z.enum(['total', 'closed', 'remaining', 'planned_closures']);
export type MissionCountRelation = z.infer<typeof MissionCountRelation>;

export const MissionCountClaim = z
  .object({
    kind: z.literal('mission_count'),
    ...provenance,
    sending: CountryCode,
    value: z.number().int().nonnegative(),
    what: MissionCountWhat,
    relation: MissionCountRelation,
    qualifier: Qualifier,
    as_of: PartialDate.nullable(),
    /** True for a sum the text does not print ("47 embassies, three consulates" → 50 missions). */
    derived: z.boolean().default(false),
  })
  .refine(spanMatchesQuote, spanMessage);
export type MissionCountClaim = z.infer<typeof MissionCountClaim>;

export const QuantityClaim = z
  .object({
    kind: z.literal('quantity'),
    ...provenance,
    what: z.string().min(1),
    value: z.number().nonnegative(),
    /** ISO 4217 code for money, else a plural noun such as `shells`. */
    unit: z.string().min(1),
    qualifier: Qualifier,
  })
  .refine(spanMatchesQuote, spanMessage);
export type QuantityClaim = z.infer<typeof QuantityClaim>;

export const CoverageClaim = z
  .object({
    kind: z.literal('coverage'),
    ...provenance,
    sending: CountryCode,
    from_host: CountryCode,
    by_host: CountryCode,
    by_city: z.string().min(1).nullable(),
  })
  .refine(spanMatchesQuote, spanMessage);
export type CoverageClaim = z.infer<typeof CoverageClaim>;

export const EntityType = z.enum(['person', 'organization']);
export type EntityType = z.infer<typeof EntityType>;

export const EntityClaim = z
  .object({
    kind: z.literal('entity'),
    ...provenance,
    entity_type: EntityType,
    name: z.string().min(1),
    role: z.string().min(1).nullable(),
  })
  .refine(spanMatchesQuote, spanMessage);
export type EntityClaim = z.infer<typeof EntityClaim>;

/** Any claim; `kind` tells them apart. */
export const Claim = z.discriminatedUnion('kind', [
  MissionStatusClaim,
  MissionCountClaim,
  QuantityClaim,
  CoverageClaim,
  EntityClaim,
]);
export type Claim = z.infer<typeof Claim>;
