import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema.ts';

export interface AuditEntryInput {
  at: Date;
  /** The user's name, or `bootstrap` for the first admin. */
  actor: string;
  /** What was done, as `subject.verb`, e.g. `user.add`, `claim.review`. */
  action: string;
  subjectType: string;
  subjectId: string;
  missionId?: string | null;
  reason?: string | null;
  /** JSON-serialisable snapshot of the subject before the change; omitted or undefined stores null. */
  before?: unknown;
  after?: unknown;
}

const toJson = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));

/**
 * Appends one audit entry and returns its id. Pass the transaction that makes the change, so
 * the entry commits (or rolls back) with it: a change is never recorded without its trail.
 *
 * @example
 * await db.transaction().execute(async (trx) => {
 *   await trx.insertInto('reviews').values(review).execute();
 *   await appendAudit(trx, { at: now, actor: user.name, action: 'claim.review', subjectType: 'claim', subjectId: '42', after: review });
 * });
 */
export async function appendAudit(
  db: Kysely<Database> | Transaction<Database>,
  entry: AuditEntryInput,
): Promise<number> {
  const row = await db
    .insertInto('audit_log')
    .values({
      at: entry.at,
      actor: entry.actor,
      action: entry.action,
      subject_type: entry.subjectType,
      subject_id: entry.subjectId,
      mission_id: entry.missionId ?? null,
      reason: entry.reason ?? null,
      before: toJson(entry.before),
      after: toJson(entry.after),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
