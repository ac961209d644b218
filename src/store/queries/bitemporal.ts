import type { IsoDay } from '../../domain/dates.ts';

/** A point in both times: valid time (`asOf`) and recorded time (`knownOn`), both whole days. */
export interface TimePoint {
  asOf: IsoDay;
  knownOn: IsoDay;
}

/** Everything recorded on `knownOn` counts, so the cut-off is the start of the next day (UTC). */
export function recordedBefore(knownOn: IsoDay): Date {
  const d = new Date(`${knownOn}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d;
}

/** Lifecycle order breaks ties between steps dated the same day: closing after open, closed after closing. */
export const STATUS_RANK_SQL = `case status when 'open' then 0 when 'closing' then 1 when 'closed' then 2 else 3 end`;
