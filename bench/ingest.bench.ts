/**
 * Ingest at scale: N varied articles (default 10,000) through the whole pipeline — read,
 * hash, fingerprint, near-duplicate search, extract, attach, one transaction each — into an
 * embedded database. Prints documents per second and peak RSS, and beside it the baseline
 * measured in the same run: the RSS of the ingesting process with the database open, before
 * its first document.
 *
 * The database is created (with the starter data) by this process; the ingest then runs in a
 * fresh child process, started as `bin/chancery.js` starts, that opens it as `chancery ingest`
 * does on an existing registry, so PGlite's one-off creation peak is not counted against ingest.
 *
 *   npm run bench:ingest               # 10,000 documents
 *   BENCH_DOCS=1000 npm run bench:ingest
 *   BENCH_BACKENDS=postgres npm run bench:ingest
 */
import { fork } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ingestFile } from '../src/ingest/pipeline.ts';
import { loadStarterIfEmpty } from '../src/registry/starter.ts';
import { openStore } from '../src/store/open.ts';
import { freshPostgresDatabase, startPostgres } from '../test/postgres-server.ts';
import { random, sources, vary } from './corpus.ts';

const DOCS = Number(process.env.BENCH_DOCS ?? 10_000);
const LIMIT_MB = 400;
/** `BENCH_BACKENDS=postgres` (or `pglite`) runs one of the two. */
const BACKENDS = (process.env.BENCH_BACKENDS ?? 'pglite,postgres').split(',');
const mb = (bytes: number) => bytes / 1024 / 1024;

async function ingestPhase(dir: string, databaseUrl: string | undefined): Promise<void> {
  const files = readdirSync(join(dir, 'docs'))
    .sort()
    .map((f) => join(dir, 'docs', f));
  const store = await openStore(databaseUrl ? { databaseUrl } : { dataDir: join(dir, 'db') });
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const counts = { ingested: 0, 'near-duplicate': 0, duplicate: 0, failed: 0 };
  let claims = 0;
  const started = performance.now();
  for (const [i, file] of files.entries()) {
    const r = await ingestFile(
      file,
      { published: '2024-01-15' },
      { db: store.db, now: () => new Date(), actor: 'bench' },
    );
    counts[r.status]++;
    if ('claims' in r) claims += r.claims;
    peak = Math.max(peak, process.memoryUsage().rss);
    if ((i + 1) % 1000 === 0) {
      const secs = (performance.now() - started) / 1000;
      console.log(
        `  ${i + 1} documents, ${((i + 1) / secs).toFixed(1)} docs/s, RSS ${mb(process.memoryUsage().rss).toFixed(0)} MB`,
      );
    }
  }
  const seconds = (performance.now() - started) / 1000;
  await store.close();
  const where = databaseUrl
    ? 'PostgreSQL (a separate server process, not counted)'
    : 'embedded PostgreSQL (PGlite, in this process)';
  console.log(`\ningest of ${files.length} documents into ${where}`);
  console.log(`  ${JSON.stringify(counts)}; ${claims} claims`);
  console.log(`  ${(files.length / seconds).toFixed(1)} documents/s (${seconds.toFixed(1)} s)`);
  console.log(
    `  baseline RSS (existing database open, before the first document): ${mb(baseline).toFixed(0)} MB`,
  );
  console.log(
    `  peak RSS during ingest: ${mb(peak).toFixed(0)} MB (+${mb(peak - baseline).toFixed(0)} MB over the baseline)`,
  );
  console.log(`  goal: peak under ${LIMIT_MB} MB — ${mb(peak) < LIMIT_MB ? 'met' : 'not met'}`);
}

async function preparePhase(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-bench-ingest-'));
  try {
    const base = sources();
    const rand = random(11);
    const docs = join(dir, 'docs');
    mkdirSync(docs);
    for (let i = 0; i < DOCS; i++) {
      writeFileSync(
        join(docs, `doc-${String(i).padStart(5, '0')}.txt`),
        vary(base[i % base.length] ?? '', rand),
      );
    }
    const pglite = await openStore({ dataDir: join(dir, 'db') });
    await loadStarterIfEmpty(pglite.db);
    await pglite.close();
    console.log(`prepared ${DOCS} documents and a registry with the starter data in ${dir}`);
    if (BACKENDS.includes('pglite')) await runChild([dir]);
    if (!BACKENDS.includes('postgres')) return;
    const server = process.env.DATABASE_URL ? undefined : await startPostgres();
    const url = process.env.DATABASE_URL ?? server?.url ?? '';
    try {
      const database = await freshPostgresDatabase(url);
      try {
        const pg = await openStore({ databaseUrl: database.url });
        await loadStarterIfEmpty(pg.db);
        await pg.close();
        await runChild([dir, database.url]);
      } finally {
        await database.drop();
      }
    } finally {
      await server?.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function runChild(args: string[]): Promise<void> {
  // Loaded as `chancery` loads itself (bin/typescript.js), so the process measured is the one users run.
  const loader = pathToFileURL(join(import.meta.dirname, '../bin/typescript.js')).href;
  const child = fork(import.meta.filename, args, { execArgv: ['--import', loader], stdio: 'inherit' });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`the ingest phase exited with ${code}`);
}

const childDir = process.argv[2];
if (childDir) {
  await ingestPhase(childDir, process.argv[3]);
  // PGlite's worker can keep the event loop alive after close; the measurement is done.
  process.exit(0);
} else await preparePhase();
