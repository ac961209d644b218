import type { Transaction } from 'kysely';
import type { Database } from '../schema.ts';

/** The words of a source behind a fact; offsets when the registry holds the source's text. */
export interface EvidenceRow {
  source: string;
  quote: string;
  start?: number | null | undefined;
  end?: number | null | undefined;
}

/** Appends one evidence row inside the caller's transaction and returns its id. */
export async function insertEvidence(
  trx: Transaction<Database>,
  evidence: EvidenceRow,
  recordedAt: Date | string,
): Promise<number> {
  const row = await trx
    .insertInto('evidence')
    .values({
      source_id: evidence.source,
      quote: evidence.quote,
      start_offset: evidence.start ?? null,
      end_offset: evidence.end ?? null,
      recorded_at: recordedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
