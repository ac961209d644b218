import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../../test/backends.ts';
import { fixtureDataset } from '../../test/fixtures/registry.ts';
import { createUser } from '../auth/tokens.ts';
import { UserName } from '../domain/user.ts';
import { ingestFile } from '../ingest/pipeline.ts';
import type { Services } from '../services.ts';
import { insertDataset } from '../store/writes/dataset.ts';
import { createApp } from './app.ts';

const DIR = new URL('../../test/fixtures/reconcile/', import.meta.url).pathname;
const NOW = new Date('2024-03-20T12:00:00Z');

for (const backend of BACKENDS) {
  describe(`review API on ${backend.name}`, () => {
    let services: Services;
    let app: ReturnType<typeof createApp>;
    let reviewer: string;
    let viewer: string;
    const post = (path: string, body: unknown, token?: string) =>
      app.request(path, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(body),
      });

    beforeAll(async () => {
      const store = await backend.open();
      await insertDataset(store.db, fixtureDataset());
      for (const [file, day] of [
        ['a-wire.txt', '2024-03-05'],
        ['c-independent.txt', '2024-03-10'],
      ] as const) {
        await ingestFile(
          `${DIR}${file}`,
          { published: day },
          { db: store.db, now: () => new Date(`${day}T12:00:00Z`), actor: 'ana' },
        );
      }
      const admin = await createUser(
        store.db,
        { name: UserName.parse('root'), role: 'admin', by: null },
        NOW,
      );
      reviewer = (
        await createUser(store.db, { name: UserName.parse('ana'), role: 'reviewer', by: admin.user }, NOW)
      ).token;
      viewer = (
        await createUser(store.db, { name: UserName.parse('vic'), role: 'viewer', by: admin.user }, NOW)
      ).token;
      services = { store, today: () => '2024-03-20', now: () => NOW, close: () => store.close() };
      app = createApp(services);
    });
    afterAll(() => services.close());

    it('lists pending claims with their grades, openly', async () => {
      const body = (await (await app.request('/api/review?mission=kp-zm-lusaka-embassy')).json()) as {
        count: number;
        claims: { id: number; grade: string; review: string | null; review_version: number }[];
      };
      expect(body.count).toBeGreaterThan(0);
      expect(body.claims.every((c) => c.grade === 'F' && c.review === null && c.review_version === 0)).toBe(
        true,
      );
    });

    it('needs a reviewer token to decide, and answers a stale version with 409', async () => {
      const pending = (await (await app.request('/api/review?mission=kp-zm-lusaka-embassy')).json()) as {
        claims: { id: number }[];
      };
      const id = pending.claims[0]?.id;
      const decision = { decision: 'accepted', reason: 'matches the ministry list', version: 0 };
      expect((await post(`/api/claims/${id}/review`, decision)).status).toBe(401);
      const forbidden = await post(`/api/claims/${id}/review`, decision, viewer);
      expect(forbidden.status).toBe(403);
      const ok = await post(`/api/claims/${id}/review`, decision, reviewer);
      expect([ok.status, await ok.json()]).toEqual([
        201,
        { claimId: id, version: 1, decision: 'accepted', before: null },
      ]);
      const stale = await post(`/api/claims/${id}/review`, { ...decision, decision: 'rejected' }, reviewer);
      expect(stale.status).toBe(409);
      expect(await stale.json()).toEqual({
        error: {
          code: 'conflict',
          message: `claim #${id} was reviewed meanwhile by ana (now version 1, you saw 0)`,
          hint: 'reload the claim and review it again',
        },
      });
    });

    it('lists conflicts and lets a reviewer resolve one with a reason', async () => {
      const list = (await (await app.request('/api/conflicts?open=true')).json()) as {
        conflicts: { key: string }[];
      };
      expect(list.conflicts.map((c) => c.key)).toEqual([
        'count:KP:missions:total:2024-03',
        'quantity:containers',
      ]);
      const res = await post(
        '/api/conflicts/resolve',
        { key: 'quantity:containers', value: '2000 containers', reason: 'the later estimate' },
        reviewer,
      );
      expect([res.status, await res.json()]).toEqual([
        201,
        { key: 'quantity:containers', resolvedBy: 'ana' },
      ]);
      const open = (await (await app.request('/api/conflicts?open=true')).json()) as {
        conflicts: { key: string }[];
      };
      expect(open.conflicts.map((c) => c.key)).toEqual(['count:KP:missions:total:2024-03']);
      const bad = await post(
        '/api/conflicts/resolve',
        { key: 'quantity:containers', reason: 'no value' },
        reviewer,
      );
      expect(bad.status).toBe(400);
    });

    it('grades a source, and shows the grade with its claims', async () => {
      const src = ((await (await app.request('/api/review')).json()) as { claims: { source_id: string }[] })
        .claims[0]?.source_id;
      const res = await post(
        `/api/sources/${src}/grade`,
        { grade: 'B', reason: 'established wire' },
        reviewer,
      );
      expect([res.status, await res.json()]).toEqual([201, { source: src, grade: 'B', before: null }]);
      const after = (await (await app.request(`/api/review`)).json()) as {
        claims: { source_id: string; grade: string }[];
      };
      expect(after.claims.filter((c) => c.source_id === src).every((c) => c.grade === 'B')).toBe(true);
    });
  });
}
