import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freshPostgresDatabase } from '../../test/backends.ts';
import { openStore } from './open.ts';
import type { Store } from './store.ts';
import { insertDocument } from './writes/documents.ts';
import { reviewClaim } from './writes/reviews.ts';

const NOW = new Date('2024-05-01T10:00:00Z');

async function seedClaim(store: Store): Promise<number> {
  await insertDocument(
    store.db,
    {
      existingSource: false,
      source: {
        id: 'src-doc-race',
        title: 'Race',
        publisher: 'Fixture Wire',
        url: null,
        published: '2024-05-01',
        language: 'en',
        contentHash: 'a'.repeat(64),
      },
      fileName: 'race.txt',
      format: 'txt',
      text: 'North Korea closed its embassy in Lima.',
      bytes: 39,
      clusterId: 'src-doc-race',
      nearDuplicateOf: null,
      containment: null,
      shingles: new Uint32Array([1, 2]),
      minhash: new Array(128).fill(1),
    },
    [],
    [
      {
        kind: 'entity',
        data: { kind: 'entity', name: 'North Korea' },
        quote: 'North Korea',
        start: 0,
        end: 11,
        attributedTo: null,
        stage: 'entity@1.0.0',
        missionId: null,
        step: null,
        coverage: null,
      },
    ],
    NOW,
    'tester',
  );
  const row = await store.db.selectFrom('claims').select('id').executeTakeFirstOrThrow();
  return row.id;
}

describe('two reviewers on one claim, each on their own connection to real PostgreSQL', () => {
  let a: Store;
  let b: Store;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const database = await freshPostgresDatabase(inject('postgresUrl'));
    drop = database.drop;
    a = await openStore({ databaseUrl: database.url });
    b = await openStore({ databaseUrl: database.url });
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await drop();
  });

  it('gives one success and one clear conflict error, and loses no update', async () => {
    const claimId = await seedClaim(a);
    const results = await Promise.allSettled([
      reviewClaim(
        a.db,
        { claimId, decision: 'accepted', reason: 'ana checked it', reviewer: 'ana', expectedVersion: 0 },
        NOW,
      ),
      reviewClaim(
        b.db,
        { claimId, decision: 'rejected', reason: 'bo doubts it', reviewer: 'bo', expectedVersion: 0 },
        NOW,
      ),
    ]);
    const ok = results.filter((r) => r.status === 'fulfilled');
    const failed = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    expect(ok).toHaveLength(1);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(new RegExp(`^claim #${claimId} was reviewed`)),
    });
    // Exactly one review row and one audit row: the loser left nothing behind.
    const reviews = await a.db.selectFrom('reviews').select(['version', 'reviewer']).execute();
    expect(reviews).toHaveLength(1);
    const audit = await a.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_type', '=', 'claim')
      .execute();
    expect(audit).toHaveLength(1);
    // The loser retries on the version it now sees, and both decisions are kept in order.
    const retry = await reviewClaim(
      b.db,
      { claimId, decision: 'rejected', reason: 'bo doubts it', reviewer: 'bo', expectedVersion: 1 },
      NOW,
    );
    expect(retry.version).toBe(2);
  });
});
