import { atPrecision, type PartialDate, Precision } from '../domain/dates.ts';
import type { Grade } from '../domain/source.ts';
import { MissionStatus } from '../domain/status.ts';
import type { StepRow } from '../store/queries/steps.ts';
import { gradeOf } from './grades.ts';
import { isOfficial } from './official.ts';

/** How sure the registry is of a step: one witness, independent witnesses, or an official or reviewed one. */
export type Level = 'reported' | 'corroborated' | 'confirmed';

/** One report behind a step, with what makes it count. */
export interface StepItem {
  eventId: number;
  claimId: number | null;
  date: PartialDate | null;
  /** The date is the report's publication day ("has closed", reported then), not one the text gives. */
  dateIsReportDate: boolean;
  source: string;
  publisher: string;
  title: string;
  grade: Grade;
  /** Reports sharing a cluster are one witness (a syndicated rewrite and its original). */
  cluster: string;
  official: boolean;
  review: 'accepted' | 'rejected' | null;
  attributedTo: string | null;
  quote: string;
  start: number | null;
  end: number | null;
}

/** A run of reports of one status: the mission's status from `since` until the next step. */
export interface AssessedStep {
  status: MissionStatus;
  since: PartialDate | null;
  until: PartialDate | null;
  level: Level;
  /** Distinct clusters among the reports. */
  independentSources: number;
  items: StepItem[];
  /** `closing` reports dated after the closure: kept to show, never counted. */
  staleHedges: StepItem[];
}

function itemOf(row: StepRow, mission: { sending: string; host: string }): StepItem {
  const precision = Precision.safeParse(row.precision);
  return {
    eventId: row.id,
    claimId: row.claim_id,
    date: row.valid_from !== null && precision.success ? atPrecision(row.valid_from, precision.data) : null,
    dateIsReportDate: row.claim_id !== null && row.claim_date === null,
    source: row.source_id,
    publisher: row.publisher,
    title: row.source_title,
    grade: gradeOf(row.grade, row.publisher_type),
    cluster: row.cluster_id,
    official: isOfficial(
      { attributedTo: row.attributed_to, publisher: row.publisher, publisherType: row.publisher_type },
      mission,
    ),
    review: row.review === 'accepted' || row.review === 'rejected' ? row.review : null,
    attributedTo: row.attributed_to,
    quote: row.quote,
    start: row.start_offset,
    end: row.end_offset,
  };
}

export function levelOf(items: readonly StepItem[]): Level {
  if (items.some((i) => i.official || i.review === 'accepted')) return 'confirmed';
  return new Set(items.map((i) => i.cluster)).size >= 2 ? 'corroborated' : 'reported';
}

/**
 * A mission's assessed timeline from its visible steps (in valid-time order, as `visibleSteps`
 * returns them): consecutive reports of one status form one step, dated by the earliest.
 * A hedged report is a `closing` step and so can never make a mission `closed`.
 */
export function assess(rows: readonly StepRow[], mission: { sending: string; host: string }): AssessedStep[] {
  const runs: { status: MissionStatus; items: StepItem[]; staleHedges: StepItem[] }[] = [];
  let closedRun: (typeof runs)[number] | undefined;
  for (const row of rows) {
    const status = MissionStatus.parse(row.status);
    const item = itemOf(row, mission);
    // "Slated for closure" after a reported closure is a slower source, not a reversal.
    if (status === 'closing' && closedRun) {
      closedRun.staleHedges.push(item);
      continue;
    }
    const last = runs.at(-1);
    // The same words of the same source, cited by the starter data and extracted again from the
    // ingested text, are one report; keep the reviewed one if either was reviewed.
    const twin =
      last?.status === status
        ? last.items.findIndex((i) => i.source === item.source && i.quote === item.quote)
        : -1;
    if (last && twin >= 0) {
      if (item.review && !last.items[twin]?.review) last.items[twin] = item;
      continue;
    }
    if (last && last.status === status) last.items.push(item);
    else runs.push({ status, items: [item], staleHedges: [] });
    if (status === 'closed') closedRun = runs.at(-1);
    if (status === 'reopened') closedRun = undefined;
  }
  return runs.map((run, i) => ({
    status: run.status,
    since: run.items[0]?.date ?? null,
    until: runs[i + 1]?.items[0]?.date ?? null,
    level: levelOf(run.items),
    independentSources: new Set(run.items.map((it) => it.cluster)).size,
    items: run.items,
    staleHedges: run.staleHedges,
  }));
}
