import type { Kysely } from 'kysely';
import { atPrecision, type IsoDay, type PartialDate, type Precision } from '../domain/dates.ts';
import { type MissionStatus, OPERATING } from '../domain/status.ts';
import { type AssessedStep, assess, type Level } from '../resolve/assess.ts';
import type { TimePoint } from '../store/queries/bitemporal.ts';
import {
  type CountDimension,
  type CountRow,
  countAsOf,
  coverageAsOf,
  type MissionStatusRow,
  statusAsOf,
} from '../store/queries/network.ts';
import { currentRunSteps, type LearnedStep, type StepRow, stepsLearned } from '../store/queries/steps.ts';
import type { Database } from '../store/schema.ts';

export interface NetworkQuery {
  sending: string;
  asOf: IsoDay;
  knownOn: IsoDay;
  /** Statuses to keep; default: the operating ones (open, closing, reopened). */
  statuses?: readonly MissionStatus[] | undefined;
  host?: string | undefined;
  type?: string | undefined;
}

/** One mission as the registry saw it at a time point. */
export interface NetworkEntry {
  id: string;
  sending: string;
  host: string;
  city: string;
  type: string;
  lat: number | null;
  lon: number | null;
  status: MissionStatus;
  /** Valid date of the step that set the status, at its precision; null when undated. */
  since: PartialDate | null;
  precision: Precision | null;
  attributedTo: string | null;
  evidence: { source: string; quote: string };
  /** Hosts this mission covers after their own mission closed. */
  covers: string[];
  /** How sure the registry is of the current status (see resolve/assess.ts). */
  confidence: Level;
  /** Independent sources (distinct syndication clusters) behind the current status. */
  independentSources: number;
}

function toEntry(row: MissionStatusRow, covers: string[], current: AssessedStep | undefined): NetworkEntry {
  const precision = row.precision as Precision | null;
  return {
    id: row.id,
    sending: row.sending,
    host: row.host,
    city: row.city,
    type: row.type,
    lat: row.lat,
    lon: row.lon,
    status: row.status as MissionStatus,
    since: row.valid_from === null || precision === null ? null : atPrecision(row.valid_from, precision),
    precision,
    attributedTo: row.attributed_to,
    evidence: { source: row.source_id, quote: row.quote },
    covers,
    confidence: current?.level ?? 'reported',
    independentSources: current?.independentSources ?? 1,
  };
}

/** The network of one sending state at a time point ("the network on 2023-09-01, as known on 2023-11-05"). */
export async function network(db: Kysely<Database>, q: NetworkQuery): Promise<NetworkEntry[]> {
  const at = { asOf: q.asOf, knownOn: q.knownOn };
  const [rows, coverage] = await Promise.all([
    statusAsOf(db, at, { sending: q.sending, host: q.host, type: q.type }),
    coverageAsOf(db, at, { sending: q.sending }),
  ]);
  const covers = new Map<string, string[]>();
  // Several reports of one transfer are one covered host.
  for (const c of coverage)
    covers.set(c.covering_mission_id, [
      ...new Set([...(covers.get(c.covering_mission_id) ?? []), c.covered_host]),
    ]);
  const keep = new Set(q.statuses ?? OPERATING);
  const kept = rows.filter((r) => keep.has(r.status as MissionStatus));
  // Confidence needs only the current run of each status, not the whole history.
  const steps = await currentRunSteps(
    db,
    kept.map((r) => ({ missionId: r.id, status: r.status, since: r.valid_from })),
    at,
  );
  const byMission = new Map<string, StepRow[]>();
  for (const s of steps) byMission.set(s.mission_id, [...(byMission.get(s.mission_id) ?? []), s]);
  return kept.map((r) => toEntry(r, covers.get(r.id) ?? [], assess(byMission.get(r.id) ?? [], r).at(-1)));
}

export interface NetworkDiff {
  sending: string;
  /** `valid`: the network on two dates, as known on one day; `known`: the network on one date, as known on two days. */
  time: 'valid' | 'known';
  from: TimePoint;
  to: TimePoint;
  /** Operating at `to` but not at `from`. */
  opened: NetworkEntry[];
  /** Operating at `from` but not at `to`. */
  closed: NetworkEntry[];
  /** Known at both with a different status (open → closing, closed → reopened), or first known at `to`. */
  changed: { id: string; from: MissionStatus | null; to: MissionStatus; entry: NetworkEntry }[];
  /** Coverage that started or ended between the two. */
  coverage: { added: CoverageChange[]; removed: CoverageChange[] };
  /** For a recorded-time diff: every status step the registry learned in between, with its evidence. */
  learned: LearnedStep[];
}

export interface CoverageChange {
  coveringMission: string;
  coveredHost: string;
}

export type { LearnedStep };

/**
 * What changed between two time points. A valid-time diff (`chancery diff FROM TO`) compares the
 * network on two dates as known on one day; a recorded-time diff (`--known`) compares what the
 * registry said about one date on two days, and lists the steps it learned in between
 * ("everything that changed after ingesting one article").
 */
export async function diff(
  db: Kysely<Database>,
  q: { sending: string; time: 'valid' | 'known'; from: TimePoint; to: TimePoint },
): Promise<NetworkDiff> {
  const all = ['open', 'closing', 'closed', 'reopened'] as const;
  const [before, after, learned] = await Promise.all([
    network(db, { sending: q.sending, ...q.from, statuses: all }),
    network(db, { sending: q.sending, ...q.to, statuses: all }),
    q.time === 'known' ? stepsLearned(db, q.sending, q.from.knownOn, q.to.knownOn) : Promise.resolve([]),
  ]);
  const operating = (e: NetworkEntry | undefined) => e !== undefined && OPERATING.includes(e.status);
  const beforeById = new Map(before.map((e) => [e.id, e]));
  const afterById = new Map(after.map((e) => [e.id, e]));
  const opened = after.filter((e) => operating(e) && !operating(beforeById.get(e.id)));
  const closed = [...beforeById.values()]
    .filter((e) => operating(e) && !operating(afterById.get(e.id)))
    .map((e) => afterById.get(e.id) ?? e);
  const changed = after.flatMap((e): NetworkDiff['changed'] => {
    const was = beforeById.get(e.id);
    if (was === undefined) return operating(e) ? [] : [{ id: e.id, from: null, to: e.status, entry: e }];
    return was.status !== e.status && operating(was) === operating(e)
      ? [{ id: e.id, from: was.status, to: e.status, entry: e }]
      : [];
  });
  const pairs = (entries: NetworkEntry[]) =>
    new Set(entries.flatMap((e) => e.covers.map((h) => `${e.id}\u0000${h}`)));
  const toChange = (key: string): CoverageChange => {
    const [coveringMission = '', coveredHost = ''] = key.split('\u0000');
    return { coveringMission, coveredHost };
  };
  const was = pairs(before);
  const now = pairs(after);
  return {
    sending: q.sending,
    time: q.time,
    from: q.from,
    to: q.to,
    opened,
    closed,
    changed,
    coverage: {
      added: [...now].filter((k) => !was.has(k)).map(toChange),
      removed: [...was].filter((k) => !now.has(k)).map(toChange),
    },
    learned,
  };
}

export type { CountDimension, CountRow };

/** Counts of missions by status/type/host at a time point; closed missions are counted as closed. */
export async function counts(
  db: Kysely<Database>,
  q: { sending: string | undefined; asOf: IsoDay; knownOn: IsoDay; by: readonly CountDimension[] },
): Promise<CountRow[]> {
  return countAsOf(db, { asOf: q.asOf, knownOn: q.knownOn }, q.by, { sending: q.sending });
}
