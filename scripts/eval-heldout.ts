/**
 * Scores the extractor on a held-out set: invented articles in styles the extraction rules were
 * not written against, annotated without running the extractor (see each set's README.md).
 * `--set heldout` (the default) is test/fixtures/heldout, h01–h12; the rules have since been
 * fixed against it, so its score is optimistic. `--set heldout2` is test/fixtures/heldout2,
 * h13–h22, on which the rules have since been tuned as well. `--set heldout3` is
 * test/fixtures/heldout3, h23–h32, on which the rules have since been tuned too. `--set heldout4` is
 * test/fixtures/heldout4, h33–h42, on which the rules have since been tuned as well. `--set heldout5`
 * is test/fixtures/heldout5, h43–h52, on which the rules have since been tuned too. `--set heldout6` is
 * test/fixtures/heldout6, h53–h62. `--set heldout7` is test/fixtures/heldout7, h63–h72, which no
 * rule has seen.
 *
 *   npm run eval:heldout                          # extract, then ../shared/eval/score.mjs --verbose
 *   npm run eval:heldout2                         # the same on the second set (--set heldout2)
 *   npm run eval:heldout3                         # the same on the third set (--set heldout3)
 *   npm run eval:heldout4                         # the same on the fourth set (--set heldout4)
 *   npm run eval:heldout5                         # the same on the fifth set (--set heldout5)
 *   npm run eval:heldout6                         # the same on the sixth set (--set heldout6)
 *   npm run eval:heldout7                         # the same on the seventh set (--set heldout7)
 *   npm run eval:heldout -- --json                # the scorer's one-line JSON summary instead
 *   npm run eval:heldout -- --pred-out pred.jsonl # also keep the predictions
 *   npm run eval:heldout -- --locate              # rebuild gold.jsonl offsets from gold.raw.jsonl
 *
 * Every document goes through `readDocument`, the reader the ingest pipeline uses, so an HTML
 * page is extracted from and scored against the main text the store keeps, not its markup.
 * The scorer reads documents from a directory, so that text is written to a temporary one
 * under each document's own file name and passed as `--docs`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { extractClaims, toJsonl } from '../src/ingest/extract.ts';
import { readDocument } from '../src/ingest/reader.ts';

const { values: flags } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    locate: { type: 'boolean', default: false },
    'pred-out': { type: 'string' },
    set: { type: 'string', default: 'heldout' },
  },
});

/** The held-out sets, each a folder under test/fixtures with meta.jsonl and gold files. */
const HeldoutSet = z.enum([
  'heldout',
  'heldout2',
  'heldout3',
  'heldout4',
  'heldout5',
  'heldout6',
  'heldout7',
]);
const parsedSet = HeldoutSet.safeParse(flags.set);
if (!parsedSet.success) {
  console.error(
    `eval:heldout: unknown set ${JSON.stringify(flags.set)}; use --set ${HeldoutSet.options.join(' or --set ')}`,
  );
  process.exit(2);
}
const set = parsedSet.data;
const name = `eval:${set}`;

const heldout = join(import.meta.dirname, '../test/fixtures', set);
const meta = join(heldout, 'meta.jsonl');
const goldRaw = join(heldout, 'gold.raw.jsonl');
const gold = join(heldout, 'gold.jsonl');
const scorer = join(import.meta.dirname, '../../shared/eval/score.mjs');

const missing = [meta, flags.locate ? goldRaw : gold, scorer].filter((p) => !existsSync(p));
if (missing.length > 0) {
  console.error(`${name}: cannot find ${missing.join(', ')}`);
  console.error(`${name}: the scorer lives in ../shared next to this checkout; clone or mount it there.`);
  process.exit(1);
}

const Meta = z.object({ doc: z.string().min(1), published: z.string().nullable() });
const GoldLine = z.object({
  doc: z.string(),
  quote: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});

function readJsonl<T>(path: string, schema: z.ZodType<T>): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .flatMap((line, i) => {
      if (!line.trim()) return [];
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch (cause) {
        throw new Error(`${path}:${i + 1}: not JSON`, { cause });
      }
      const parsed = schema.safeParse(json);
      if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.message}`);
      return [parsed.data];
    });
}

const docs = readJsonl(meta, Meta);

function runScorer(args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [scorer, ...args], { encoding: 'utf8' });
}

/** Runs the evaluation (or `--locate`) in `dir`; returns the exit code. */
function main(dir: string): number {
  const textDir = join(dir, 'docs');
  mkdirSync(textDir);
  const texts = new Map<string, string>();
  for (const d of docs) {
    const read = readDocument(d.doc, readFileSync(join(heldout, d.doc)));
    texts.set(d.doc, read.text);
    writeFileSync(join(textDir, d.doc), read.text);
  }

  if (flags.locate) {
    const run = runScorer(['locate', '--gold', goldRaw, '--docs', textDir]);
    process.stderr.write(run.stderr);
    if (run.status !== 0) {
      console.error(
        `${name}: some gold quotes are not in the text the reader keeps; gold.jsonl left as it was`,
      );
      return 1;
    }
    writeFileSync(gold, run.stdout);
    console.log(`${name}: wrote ${run.stdout.trim().split('\n').length} gold lines to ${gold}`);
    return 0;
  }

  // Gold offsets point into the reader's text; if the reader changes (HTML especially), say so
  // instead of reporting the extractor as wrong.
  const stale = readJsonl(gold, GoldLine).filter((g) => texts.get(g.doc)?.slice(g.start, g.end) !== g.quote);
  if (stale.length > 0) {
    for (const g of stale.slice(0, 5)) console.error(`${name}: gold quote moved in ${g.doc}: ${g.quote}`);
    console.error(
      `${name}: ${stale.length} gold quotes no longer match the reader's text; run npm run ${name} -- --locate`,
    );
    return 1;
  }

  let jsonl = '';
  let failed = 0;
  for (const d of docs) {
    try {
      jsonl += toJsonl(extractClaims(texts.get(d.doc) ?? '', { doc: d.doc, published: d.published }));
    } catch (cause) {
      // A document that breaks the extractor is reported and scored as finding nothing, so
      // the others are still scored; the run still fails.
      failed++;
      console.error(
        `${name}: extraction failed on ${d.doc}: ${cause instanceof Error ? cause.message : cause}`,
      );
    }
  }
  const pred = join(dir, 'pred.jsonl');
  writeFileSync(pred, jsonl);
  if (flags['pred-out']) writeFileSync(flags['pred-out'], jsonl);

  const run = runScorer([
    '--gold',
    gold,
    '--pred',
    pred,
    '--docs',
    textDir,
    ...(flags.json ? ['--json'] : ['--verbose']),
  ]);
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  return failed > 0 ? 1 : (run.status ?? 1);
}

const dir = mkdtempSync(join(tmpdir(), 'chancery-heldout-'));
try {
  process.exitCode = main(dir);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
