import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_BACKENDS } from './backends.ts';
import { run, tokenOf } from './cli-run.ts';

const SYNDICATION = new URL('./fixtures/syndication/', import.meta.url).pathname;
const SEEDS = new URL('../../shared/seeds/', import.meta.url).pathname;

for (const backend of APP_BACKENDS) {
  describe(`chancery ingest, sources, claims on ${backend.name}`, () => {
    let env: NodeJS.ProcessEnv;
    let done: () => Promise<void>;
    let dir: string;
    beforeAll(async () => {
      ({ env, done } = await backend.env());
      dir = mkdtempSync(join(tmpdir(), 'chancery-cli-ingest-'));
      const admin = await run(env, 'user', 'add', 'root', '--role', 'admin');
      const reviewer = await run(env, 'user', 'add', 'ana', '--role', 'reviewer', '--token', tokenOf(admin));
      env = { ...env, CHANCERY_TOKEN: tokenOf(reviewer) };
    });
    afterAll(async () => {
      await done();
      rmSync(dir, { recursive: true, force: true });
    });

    it('refuses to ingest without a token', async () => {
      const r = await run({ ...env, CHANCERY_TOKEN: '' }, 'ingest', SYNDICATION);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^error: ingest needs a token with role reviewer/);
    });

    it('ingests a directory: one line per document and a summary; a broken file fails alone', async () => {
      writeFileSync(join(dir, 'broken.txt'), Buffer.from([0x41, 0x00, 0x42]));
      writeFileSync(join(dir, 'notes.csv'), 'not an article');
      const r = await run(
        env,
        'ingest',
        SYNDICATION,
        join(dir, 'broken.txt'),
        dir,
        '--published',
        '2024-04-02',
      );
      expect(r.code).toBe(1);
      const lines = r.stdout.trim().split('\n');
      expect(lines).toHaveLength(6);
      const broken = `${join(dir, 'broken.txt')}: failed: broken.txt looks like a binary file, not text (give a .txt, .md or .html document)`;
      // Named on the command line and found again in its directory: both attempts fail alone.
      expect(lines.filter((l) => l === broken)).toHaveLength(2);
      const summary =
        /^5 documents: 2 ingested, 1 near-duplicate, 0 duplicate, 2 failed; (\d+) claims stored; 1 other files skipped$/.exec(
          lines[5] ?? '',
        );
      const perLine = lines.slice(0, 5).reduce((n, l) => n + Number(/\((\d+) claims/.exec(l)?.[1] ?? 0), 0);
      expect(Number(summary?.[1])).toBe(perLine);
      expect(r.stdout).toMatch(/independent\.txt: ingested as src-doc-[0-9a-f]{16} \(0 claims\)/);
      expect(r.stdout).toMatch(
        /wire-original\.txt: ingested as src-doc-[0-9a-f]{16} \(\d+ claims; new missions, flagged: kp-pt-lisbon-embassy\)/,
      );
      expect(r.stdout).toMatch(
        /wire-rewrite\.txt: near-duplicate of src-doc-[0-9a-f]{16}, stored as src-doc-[0-9a-f]{16} in its cluster/,
      );
    });

    it('lists sources with their clusters', async () => {
      const r = await run(env, 'sources', '--format', 'json');
      const docs = (JSON.parse(r.stdout) as { kind: string; cluster_id: string; title: string }[]).filter(
        (s) => s.kind === 'document',
      );
      expect(docs).toHaveLength(3);
      expect(new Set(docs.map((d) => d.cluster_id)).size).toBe(2);
      expect((await run(env, 'sources')).stdout).toMatch(/ingested documents in \d+ independent clusters/);
    });

    it('shows the claims of the new flagged mission in its timeline, and logs the ingest', async () => {
      const t = await run(env, 'mission', 'kp-pt-lisbon-embassy');
      expect(t.stdout).toContain('[first seen in an ingested claim; not in the starter registry]');
      expect(t.stdout).toMatch(/claims from ingested documents \(\d+\):/);
      const claims = await run(env, 'claims', '--mission', 'kp-pt-lisbon-embassy', '--format', 'json');
      const rows = JSON.parse(claims.stdout) as { kind: string; quote: string }[];
      expect(rows.some((c) => c.kind === 'mission_status')).toBe(true);
      const log = await run(env, 'log', '--format', 'json');
      const actions = (
        JSON.parse(log.stdout) as { entries: { action: string; actor: string }[] }
      ).entries.map((e) => `${e.actor}:${e.action}`);
      expect(actions).toEqual(expect.arrayContaining(['ana:ingest', 'ana:mission.create']));
    });

    it('adds and corrects a status step with evidence, keeping the old row for earlier known-on days', async () => {
      const quote = 'Seoul claims that their number now stands at 44.';
      const noToken = await run(
        { ...env, CHANCERY_TOKEN: '' },
        'step',
        'kp-cd-kinshasa-embassy',
        '--status',
        'closed',
        '--date',
        '2024-03',
        '--source',
        'src-menafn-2024-01-31',
        '--quote',
        quote,
        '--reason',
        'test',
      );
      expect(noToken.stderr).toMatch(/^error: add or correct a status step needs a token with role reviewer/);
      const added = await run(
        env,
        'step',
        'kp-cd-kinshasa-embassy',
        '--status',
        'closed',
        '--date',
        '2024-03',
        '--source',
        'src-menafn-2024-01-31',
        '--quote',
        quote,
        '--reason',
        'an analyst note',
      );
      const id = /^step #(\d+) added to kp-cd-kinshasa-embassy\n$/.exec(added.stdout)?.[1];
      expect(id).toBeDefined();
      const status = async (...extra: string[]) =>
        (
          JSON.parse(
            (
              await run(
                env,
                'missions',
                '--as-of',
                '2024-06-01',
                '--host',
                'CD',
                '--status',
                'all',
                '--format',
                'json',
                ...extra,
              )
            ).stdout,
          ) as {
            missions: { status: string; since: string }[];
          }
        ).missions[0];
      expect(await status()).toMatchObject({ status: 'closed', since: '2024-03' });
      expect(await status('--known-on', '2024-06-01')).toMatchObject({ status: 'closing' });
      const fixed = await run(
        env,
        'step',
        'kp-cd-kinshasa-embassy',
        '--status',
        'closed',
        '--date',
        '2024-04',
        '--replaces',
        id ?? '',
        '--source',
        'src-menafn-2024-01-31',
        '--quote',
        quote,
        '--reason',
        'wrong month',
      );
      expect(fixed.stdout).toBe(
        `step #${Number(id) + 1} added to kp-cd-kinshasa-embassy, replacing #${id} (kept for the record)\n`,
      );
      expect(await status()).toMatchObject({ status: 'closed', since: '2024-04' });
      const bad = await run(
        env,
        'step',
        'kp-cd-kinshasa-embassy',
        '--status',
        'shut',
        '--source',
        'src-menafn-2024-01-31',
        '--quote',
        quote,
        '--reason',
        'x',
      );
      expect([bad.code, bad.stderr]).toEqual([
        2,
        'error: status: Invalid option: expected one of "open"|"closing"|"closed"|"reopened" (a step needs a known mission id, a status, a source id and a quote from it)\n',
      ]);
    });

    it.skipIf(!existsSync(SEEDS))(
      'ingests the seeds: 001 clusters with 000, seed texts fill their cited sources',
      async () => {
        const r = await run(env, 'ingest', SEEDS);
        expect(r.stdout).toMatch(
          /000_a405dca3fcc253b9\.txt: ingested into the cited source src-bloomberg-2023-11-03/,
        );
        expect(r.stdout).toMatch(
          /001_270fd2b992802988\.txt: near-duplicate of src-bloomberg-2023-11-03, stored as src-cnews-live-2023-11-02/,
        );
        const again = await run(env, 'ingest', join(SEEDS, '004_47fd290229886e7d.txt'));
        expect(again.stdout).toContain('duplicate of src-upi-2023-11-02, nothing stored');
      },
    );
  });
}
