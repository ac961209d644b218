import { sql } from 'kysely';
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

/**
 * The status steps visible at a time point, as a predicate on the `status_events` alias:
 * valid on or before `asOf` (undated counts as always), recorded by `knownOn`, not superseded
 * by a correction recorded by then, and not from a claim a reviewer had rejected by then.
 */
export function visible(alias: string, at: TimePoint) {
  const cutoff = recordedBefore(at.knownOn);
  const col = (c: string) => sql.ref(`${alias}.${c}`);
  return sql<boolean>`(${col('recorded_at')} < ${cutoff}
    and (${col('valid_from')} is null or ${col('valid_from')} <= ${at.asOf})
    and not exists (select 1 from status_events c where c.supersedes = ${col('id')} and c.recorded_at < ${cutoff} offset 0)
    and not exists (
      select 1 from claims cl
      where cl.status_event_id = ${col('id')}
        and (select r.decision from reviews r where r.claim_id = cl.id and r.recorded_at < ${cutoff}
             order by r.version desc limit 1) = 'rejected'
      offset 0))`;
}

/**
 * A `closing` report dated after the mission was reported `closed` (with no reopening in
 * between) is a stale "slated for closure" from a slower source: it must not turn a closed
 * mission back into a closing one. Predicate on the `status_events` alias, to keep such rows out.
 */
export function notStaleHedge(alias: string, at: TimePoint) {
  const col = (c: string) => sql.ref(`${alias}.${c}`);
  return sql<boolean>`(${col('status')} <> 'closing' or not exists (
    select 1 from status_events k
    where k.mission_id = ${col('mission_id')} and k.status = 'closed' and k.valid_from < ${col('valid_from')}
      and ${visible('k', at)}
      and not exists (
        select 1 from status_events o
        where o.mission_id = k.mission_id and o.status = 'reopened'
          and o.valid_from > k.valid_from and o.valid_from <= ${col('valid_from')}
          and ${visible('o', at)})))`;
}
