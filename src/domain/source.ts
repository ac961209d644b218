import { z } from 'zod';
import { PartialDate } from './dates.ts';
import { SourceId } from './ids.ts';

/** `seed`: a file in ../shared/seeds (text not in the repo); `web`: a public page read; `document`: ingested text. */
export const SourceKind = z.enum(['seed', 'web', 'document']);
export type SourceKind = z.infer<typeof SourceKind>;

export const Source = z.object({
  id: SourceId,
  title: z.string().min(1),
  publisher: z.string().min(1),
  url: z.url().nullable(),
  published: PartialDate.nullable(),
  language: z.string().regex(/^[a-z]{2}$/, 'expected an ISO 639-1 language code such as en or ko'),
  kind: SourceKind,
  /** Base name of the seed file, for kind `seed`. */
  seedFile: z.string().nullable().default(null),
  /** sha256 of the text, when the registry has the text. */
  contentHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable()
    .default(null),
});
export type Source = z.infer<typeof Source>;

/**
 * What kind of outlet a source is; it sets the default reliability grade. `official` and
 * `state_media` are governments and their media; an `aggregator` republishes others' work.
 */
export const PublisherType = z.enum([
  'official',
  'state_media',
  'news_agency',
  'newspaper',
  'broadcaster',
  'think_tank',
  'reference',
  'blog',
  'aggregator',
  'unknown',
]);
export type PublisherType = z.infer<typeof PublisherType>;

/** Source reliability as in the NATO Admiralty code: A completely reliable … E unreliable, F cannot be judged. */
export const Grade = z.enum(['A', 'B', 'C', 'D', 'E', 'F']);
export type Grade = z.infer<typeof Grade>;

/** The grade a source gets until a reviewer sets another. */
export const DEFAULT_GRADE: Record<PublisherType, Grade> = {
  official: 'A',
  state_media: 'B',
  news_agency: 'B',
  newspaper: 'B',
  broadcaster: 'B',
  think_tank: 'C',
  reference: 'D',
  blog: 'D',
  aggregator: 'E',
  unknown: 'F',
};
