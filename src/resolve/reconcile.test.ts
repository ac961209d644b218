import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../../test/backends.ts';
import { fixtureDataset } from '../../test/fixtures/registry.ts';
import { ingestFile } from '../ingest/pipeline.ts';
import { diff, network } from '../registry/network.ts';
import { listAudit } from '../store/queries/audit.ts';
import { listClaims } from '../store/queries/claims.ts';
import type { Store } from '../store/store.ts';
import { insertDataset } from '../store/writes/dataset.ts';
import { resolveConflict } from '../store/writes/resolutions.ts';
import { reviewClaim } from '../store/writes/reviews.ts';
import { conflicts } from './conflicts.ts';

const DIR = new URL('../../test/fixtures/reconcile/', import.meta.url).pathname;
const LUSAKA = 'kp-zm-lusaka-embassy';

/**
 * Four reports of our own on one (fictional) closure: a wire story (a), its syndicated
 * rewrite (b), an independent report (c) and a denial (d). They disagree on the count of
 * missions (43 vs 44) and on munitions shipped (1,000 vs 2,000 containers); d says the
 * embassy is still operating after a and c said it closed.
 */
for (const backend of BACKENDS) {
  describe(`reconciliation on ${backend.name}`, () => {
    let store: Store;
    const ingestOn = (file: string, day: string) =>
      ingestFile(
        `${DIR}${file}`,
        { published: day, publisher: file.split('-')[0] },
        {
          db: store.db,
          now: () => new Date(`${day}T12:00:00Z`),
          actor: 'ana',
        },
      );
    const lusaka = async (knownOn: string, asOf = '2024-03-31') =>
      (
        await network(store.db, {
          sending: 'KP',
          asOf,
          knownOn,
          statuses: ['open', 'closing', 'closed', 'reopened'],
        })
      ).find((e) => e.id === LUSAKA);

    beforeAll(async () => {
      store = await backend.open();
      await insertDataset(store.db, fixtureDataset());
      expect((await ingestOn('a-wire.txt', '2024-03-05')).status).toBe('ingested');
      expect((await ingestOn('b-rewrite.txt', '2024-03-06')).status).toBe('near-duplicate');
      expect((await ingestOn('c-independent.txt', '2024-03-10')).status).toBe('ingested');
      expect((await ingestOn('d-denial.txt', '2024-03-14')).status).toBe('ingested');
    });
    afterAll(() => store.close());

    it('counts a syndicated rewrite as the same witness: reported, then corroborated by an independent source', async () => {
      expect(await lusaka('2024-03-06')).toMatchObject({
        status: 'closed',
        since: '2024-03-01',
        confidence: 'reported',
        independentSources: 1,
      });
      expect(await lusaka('2024-03-10')).toMatchObject({
        status: 'closed',
        confidence: 'corroborated',
        independentSources: 2,
      });
    });

    it('puts counts, quantities and statuses that cannot all be true side by side', async () => {
      const found = await conflicts(store.db, { sending: 'KP', asOf: '2024-03-31', knownOn: '2024-03-31' });
      const summary = found.map((c) => [
        c.key,
        c.members.map((m) => [
          m.value,
          m.independentSources,
          [...new Set(m.evidence.map((e) => e.publisher))],
        ]),
      ]);
      expect(summary).toEqual([
        [
          `status:${LUSAKA}`,
          [
            ['closed', 2, ['a', 'b', 'c']],
            ['open', 1, ['d']],
          ],
        ],
        [
          'count:KP:missions:total:2024-03',
          [
            ['43', 1, ['a', 'b']],
            ['44', 1, ['c']],
          ],
        ],
        [
          'quantity:containers',
          [
            ['1000 containers', 1, ['a']],
            ['2000 containers', 1, ['c']],
          ],
        ],
      ]);
      expect(found[2]?.members[0]?.evidence[0]).toMatchObject({
        qualifier: 'about',
        quote: expect.stringContaining('1,000 containers'),
      });
    });

    it('takes the latest report as the status until a reviewer rejects it, with a reason in the audit log', async () => {
      expect(await lusaka('2024-03-14')).toMatchObject({ status: 'open', since: '2024-03-14' });
      const [denial] = await listClaims(store.db, {
        missionId: LUSAKA,
        sourceId: undefined,
        kind: 'mission_status',
      }).then((rows) =>
        rows.filter((r) => r.source_id !== undefined && (r.data as { status?: string }).status === 'open'),
      );
      expect(denial).toBeDefined();
      const r = await reviewClaim(
        store.db,
        {
          claimId: denial?.id ?? 0,
          decision: 'rejected',
          reason: 'the embassy spokesman is contradicted by two sources',
          reviewer: 'ana',
          expectedVersion: 0,
        },
        new Date('2024-03-20T09:00:00Z'),
      );
      expect(r).toEqual({ claimId: denial?.id, version: 1, decision: 'rejected', before: null });
      expect(await lusaka('2024-03-20')).toMatchObject({ status: 'closed', confidence: 'corroborated' });
      // As known before the review, the registry said open: the review adds a row, it rewrites nothing.
      expect(await lusaka('2024-03-19')).toMatchObject({ status: 'open' });
      const statusConflicts = await conflicts(store.db, {
        sending: 'KP',
        missionId: LUSAKA,
        asOf: '2024-03-31',
        knownOn: '2024-03-20',
      });
      expect(statusConflicts).toEqual([]);
      const [entry] = await listAudit(store.db, { subjectType: 'claim', subjectId: String(denial?.id) });
      expect(entry).toMatchObject({
        actor: 'ana',
        action: 'claim.reject',
        reason: 'the embassy spokesman is contradicted by two sources',
      });
    });

    it('confirms a step a reviewer accepts, and refuses a review from a stale version', async () => {
      const [closure] = await listClaims(store.db, { missionId: LUSAKA, kind: 'mission_status' }).then(
        (rows) => rows.filter((r) => (r.data as { date?: string }).date === '2024-03-01'),
      );
      await reviewClaim(
        store.db,
        {
          claimId: closure?.id ?? 0,
          decision: 'accepted',
          reason: 'checked with the Zambian foreign ministry',
          reviewer: 'ana',
          expectedVersion: 0,
        },
        new Date('2024-03-21T09:00:00Z'),
      );
      expect(await lusaka('2024-03-21')).toMatchObject({ status: 'closed', confidence: 'confirmed' });
      await expect(
        reviewClaim(
          store.db,
          {
            claimId: closure?.id ?? 0,
            decision: 'rejected',
            reason: 'second thoughts',
            reviewer: 'bo',
            expectedVersion: 0,
          },
          new Date('2024-03-21T10:00:00Z'),
        ),
      ).rejects.toMatchObject({
        code: 'conflict',
        message: expect.stringContaining('was reviewed meanwhile by ana'),
      });
    });

    it('records a resolution against a conflict key', async () => {
      await resolveConflict(
        store.db,
        {
          key: 'count:KP:missions:total:2024-03',
          value: '44',
          claimId: null,
          reason: 'Lusaka closed after the 43 tally',
          reviewer: 'ana',
          missionId: null,
        },
        new Date('2024-03-22T09:00:00Z'),
      );
      const found = await conflicts(store.db, { sending: 'KP', asOf: '2024-03-31', knownOn: '2024-03-22' });
      expect(found.find((c) => c.key === 'count:KP:missions:total:2024-03')?.resolution).toMatchObject({
        value: '44',
        reviewer: 'ana',
        reason: 'Lusaka closed after the 43 tally',
      });
    });

    it('diffs in recorded time: what ingesting the wire story taught the registry', async () => {
      const d = await diff(store.db, {
        sending: 'KP',
        time: 'known',
        from: { asOf: '2024-03-31', knownOn: '2024-03-04' },
        to: { asOf: '2024-03-31', knownOn: '2024-03-05' },
      });
      expect(d.closed.map((e) => [e.id, e.status, e.since])).toEqual([[LUSAKA, 'closed', '2024-03-01']]);
      expect(d.learned.map((l) => [l.missionId, l.status, l.source.startsWith('src-doc-')])).toEqual([
        [LUSAKA, 'closed', true],
        [LUSAKA, 'closed', true],
      ]);
    });
  });
}
