import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../../test/backends.ts';
import { listAudit } from './queries/audit.ts';
import type { Store } from './store.ts';
import { appendAudit } from './writes/audit.ts';

const entry = (at: string, subjectId: string, missionId: string | null) => ({
  at: new Date(at),
  actor: 'ana',
  action: 'claim.review',
  subjectType: 'claim',
  subjectId,
  missionId,
});

for (const backend of BACKENDS) {
  describe(`audit log on ${backend.name}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await backend.open();
    });
    afterAll(() => store.close());

    it('appends an entry and reads it back with its JSON snapshots', async () => {
      const id = await appendAudit(store.db, {
        ...entry('2024-06-01T09:00:00Z', '7', 'kp-es-madrid-embassy'),
        reason: 'quote matches the source',
        before: { decision: null },
        after: { decision: 'accepted', tags: ['closure', 2023], note: 'ünïcode “quoted”' },
      });
      expect(await listAudit(store.db)).toEqual([
        {
          id,
          at: new Date('2024-06-01T09:00:00Z'),
          actor: 'ana',
          action: 'claim.review',
          subjectType: 'claim',
          subjectId: '7',
          missionId: 'kp-es-madrid-embassy',
          reason: 'quote matches the source',
          before: { decision: null },
          after: { decision: 'accepted', tags: ['closure', 2023], note: 'ünïcode “quoted”' },
        },
      ]);
    });

    it('lists entries newest first, filtered by mission, by subject and by limit', async () => {
      await appendAudit(store.db, entry('2024-06-03T09:00:00Z', '8', 'kp-es-madrid-embassy'));
      await appendAudit(store.db, entry('2024-06-02T09:00:00Z', '9', 'kp-it-rome-embassy'));
      await appendAudit(store.db, entry('2024-06-04T09:00:00Z', '7', null));
      const subjects = (rows: { subjectId: string }[]) => rows.map((r) => r.subjectId);
      expect(subjects(await listAudit(store.db))).toEqual(['7', '8', '9', '7']);
      expect(subjects(await listAudit(store.db, { missionId: 'kp-es-madrid-embassy' }))).toEqual(['8', '7']);
      expect(
        (await listAudit(store.db, { subjectType: 'claim', subjectId: '7' })).map((r) => r.at.toISOString()),
      ).toEqual(['2024-06-04T09:00:00.000Z', '2024-06-01T09:00:00.000Z']);
      expect(subjects(await listAudit(store.db, { subjectType: 'user' }))).toEqual([]);
      expect(subjects(await listAudit(store.db, { limit: 2 }))).toEqual(['7', '8']);
    });

    it("commits or rolls back with the caller's transaction", async () => {
      const failed = store.db.transaction().execute(async (trx) => {
        await appendAudit(trx, entry('2024-06-05T09:00:00Z', 'rolled-back', null));
        throw new Error('the change failed');
      });
      await expect(failed).rejects.toThrow('the change failed');
      expect(await listAudit(store.db, { subjectType: 'claim', subjectId: 'rolled-back' })).toEqual([]);
    });

    it('the audit log refuses UPDATE and DELETE in the database itself', async () => {
      await expect(sql`update audit_log set actor = 'mallory'`.execute(store.db)).rejects.toThrow(
        'audit_log is append-only: add a correcting row instead of update',
      );
      await expect(sql`delete from audit_log`.execute(store.db)).rejects.toThrow(
        'audit_log is append-only: add a correcting row instead of delete',
      );
      expect((await listAudit(store.db)).map((r) => r.actor)).toEqual(['ana', 'ana', 'ana', 'ana']);
    });
  });
}
