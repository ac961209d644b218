/**
 * `npm run bench`: as-of queries on a synthetic registry of 20,000 missions (200 sending states)
 * and 1,000,000 status events, on PGlite and on PostgreSQL, against the naive alternative
 * (read everything, scan in JavaScript) measured in the same run, which must give the same answers.
 *
 *   npm run bench -- --missions 2000 --explain     a smaller registry, and the plan of query (a)
 *   npm run bench -- --budget 10                    about 10 s per query and backend (default 20)
 */
import { deepStrictEqual } from 'node:assert/strict';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { CompiledQuery, type Kysely, sql } from 'kysely';
import type { IsoDay } from '../src/domain/dates.ts';
import { network } from '../src/registry/network.ts';
import { openStore } from '../src/store/open.ts';
import type { TimePoint } from '../src/store/queries/bitemporal.ts';
import {
  type CountRow,
  countAsOf,
  type MissionStatusRow,
  statusAsOf,
  statusAsOfQuery,
} from '../src/store/queries/network.ts';
import type { Database } from '../src/store/schema.ts';
import type { Store } from '../src/store/store.ts';
import { type Latency, type MeasurePlan, measure, seededRandom, summarize } from './latency.ts';
import { naiveCountsByStatus, naiveStatusAsOf, settleTies } from './naive-network.ts';
import { freshBenchDatabase } from './postgres-database.ts';
import { type LoadReport, loadSyntheticRegistry } from './synthetic-registry.ts';

const { values: flags } = parseArgs({
  options: {
    missions: { type: 'string', default: '20000' },
    'iterations-network': { type: 'string', default: '200' },
    'iterations-counts': { type: 'string', default: '20' },
    'iterations-naive': { type: 'string', default: '3' },
    budget: { type: 'string', default: '20' },
    explain: { type: 'boolean', default: false },
  },
});

function positive(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer, got "${value}"`);
  return n;
}

const SHAPE = { missions: positive('missions', flags.missions), sendingStates: 200, sources: 500 };
const BUDGET_MS = positive('budget', flags.budget) * 1000;
const PLANS: Record<'network' | 'service' | 'counts', MeasurePlan> = {
  network: {
    iterations: positive('iterations-network', flags['iterations-network']),
    warmup: 20,
    budgetMs: BUDGET_MS,
  },
  service: {
    iterations: positive('iterations-network', flags['iterations-network']),
    warmup: 20,
    budgetMs: BUDGET_MS,
  },
  counts: {
    iterations: positive('iterations-counts', flags['iterations-counts']),
    warmup: 2,
    budgetMs: BUDGET_MS,
  },
};
const NAIVE_RUNS = positive('iterations-naive', flags['iterations-naive']);
/** Recorded times run to 2025-12-31; knowing only up to here hides about a sixth of the steps. */
const KNOWN_ON: IsoDay = '2024-12-31';
const SEED = 20241231;
const GOAL_MS: Record<string, number> = { PGlite: 50, PostgreSQL: 10 };

interface Figures {
  backend: string;
  query: string;
  project: Latency;
  naive: { latency: Latency; loadP50: number; scanP50: number } | undefined;
}

interface BackendRun {
  backend: string;
  version: string;
  load: LoadReport;
  rssMb: number;
  figures: Figures[];
  verified: { network: number; counts: number; ties: number };
}

const log = (line: string) => console.log(line);

/** The question of iteration i: a sending state and an as-of day in 1990–2024, the same on every backend. */
function questions(states: readonly string[]): (i: number) => { sending: string; at: TimePoint } {
  const asked: { sending: string; at: TimePoint }[] = [];
  const random = seededRandom(SEED);
  return (i) => {
    while (asked.length <= i) {
      const sending = states[Math.floor(random() * states.length)] ?? '';
      const day = new Date(Date.UTC(1990, 0, 1) + Math.floor(random() * 12784) * 86_400_000);
      asked.push({ sending, at: { asOf: day.toISOString().slice(0, 10), knownOn: KNOWN_ON } });
    }
    const q = asked[i];
    if (q === undefined) throw new Error(`no question ${i}`);
    return q;
  };
}

const byKey =
  <T>(key: (row: T) => string) =>
  (rows: readonly T[]): T[] =>
    [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
const byId = byKey((r: MissionStatusRow) => r.id);
const byStatus = byKey((r: CountRow) => r.status ?? '');

/** Fails loudly when the naive answer and the project's answer differ. */
function same(what: string, naive: unknown, project: unknown): void {
  try {
    deepStrictEqual(naive, project);
  } catch (err) {
    throw new Error(`naive and project answers differ for ${what}`, { cause: err });
  }
}

async function explain(db: Kysely<Database>, sending: string, at: TimePoint): Promise<void> {
  const compiled = statusAsOfQuery(db, at, { sending })
    .orderBy('m.host')
    .orderBy('m.city')
    .orderBy('m.id')
    .compile();
  const plan = await db.executeQuery<{ 'QUERY PLAN': string }>(
    CompiledQuery.raw(`explain (analyze, buffers) ${compiled.sql}`, [...compiled.parameters]),
  );
  log(`  plan of (a) for ${sending} as of ${at.asOf}:`);
  for (const row of plan.rows) log(`    ${row['QUERY PLAN']}`);
}

async function benchBackend(backend: string, open: () => Promise<Store>): Promise<BackendRun> {
  log(`\n== ${backend}`);
  const store = await open();
  try {
    const { db } = store;
    const full = (await sql<{ v: string }>`select version() as v`.execute(db)).rows[0]?.v ?? '?';
    const version = full.split(' on ')[0] ?? full;
    log(`  ${store.describe}: ${version}`);
    const load = await loadSyntheticRegistry(db, SHAPE, log);
    const rssMb = process.memoryUsage().rss / 2 ** 20;
    log(
      `  loaded ${load.statusEvents} status events, ${load.evidence} evidence rows in ${load.seconds.toFixed(1)} s (RSS ${rssMb.toFixed(0)} MB)`,
    );
    const states = (
      await db.selectFrom('missions').select('sending').distinct().orderBy('sending').execute()
    ).map((r) => r.sending);
    const ask = questions(states);

    // The project's answers to the first questions, to hold the naive answers against.
    const statusAnswers = new Map<number, MissionStatusRow[]>();
    const countAnswers = new Map<number, CountRow[]>();
    const timed = async (what: string, plan: MeasurePlan, fn: (i: number) => Promise<void>) => {
      const started = performance.now();
      const samples = await measure(plan, fn);
      log(`  ${what}: ${samples.length} runs in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      return summarize(samples);
    };
    const statusLatency = await timed('(a) statusAsOf, one sending state', PLANS.network, async (i) => {
      const { sending, at } = ask(i);
      const rows = await statusAsOf(db, at, { sending });
      if (i < NAIVE_RUNS) statusAnswers.set(i, rows);
    });
    const serviceLatency = await timed('(a) network(), one sending state', PLANS.service, async (i) => {
      const { sending, at } = ask(i);
      await network(db, { sending, ...at });
    });
    const countLatency = await timed('(b) countAsOf by status, all states', PLANS.counts, async (i) => {
      const rows = await countAsOf(db, ask(i).at, ['status']);
      if (i < NAIVE_RUNS) countAnswers.set(i, rows);
    });

    const naive = {
      status: { total: [] as number[], load: [] as number[], scan: [] as number[] },
      counts: { total: [] as number[], load: [] as number[], scan: [] as number[] },
    };
    const verified = { network: 0, counts: 0, ties: 0 };
    let rowsCompared = 0;
    for (let i = 0; i < NAIVE_RUNS; i++) {
      const { sending, at } = ask(i);
      const n = await naiveStatusAsOf(db, sending, at);
      naive.status.total.push(n.loadMs + n.scanMs);
      naive.status.load.push(n.loadMs);
      naive.status.scan.push(n.scanMs);
      const projectRows = statusAnswers.get(i);
      if (projectRows !== undefined) {
        verified.ties += settleTies(n, projectRows);
        same(`(a) ${sending} as of ${at.asOf}`, byId(n.answer), byId(projectRows));
        verified.network++;
        rowsCompared += n.answer.length;
      }
      const c = await naiveCountsByStatus(db, at);
      naive.counts.total.push(c.loadMs + c.scanMs);
      naive.counts.load.push(c.loadMs);
      naive.counts.scan.push(c.scanMs);
      const projectCounts = countAnswers.get(i);
      if (projectCounts !== undefined) {
        same(`(b) as of ${at.asOf}`, byStatus(c.answer), byStatus(projectCounts));
        verified.counts++;
      }
      const checked = (answered: boolean) => (answered ? 'same as the project' : 'not compared');
      const counts = byStatus(c.answer)
        .map((r) => `${r.status} ${r.count}`)
        .join(', ');
      log(
        `  naive run ${i + 1}/${NAIVE_RUNS}: (a) ${n.answer.length} missions of ${sending} as of ${at.asOf}, ${checked(projectRows !== undefined)}; (b) ${counts}, ${checked(projectCounts !== undefined)}`,
      );
    }
    if (verified.network === 0 || verified.counts === 0 || rowsCompared === 0)
      throw new Error(
        'no naive answer was compared with a non-empty project answer: the check proves nothing',
      );
    log(
      `  naive answers equal the project's for ${verified.network} networks (${rowsCompared} missions) and ${verified.counts} status counts; ${verified.ties} missions whose run starts with same-day steps of different precision took the project's pick`,
    );
    if (flags.explain) {
      // The plan changes with the as-of day (more visible steps later on): show the latest of the first questions.
      const late = Array.from({ length: 20 }, (_, i) => ask(i)).reduce((a, b) =>
        b.at.asOf > a.at.asOf ? b : a,
      );
      await explain(db, late.sending, late.at);
    }

    const naiveFigures = (x: { total: number[]; load: number[]; scan: number[] }) => ({
      latency: summarize(x.total),
      loadP50: summarize(x.load).p50,
      scanP50: summarize(x.scan).p50,
    });
    return {
      backend,
      version,
      load,
      rssMb,
      verified,
      figures: [
        {
          backend,
          query: '(a) statusAsOf: one state',
          project: statusLatency,
          naive: naiveFigures(naive.status),
        },
        {
          backend,
          query: '(a) network(): + coverage, assessment',
          project: serviceLatency,
          naive: undefined,
        },
        {
          backend,
          query: '(b) countAsOf by status: all states',
          project: countLatency,
          naive: naiveFigures(naive.counts),
        },
      ],
    };
  } finally {
    await store.close();
  }
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

const ms = (x: number) => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));

async function openPostgresStore(): Promise<Store> {
  const database = await freshBenchDatabase();
  try {
    const store = await openStore({ databaseUrl: database.url });
    return {
      ...store,
      describe: `${store.describe.replace(/\/\/[^@/]*@/, '//')} (${database.server})`,
      async close() {
        try {
          await store.close();
        } finally {
          await database.drop();
        }
      },
    };
  } catch (err) {
    await database.drop();
    throw err;
  }
}

async function main(): Promise<void> {
  const cpu = cpus();
  log(
    `Chancery registry benchmark — ${new Date().toISOString().slice(0, 10)}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}`,
  );
  log(
    `registry: ${SHAPE.missions} missions of ${SHAPE.sendingStates} sending states, ${SHAPE.missions * 50} status events; known on ${KNOWN_ON}; budget ${BUDGET_MS / 1000} s per query and backend`,
  );
  // One backend after the other, each closed before the next opens: PGlite alone peaks above 1 GB.
  const runs = [
    await benchBackend('PGlite', () => openStore({})),
    await benchBackend('PostgreSQL', openPostgresStore),
  ];

  log('\nLoad (INSERT … SELECT generate_series, reference checks, ANALYZE)');
  log(
    table(
      ['backend', 'server', 'status events', 'evidence rows', 'load time', 'RSS after load'],
      runs.map((r) => [
        r.backend,
        r.version,
        String(r.load.statusEvents),
        String(r.load.evidence),
        `${r.load.seconds.toFixed(1)} s`,
        `${r.rssMb.toFixed(0)} MB`,
      ]),
    ),
  );
  log(
    '\nQueries, ms (naive = read all missions and status events, scan in JS; its load / scan parts at p50)',
  );
  const figures = runs.flatMap((r) => r.figures);
  log(
    table(
      [
        'backend',
        'query',
        'p50',
        'p95',
        'runs',
        'naive p50',
        'naive p95',
        'runs',
        'naive load / scan',
        'speedup',
      ],
      figures.map((f) => [
        f.backend,
        f.query,
        ms(f.project.p50),
        ms(f.project.p95),
        String(f.project.iterations),
        ...(f.naive === undefined
          ? ['—', '—', '—', '—', '—']
          : [
              ms(f.naive.latency.p50),
              ms(f.naive.latency.p95),
              String(f.naive.latency.iterations),
              `${ms(f.naive.loadP50)} / ${ms(f.naive.scanP50)}`,
              `${(f.naive.latency.p50 / f.project.p50).toFixed(f.naive.latency.p50 < 10 * f.project.p50 ? 1 : 0)}×`,
            ]),
      ]),
    ),
  );
  log('');
  for (const f of figures.filter((x) => x.query.startsWith('(a)'))) {
    const goal = GOAL_MS[f.backend] ?? 0;
    log(
      `goal (a) p50 ≤ ${goal} ms on ${f.backend}, ${f.query.slice(4)}: ${f.project.p50 <= goal ? 'met' : 'MISSED'} (${ms(f.project.p50)} ms)`,
    );
  }
}

await main();
