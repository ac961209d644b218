/**
 * The measured half of `bench/ingest.bench.ts`: ingests every file of `<dir>/docs` into the
 * database prepared there (PGlite in `<dir>/db`, or the PostgreSQL URL given second), as
 * `chancery ingest` does on an existing registry, and prints documents per second and peak RSS
 * beside the RSS of the same process with the database open before its first document.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECT_EVERY, ingestFiles } from '../src/ingest/batch.ts';
import { openStore } from '../src/store/open.ts';

const LIMIT_MB = 400;
const mb = (bytes: number) => bytes / 1024 / 1024;

/**
 * This process's peak RSS in bytes (Linux's VmHWM), or null where /proc is not there. Not
 * `process.resourceUsage().maxRSS`: Linux carries that over from the parent across fork and
 * exec, so a child started by a large parent would report the parent's peak.
 */
function highWaterMark(): number | null {
  try {
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : null;
  } catch {
    return null;
  }
}

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
  // As `chancery ingest` runs a batch; BENCH_COLLECT_EVERY=0 turns the periodic collection off.
  const every = Number(process.env.BENCH_COLLECT_EVERY ?? COLLECT_EVERY);
  const batch = ingestFiles(
    files,
    { published: '2024-01-15' },
    { db: store.db, now: () => new Date(), actor: 'bench' },
    { collectEvery: every > 0 ? every : Number.POSITIVE_INFINITY },
  );
  let i = -1;
  for await (const r of batch) {
    i++;
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
  // The kernel's high-water mark also catches a peak between two documents.
  peak = Math.max(peak, highWaterMark() ?? 0);
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

const [dir, databaseUrl] = process.argv.slice(2);
if (!dir) throw new Error('usage: ingest-child <dir> [database-url]');
await ingestPhase(dir, databaseUrl);
// PGlite's worker can keep the event loop alive after close; the measurement is done.
process.exit(0);
