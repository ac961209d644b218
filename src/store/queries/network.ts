import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.ts';
import { recordedBefore, STATUS_RANK_SQL, type TimePoint } from './bitemporal.ts';

export interface NetworkFilter {
  sending?: string | undefined;
  host?: string | undefined;
  type?: string | undefined;
}

export interface MissionStatusRow {
  id: string;
  sending: string;
  host: string;
  city: string;
  type: string;
  lat: number;
  lon: number;
  status: string;
  valid_from: string | null;
  precision: string | null;
  event_id: number;
  attributed_to: string | null;
  quote: string;
  source_id: string;
}

/**
 * Each known mission's latest status step as of a time point: the step with the latest
 * valid date on or before `asOf` among rows recorded by `knownOn` that no correction known
 * by then supersedes. Missions with no step by then are absent (not yet known or not yet open).
 * One lateral index probe per mission keeps one state's network fast on a large registry.
 */
export function statusAsOfQuery(db: Kysely<Database>, at: TimePoint, filter: NetworkFilter = {}) {
  const cutoff = recordedBefore(at.knownOn);
  let q = db
    .selectFrom('missions as m')
    .innerJoinLateral(
      (eb) =>
        eb
          .selectFrom('status_events as e')
          .select(['e.id', 'e.status', 'e.valid_from', 'e.precision', 'e.attributed_to', 'e.evidence_id'])
          .whereRef('e.mission_id', '=', 'm.id')
          .where('e.recorded_at', '<', cutoff)
          .where((w) => w.or([w('e.valid_from', 'is', null), w('e.valid_from', '<=', at.asOf)]))
          .where(({ not, exists, selectFrom }) =>
            not(
              exists(
                selectFrom('status_events as c')
                  .select('c.id')
                  .whereRef('c.supersedes', '=', 'e.id')
                  .where('c.recorded_at', '<', cutoff),
              ),
            ),
          )
          .orderBy(sql`e.valid_from desc nulls last`)
          .orderBy(sql.raw(STATUS_RANK_SQL.replaceAll('status', 'e.status')), 'desc')
          .orderBy('e.recorded_at', 'desc')
          .orderBy('e.id', 'desc')
          .limit(1)
          .as('s'),
      (join) => join.onTrue(),
    )
    .innerJoin('evidence as ev', 'ev.id', 's.evidence_id')
    .where('m.recorded_at', '<', cutoff)
    .select([
      'm.id',
      'm.sending',
      'm.host',
      'm.city',
      'm.type',
      'm.lat',
      'm.lon',
      's.status',
      's.valid_from',
      's.precision',
      's.id as event_id',
      's.attributed_to',
      'ev.quote',
      'ev.source_id',
    ]);
  if (filter.sending) q = q.where('m.sending', '=', filter.sending);
  if (filter.host) q = q.where('m.host', '=', filter.host);
  if (filter.type) q = q.where('m.type', '=', filter.type);
  return q;
}

export async function statusAsOf(
  db: Kysely<Database>,
  at: TimePoint,
  filter: NetworkFilter = {},
): Promise<MissionStatusRow[]> {
  return statusAsOfQuery(db, at, filter).orderBy('m.host').orderBy('m.city').orderBy('m.id').execute();
}

export type CountDimension = 'status' | 'type' | 'host' | 'sending';

export interface CountRow {
  status?: string;
  type?: string;
  host?: string;
  sending?: string;
  count: number;
}

/** Missions per status (and type, host, sending state) as of a time point, counted in the database. */
export async function countAsOf(
  db: Kysely<Database>,
  at: TimePoint,
  by: readonly CountDimension[],
  filter: NetworkFilter = {},
): Promise<CountRow[]> {
  const rows = await db
    .selectFrom(statusAsOfQuery(db, at, filter).as('n'))
    .select((eb) => [
      ...by.map((d) => sql.ref<string>(`n.${d}`).as(d)),
      eb.fn.countAll<number | string>().as('count'),
    ])
    .groupBy(by.map((d) => `n.${d}` as const))
    .orderBy(by.map((d) => `n.${d}` as const))
    .execute();
  // count(*) is a bigint: a string from pg, a number from PGlite.
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

export interface CoverageRow {
  covering_mission_id: string;
  covered_host: string;
  valid_from: string | null;
  precision: string | null;
  quote: string;
  source_id: string;
}

/** Coverage transfers in effect at a time point (Rome covering Spain). */
export async function coverageAsOf(
  db: Kysely<Database>,
  at: TimePoint,
  filter: { sending?: string | undefined } = {},
): Promise<CoverageRow[]> {
  let q = db
    .selectFrom('coverage as c')
    .innerJoin('missions as m', 'm.id', 'c.covering_mission_id')
    .innerJoin('evidence as ev', 'ev.id', 'c.evidence_id')
    .where('c.recorded_at', '<', recordedBefore(at.knownOn))
    .where((w) => w.or([w('c.valid_from', 'is', null), w('c.valid_from', '<=', at.asOf)]))
    .select([
      'c.covering_mission_id',
      'c.covered_host',
      'c.valid_from',
      'c.precision',
      'ev.quote',
      'ev.source_id',
    ])
    .orderBy('c.covering_mission_id')
    .orderBy('c.covered_host');
  if (filter.sending) q = q.where('m.sending', '=', filter.sending);
  return q.execute();
}
