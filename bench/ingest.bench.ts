/**
 * Ingest at scale: N varied articles (default 10,000) through the whole pipeline — read,
 * hash, fingerprint, near-duplicate search, extract, attach, one transaction each — into an
 * embedded database. Prints documents per second and peak RSS, and beside it the baseline
 * measured in the same run: the RSS of the ingesting process with the database open, before
 * its first document.
 *
 * The database is created (with the starter data) by this process; the ingest then runs in a
 * fresh child process (`ingest-child.ts`), bundled and started as the built CLI is (bin/build.js:
 * no tsx), that opens it as `chancery ingest` does on an existing registry, so PGlite's one-off
 * creation peak is not counted against ingest.
 *
 *   npm run bench:ingest               # 10,000 documents
 *   BENCH_DOCS=1000 npm run bench:ingest
 *   BENCH_BACKENDS=postgres npm run bench:ingest
 */
import { fork } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundle } from '../bin/build.js';
import { loadStarterIfEmpty } from '../src/registry/starter.ts';
import { openStore } from '../src/store/open.ts';
import { freshPostgresDatabase, startPostgres } from '../test/postgres-server.ts';
import { random, sources, vary } from './corpus.ts';

const DOCS = Number(process.env.BENCH_DOCS ?? 10_000);
/** `BENCH_BACKENDS=postgres` (or `pglite`) runs one of the two. */
const BACKENDS = (process.env.BENCH_BACKENDS ?? 'pglite,postgres').split(',');

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
  // Built and started as `chancery` runs (bin/build.js: bundled, no tsx), so the process measured
  // is the one users run. The bundle sits inside the package, where its packages resolve.
  const child = join(import.meta.dirname, '../.tmp/bench/ingest-child.mjs');
  await bundle(join(import.meta.dirname, 'ingest-child.ts'), child);
  const proc = fork(child, args, { execArgv: [], stdio: 'inherit' });
  const code = await new Promise<number | null>((resolve) => proc.on('exit', resolve));
  if (code !== 0) throw new Error(`the ingest phase exited with ${code}`);
}

await preparePhase();
