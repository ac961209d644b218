import type { Kysely } from 'kysely';
import { recordedBefore, type TimePoint } from '../src/store/queries/bitemporal.ts';
import type { CountRow, MissionStatusRow } from '../src/store/queries/network.ts';
import type { Database } from '../src/store/schema.ts';

/**
 * The baseline a user without the as-of queries would write: read every mission and status
 * event (and the few corrections' and reviews' rows that hide steps) into memory, then scan in
 * JavaScript for each mission's latest step. It follows the rules of `statusAsOfQuery` in
 * src/store/queries/network.ts; if those change, the comparison in the benchmark fails.
 */
interface Snapshot {
  missions: Map<
    string,
    {
      id: string;
      sending: string;
      host: string;
      city: string;
      type: string;
      lat: number | null;
      lon: number | null;
      recorded_at: Date;
    }
  >;
  events: {
    id: number;
    mission_id: string;
    status: string;
    valid_from: string | null;
    precision: string | null;
    evidence_id: number;
    attributed_to: string | null;
    supersedes: number | null;
    recorded_at: Date;
  }[];
  claims: { id: number; status_event_id: number | null }[];
  reviews: { claim_id: number; version: number; decision: string; recorded_at: Date }[];
}

type Step = Snapshot['events'][number];

/** Milliseconds spent reading from the database and scanning in memory, and the answer. */
export interface NaiveResult<T> {
  answer: T;
  loadMs: number;
  scanMs: number;
}

/**
 * The naive rows of one sending state, plus the missions whose current run begins with several
 * steps on the same first day but of different precisions: the answer holds one of them, and
 * the registry may give any (its query orders them by date only).
 */
export interface NaiveStatus extends NaiveResult<MissionStatusRow[]> {
  ties: Map<string, Set<string | null>>;
}

async function loadEverything(db: Kysely<Database>): Promise<Snapshot> {
  const [missions, events, claims, reviews] = await Promise.all([
    db
      .selectFrom('missions')
      .select(['id', 'sending', 'host', 'city', 'type', 'lat', 'lon', 'recorded_at'])
      .execute(),
    db
      .selectFrom('status_events')
      .select([
        'id',
        'mission_id',
        'status',
        'valid_from',
        'precision',
        'evidence_id',
        'attributed_to',
        'supersedes',
        'recorded_at',
      ])
      .execute(),
    db
      .selectFrom('claims')
      .select(['id', 'status_event_id'])
      .where('status_event_id', 'is not', null)
      .execute(),
    db.selectFrom('reviews').select(['claim_id', 'version', 'decision', 'recorded_at']).execute(),
  ]);
  return { missions: new Map(missions.map((m) => [m.id, m])), events, claims, reviews };
}

const RANK: Record<string, number> = { open: 0, closing: 1, closed: 2, reopened: 3 };

/** The registry's order of steps: valid date (undated first), lifecycle rank, recorded time, id. */
function later(a: Step, b: Step): boolean {
  if (a.valid_from !== b.valid_from) {
    if (a.valid_from === null) return false;
    if (b.valid_from === null) return true;
    return a.valid_from > b.valid_from;
  }
  const rank = (RANK[a.status] ?? 3) - (RANK[b.status] ?? 3);
  if (rank !== 0) return rank > 0;
  const recorded = a.recorded_at.getTime() - b.recorded_at.getTime();
  if (recorded !== 0) return recorded > 0;
  return a.id > b.id;
}

/** Steps hidden as of the cut-off: superseded by a correction, or backed by a claim whose latest review rejects it. */
function hiddenSteps(snapshot: Snapshot, cutoff: number): Set<number> {
  const hidden = new Set<number>();
  for (const e of snapshot.events) {
    if (e.supersedes !== null && e.recorded_at.getTime() < cutoff) hidden.add(e.supersedes);
  }
  const latestReview = new Map<number, { version: number; decision: string }>();
  for (const r of snapshot.reviews) {
    if (r.recorded_at.getTime() >= cutoff) continue;
    const seen = latestReview.get(r.claim_id);
    if (seen === undefined || r.version > seen.version) latestReview.set(r.claim_id, r);
  }
  for (const c of snapshot.claims) {
    if (c.status_event_id !== null && latestReview.get(c.id)?.decision === 'rejected')
      hidden.add(c.status_event_id);
  }
  return hidden;
}

/**
 * A `closing` step dated after a visible `closed` one with no visible `reopened` in between
 * (a stale "slated for closure"); `steps` are the mission's visible steps.
 */
function staleHedge(e: Step, steps: readonly Step[]): boolean {
  if (e.status !== 'closing' || e.valid_from === null) return false;
  const day = e.valid_from;
  let closed: string | null = null;
  for (const k of steps) {
    if (
      k.status === 'closed' &&
      k.valid_from !== null &&
      k.valid_from < day &&
      (closed === null || k.valid_from > closed)
    )
      closed = k.valid_from;
  }
  if (closed === null) return false;
  const after = closed;
  return !steps.some(
    (o) => o.status === 'reopened' && o.valid_from !== null && o.valid_from > after && o.valid_from <= day,
  );
}

/**
 * A mission's state as of a time point: its latest visible step, and the first day of the run
 * of that status (`sincePrecisions`: every precision recorded for that day within the run).
 */
interface MissionState {
  step: Step;
  since: string | null;
  sincePrecisions: Set<string | null>;
}

/**
 * Each known mission's latest visible step as of `at` (stale hedges left out), and the first
 * day of the run of its status: the earliest visible step of that status not before the last
 * visible step of another (stale hedges left out of that one too, not of the run itself).
 */
function latestSteps(snapshot: Snapshot, at: TimePoint, sending?: string): Map<string, MissionState> {
  const cutoff = recordedBefore(at.knownOn).getTime();
  const hidden = hiddenSteps(snapshot, cutoff);
  const visible = new Map<string, Step[]>();
  for (const e of snapshot.events) {
    if (e.recorded_at.getTime() >= cutoff) continue;
    if (e.valid_from !== null && e.valid_from > at.asOf) continue;
    if (hidden.has(e.id)) continue;
    const mission = snapshot.missions.get(e.mission_id);
    if (mission === undefined || mission.recorded_at.getTime() >= cutoff) continue;
    if (sending !== undefined && mission.sending !== sending) continue;
    const steps = visible.get(e.mission_id);
    if (steps === undefined) visible.set(e.mission_id, [e]);
    else steps.push(e);
  }
  const states = new Map<string, MissionState>();
  for (const [missionId, steps] of visible) {
    const kept = steps.filter((e) => !staleHedge(e, steps));
    let step = kept[0];
    if (step === undefined) continue;
    for (const e of kept) if (later(e, step)) step = e;
    let boundary: string | null = null;
    for (const e of kept) {
      if (e.status !== step.status && e.valid_from !== null && (boundary === null || e.valid_from > boundary))
        boundary = e.valid_from;
    }
    let first: Step[] = [];
    for (const e of steps) {
      if (e.status !== step.status) continue;
      if (boundary !== null && (e.valid_from === null || e.valid_from < boundary)) continue;
      const earliest = first[0];
      if (earliest === undefined || e.valid_from === earliest.valid_from) first.push(e);
      else if (earliest.valid_from !== null && (e.valid_from === null || e.valid_from < earliest.valid_from))
        first = [e];
    }
    states.set(missionId, {
      step,
      since: first[0]?.valid_from ?? null,
      sincePrecisions: new Set(first.map((e) => e.precision)),
    });
  }
  return states;
}

/** What `statusAsOf(db, at, { sending })` answers (every status, closed included), naively. */
export async function naiveStatusAsOf(
  db: Kysely<Database>,
  sending: string,
  at: TimePoint,
): Promise<NaiveStatus> {
  const loading = performance.now();
  const snapshot = await loadEverything(db);
  const scanning = performance.now();
  const states = [...latestSteps(snapshot, at, sending).values()];
  const scanMs = performance.now() - scanning;
  // The quotes of the chosen steps only: the one extra read a user would make for the answer.
  const fetching = performance.now();
  const evidence =
    states.length === 0
      ? []
      : await db
          .selectFrom('evidence')
          .select(['id', 'quote', 'source_id'])
          .where(
            'id',
            'in',
            states.map((s) => s.step.evidence_id),
          )
          .execute();
  const loadMs = scanning - loading + (performance.now() - fetching);
  const quotes = new Map(evidence.map((e) => [e.id, e]));
  const ties = new Map<string, Set<string | null>>();
  const answer = states.map(({ step, since, sincePrecisions }): MissionStatusRow => {
    const m = snapshot.missions.get(step.mission_id);
    const ev = quotes.get(step.evidence_id);
    if (m === undefined || ev === undefined)
      throw new Error(`naive scan lost the mission or evidence of ${step.id}`);
    if (sincePrecisions.size > 1) ties.set(m.id, sincePrecisions);
    return {
      id: m.id,
      sending: m.sending,
      host: m.host,
      city: m.city,
      type: m.type,
      lat: m.lat,
      lon: m.lon,
      status: step.status,
      valid_from: since,
      precision: [...sincePrecisions][0] ?? null,
      event_id: step.id,
      attributed_to: step.attributed_to,
      quote: ev.quote,
      source_id: ev.source_id,
    };
  });
  return { answer, loadMs, scanMs, ties };
}

/** What `countAsOf(db, at, ['status'])` answers for all sending states, naively. */
export async function naiveCountsByStatus(
  db: Kysely<Database>,
  at: TimePoint,
): Promise<NaiveResult<CountRow[]>> {
  const loading = performance.now();
  const snapshot = await loadEverything(db);
  const scanning = performance.now();
  const counts = new Map<string, number>();
  for (const { step } of latestSteps(snapshot, at).values())
    counts.set(step.status, (counts.get(step.status) ?? 0) + 1);
  const answer = [...counts].map(([status, count]) => ({ status, count }));
  return { answer, loadMs: scanning - loading, scanMs: performance.now() - scanning };
}

/**
 * Where the naive answer has a tie on the first day of a run, takes the registry's precision
 * for it if that is one of the tied ones, so that the answers can be compared whole. Returns
 * how many rows it settled.
 */
export function settleTies(naive: NaiveStatus, project: readonly MissionStatusRow[]): number {
  const theirs = new Map(project.map((r) => [r.id, r]));
  let settled = 0;
  naive.answer = naive.answer.map((row) => {
    const tied = naive.ties.get(row.id);
    const other = theirs.get(row.id);
    if (tied === undefined || other === undefined || other.valid_from !== row.valid_from) return row;
    if (!tied.has(other.precision)) return row;
    settled++;
    return { ...row, precision: other.precision };
  });
  return settled;
}
