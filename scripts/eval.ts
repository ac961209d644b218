/**
 * Scores the extractor on the annotated seed articles.
 *
 *   npm run eval
 *
 * Extracts claims from ../shared/seeds (each document's publication date from
 * ../shared/eval/seeds.meta.jsonl), writes them as JSONL to a temporary file and runs the
 * shared scorer on it (../shared/eval/score.mjs --verbose), printing its report.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { extractClaims, toJsonl } from '../src/ingest/extract.ts';

const shared = join(import.meta.dirname, '../../shared');
const seeds = join(shared, 'seeds');
const gold = join(shared, 'eval/seeds.gold.jsonl');
const meta = join(shared, 'eval/seeds.meta.jsonl');
const scorer = join(shared, 'eval/score.mjs');

const missing = [seeds, gold, meta, scorer].filter((p) => !existsSync(p));
if (missing.length > 0) {
  console.error(`eval: cannot find ${missing.join(', ')}`);
  console.error(
    'eval: the seed articles and the scorer live in ../shared next to this checkout; clone or mount it there.',
  );
  process.exit(1);
}

const Meta = z.object({ doc: z.string(), published: z.string().nullable() });
const published = new Map<string, string | null>();
for (const line of readFileSync(meta, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const m = Meta.parse(JSON.parse(line));
  published.set(m.doc, m.published);
}

let jsonl = '';
for (const doc of readdirSync(seeds).sort()) {
  const text = readFileSync(join(seeds, doc), 'utf8');
  jsonl += toJsonl(extractClaims(text, { doc, published: published.get(doc) ?? null }));
}

const dir = mkdtempSync(join(tmpdir(), 'chancery-eval-'));
try {
  const pred = join(dir, 'pred.jsonl');
  writeFileSync(pred, jsonl);
  const run = spawnSync(
    process.execPath,
    [scorer, '--gold', gold, '--pred', pred, '--docs', seeds, '--verbose'],
    {
      encoding: 'utf8',
    },
  );
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
