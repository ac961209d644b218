import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../../test/backends.ts';
import { MAX_CANDIDATES, MAX_PER_BAND, nearDuplicateCandidates } from './queries/documents.ts';
import type { Store } from './store.ts';
import { insertDocument, type NewDocument } from './writes/documents.ts';

const NOW = new Date('2024-03-01T12:00:00Z');
const BANDS = 128;

function document(id: string, minhash: number[]): NewDocument {
  return {
    existingSource: false,
    source: {
      id,
      title: id,
      publisher: 'Fixture Wire',
      url: null,
      published: null,
      language: 'en',
      contentHash: id.padEnd(64, '0'),
    },
    fileName: `${id}.txt`,
    format: 'txt',
    text: `Text of ${id}.`,
    bytes: 12,
    clusterId: id,
    nearDuplicateOf: null,
    containment: null,
    shingles: new Uint32Array([1, 2, 3]),
    minhash,
  };
}

/** A publisher's footer: the same minimum in every band. */
const footer = Array.from({ length: BANDS }, (_, band) => 1000 + band);
/** A story under that footer: its own minima in the first ten bands, the footer's elsewhere. */
const story = footer.map((value, band) => (band < 10 ? 5000 + band : value));

for (const backend of BACKENDS) {
  describe(`near-duplicate candidates on ${backend.name}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await backend.open();
      // More footer-only documents than one band value may bring in, all stored before the story.
      for (let i = 0; i < MAX_PER_BAND + 10; i++)
        await insertDocument(
          store.db,
          document(`src-footer-${String(i).padStart(3, '0')}`, footer),
          [],
          [],
          NOW,
          'tester',
        );
      await insertDocument(store.db, document('src-story', story), [], [], NOW, 'tester');
      await insertDocument(
        store.db,
        document(
          'src-half',
          footer.map((value, band) => (band < 5 ? 5000 + band : value + 1)),
        ),
        [],
        [],
        NOW,
        'tester',
      );
    });
    afterAll(() => store.close());

    it('ranks an original found through its rare bands above documents sharing only a footer', async () => {
      const candidates = await nearDuplicateCandidates(store.db, story);
      expect(candidates.length).toBe(MAX_CANDIDATES);
      expect(candidates.map((c) => c.sourceId).slice(0, 2)).toEqual(['src-story', 'src-half']);
      expect(candidates[2]?.sourceId).toMatch(/^src-footer-/);
      expect(candidates[0]).toMatchObject({ clusterId: 'src-story', title: 'src-story' });
      expect([...(candidates[0]?.shingles ?? [])]).toEqual([1, 2, 3]);
    });

    it('finds nothing for a document that shares no band value', async () => {
      const unrelated = Array.from({ length: BANDS }, (_, band) => 90_000 + band);
      expect(await nearDuplicateCandidates(store.db, unrelated)).toEqual([]);
    });
  });
}
