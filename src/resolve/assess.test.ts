import { describe, expect, it } from 'vitest';
import type { StepRow } from '../store/queries/steps.ts';
import { assess } from './assess.ts';

let nextId = 1;
function step(over: Partial<StepRow> & Pick<StepRow, 'status' | 'source_id'>): StepRow {
  return {
    id: nextId++,
    mission_id: 'kp-pt-lisbon-embassy',
    valid_from: null,
    precision: null,
    attributed_to: null,
    recorded_at: new Date('2024-01-01T00:00:00Z'),
    quote: `quote ${nextId}`,
    start_offset: null,
    end_offset: null,
    publisher: 'Wire',
    publisher_type: 'news_agency',
    source_title: 't',
    source_published: null,
    cluster_id: over.source_id,
    grade: null,
    claim_id: null,
    claim_date: null,
    review: null,
    ...over,
  };
}
const LISBON = { sending: 'KP', host: 'PT' };
const day = (d: string) => ({ valid_from: d, precision: 'day' });

describe('assessing a mission timeline', () => {
  it('counts a rewrite and its original as one witness, and an independent report as a second', () => {
    const rows = [
      step({ status: 'open', source_id: 'src-list' }),
      step({ status: 'closed', source_id: 'src-wire', ...day('2024-03-01') }),
      step({ status: 'closed', source_id: 'src-rewrite', cluster_id: 'src-wire', ...day('2024-03-01') }),
    ];
    const steps = assess(rows, LISBON);
    expect(steps.map((s) => [s.status, s.since, s.level, s.independentSources, s.items.length])).toEqual([
      ['open', null, 'reported', 1, 1],
      ['closed', '2024-03-01', 'reported', 1, 2],
    ]);
    const more = assess(
      [...rows, step({ status: 'closed', source_id: 'src-paper', ...day('2024-03-04') })],
      LISBON,
    );
    expect(more.at(-1)).toMatchObject({ level: 'corroborated', independentSources: 2, until: null });
  });

  it('confirms a step the host government reports, or a reviewer accepts', () => {
    const official = assess(
      [step({ status: 'closed', source_id: 'src-a', attributed_to: "Portugal's foreign ministry" })],
      LISBON,
    );
    expect(official[0]?.level).toBe('confirmed');
    const foreign = assess(
      [step({ status: 'closed', source_id: 'src-a', attributed_to: "South Korea's Unification Ministry" })],
      LISBON,
    );
    expect(foreign[0]?.level).toBe('reported');
    const reviewed = assess(
      [step({ status: 'closed', source_id: 'src-a', claim_id: 7, review: 'accepted' })],
      LISBON,
    );
    expect(reviewed[0]?.level).toBe('confirmed');
  });

  it('keeps a "slated for closure" report that comes after the closure as stale, not as a new step', () => {
    const steps = assess(
      [
        step({ status: 'closed', source_id: 'src-a', ...day('2023-10-01') }),
        step({ status: 'closing', source_id: 'src-late', ...day('2023-11-22') }),
        step({ status: 'closed', source_id: 'src-b', ...day('2023-12-05') }),
      ],
      LISBON,
    );
    expect(
      steps.map((s) => [s.status, s.since, s.items.map((i) => i.source), s.staleHedges.map((i) => i.source)]),
    ).toEqual([['closed', '2023-10-01', ['src-a', 'src-b'], ['src-late']]]);
  });

  it('treats the same words of the same source cited twice as one report, keeping the reviewed one', () => {
    const steps = assess(
      [
        step({ status: 'closed', source_id: 'src-a', quote: 'the embassy closed', ...day('2023-10-01') }),
        step({
          status: 'closed',
          source_id: 'src-a',
          quote: 'the embassy closed',
          claim_id: 9,
          review: 'accepted',
          ...day('2023-10-01'),
        }),
      ],
      LISBON,
    );
    expect(steps[0]?.items.map((i) => [i.claimId, i.review])).toEqual([[9, 'accepted']]);
  });
});

describe('official sources', () => {
  it("counts the mission's own spokesman as the sending government", () => {
    const steps = assess(
      [step({ status: 'open', source_id: 'src-d', attributed_to: 'a spokesman for the mission' })],
      LISBON,
    );
    expect(steps[0]?.level).toBe('confirmed');
  });
});
