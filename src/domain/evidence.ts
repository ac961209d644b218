import { z } from 'zod';
import { SourceId } from './ids.ts';

/**
 * The words in a source that support a fact. A fact without evidence does not parse.
 * `start`/`end` are UTF-16 offsets into the source text when the registry has that text;
 * a web source read elsewhere carries the quote alone.
 */
export const Evidence = z
  .object({
    source: SourceId,
    quote: z.string().trim().min(1, 'evidence needs a quote').max(300, 'a quote is at most 300 characters'),
    start: z.number().int().nonnegative().optional(),
    end: z.number().int().positive().optional(),
  })
  .refine((e) => (e.start === undefined) === (e.end === undefined), {
    message: 'give both start and end offsets, or neither',
  })
  .refine((e) => e.start === undefined || e.end === undefined || e.end - e.start === e.quote.length, {
    message: 'end - start must equal the quote length',
  });
export type Evidence = z.infer<typeof Evidence>;
