import { describe, expect, it } from 'vitest';
import { datesIn, pastDate } from './dates.ts';

const read = (text: string, published: string | null) =>
  datesIn(text, { start: 0, end: text.length }, published).map((d) => [text.slice(d.start, d.end), d.date]);

describe('datesIn', () => {
  it('resolves a month against the publication date, at month precision', () => {
    expect(read('shut its embassies in October', '2023-11-03')).toEqual([['October', '2023-10']]);
  });

  it('resolves weekdays to days and "last week" to no finer than the week allows', () => {
    expect(read('posted on Friday', '2023-11-03')).toEqual([['on Friday', '2023-11-03']]);
    // 11 to 17 December: the month; 30 October to 5 November: only the year is certain.
    expect(read('reopened last week', '2023-12-18')).toEqual([['last week', '2023-12']]);
    expect(read('reopened last week', '2023-11-08')).toEqual([['last week', '2023']]);
    expect(read('closed two weeks ago', '2023-12-28')).toEqual([['two weeks ago', '2023-12']]);
    expect(read('지난주 폐쇄했다', '2023-12-18')).toEqual([['지난주', '2023-12']]);
    expect(read('shut three days ago', '2023-12-28')).toEqual([['three days ago', '2023-12-25']]);
    // 30 December 2024 to 5 January 2025: neither year would be certain, so no date.
    expect(read('shut last week', '2025-01-08')).toEqual([]);
  });

  it('keeps "early December" at month precision and a bare year as a year', () => {
    expect(read('in early December', '2024-04-25')).toEqual([['December', '2023-12']]);
    expect(read('prior to the opening in 1998', '2023-11-22')).toEqual([['1998', '1998']]);
  });

  it('keeps full dates whole', () => {
    expect(read('closed on October 31, 2023', null)).toEqual([['October 31, 2023', '2023-10-31']]);
  });

  it('drops dates it cannot place in time without a publication date', () => {
    expect(read('closed in October and last week', null)).toEqual([]);
  });

  it('reads Korean dates', () => {
    expect(read('2023년 10월 폐쇄', null)).toEqual([['2023년 10월', '2023-10']]);
    expect(read('지난달 폐쇄했다', '2024-01-10')).toEqual([['지난달', '2023-12']]);
    expect(read('10월 철수', '2024-01-10')).toEqual([['10월', '2023-10']]);
  });

  it('does not read decades or years inside ranges as dates', () => {
    expect(read('since the 1990s, in 1950-1953', '2023-01-01')).toEqual([]);
  });
});

describe('dates of reported events', () => {
  it('puts a month without a year that lands after the report in the year before', () => {
    expect(pastDate({ date: '2024-05', yearWritten: false }, '2024-03-14')).toBe('2023-05');
    expect(pastDate({ date: '2024-02', yearWritten: false }, '2024-03-14')).toBe('2024-02');
    expect(pastDate({ date: '2024-05', yearWritten: true }, '2024-03-14')).toBe('2024-05');
    expect(pastDate({ date: '2024-05', yearWritten: false }, null)).toBe('2024-05');
  });

  it('puts a weekday that lands after the report in the week before', () => {
    const [thursday] = datesIn('resumed work on Thursday', { start: 0, end: 24 }, '2025-04-14');
    expect(thursday?.date).toBe('2025-04-17');
    expect(thursday && pastDate(thursday, '2025-04-14')).toBe('2025-04-10');
  });
});
