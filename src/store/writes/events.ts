import type { Kysely } from 'kysely';
import { precisionOf, startOf } from '../../domain/dates.ts';
import { NotFoundError } from '../../domain/errors.ts';
import type { StatusEventInput } from '../../domain/status.ts';
import type { Database } from '../schema.ts';
import { appendAudit } from './audit.ts';
import { insertEvidence } from './evidence.ts';

/**
 * Appends one status step with its evidence in one transaction. A correction passes
 * `supersedes`; the step it replaces stays in the table and drops out of queries known after now.
 */
export async function appendStatusEvent(
  db: Kysely<Database>,
  event: StatusEventInput,
  recordedAt: Date,
  audit?: { actor: string; reason: string },
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const replaced =
      event.supersedes === null
        ? undefined
        : await trx
            .selectFrom('status_events')
            .select(['id', 'mission_id', 'status', 'valid_from', 'precision'])
            .where('id', '=', event.supersedes)
            .executeTakeFirst();
    if (event.supersedes !== null && (!replaced || replaced.mission_id !== event.mission)) {
      throw new NotFoundError(`mission ${event.mission} has no status step #${event.supersedes}`, {
        hint: `list its steps with \`chancery mission ${event.mission} --format json\``,
      });
    }
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
    if (audit) {
      await appendAudit(trx, {
        at: recordedAt,
        actor: audit.actor,
        action: event.supersedes === null ? 'step.add' : 'step.correct',
        subjectType: 'mission',
        subjectId: event.mission,
        missionId: event.mission,
        reason: audit.reason,
        before: replaced ?? null,
        after: {
          id: row.id,
          status: event.status,
          date: event.date,
          source: event.evidence.source,
          quote: event.evidence.quote,
        },
      });
    }
    return row.id;
  });
}
