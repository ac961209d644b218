import type { Kysely } from 'kysely';
import { NotFoundError } from '../../domain/errors.ts';
import type { Grade } from '../../domain/source.ts';
import type { Database } from '../schema.ts';
import { appendAudit } from './audit.ts';

/** Sets a source's reliability grade (the latest row wins) and logs it, in one transaction. */
export async function gradeSource(
  db: Kysely<Database>,
  input: { sourceId: string; grade: Grade; reason: string; actor: string },
  now: Date,
): Promise<{ before: string | null }> {
  return db.transaction().execute(async (trx) => {
    const source = await trx
      .selectFrom('sources')
      .select(['id', 'publisher_type'])
      .where('id', '=', input.sourceId)
      .executeTakeFirst();
    if (!source)
      throw new NotFoundError(`no source "${input.sourceId}"`, {
        hint: 'list sources with `chancery sources`',
      });
    const last = await trx
      .selectFrom('source_grades')
      .select('grade')
      .where('source_id', '=', input.sourceId)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    await trx
      .insertInto('source_grades')
      .values({
        source_id: input.sourceId,
        grade: input.grade,
        reason: input.reason,
        actor: input.actor,
        recorded_at: now,
      })
      .execute();
    await appendAudit(trx, {
      at: now,
      actor: input.actor,
      action: 'source.grade',
      subjectType: 'source',
      subjectId: input.sourceId,
      reason: input.reason,
      before: { grade: last?.grade ?? null, publisherType: source.publisher_type },
      after: { grade: input.grade },
    });
    return { before: last?.grade ?? null };
  });
}
