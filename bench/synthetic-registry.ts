import { type Kysely, sql } from 'kysely';
import type { Database } from '../src/store/schema.ts';

/**
 * Size of a synthetic registry. Each mission gets on average `BASE_STEPS` status steps plus one
 * correction, so `missions * (BASE_STEPS + 1)` status events in all (20,000 missions → 1,000,000).
 */
export interface RegistryShape {
  /** Even, so that the per-mission step counts pair up and sum exactly. */
  missions: number;
  sendingStates: number;
  sources: number;
}

export interface LoadReport {
  sources: number;
  missions: number;
  statusEvents: number;
  evidence: number;
  seconds: number;
}

/** Status steps per mission before corrections; every 49th step gets one correction. */
const BASE_STEPS = 49;
/** Days from 1990-01-01 to 2024-12-31, over which the dated steps spread. */
const SPAN_DAYS = 12784;
/** Missions per load statement: small enough to print progress, large enough to stay set-based. */
const CHUNK = 1000;

/**
 * A deterministic pseudo-random integer in [0, mod) from a SQL integer expression and a salt:
 * PostgreSQL's own seeded hash, the same on PGlite (PostgreSQL 18) and on PostgreSQL 17.
 */
function h(expr: string, salt: number, mod: number | string): string {
  return `((((hashint8extended((${expr})::bigint, ${salt}) % (${mod})) + (${mod})) % (${mod}))::int)`;
}

/** Two upper-case letters from 0..675: AA, AB, … (sending and host codes). */
function code(expr: string): string {
  return `(chr(65 + (${expr}) / 26) || chr(65 + (${expr}) % 26))`;
}

/**
 * One row per mission index `i` in [lo, hi): its identity, step count `n` and the global index
 * `off` of its first step. Step counts pair up (49 + d, 49 − d), so the offset has a closed form
 * and each chunk loads on its own.
 */
function missionsCte(shape: RegistryShape, lo: number, hi: number): string {
  const d = `(${h('i / 2', 2, 41)} - 20)`;
  return `
    g as (
      select i,
        i % ${shape.sendingStates} as s,
        (i % ${shape.sendingStates} + 1 + ${h('i', 1, shape.sendingStates - 1)}) % ${shape.sendingStates} as hs,
        ${h('i', 3, 100)} as t,
        ${BASE_STEPS} + case when i % 2 = 0 then ${d} else -${d} end as n,
        ${2 * BASE_STEPS} * (i / 2) + case when i % 2 = 1 then ${BASE_STEPS} + ${d} else 0 end as off
      from generate_series(${lo}, ${hi - 1}) as i
    ),
    m as (
      select g.*, ${code('s')} as sending, ${code('hs')} as host,
        case when t < 60 then 'embassy' when t < 80 then 'consulate'
             when t < 88 then 'representative_office' when t < 95 then 'trade_office'
             else 'permanent_mission' end as type
      from g
    ),
    mi as (
      select m.*, lower(sending) || '-' || lower(host) || '-c' || (i + 1) || '-' || replace(type, '_', '-') as id
      from m
    )`;
}

function sourceId(expr: string, shape: RegistryShape): string {
  return `'src-bench-' || lpad((${h(expr, 17, shape.sources)} + 1)::text, 4, '0')`;
}

/**
 * Each mission's lifecycle: step 0 is `open`, undated (30%) or dated to a year before 1990;
 * steps 1… are dated over 1990–2024 in order (some only to the month or year, so same-day
 * ties occur) and run in segments open → closing → closed → reopened → closing …, except that
 * a third of the missions never close. One report in twenty during a closure still says
 * `closing` (a slower source's stale "slated for closure"). Recorded times spread over 2020–2025, so a fixed
 * `knownOn` of 2024-12-31 leaves about a sixth of the steps not yet known.
 */
function stepsCte(): string {
  return `
    st as (
      select mi.id as mission_id, mi.i, mi.n, k, mi.off + k as g,
        4 + ${h('mi.i', 13, 12)} as seglen, ${h('mi.i', 14, 3)} = 0 as steady
      from mi cross join lateral generate_series(0, mi.n - 1) as k
    ),
    sd as (
      select st.*,
        date '1990-01-01' + (k - 1) * ${SPAN_DAYS} / (n - 1) + ${h('g', 11, `${SPAN_DAYS} / (n - 1)`)} as day,
        ${h('g', 12, 20)} as p,
        timestamptz '2020-01-01 00:00:00+00' + ${h('g', 16, 6 * 365 * 86400)} * interval '1 second' as recorded_at
      from st
    ),
    steps as (
      select sd.*,
        case
          when k > 0 and not steady and (k - 1) / seglen > 0 and ((k - 1) / seglen - 1) % 3 = 1
            then case when ${h('g', 22, 20)} = 0 then 'closing' else 'closed' end
          when k > 0 and not steady and (k - 1) / seglen > 0
            then (array['closing', 'closed', 'reopened'])[1 + ((k - 1) / seglen - 1) % 3]
          else 'open'
        end as status,
        case
          when k = 0 and ${h('i', 10, 10)} < 3 then null
          when k = 0 then make_date(1950 + ${h('i', 9, 40)}, 1, 1)
          when p = 0 then date_trunc('year', day)::date
          when p < 4 then date_trunc('month', day)::date
          else day
        end as valid_from,
        case
          when k = 0 and ${h('i', 10, 10)} < 3 then null
          when k = 0 or p = 0 then 'year'
          when p < 4 then 'month'
          else 'day'
        end as precision
      from sd
    )`;
}

async function run(db: Kysely<Database>, text: string): Promise<void> {
  await sql.raw(text).execute(db);
}

/** Rows whose reference finds nothing, per foreign key: all must be zero. */
const REFERENCES = [
  ['evidence.source_id', 'evidence x left join sources y on y.id = x.source_id where y.id is null'],
  [
    'missions.existence_evidence_id',
    'missions x left join evidence y on y.id = x.existence_evidence_id where y.id is null',
  ],
  [
    'status_events.mission_id',
    'status_events x left join missions y on y.id = x.mission_id where y.id is null',
  ],
  [
    'status_events.evidence_id',
    'status_events x left join evidence y on y.id = x.evidence_id where y.id is null',
  ],
  [
    'status_events.supersedes',
    'status_events x left join status_events y on y.id = x.supersedes where x.supersedes is not null and y.id is null',
  ],
] as const;

/**
 * Fills an empty, migrated store with a synthetic registry in set-based SQL (INSERT … SELECT from
 * `generate_series`, values derived from the series index by hashing: the same data every run).
 * Ids are given explicitly (OVERRIDING SYSTEM VALUE) so that events, their evidence and their
 * corrections can refer to each other; the identity sequences are moved past them afterwards.
 *
 * Row-by-row foreign-key checks cost more than the inserts themselves, so a superuser loads with
 * them off (`session_replication_role = replica`, which skips only the RI triggers here: the
 * append-only triggers fire on UPDATE and DELETE) and every reference is then checked in one
 * set-based query per key. Any other user loads with the checks on.
 */
export async function loadSyntheticRegistry(
  db: Kysely<Database>,
  shape: RegistryShape,
  log: (line: string) => void,
): Promise<LoadReport> {
  if (shape.missions % 2 !== 0) throw new Error(`missions must be even, got ${shape.missions}`);
  if (shape.sendingStates > 676) throw new Error('at most 676 two-letter sending states');
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  const superuser =
    (await sql<{ on: boolean }>`select current_setting('is_superuser') = 'on' as on`.execute(db)).rows[0]
      ?.on === true;
  await db.transaction().execute(async (trx) => {
    if (superuser) await run(trx, 'set local session_replication_role = replica');
    await insertRegistry(trx, shape, (what) => log(`  ${what} (${elapsed()})`));
  });
  if (superuser) {
    for (const [key, orphans] of REFERENCES) {
      const found = await sql<{ n: number | string }>`select count(*) as n from ${sql.raw(orphans)}`.execute(
        db,
      );
      if (Number(found.rows[0]?.n) !== 0)
        throw new Error(`synthetic registry: ${key} refers to missing rows`);
    }
    log(`  references checked (${elapsed()})`);
  }
  await run(db, 'analyze');
  log(`  analyzed (${elapsed()})`);

  const counted = await sql<{ events: number | string; evidence: number | string }>`
    select (select count(*) from status_events) as events, (select count(*) from evidence) as evidence`.execute(
    db,
  );
  const row = counted.rows[0];
  return {
    sources: shape.sources,
    missions: shape.missions,
    statusEvents: Number(row?.events),
    evidence: Number(row?.evidence),
    seconds: (performance.now() - started) / 1000,
  };
}

async function insertRegistry(
  db: Kysely<Database>,
  shape: RegistryShape,
  progress: (what: string) => void,
): Promise<void> {
  const M = shape.missions;
  const B = BASE_STEPS * M;
  await run(
    db,
    `insert into sources (id, title, publisher, url, published, language, kind, seed_file, content_hash, accessed, note, recorded_at)
     select 'src-bench-' || lpad(j::text, 4, '0'), 'Synthetic source ' || j, 'Bench publisher ' || (j % 20),
       'https://example.org/source/' || j, null, 'en', (array['seed', 'web', 'document'])[1 + j % 3],
       null, 'bench-' || j, null, null, timestamptz '2019-01-01 00:00:00+00'
     from generate_series(1, ${shape.sources}) as j`,
  );

  const missionRecorded = `timestamptz '2019-06-01 00:00:00+00' + ${h('i', 5, 3 * 365 * 86400)} * interval '1 second'`;
  await run(
    db,
    `with ${missionsCte(shape, 0, M)}
     insert into evidence (id, source_id, quote, start_offset, end_offset, recorded_at) overriding system value
     select i + 1, ${sourceId('i', shape)}, q, o, o + length(q), ${missionRecorded}
     from (select mi.*, 'The mission ' || id || ' operates in ' || host as q, ${h('i', 18, 20000)} as o from mi) x`,
  );
  await run(
    db,
    `with ${missionsCte(shape, 0, M)}
     insert into missions (id, sending, host, city, type, lat, lon, existence_evidence_id, recorded_at)
     select id, sending, host, 'City ' || (${h('i', 4, 5000)} + 1), type,
       ${h('i', 6, 17000)} / 100.0 - 85, ${h('i', 7, 36000)} / 100.0 - 180, i + 1, ${missionRecorded}
     from mi`,
  );
  progress(`sources ${shape.sources}, missions ${M}`);

  for (let lo = 0; lo < M; lo += CHUNK) {
    const hi = Math.min(M, lo + CHUNK);
    const ctes = `with ${missionsCte(shape, lo, hi)}, ${stepsCte()}`;
    await run(
      db,
      `${ctes}
       insert into evidence (id, source_id, quote, start_offset, end_offset, recorded_at) overriding system value
       select ${M} + g + 1, ${sourceId('g', shape)}, q, o, o + length(q), recorded_at
       from (select steps.*, 'Step ' || k || ' of ' || mission_id || ': ' || status as q, ${h('g', 18, 20000)} as o
             from steps) x`,
    );
    await run(
      db,
      `${ctes}
       insert into status_events (id, mission_id, status, valid_from, precision, evidence_id, attributed_to, supersedes, recorded_at)
       overriding system value
       select g + 1, mission_id, status, valid_from, precision, ${M} + g + 1,
         case when ${h('g', 15, 10)} = 0 then 'Ministry of Foreign Affairs' end, null, recorded_at
       from steps`,
    );
    progress(`status events of missions ${lo}–${hi - 1} loaded`);
  }

  // Every 49th step gets a correction (a moved date), recorded 1–400 days after it: some are
  // known by 2024-12-31 and hide the step they supersede, some are not yet.
  const corrected = `from status_events e where e.id % ${BASE_STEPS} = 0 and e.id <= ${B}`;
  const correctionRecorded = `e.recorded_at + (1 + ${h('e.id', 21, 400)}) * interval '1 day'`;
  await run(
    db,
    `insert into evidence (id, source_id, quote, start_offset, end_offset, recorded_at) overriding system value
     select ${M + B} + e.id / ${BASE_STEPS}, ${sourceId('e.id', shape)}, 'Correction of step ' || e.id, null, null,
       ${correctionRecorded}
     ${corrected}`,
  );
  await run(
    db,
    `insert into status_events (id, mission_id, status, valid_from, precision, evidence_id, attributed_to, supersedes, recorded_at)
     overriding system value
     select ${B} + e.id / ${BASE_STEPS}, e.mission_id, e.status,
       e.valid_from + (${h('e.id', 20, 61)} - 30), case when e.valid_from is not null then 'day' end,
       ${M + B} + e.id / ${BASE_STEPS}, null, e.id, ${correctionRecorded}
     ${corrected}`,
  );
  for (const table of ['evidence', 'status_events']) {
    await run(db, `select setval(pg_get_serial_sequence('${table}', 'id'), (select max(id) from ${table}))`);
  }
  progress('corrections loaded');
}
