import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../../test/backends.ts';
import { fixtureDataset } from '../../test/fixtures/registry.ts';
import { listClaims } from '../store/queries/claims.ts';
import { listSources } from '../store/queries/documents.ts';
import type { Store } from '../store/store.ts';
import { insertDataset } from '../store/writes/dataset.ts';
import { insertDocument } from '../store/writes/documents.ts';
import { ingestFiles } from './batch.ts';
import { type IngestResult, ingestFile } from './pipeline.ts';

const FIXTURES = new URL('../../test/fixtures/syndication/', import.meta.url).pathname;
const NOW = new Date('2024-03-01T12:00:00Z');

/** Files a batch must survive: each fails alone, with a reason, and stores nothing. */
function brokenFiles(dir: string): Record<string, string> {
  const files: Record<string, Buffer> = {
    // A zip header: valid UTF-8 bytes, but control characters no article has.
    'binary.txt': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]),
    'empty.md': Buffer.from('  \n\n'),
    'latin1.txt': Buffer.from('Embajada de Corea del Norte en Espa\xf1a', 'latin1'),
    'huge.txt': Buffer.alloc(6 * 1024 * 1024, 'a'),
    'shell.html': Buffer.from(
      '<html><head><script>steal()</script></head><body><script>more()</script></body></html>',
    ),
    'scan.pdf': Buffer.from('%PDF-1.4'),
  };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  return Object.fromEntries(Object.keys(files).map((n) => [n, join(dir, n)]));
}

for (const backend of BACKENDS) {
  describe(`ingest on ${backend.name}`, () => {
    let store: Store;
    let dir: string;
    const ingest = (path: string, published = '2024-03-01'): Promise<IngestResult> =>
      ingestFile(
        path,
        { published, publisher: 'Fixture Wire' },
        { db: store.db, now: () => NOW, actor: 'tester' },
      );

    beforeAll(async () => {
      store = await backend.open();
      await insertDataset(store.db, fixtureDataset());
      dir = mkdtempSync(join(tmpdir(), 'chancery-ingest-'));
    });
    afterAll(async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('stores a document, clusters its rewrite with it and keeps independent reporting apart', async () => {
      const original = await ingest(join(FIXTURES, 'wire-original.txt'));
      const rewrite = await ingest(join(FIXTURES, 'wire-rewrite.txt'));
      const independent = await ingest(join(FIXTURES, 'independent.txt'));
      expect(original).toMatchObject({ status: 'ingested' });
      expect(rewrite).toMatchObject({
        status: 'near-duplicate',
        of: 'sourceId' in original ? original.sourceId : '',
      });
      expect(independent).toMatchObject({ status: 'ingested' });
      const docs = (await listSources(store.db)).filter((s) => s.kind === 'document');
      expect(new Set(docs.map((d) => d.cluster_id)).size).toBe(2);
    });

    it('treats the same content again as a duplicate and stores nothing', async () => {
      const before = (await listSources(store.db)).length;
      const again = await ingest(join(FIXTURES, 'wire-original.txt'));
      expect(again.status).toBe('duplicate');
      expect((await listSources(store.db)).length).toBe(before);
    });

    it('attaches a status claim to the registry mission it names, quoting the exact span', async () => {
      const claims = await listClaims(store.db, {
        missionId: 'kp-pt-lisbon-embassy',
        kind: 'mission_status',
      });
      expect(claims.length).toBeGreaterThan(0);
      const text = await store.db.selectFrom('documents').select(['source_id', 'text']).execute();
      const byId = new Map(text.map((t) => [t.source_id, t.text]));
      for (const c of claims)
        expect(byId.get(c.source_id)?.slice(c.start_offset, c.end_offset)).toBe(c.quote);
    });

    it('records a coverage transfer from a claim, with its quote, for the covering mission', async () => {
      const rows = await store.db
        .selectFrom('coverage as c')
        .innerJoin('evidence as e', 'e.id', 'c.evidence_id')
        .select(['c.covering_mission_id', 'c.covered_host', 'c.valid_from', 'e.quote', 'e.source_id'])
        .where('e.source_id', 'like', 'src-doc-%')
        .execute();
      expect(rows).toContainEqual({
        covering_mission_id: 'kp-it-rome-embassy',
        covered_host: 'PT',
        valid_from: '2024-03-01',
        quote: 'The embassy in Rome will now handle relations with Portugal',
        source_id: expect.stringMatching(/^src-doc-/),
      });
    });

    it('creates a mission the registry did not have, flagged as first seen in a claim', async () => {
      const path = join(dir, 'lima.txt');
      writeFileSync(
        path,
        'Peru sees North Korean envoys leave\n\nNorth Korea closed its embassy in Lima last week, the Peruvian foreign ministry said on Monday.\n',
      );
      const r = await ingest(path, '2024-02-14');
      expect(r).toMatchObject({ status: 'ingested', newMissions: ['kp-pe-lima-embassy'] });
      const mission = await store.db
        .selectFrom('missions')
        .selectAll()
        .where('id', '=', 'kp-pe-lima-embassy')
        .executeTakeFirstOrThrow();
      expect([mission.origin, mission.host, mission.city, mission.lat]).toEqual([
        'claim',
        'PE',
        'Lima',
        null,
      ]);
      const [claim] = await listClaims(store.db, { missionId: 'kp-pe-lima-embassy' });
      expect(claim?.data).toMatchObject({ host: 'PE', status: 'closed' });
    });

    it('fails each broken file alone with a reason and stores nothing of it', async () => {
      const files = brokenFiles(dir);
      const before = (await listSources(store.db)).length;
      const results: Record<string, IngestResult> = {};
      for (const [name, path] of Object.entries(files)) results[name] = await ingest(path);
      const errors = Object.fromEntries(
        Object.entries(results).map(([name, r]) => [name, r.status === 'failed' ? r.error : r.status]),
      );
      expect(errors).toEqual({
        'binary.txt': 'binary.txt looks like a binary file, not text (give a .txt, .md or .html document)',
        'empty.md': 'empty.md is empty (give a document that has some text)',
        'latin1.txt': 'latin1.txt is not valid UTF-8 text (convert it to UTF-8 first, e.g. iconv -t UTF-8)',
        'huge.txt':
          'huge.txt is 6.0 MB, over the 5 MB limit (split it into articles, or save only the article text)',
        'shell.html': 'shell.html has no readable text (save the article page, not an empty shell)',
        'scan.pdf': 'scan.pdf is not a .txt, .md or .html file (save the article as text, Markdown or HTML)',
      });
      expect((await listSources(store.db)).length).toBe(before);
    });

    it('ingests a batch in order, one result a file, past a broken one, collecting garbage as it goes', async () => {
      const broken = join(dir, 'batch-broken.txt');
      writeFileSync(broken, Buffer.from([0xff, 0xfe, 0x00]));
      const files = [join(FIXTURES, 'wire-original.txt'), broken, join(FIXTURES, 'independent.txt')];
      const results: IngestResult[] = [];
      const batch = ingestFiles(
        files,
        { published: '2024-03-01', publisher: 'Fixture Wire' },
        { db: store.db, now: () => NOW, actor: 'tester' },
        { collectEvery: 1 },
      );
      for await (const r of batch) results.push(r);
      expect(results.map((r) => [r.path, r.status])).toEqual([
        [files[0], 'duplicate'],
        [broken, 'failed'],
        [files[2], 'duplicate'],
      ]);
    });

    it('stores a document whole or not at all', async () => {
      const doc = {
        existingSource: false,
        source: {
          id: 'src-doc-atomicity',
          title: 'Half a document',
          publisher: 'Fixture Wire',
          url: null,
          published: null,
          language: 'en',
          contentHash: 'f'.repeat(64),
        },
        fileName: 'half.txt',
        format: 'txt' as const,
        text: 'The embassy closed.',
        bytes: 19,
        clusterId: 'src-doc-atomicity',
        nearDuplicateOf: null,
        containment: null,
        shingles: new Uint32Array([1, 2, 3]),
        minhash: new Array(128).fill(7),
      };
      // The claim's span does not match its quote: the database refuses it, and with it the document.
      const bad = {
        kind: 'entity',
        data: {},
        quote: 'embassy',
        start: 0,
        end: 3,
        attributedTo: null,
        stage: 'x@1.0.0',
        missionId: null,
        step: null,
        coverage: null,
      };
      await expect(insertDocument(store.db, doc, [], [bad], NOW, 'tester')).rejects.toThrow(/claims_span/);
      const left = await store.db
        .selectFrom('sources')
        .select('id')
        .where('id', '=', 'src-doc-atomicity')
        .execute();
      expect(left).toEqual([]);
    });
  });
}
