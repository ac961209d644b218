import { z } from 'zod';
import { InvalidInputError } from './errors.ts';

/** How precisely a date is known: `2023` (year), `2023-10` (month), `2023-10-31` (day). */
export const Precision = z.enum(['day', 'month', 'year']);
export type Precision = z.infer<typeof Precision>;

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function isRealDate(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** A date known to the year, month or day, as an ISO string (`2023`, `2023-10`, `2023-10-31`). */
export const PartialDate = z.string().refine(
  (s) => {
    const m = PARTIAL.exec(s);
    if (!m) return false;
    return isRealDate(Number(m[1]), Number(m[2] ?? '1'), Number(m[3] ?? '1'));
  },
  { message: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD' },
);
export type PartialDate = z.infer<typeof PartialDate>;

/** A full calendar day, `YYYY-MM-DD`. */
export const IsoDay = z
  .string()
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && PartialDate.safeParse(s).success, {
    message: 'expected a date as YYYY-MM-DD',
  });
export type IsoDay = z.infer<typeof IsoDay>;

export function precisionOf(date: PartialDate): Precision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/**
 * The first day a partial date covers. Valid-time queries compare on this day: an event
 * known only to the month ("closed in October 2023") counts from the first of that month.
 */
export function startOf(date: PartialDate): IsoDay {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** Renders a stored start day back at its precision: (`2023-10-01`, month) → `2023-10`. */
export function atPrecision(day: IsoDay, precision: Precision): PartialDate {
  return precision === 'year' ? day.slice(0, 4) : precision === 'month' ? day.slice(0, 7) : day;
}

/** Parses a user-supplied day (a flag, a query string), naming the field when it is wrong. */
export function parseDay(value: string, field: string): IsoDay {
  const parsed = IsoDay.safeParse(value);
  if (!parsed.success) {
    throw new InvalidInputError(`${field} must be a date as YYYY-MM-DD, got "${value}"`, {
      hint: 'write the date in full, e.g. 2023-09-01',
    });
  }
  return parsed.data;
}
