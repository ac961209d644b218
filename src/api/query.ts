import { z } from 'zod';
import { IsoDay } from '../domain/dates.ts';
import { InvalidInputError } from '../domain/errors.ts';
import { MissionType } from '../domain/mission.ts';
import { MissionStatus, OPERATING } from '../domain/status.ts';

const Country = z
  .string()
  .regex(/^[A-Za-z]{2}$/, 'expected an ISO 3166-1 alpha-2 code such as ES')
  .transform((s) => s.toUpperCase());

const StatusList = z
  .string()
  .transform((s) => (s === 'all' ? MissionStatus.options : s === 'operating' ? [...OPERATING] : s.split(',')))
  .pipe(z.array(MissionStatus));

export const NetworkQuery = z.object({
  as_of: IsoDay.optional(),
  known_on: IsoDay.optional(),
  sending: Country.default('KP'),
  status: StatusList.optional(),
  host: Country.optional(),
  type: MissionType.optional(),
  format: z.enum(['json', 'geojson', 'csv']).default('json'),
});

export const DiffQuery = z.object({
  from: IsoDay,
  to: IsoDay,
  /** `valid`: from/to are as-of dates; `known`: from/to are known-on days, compared as of `as_of`. */
  time: z.enum(['valid', 'known']).default('valid'),
  as_of: IsoDay.optional(),
  known_on: IsoDay.optional(),
  sending: Country.default('KP'),
});

export const CountsQuery = z.object({
  by: z
    .string()
    .default('status')
    .transform((s) => s.split(','))
    .pipe(z.array(z.enum(['status', 'type', 'host', 'sending']))),
  as_of: IsoDay.optional(),
  known_on: IsoDay.optional(),
  sending: z.union([z.literal('all'), Country]).default('KP'),
});

/** Parses a query string with a schema; the error names the parameter and what it expects. */
export function parseQuery<T extends z.ZodType>(schema: T, query: Record<string, string>): z.infer<T> {
  const parsed = schema.safeParse(query);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path[0] === undefined ? 'query' : String(issue.path[0]);
    throw new InvalidInputError(`query parameter ${name}: ${issue?.message ?? 'invalid'}`, {
      hint: 'dates are YYYY-MM-DD; see /api for the parameters',
    });
  }
  return parsed.data;
}

/** Reads a JSON body and parses it with a schema; the error names the field and what to send. */
export async function parseBody<T extends z.ZodType>(
  schema: T,
  req: { json(): Promise<unknown> },
  hint: string,
): Promise<z.infer<T>> {
  let body: unknown;
  try {
    body = await req.json();
  } catch (err) {
    throw new InvalidInputError('the request body is not JSON', {
      hint: 'send Content-Type: application/json with a JSON object',
      cause: err,
    });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.length ? issue.path.join('.') : 'body';
    throw new InvalidInputError(`${field}: ${issue?.message ?? 'invalid'}`, { hint });
  }
  return parsed.data;
}
