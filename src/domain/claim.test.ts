import { describe, expect, it } from 'vitest';
import { Claim } from './claim.ts';

const status = {
  kind: 'mission_status',
  doc: '004.txt',
  quote: 'North Korea has recently closed embassies in Spain',
  start: 10,
  end: 60,
  attributed_to: null,
  stage: 'mission_status@1.0.0',
  hedge: null,
  sending: 'KP',
  host: 'ES',
  city: null,
  mission_type: 'embassy',
  status: 'closed',
  date: '2023-10',
};

describe('Claim', () => {
  it('parses a claim with its evidence', () => {
    expect(Claim.parse(status)).toEqual(status);
  });

  it('rejects a claim without a quote or a span', () => {
    const { quote: _quote, ...noQuote } = status;
    const { start: _start, ...noStart } = status;
    const { end: _end, ...noEnd } = status;
    for (const bad of [noQuote, noStart, noEnd, { ...status, quote: '' }])
      expect(Claim.safeParse(bad).success).toBe(false);
  });

  it('rejects a span whose length is not the quote length', () => {
    const result = Claim.safeParse({ ...status, end: 61 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('end - start must equal the quote length');
  });

  it('rejects a stage without a version and a date that is not a partial ISO date', () => {
    expect(Claim.safeParse({ ...status, stage: 'mission_status' }).success).toBe(false);
    expect(Claim.safeParse({ ...status, date: 'October 2023' }).success).toBe(false);
  });

  it('tells the kinds apart and checks each kind’s fields', () => {
    const count = {
      ...status,
      kind: 'mission_count',
      stage: 'mission_count@1.0.0',
      value: 47,
      what: 'embassies',
      relation: 'total',
      qualifier: 'exact',
      as_of: '2023-11',
    };
    expect(Claim.parse(count)).toMatchObject({ kind: 'mission_count', value: 47, derived: false });
    expect(Claim.safeParse({ ...count, relation: 'opened' }).success).toBe(false);
    expect(Claim.safeParse({ ...status, kind: 'rumour' }).success).toBe(false);
  });
});
