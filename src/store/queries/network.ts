import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.ts';
import { notStaleHedge, recordedBefore, STATUS_RANK_SQL, type TimePoint, visible } from './bitemporal.ts';

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
  lat: number | null;
  lon: number | null;
  status: string;
  valid_from: string | null;
  precision: string | null;
  event_id: number;
  attributed_to: string | null;
  quote: string;
  source_id: string;
}

/**
 * A step's valid day for ordering and ranges: undated sorts before every date, as `-infinity`.
 * Written this way (not `valid_from desc nulls last` or `is null or <=`) so that the index
 * `status_events_mission_order` both bounds each mission's scan and gives its order.
 */
function validDay(alias: string) {
  return sql<string>`coalesce(${sql.ref(`${alias}.valid_from`)}, '-infinity'::date)`;
}

/**
 * Each known mission's latest status step as of a time point: the visible step with the
 * latest valid date (ties broken by lifecycle order, then recorded time). Missions with no
 * step by then are absent (not yet known or not yet open). `since` is the earliest step of
 * the current run of that status, so a later report of an old closure does not move its date.
 * Each lateral is an index probe per mission, which keeps one state's network fast on a large registry.
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
          .where(sql<boolean>`${validDay('e')} <= ${at.asOf}`)
          .where(visible('e', at))
          .where(notStaleHedge('e', at))
          .orderBy(sql`${validDay('e')} desc`)
          .orderBy(sql.raw(STATUS_RANK_SQL.replaceAll('status', 'e.status')), 'desc')
          .orderBy('e.recorded_at', 'desc')
          .orderBy('e.id', 'desc')
          .limit(1)
          .as('s'),
      (join) => join.onTrue(),
    )
    // The last visible step with another status: the current run starts after it.
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('status_events as g')
          .select('g.valid_from as boundary')
          .whereRef('g.mission_id', '=', 'm.id')
          .whereRef('g.status', '<>', 's.status')
          .where(sql<boolean>`${validDay('g')} <= ${validDay('s')}`)
          .where(visible('g', at))
          .where(notStaleHedge('g', at))
          .orderBy(sql`${validDay('g')} desc`)
          .limit(1)
          .as('b'),
      (join) => join.onTrue(),
    )
    .innerJoinLateral(
      (eb) =>
        eb
          .selectFrom('status_events as f')
          .select(['f.valid_from as since', 'f.precision as since_precision'])
          .whereRef('f.mission_id', '=', 'm.id')
          .whereRef('f.status', '=', 's.status')
          .where(visible('f', at))
          .where(sql<boolean>`${validDay('f')} >= coalesce(b.boundary, '-infinity'::date)`)
          .orderBy(validDay('f'))
          // Same day, different precision or source: the first recorded wins, every time.
          .orderBy('f.recorded_at')
          .orderBy('f.id')
          .limit(1)
          .as('r'),
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
      'r.since as valid_from',
      'r.since_precision as precision',
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
  let q = db
    .selectFrom(statusAsOfQuery(db, at, filter).as('n'))
    .select((eb) => [
      ...by.map((d) => sql.ref<string>(`n.${d}`).as(d)),
      eb.fn.countAll<number | string>().as('count'),
    ])
    .groupBy(by.map((d) => `n.${d}` as const));
  for (const d of by) q = q.orderBy(`n.${d}`);
  const rows = await q.execute();
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
