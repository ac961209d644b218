import { type Kysely, sql } from 'kysely';
import type { Database, MissionRow } from '../schema.ts';
import { recordedBefore, STATUS_RANK_SQL } from './bitemporal.ts';

export async function findMission(db: Kysely<Database>, id: string): Promise<MissionRow | undefined> {
  return db.selectFrom('missions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Ids of missions whose id contains `fragment`, for "did you mean" hints. */
export async function missionIdsLike(db: Kysely<Database>, fragment: string, limit = 5): Promise<string[]> {
  const rows = await db
    .selectFrom('missions')
    .select('id')
    .where(sql<boolean>`similarity(id, ${fragment}::text) > 0.2 or id like ${`%${fragment}%`}`)
    .orderBy(sql`similarity(id, ${fragment}::text)`, 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

export interface TimelineRow {
  id: number;
  status: string;
  valid_from: string | null;
  precision: string | null;
  attributed_to: string | null;
  supersedes: number | null;
  recorded_at: Date;
  quote: string;
  start_offset: number | null;
  end_offset: number | null;
  source_id: string;
  source_title: string;
  source_publisher: string;
  source_url: string | null;
  source_published: string | null;
  /** Id of the correction that replaced this step by `knownOn`, if any. */
  superseded_by: number | null;
}

/** Every status step of one mission known by `knownOn`, in valid-time order, with its evidence. */
export async function missionTimeline(
  db: Kysely<Database>,
  missionId: string,
  knownOn: string,
): Promise<TimelineRow[]> {
  const cutoff = recordedBefore(knownOn);
  return db
    .selectFrom('status_events as e')
    .innerJoin('evidence as ev', 'ev.id', 'e.evidence_id')
    .innerJoin('sources as s', 's.id', 'ev.source_id')
    .where('e.mission_id', '=', missionId)
    .where('e.recorded_at', '<', cutoff)
    .select((eb) => [
      'e.id',
      'e.status',
      'e.valid_from',
      'e.precision',
      'e.attributed_to',
      'e.supersedes',
      'e.recorded_at',
      'ev.quote',
      'ev.start_offset',
      'ev.end_offset',
      'ev.source_id',
      's.title as source_title',
      's.publisher as source_publisher',
      's.url as source_url',
      's.published as source_published',
      eb
        .selectFrom('status_events as c')
        .select((c) => c.fn.min('c.id').as('x'))
        .whereRef('c.supersedes', '=', 'e.id')
        .where('c.recorded_at', '<', cutoff)
        .as('superseded_by'),
    ])
    .orderBy(sql`e.valid_from asc nulls first`)
    .orderBy(sql.raw(STATUS_RANK_SQL.replaceAll('status', 'e.status')))
    .orderBy('e.recorded_at')
    .orderBy('e.id')
    .execute();
}

export interface MissionCoverageRow {
  covering_mission_id: string;
  covered_host: string;
  valid_from: string | null;
  precision: string | null;
  quote: string;
  source_id: string;
}

/** Coverage rows a mission takes part in: hosts it covers, and who covers its own host. */
export async function missionCoverage(
  db: Kysely<Database>,
  mission: { id: string; host: string; sending: string },
  knownOn: string,
): Promise<MissionCoverageRow[]> {
  return db
    .selectFrom('coverage as c')
    .innerJoin('missions as m', 'm.id', 'c.covering_mission_id')
    .innerJoin('evidence as ev', 'ev.id', 'c.evidence_id')
    .where('c.recorded_at', '<', recordedBefore(knownOn))
    .where((w) =>
      w.or([
        w('c.covering_mission_id', '=', mission.id),
        w.and([w('c.covered_host', '=', mission.host), w('m.sending', '=', mission.sending)]),
      ]),
    )
    .select([
      'c.covering_mission_id',
      'c.covered_host',
      'c.valid_from',
      'c.precision',
      'ev.quote',
      'ev.source_id',
    ])
    .orderBy(sql`c.valid_from asc nulls first`)
    .orderBy('c.id')
    .execute();
}
