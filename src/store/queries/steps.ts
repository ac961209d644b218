import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.ts';
import { recordedBefore, STATUS_RANK_SQL, type TimePoint, visible } from './bitemporal.ts';

export interface StepRow {
  id: number;
  mission_id: string;
  status: string;
  valid_from: string | null;
  precision: string | null;
  attributed_to: string | null;
  recorded_at: Date;
  quote: string;
  start_offset: number | null;
  end_offset: number | null;
  source_id: string;
  publisher: string;
  publisher_type: string;
  source_title: string;
  source_published: string | null;
  /** Independent witnesses have different clusters; a rewrite shares its original's. */
  cluster_id: string;
  /** The latest reviewer grade recorded by then, or null for the publisher type's default. */
  grade: string | null;
  claim_id: number | null;
  /** The date the claim's text gives; null when the step is dated by its report's publication. */
  claim_date: string | null;
  /** The latest review of that claim recorded by then. */
  review: string | null;
}

/** Every visible status step of some missions at a time point, with source, cluster, grade and review. */
export async function visibleSteps(
  db: Kysely<Database>,
  missionIds: readonly string[],
  at: TimePoint,
): Promise<StepRow[]> {
  if (missionIds.length === 0) return [];
  return stepsQuery(db, at).where('e.mission_id', 'in', missionIds).execute();
}

/** A mission's current status run: its status, and the valid day it started (null: undated). */
export interface CurrentRun {
  missionId: string;
  status: string;
  since: string | null;
}

/**
 * Only the steps of each mission's current run: what the confidence of a status needs, a few
 * rows a mission instead of its whole history.
 */
export async function currentRunSteps(
  db: Kysely<Database>,
  runs: readonly CurrentRun[],
  at: TimePoint,
): Promise<StepRow[]> {
  if (runs.length === 0) return [];
  return stepsQuery(db, at)
    .where((w) =>
      w.or(
        runs.map((r) =>
          w.and([
            w('e.mission_id', '=', r.missionId),
            w('e.status', '=', r.status),
            r.since === null ? sql<boolean>`true` : w('e.valid_from', '>=', r.since),
          ]),
        ),
      ),
    )
    .execute();
}

function stepsQuery(db: Kysely<Database>, at: TimePoint) {
  const cutoff = recordedBefore(at.knownOn);
  return db
    .selectFrom('status_events as e')
    .innerJoin('evidence as ev', 'ev.id', 'e.evidence_id')
    .innerJoin('sources as s', 's.id', 'ev.source_id')
    .leftJoin('documents as d', 'd.source_id', 's.id')
    .leftJoin('claims as cl', 'cl.status_event_id', 'e.id')
    .where(visible('e', at))
    .select([
      'e.id',
      'e.mission_id',
      'e.status',
      'e.valid_from',
      'e.precision',
      'e.attributed_to',
      'e.recorded_at',
      'ev.quote',
      'ev.start_offset',
      'ev.end_offset',
      's.id as source_id',
      's.publisher',
      's.publisher_type',
      's.title as source_title',
      's.published as source_published',
      sql<string>`coalesce(d.cluster_id, s.syndicated_from, s.id)`.as('cluster_id'),
      sql<
        string | null
      >`(select g.grade from source_grades g where g.source_id = s.id and g.recorded_at < ${cutoff} order by g.id desc limit 1)`.as(
        'grade',
      ),
      'cl.id as claim_id',
      sql<string | null>`cl.data->>'date'`.as('claim_date'),
      sql<
        string | null
      >`(select r.decision from reviews r where r.claim_id = cl.id and r.recorded_at < ${cutoff} order by r.version desc limit 1)`.as(
        'review',
      ),
    ])
    .orderBy('e.mission_id')
    .orderBy(sql`e.valid_from asc nulls first`)
    .orderBy(sql.raw(STATUS_RANK_SQL.replaceAll('status', 'e.status')))
    .orderBy('e.recorded_at')
    .orderBy('e.id');
}

export interface LearnedStep {
  eventId: number;
  missionId: string;
  status: string;
  validFrom: string | null;
  precision: string | null;
  recordedAt: string;
  source: string;
  publisher: string;
  quote: string;
}

/** Status steps recorded after the end of `after` and by the end of `until`, oldest first. */
export async function stepsLearned(
  db: Kysely<Database>,
  sending: string,
  after: string,
  until: string,
): Promise<LearnedStep[]> {
  const rows = await db
    .selectFrom('status_events as e')
    .innerJoin('missions as m', 'm.id', 'e.mission_id')
    .innerJoin('evidence as ev', 'ev.id', 'e.evidence_id')
    .innerJoin('sources as s', 's.id', 'ev.source_id')
    .where('m.sending', '=', sending)
    .where('e.recorded_at', '>=', recordedBefore(after))
    .where('e.recorded_at', '<', recordedBefore(until))
    .select([
      'e.id',
      'e.mission_id',
      'e.status',
      'e.valid_from',
      'e.precision',
      'e.recorded_at',
      's.id as source_id',
      's.publisher',
      'ev.quote',
    ])
    .orderBy('e.recorded_at')
    .orderBy('e.id')
    .execute();
  return rows.map((r) => ({
    eventId: r.id,
    missionId: r.mission_id,
    status: r.status,
    validFrom: r.valid_from,
    precision: r.precision,
    recordedAt: r.recorded_at.toISOString(),
    source: r.source_id,
    publisher: r.publisher,
    quote: r.quote,
  }));
}
