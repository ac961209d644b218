import type { Kysely } from 'kysely';
import { precisionOf, startOf } from '../../domain/dates.ts';
import type { StatusEventInput } from '../../domain/status.ts';
import type { Database } from '../schema.ts';
import { insertEvidence } from './evidence.ts';

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
    const evidenceId = await insertEvidence(trx, event.evidence, recordedAt);
    const row = await trx
      .insertInto('status_events')
      .values({
        mission_id: event.mission,
        status: event.status,
        valid_from: event.date === null ? null : startOf(event.date),
        precision: event.date === null ? null : precisionOf(event.date),
        evidence_id: evidenceId,
        attributed_to: event.attributedTo,
        supersedes: event.supersedes,
        recorded_at: recordedAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  });
}
