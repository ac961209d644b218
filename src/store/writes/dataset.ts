import type { Kysely } from 'kysely';
import type { Dataset } from '../../domain/dataset.ts';
import { precisionOf, startOf } from '../../domain/dates.ts';
import type { Database } from '../schema.ts';
import { insertEvidence } from './evidence.ts';
import { insertMission } from './missions.ts';

function validTime(date: string | null): { valid_from: string | null; precision: string | null } {
  return date === null
    ? { valid_from: null, precision: null }
    : { valid_from: startOf(date), precision: precisionOf(date) };
}

export interface DatasetCounts {
  sources: number;
  missions: number;
  events: number;
  coverage: number;
}

/**
 * Loads a parsed dataset in one transaction: all of it or none of it. Each fact is
 * recorded at its own `recorded` day, so recorded-time queries replay when it was learned.
 */
export async function insertDataset(db: Kysely<Database>, data: Dataset): Promise<DatasetCounts> {
  return db.transaction().execute(async (trx) => {
    const firstRecorded = new Map<string, string>();
    for (const r of [...data.missions, ...data.events, ...data.coverage]) {
      const source = 'existence' in r ? r.existence.source : r.evidence.source;
      const seen = firstRecorded.get(source);
      if (seen === undefined || r.recorded < seen) firstRecorded.set(source, r.recorded);
    }
    // A source that republishes another references it, so originals go in first.
    const sources = [...data.sources].sort(
      (a, b) => Number(a.syndicatedFrom !== null) - Number(b.syndicatedFrom !== null),
    );
    for (const s of sources) {
      await trx
        .insertInto('sources')
        .values({
          id: s.id,
          title: s.title,
          publisher: s.publisher,
          url: s.url,
          published: s.published,
          language: s.language,
          kind: s.kind,
          seed_file: s.seedFile,
          content_hash: s.contentHash,
          accessed: s.accessed,
          note: s.note,
          publisher_type: s.publisherType,
          syndicated_from: s.syndicatedFrom,
          recorded_at: `${firstRecorded.get(s.id) ?? s.accessed ?? '1970-01-01'}T00:00:00Z`,
        })
        .execute();
    }
    for (const m of data.missions) {
      const { id, sending, host, city, type, lat, lon } = m;
      await insertMission(
        trx,
        { id, sending, host, city, type, lat, lon, origin: 'dataset' },
        m.existence,
        `${m.recorded}T00:00:00Z`,
      );
    }
    for (const e of data.events) {
      const evidenceId = await insertEvidence(trx, e.evidence, `${e.recorded}T00:00:00Z`);
      await trx
        .insertInto('status_events')
        .values({
          mission_id: e.mission,
          status: e.status,
          ...validTime(e.date),
          evidence_id: evidenceId,
          attributed_to: e.attributedTo,
          supersedes: null,
          recorded_at: `${e.recorded}T00:00:00Z`,
        })
        .execute();
    }
    for (const c of data.coverage) {
      const evidenceId = await insertEvidence(trx, c.evidence, `${c.recorded}T00:00:00Z`);
      await trx
        .insertInto('coverage')
        .values({
          covering_mission_id: c.coveringMission,
          covered_host: c.coveredHost,
          ...validTime(c.date),
          evidence_id: evidenceId,
          attributed_to: c.attributedTo,
          recorded_at: `${c.recorded}T00:00:00Z`,
        })
        .execute();
    }
    return {
      sources: data.sources.length,
      missions: data.missions.length,
      events: data.events.length,
      coverage: data.coverage.length,
    };
  });
}

/** True when the registry holds no mission yet (a fresh database). */
export async function isEmpty(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('missions').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}
