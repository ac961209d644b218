import type { Kysely } from 'kysely';
import { Claim } from '../domain/claim.ts';
import { NotFoundError } from '../domain/errors.ts';
import { type ClaimRow, listClaims } from '../store/queries/claims.ts';
import { type ConflictResolutionRow, latestResolutions } from '../store/queries/resolutions.ts';
import { visibleSteps } from '../store/queries/steps.ts';
import type { Database } from '../store/schema.ts';
import { type AssessedStep, assess, type StepItem } from './assess.ts';
import { gradeOf } from './grades.ts';

export type ConflictKind = 'count' | 'quantity' | 'status' | 'date';

/** One report inside a conflict, with everything needed to weigh it. */
export interface ConflictEvidence {
  claimId: number | null;
  eventId: number | null;
  source: string;
  publisher: string;
  grade: string;
  cluster: string;
  date: string | null;
  /** How the report qualifies its number ("about", "more than"); null for non-numeric conflicts. */
  qualifier: string | null;
  attributedTo: string | null;
  quote: string;
  start: number | null;
  end: number | null;
}

/** One of the incompatible answers, with the reports that give it. */
export interface ConflictMember {
  value: string;
  /** Distinct syndication clusters: a rewrite repeating its original is not a second witness. */
  independentSources: number;
  evidence: ConflictEvidence[];
}

export interface Conflict {
  /** Stable across runs, e.g. `count:KP:missions:total:2023-11`; resolutions refer to it. */
  key: string;
  kind: ConflictKind;
  /** What the members disagree about, in words. */
  subject: string;
  missionId: string | null;
  members: ConflictMember[];
  resolution: {
    value: string | null;
    claimId: number | null;
    reason: string;
    reviewer: string;
    at: string;
  } | null;
}

function fromClaim(row: ClaimRow, date: string | null, qualifier: string | null): ConflictEvidence {
  return {
    qualifier,
    claimId: row.id,
    eventId: null,
    source: row.source_id,
    publisher: row.source_publisher,
    grade: gradeOf(row.grade, row.publisher_type),
    cluster: row.cluster_id,
    date,
    attributedTo: row.attributed_to,
    quote: row.quote,
    start: row.start_offset,
    end: row.end_offset,
  };
}

function fromStep(item: StepItem): ConflictEvidence {
  return {
    qualifier: null,
    claimId: item.claimId,
    eventId: item.eventId,
    source: item.source,
    publisher: item.publisher,
    grade: item.grade,
    cluster: item.cluster,
    date: item.date,
    attributedTo: item.attributedTo,
    quote: item.quote,
    start: item.start,
    end: item.end,
  };
}

/**
 * Groups evidence by value; a conflict needs two answers and two independent witnesses.
 * Numbers are grouped by value alone, each report keeping its qualifier ("about", "more
 * than"), so the reader sees 1,000 against 2,000 containers and how each source hedged.
 */
function conflictOf(
  key: string,
  kind: ConflictKind,
  subject: string,
  missionId: string | null,
  byValue: Map<string, ConflictEvidence[]>,
): Conflict | null {
  if (byValue.size < 2) return null;
  const clusters = new Set([...byValue.values()].flat().map((e) => e.cluster));
  if (clusters.size < 2) return null;
  const members = [...byValue.entries()]
    .map(([value, evidence]) => ({
      value,
      independentSources: new Set(evidence.map((e) => e.cluster)).size,
      evidence,
    }))
    .sort((a, b) => b.independentSources - a.independentSources || a.value.localeCompare(b.value));
  return { key, kind, subject, missionId, members, resolution: null };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const STOP = new Set([
  'the',
  'a',
  'an',
  'of',
  'its',
  'their',
  'in',
  'by',
  'to',
  'for',
  'and',
  'on',
  'with',
  'mm',
  'worth',
]);

/** What a money amount is about, reduced to one word so "cryptocurrency stolen" meets "cryptocurrency". */
function moneyTopic(what: string): string {
  const word = what
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .find((w) => w.length > 1 && !STOP.has(w));
  return (word ?? 'amount').replace(/s$/, '');
}

/** Counts of missions and other quantities that disagree; counts only within one as-of month. */
function numberConflicts(rows: readonly ClaimRow[]): Conflict[] {
  const groups = new Map<string, { subject: string; byValue: Map<string, ConflictEvidence[]> }>();
  for (const row of rows) {
    const parsed = Claim.safeParse(row.data);
    if (!parsed.success || row.review === 'rejected') continue;
    const c = parsed.data;
    if (c.kind === 'mission_count') {
      // A count "as of" another month describes another moment: not a conflict.
      const month = (c.as_of ?? row.source_published ?? 'undated').slice(0, 7);
      const key = `count:${c.sending}:${c.what}:${c.relation}:${month}`;
      const group = groups.get(key) ?? {
        subject: `${c.sending} ${c.relation.replace('_', ' ')} ${c.what} as of ${month}`,
        byValue: new Map(),
      };
      groups.set(key, group);
      push(group.byValue, String(c.value), fromClaim(row, c.as_of, c.qualifier));
    } else if (c.kind === 'quantity') {
      const money = /^[A-Z]{3}$/.test(c.unit);
      const key = money ? `quantity:${c.unit}:${moneyTopic(c.what)}` : `quantity:${c.unit}`;
      const group = groups.get(key) ?? {
        subject: money ? `${c.unit} amounts for ${moneyTopic(c.what)}` : `number of ${c.unit}`,
        byValue: new Map(),
      };
      groups.set(key, group);
      push(group.byValue, `${c.value} ${c.unit}`, fromClaim(row, row.source_published, c.qualifier));
    }
  }
  return [...groups.entries()].flatMap(([key, g]) => {
    const conflict = conflictOf(
      key,
      key.startsWith('count:') ? 'count' : 'quantity',
      g.subject,
      null,
      g.byValue,
    );
    return conflict ? [conflict] : [];
  });
}

/** The first day and the last day a partial date can mean. */
function period(date: string): [string, string] {
  if (date.length === 10) return [date, date];
  if (date.length === 7) {
    const [y, m] = date.split('-').map(Number);
    const last = new Date(Date.UTC(y ?? 1970, m ?? 1, 0)).toISOString().slice(0, 10);
    return [`${date}-01`, last];
  }
  return [`${date}-01-01`, `${date}-12-31`];
}

const DAY = 86_400_000;

/**
 * Status conflicts (a closure reported, then the mission reported open by another witness,
 * with no reopening in between) and date conflicts (two witnesses giving exact days more than
 * three days apart for the same step). An undated step is the baseline and never conflicts.
 */
function stepConflicts(missionId: string, steps: readonly AssessedStep[]): Conflict[] {
  const out: Conflict[] = [];
  const closed = steps.filter((s) => s.status === 'closed').flatMap((s) => s.items);
  const reopened = steps.some((s) => s.status === 'reopened');
  if (closed.length > 0 && !reopened) {
    const firstClosed = closed.map((i) => (i.date ? period(i.date)[0] : '0000')).sort()[0] ?? '0000';
    const laterOpen = steps
      .filter((s) => s.status === 'open')
      .flatMap((s) => s.items)
      .filter((i) => i.date !== null && period(i.date)[1] >= firstClosed);
    const byValue = new Map<string, ConflictEvidence[]>();
    for (const i of closed) push(byValue, 'closed', fromStep(i));
    for (const i of laterOpen) push(byValue, 'open', fromStep(i));
    const c = laterOpen.length
      ? conflictOf(`status:${missionId}`, 'status', `${missionId}: closed or still open`, missionId, byValue)
      : null;
    if (c) out.push(c);
  }
  for (const step of steps) {
    // Only days the texts give: a report's publication day says "by then", not "on that day".
    const exact = step.items.filter((i) => i.date?.length === 10 && !i.dateIsReportDate);
    const byValue = new Map<string, ConflictEvidence[]>();
    for (const i of exact) push(byValue, i.date ?? '', fromStep(i));
    const days = [...byValue.keys()].map((d) => Date.parse(d)).sort((a, b) => a - b);
    const spread = (days.at(-1) ?? 0) - (days[0] ?? 0);
    if (spread > 3 * DAY) {
      const c = conflictOf(
        `date:${missionId}:${step.status}`,
        'date',
        `${missionId}: when it became ${step.status}`,
        missionId,
        byValue,
      );
      if (c) out.push(c);
    }
  }
  return out;
}

export interface ConflictQuery {
  sending: string;
  missionId?: string | undefined;
  asOf: string;
  knownOn: string;
}

/** Every set of claims that cannot all be true, each with its reports side by side and any resolution. */
export async function conflicts(db: Kysely<Database>, q: ConflictQuery): Promise<Conflict[]> {
  const missions = await db
    .selectFrom('missions')
    .select(['id', 'sending', 'host'])
    .where('sending', '=', q.sending)
    .$if(q.missionId !== undefined, (b) => b.where('id', '=', q.missionId ?? ''))
    .execute();
  const steps = await visibleSteps(
    db,
    missions.map((m) => m.id),
    { asOf: q.asOf, knownOn: q.knownOn },
  );
  const found: Conflict[] = [];
  for (const m of missions)
    found.push(
      ...stepConflicts(
        m.id,
        assess(
          steps.filter((s) => s.mission_id === m.id),
          m,
        ),
      ),
    );
  if (q.missionId === undefined) {
    const [counts, quantities] = await Promise.all([
      listClaims(db, { kind: 'mission_count', knownOn: q.knownOn }),
      listClaims(db, { kind: 'quantity', knownOn: q.knownOn }),
    ]);
    found.push(...numberConflicts([...counts, ...quantities]));
  }
  const resolutions = await latestResolutions(
    db,
    found.map((c) => c.key),
    q.knownOn,
  );
  return found.map((c) => ({ ...c, resolution: toResolution(resolutions.get(c.key)) }));
}

function toResolution(row: ConflictResolutionRow | undefined): Conflict['resolution'] {
  return row
    ? {
        value: row.chosen_value,
        claimId: row.chosen_claim_id,
        reason: row.reason,
        reviewer: row.reviewer,
        at: row.recorded_at.toISOString(),
      }
    : null;
}

/** The conflict a key names, as of `today`; keys carry their mission or sending state. */
export async function findConflict(db: Kysely<Database>, key: string, today: string): Promise<Conflict> {
  const mission = /^(?:status|date):([^:]+)/.exec(key)?.[1];
  const sending = /^count:([A-Z]{2}):/.exec(key)?.[1] ?? mission?.slice(0, 2).toUpperCase() ?? 'KP';
  const found = (await conflicts(db, { sending, missionId: mission, asOf: today, knownOn: today })).find(
    (c) => c.key === key,
  );
  if (!found)
    throw new NotFoundError(`no conflict "${key}"`, {
      hint: 'list them with `chancery conflicts` or GET /api/conflicts',
    });
  return found;
}
