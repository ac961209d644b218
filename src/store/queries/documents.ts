import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.ts';
import { fromInt4 } from '../writes/documents.ts';

export interface SourceByHash {
  id: string;
  /** Whether its text is stored already (an ingested document), or only cited (a seed article). */
  hasDocument: boolean;
  published: string | null;
  /** The cluster a document of this source joins when the source republishes another. */
  syndicatedCluster: string | null;
}

/** The source whose text has this sha256, whether ingested or only cited. */
export async function sourceByHash(
  db: Kysely<Database>,
  contentHash: string,
): Promise<SourceByHash | undefined> {
  const row = await db
    .selectFrom('sources as s')
    .leftJoin('documents as d', 'd.source_id', 's.id')
    .leftJoin('documents as o', 'o.source_id', 's.syndicated_from')
    .select([
      's.id',
      's.published',
      's.syndicated_from',
      'd.source_id as doc',
      'o.cluster_id as origin_cluster',
    ])
    .where('s.content_hash', '=', contentHash)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    hasDocument: row.doc !== null,
    published: row.published,
    syndicatedCluster: row.syndicated_from === null ? null : (row.origin_cluster ?? row.syndicated_from),
  };
}

/** How many candidates a new document is compared with exactly. */
export const MAX_CANDIDATES = 25;

export interface Candidate {
  sourceId: string;
  clusterId: string;
  title: string;
  shingles: Uint32Array;
}

/**
 * How many stored documents each band value may bring in. On a heavily syndicated corpus a band
 * value (the minimum of a common phrase's shingles, a publisher's footer) is shared by thousands
 * of documents; reading them all made each lookup read about 1,100 pages at 10,000 documents.
 * With the cap the work per document stays bounded however large the corpus grows.
 */
export const MAX_PER_BAND = 64;

/**
 * Stored documents that share MinHash band values with `minhash`, likeliest rewrites first.
 *
 * For each (band, value) at most `MAX_PER_BAND` documents are read, in index order. A band that
 * fills its cap is "common": its documents share boilerplate, not necessarily the story. So
 * documents are ranked by how many *rare* band values they share, then by all they share: an
 * original found only through its rare bands still outranks the dozens of documents that share
 * a publisher's footer with it.
 */
export async function nearDuplicateCandidates(
  db: Kysely<Database>,
  minhash: readonly number[],
  limit = MAX_CANDIDATES,
): Promise<Candidate[]> {
  const bands = minhash.map((_, band) => band);
  const { rows } = await sql<{ source_id: string; cluster_id: string; title: string; shingles: number[] }>`
    with hit as (
      select l.source_id, count(*) over (partition by q.band) as sharing
      from unnest(${bands}::smallint[], ${[...minhash]}::integer[]) as q(band, value)
      cross join lateral (
        select m.source_id from document_minhash m
        where m.band = q.band and m.value = q.value
        limit ${MAX_PER_BAND}
      ) l
    ), top as (
      select source_id,
        count(*) filter (where sharing < ${MAX_PER_BAND}) as rare,
        count(*) as hits
      from hit
      group by source_id
      order by rare desc, hits desc, source_id
      limit ${limit}
    )
    select d.source_id, d.cluster_id, s.title, d.shingles
    from top
    join documents d on d.source_id = top.source_id
    join sources s on s.id = d.source_id
    order by top.rare desc, top.hits desc, d.source_id`.execute(db);
  return rows.map((r) => ({
    sourceId: r.source_id,
    clusterId: r.cluster_id,
    title: r.title,
    shingles: fromInt4(r.shingles),
  }));
}

export interface SourceListRow {
  id: string;
  title: string;
  publisher: string;
  published: string | null;
  kind: string;
  url: string | null;
  /** Independent witnesses share no cluster: a rewrite joins its original's. */
  cluster_id: string;
  near_duplicate_of: string | null;
  syndicated_from: string | null;
  claims: number;
}

/** Every source with its syndication cluster (documents only) and how many claims it yields. */
export async function listSources(db: Kysely<Database>): Promise<SourceListRow[]> {
  const rows = await db
    .selectFrom('sources as s')
    .leftJoin('documents as d', 'd.source_id', 's.id')
    .select((eb) => [
      's.id',
      's.title',
      's.publisher',
      's.published',
      's.kind',
      's.url',
      sql<string>`coalesce(d.cluster_id, s.syndicated_from, s.id)`.as('cluster_id'),
      'd.near_duplicate_of',
      's.syndicated_from',
      eb
        .selectFrom('claims as c')
        .select((c) => c.fn.countAll<number | string>().as('n'))
        .whereRef('c.source_id', '=', 's.id')
        .as('claims'),
    ])
    .orderBy('s.recorded_at')
    .orderBy('s.id')
    .execute();
  return rows.map((r) => ({ ...r, claims: Number(r.claims ?? 0) }));
}

/** The stored text of a document, which every claim's offsets point into. */
export async function documentText(db: Kysely<Database>, sourceId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('documents')
    .select('text')
    .where('source_id', '=', sourceId)
    .executeTakeFirst();
  return row?.text;
}
