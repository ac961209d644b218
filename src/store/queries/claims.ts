import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.ts';
import { recordedBefore } from './bitemporal.ts';

export interface ClaimFilter {
  missionId?: string | undefined;
  kind?: string | undefined;
  sourceId?: string | undefined;
  /** Only claims recorded by the end of this day. */
  knownOn?: string | undefined;
  /** Only claims no reviewer has accepted or rejected yet. */
  pending?: boolean | undefined;
  limit?: number | undefined;
}

export interface ClaimRow {
  id: number;
  source_id: string;
  kind: string;
  data: unknown;
  quote: string;
  start_offset: number;
  end_offset: number;
  attributed_to: string | null;
  stage: string;
  mission_id: string | null;
  recorded_at: Date;
  source_title: string;
  source_publisher: string;
  source_published: string | null;
  cluster_id: string;
  publisher_type: string;
  /** The latest reviewer grade of the source, or null for its publisher type's default. */
  grade: string | null;
  /** The latest review, or null and version 0 when none. */
  review: string | null;
  review_version: number;
}

/** Stored claims with their source and syndication cluster, newest source first. */
export async function listClaims(db: Kysely<Database>, filter: ClaimFilter = {}): Promise<ClaimRow[]> {
  let q = db
    .selectFrom('claims as c')
    .innerJoin('sources as s', 's.id', 'c.source_id')
    .leftJoin('documents as d', 'd.source_id', 'c.source_id')
    .select([
      'c.id',
      'c.source_id',
      'c.kind',
      'c.data',
      'c.quote',
      'c.start_offset',
      'c.end_offset',
      'c.attributed_to',
      'c.stage',
      'c.mission_id',
      'c.recorded_at',
      's.title as source_title',
      's.publisher as source_publisher',
      's.published as source_published',
      's.publisher_type',
      sql<string>`coalesce(d.cluster_id, s.syndicated_from, s.id)`.as('cluster_id'),
      sql<
        string | null
      >`(select g.grade from source_grades g where g.source_id = s.id order by g.id desc limit 1)`.as(
        'grade',
      ),
      sql<
        string | null
      >`(select r.decision from reviews r where r.claim_id = c.id order by r.version desc limit 1)`.as(
        'review',
      ),
      sql<number>`coalesce((select max(r.version) from reviews r where r.claim_id = c.id), 0)`.as(
        'review_version',
      ),
    ])
    .orderBy('c.source_id')
    .orderBy('c.start_offset')
    .orderBy('c.id');
  if (filter.missionId) q = q.where('c.mission_id', '=', filter.missionId);
  if (filter.kind) q = q.where('c.kind', '=', filter.kind);
  if (filter.sourceId) q = q.where('c.source_id', '=', filter.sourceId);
  if (filter.knownOn) q = q.where('c.recorded_at', '<', recordedBefore(filter.knownOn));
  if (filter.pending)
    q = q.where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('reviews as r').select('r.id').whereRef('r.claim_id', '=', 'c.id'))),
    );
  if (filter.limit) q = q.limit(filter.limit);
  return q.execute();
}
