import type { Kysely } from 'kysely';
import { InvalidInputError } from '../../domain/errors.ts';
import type { Database } from '../schema.ts';
import { appendAudit } from './audit.ts';

/** Records a reviewer's resolution of a conflict (the latest wins) and its audit entry, together. */
export async function resolveConflict(
  db: Kysely<Database>,
  input: {
    key: string;
    value: string | null;
    claimId: number | null;
    reason: string;
    reviewer: string;
    missionId: string | null;
  },
  now: Date,
): Promise<void> {
  if (input.reason.trim() === '')
    throw new InvalidInputError('a resolution needs a reason', { hint: 'pass --reason TEXT' });
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('conflict_resolutions')
      .values({
        conflict_key: input.key,
        chosen_claim_id: input.claimId,
        chosen_value: input.value,
        reason: input.reason,
        reviewer: input.reviewer,
        recorded_at: now,
      })
      .execute();
    await appendAudit(trx, {
      at: now,
      actor: input.reviewer,
      action: 'conflict.resolve',
      subjectType: 'conflict',
      subjectId: input.key,
      missionId: input.missionId,
      reason: input.reason,
      after: { value: input.value, claimId: input.claimId },
    });
  });
}
