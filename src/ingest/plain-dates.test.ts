import { describe, expect, it } from 'vitest';
import { random } from '../../bench/corpus.ts';
import { chronoReadings, mentionsOf } from './dates.ts';
import { plainReadings } from './plain-dates.ts';

// Publication days around the edges chrono's arithmetic trips on: month ends, leap days, year
// ends, and every weekday.
const REFS = [
  '2023-11-02',
  '2023-10-31',
  '2024-01-31',
  '2024-02-29',
  '2023-03-31',
  '2024-12-31',
  '2025-01-01',
  '2023-07-15',
  '2024-05-05',
  '2023-06-10',
  '2023-08-26',
  '2024-04-21',
].map((d) => new Date(`${d}T12:00:00Z`));

const both = (text: string, ref: Date) => ({
  plain: plainReadings(text, ref),
  chrono: mentionsOf(chronoReadings(text, ref), 0, true),
});

// Words that make dates, words that sit near them, and words that look like them.
const WORDS = [
  'October',
  'october',
  'May',
  'may',
  'March',
  'march',
  'December',
  'June',
  'January',
  'Oct',
  'Oct.',
  'Sept.',
  'Dec',
  'Friday',
  'friday',
  'Monday',
  'Sunday',
  'Sun',
  'Sat',
  'weekend',
  'on',
  'in',
  'last',
  'this',
  'next',
  'past',
  'week',
  'month',
  'year',
  'weeks',
  'months',
  'years',
  'days',
  'day',
  'ago',
  'before',
  'earlier',
  'end',
  'of',
  'the',
  'end of',
  'last day of',
  'by the end of',
  'a',
  'an',
  'two',
  'twelve',
  'few',
  'about',
  'early',
  'mid-',
  'yesterday',
  'today',
  'now',
  'tonight',
  '1',
  '2',
  '5',
  '12',
  '23',
  '31',
  '2023',
  '1998',
  '2024',
  '5th',
  'first',
  'second',
  ',',
  '.',
  '-',
  '/',
  '(',
  ')',
  'and',
  'to',
  'until',
  'at',
  'EST',
  'UN',
  'US',
  'PM',
  'BC',
  'ad',
  'embassy',
  'closed',
  'said',
  'premises',
  'many',
  'officials',
  'OCTOBER',
  'FRIDAY',
  'LAST',
  "October's",
  'Jan.',
  'Tues',
  'Mon.',
  'Wed',
  'within',
  'after this',
  'last night',
  'couple of',
  'half',
  'quarter',
  'h',
  's',
  'thirty-first',
  'twenty first',
  '2023-10-02',
  '10/2023',
  '3.5',
  '1,000',
  '（',
  ':',
  '\n',
];

function phrase(rand: () => number): string {
  const n = 1 + Math.floor(rand() * 7);
  let out = '';
  for (let i = 0; i < n; i++) {
    const word = WORDS[Math.floor(rand() * WORDS.length)] ?? '';
    const gap = rand();
    out += i === 0 ? word : (gap < 0.85 ? ' ' : gap < 0.92 ? '' : gap < 0.96 ? ', ' : '  ') + word;
  }
  return out;
}

describe('plainReadings', () => {
  it('reads the plain forms as chrono does', () => {
    const phrases = [
      'the embassy closed in October and',
      'shut in May, officials said',
      'the embassy may close in October',
      'closed in October 2023 after',
      'by the end of June, the foreign ministry said on Tuesday,',
      'posted on Friday',
      'reopened last Tuesday, the ministry said',
      'last week the embassy',
      'earlier this month it moved',
      'closed this year and next year',
      'shut three days ago',
      'closed two weeks ago',
      'a month before the election',
      'two years earlier',
      'yesterday the mission said today',
      'posts between October 2023 and January 2024, including',
      'in early December, the envoy',
    ];
    for (const text of phrases) {
      for (const ref of REFS) {
        const { plain, chrono } = both(text, ref);
        expect(plain, `${text} @ ${ref.toISOString()}`).not.toBeNull();
        expect(mentionsOf(plain ?? [], 0, true), `${text} @ ${ref.toISOString()}`).toEqual(chrono);
      }
    }
  });

  it('either declines or agrees with chrono on generated phrases', () => {
    const rand = random(20240229);
    let answered = 0;
    for (let i = 0; i < 6000; i++) {
      const text = phrase(rand);
      const ref = REFS[i % REFS.length] ?? new Date();
      const { plain, chrono } = both(text, ref);
      if (!plain) continue;
      answered++;
      expect(mentionsOf(plain, 0, true), `${text} @ ${ref.toISOString()}`).toEqual(chrono);
    }
    // The check means something only if the plain reader answers for many of them.
    expect(answered).toBeGreaterThan(1500);
  });
});
