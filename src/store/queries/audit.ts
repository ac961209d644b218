import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../schema.ts';

export interface AuditFilter {
  missionId?: string | undefined;
  subjectType?: string | undefined;
  subjectId?: string | undefined;
  limit?: number | undefined;
}

// jsonb comes back already decoded on both backends; this checks it is JSON, not a cast.
const Snapshot = z.json().nullable();

/** One audit entry as read back; `before`/`after` are the JSON snapshots written with it. */
export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.date(),
  actor: z.string(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  missionId: z.string().nullable(),
  reason: z.string().nullable(),
  before: Snapshot,
  after: Snapshot,
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/** Audit entries matching every given filter, newest first (ties: the later entry first). */
export async function listAudit(db: Kysely<Database>, filter: AuditFilter = {}): Promise<AuditEntry[]> {
  let q = db
    .selectFrom('audit_log')
    .select([
      'id',
      'at',
      'actor',
      'action',
      'subject_type as subjectType',
      'subject_id as subjectId',
      'mission_id as missionId',
      'reason',
      'before',
      'after',
    ])
    .orderBy('at', 'desc')
    .orderBy('id', 'desc');
  if (filter.missionId !== undefined) q = q.where('mission_id', '=', filter.missionId);
  if (filter.subjectType !== undefined) q = q.where('subject_type', '=', filter.subjectType);
  if (filter.subjectId !== undefined) q = q.where('subject_id', '=', filter.subjectId);
  if (filter.limit !== undefined) q = q.limit(filter.limit);
  const rows = await q.execute();
  return rows.map((row) => AuditEntry.parse(row));
}
