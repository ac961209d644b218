import type { Kysely } from 'kysely';
import { precisionOf, startOf } from '../../domain/dates.ts';
import type { StatusEventInput } from '../../domain/status.ts';
import type { Database } from '../schema.ts';

/**
 * Appends one status step with its evidence in one transaction. A correction passes
 * `supersedes`; the step it replaces stays in the table and drops out of queries known after now.
 */
export async function appendStatusEvent(
  db: Kysely<Database>,
  event: StatusEventInput,
  recordedAt: Date,
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const evidence = await trx
      .insertInto('evidence')
      .values({
        source_id: event.evidence.source,
        quote: event.evidence.quote,
        start_offset: event.evidence.start ?? null,
        end_offset: event.evidence.end ?? null,
        recorded_at: recordedAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const row = await trx
      .insertInto('status_events')
      .values({
        mission_id: event.mission,
        status: event.status,
        valid_from: event.date === null ? null : startOf(event.date),
        precision: event.date === null ? null : precisionOf(event.date),
        evidence_id: evidence.id,
        attributed_to: event.attributedTo,
        supersedes: event.supersedes,
        recorded_at: recordedAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  });
}
