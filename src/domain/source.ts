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
