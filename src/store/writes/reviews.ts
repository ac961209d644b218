import type { Kysely } from 'kysely';
import { ConflictError, InvalidInputError, NotFoundError } from '../../domain/errors.ts';
import type { Database } from '../schema.ts';
import { appendAudit } from './audit.ts';

export type Decision = 'accepted' | 'rejected';

export interface ReviewInput {
  claimId: number;
  decision: Decision;
  reason: string;
  reviewer: string;
  /**
   * The review version the reviewer saw (0: never reviewed). When given and stale, the review
   * is refused; when omitted, the version read in this transaction is used.
   */
  expectedVersion?: number | undefined;
}

export interface ReviewResult {
  claimId: number;
  version: number;
  decision: Decision;
  before: Decision | null;
}

const UNIQUE_VIOLATION = '23505';

function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && 'code' in err && err.code === UNIQUE_VIOLATION;
}

/**
 * Accepts or rejects a claim: appends review version n + 1 and its audit entry in one
 * transaction. Two reviewers acting on the same version cannot both succeed: the unique
 * (claim, version) key lets one insert win and the other gets a ConflictError.
 */
export async function reviewClaim(
  db: Kysely<Database>,
  input: ReviewInput,
  now: Date,
): Promise<ReviewResult> {
  if (input.reason.trim() === '') {
    throw new InvalidInputError('a review needs a reason', {
      hint: 'say why, e.g. --reason "confirmed by the ministry"',
    });
  }
  try {
    return await db.transaction().execute(async (trx) => {
      const claim = await trx
        .selectFrom('claims')
        .select(['id', 'mission_id', 'kind', 'quote'])
        .where('id', '=', input.claimId)
        .executeTakeFirst();
      if (!claim) {
        throw new NotFoundError(`no claim #${input.claimId}`, {
          hint: 'list claims awaiting review with `chancery review`',
        });
      }
      const last = await trx
        .selectFrom('reviews')
        .select(['version', 'decision', 'reviewer'])
        .where('claim_id', '=', input.claimId)
        .orderBy('version', 'desc')
        .limit(1)
        .executeTakeFirst();
      const current = last?.version ?? 0;
      if (input.expectedVersion !== undefined && input.expectedVersion !== current) {
        throw new ConflictError(
          `claim #${input.claimId} was reviewed meanwhile by ${last?.reviewer ?? 'someone'} (now version ${current}, you saw ${input.expectedVersion})`,
          { hint: 'reload the claim and review it again' },
        );
      }
      const before = last ? (last.decision as Decision) : null;
      await trx
        .insertInto('reviews')
        .values({
          claim_id: input.claimId,
          version: current + 1,
          decision: input.decision,
          reason: input.reason,
          reviewer: input.reviewer,
          recorded_at: now,
        })
        .execute();
      await appendAudit(trx, {
        at: now,
        actor: input.reviewer,
        action: input.decision === 'accepted' ? 'claim.accept' : 'claim.reject',
        subjectType: 'claim',
        subjectId: String(input.claimId),
        missionId: claim.mission_id,
        reason: input.reason,
        before: { decision: before, version: current },
        after: { decision: input.decision, version: current + 1 },
      });
      return { claimId: input.claimId, version: current + 1, decision: input.decision, before };
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw new ConflictError(`claim #${input.claimId} was reviewed by someone else at the same moment`, {
        hint: 'reload the claim and review it again',
        cause: err,
      });
    }
    throw err;
  }
}
