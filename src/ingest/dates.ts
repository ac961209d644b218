import * as chrono from 'chrono-node';
import type { PartialDate } from '../domain/dates.ts';
import { plainReadings, type Reading } from './plain-dates.ts';
import type { Span } from './span.ts';

/** A date written in the text, resolved to the precision the text gives. */
export interface DateMention extends Span {
  date: PartialDate;
  /**
   * The text fixes the year: it names it ("October 2023", "in 1998") or counts from the
   * publication day ("Friday", "last week"). False when only a month or day was written
   * ("in May") and the year was guessed.
   */
  yearWritten?: boolean;
  /** Only a weekday was written ("on Thursday"): the week is the reader's guess. */
  weekday?: boolean;
}

// Only text that can hold a date goes to chrono (it is the slowest step of extraction).
// "last", "this" and "next" count only before a word of time ("this week", not "this mission").
// One word boundary for all the words (a third faster than a `\b` before each alternative).
const CANDIDATE =
  /\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:yesterday|today|ago)\b|(?:last|this|next|earlier|later)\s+(?:week|month|year|weekend|spring|summer|autumn|fall|winter|quarter|decade|century))|\d{4}[-./]\d{1,2}/gi;
// Text around each date word is enough for chrono: "in early December", "last week", "Nov. 2, 2023".
const REACH = 24;

function windowsOf(s: string): Span[] {
  const out: Span[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(s); m; m = CANDIDATE.exec(s)) {
    const start = Math.max(0, m.index - REACH);
    const end = Math.min(s.length, m.index + m[0].length + REACH);
    const last = out[out.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else out.push({ start, end });
  }
  // Cut windows at word edges so chrono never sees half a word.
  for (const w of out) {
    while (w.start > 0 && /\S/.test(s[w.start - 1] ?? '')) w.start--;
    while (w.end < s.length && /\S/.test(s[w.end] ?? '')) w.end++;
  }
  return out;
}
const YEAR =
  /\b(?:in|since|by|until|till|from|during|of|before|after|around|early|late|mid-?)\s+(?:(?:early|late|mid-?)\s*)?((?:1[89]|20)\d\d)\b(?![-–]\d|s\b|’s|'s)/gi;
const DIGIT = /\d/;
const KOREAN_FULL = /(\d{4})년\s?(\d{1,2})월(?:\s?(\d{1,2})일)?/g;
const KOREAN_YEAR = /((?:19|20)\d\d)년(?!\s?\d{1,2}월)/g;
const KOREAN_MONTH = /(?<![\d년]\s?)(\d{1,2})월(?:\s?(\d{1,2})일)?/g;
const KOREAN_RELATIVE = /지난달|지난주|지난해|작년|올해|이달|이번 달|어제|오늘/g;

// Chrono without its clock-time parsers ("at 5pm", "noon"): a third of the cost, and times of
// day never matter for a mission's status. Of the time-unit parsers only "… ago" is kept:
// "two years later" and "within a month" count from the story's own time, not the publication.
const dateParser = new chrono.Chrono({
  parsers: chrono.casual.parsers.filter(
    (p) =>
      p.constructor.name === 'ENTimeUnitAgoFormatParser' ||
      !/Time|Hour|Minute|Second/i.test(p.constructor.name),
  ),
  refiners: chrono.casual.refiners,
});

const pad = (n: number) => String(n).padStart(2, '0');

/** The publication day at noon UTC, the reference for relative dates (null without one). */
export function dayOf(published: string | null): Date | null {
  if (!published) return null;
  const [y, m, d] = published.split('-').map(Number);
  // Noon UTC keeps "Friday" and "last week" on the right calendar day in every time zone.
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12));
}

/**
 * Dates written inside `span`, resolved against the publication date: "in October" in a
 * November 2023 article is `2023-10`, "Friday" is a day, "early December" a month, "in 1998"
 * a year. Without a publication date only dates that carry their own year are kept.
 *
 * @example
 * datesIn('shut in October', { start: 0, end: 15 }, '2023-11-03')[0]?.date // '2023-10'
 */
export function datesIn(
  text: string,
  span: Span,
  published: string | null,
  ref: Date | null = dayOf(published),
): DateMention[] {
  const s = text.slice(span.start, span.end);
  const out: DateMention[] = [];
  for (const w of windowsOf(s)) {
    for (const found of windowDates(s.slice(w.start, w.end), span.start + w.start, ref))
      if (!out.some((o) => o.start === found.start)) out.push(found);
  }
  // A year is digits: most clauses have none.
  if (DIGIT.test(s)) {
    YEAR.lastIndex = 0;
    for (let m = YEAR.exec(s); m; m = YEAR.exec(s)) {
      const year = m[1] ?? '';
      const at = span.start + m.index + m[0].length - year.length;
      if (!out.some((o) => o.start <= at && at < o.end))
        out.push({ start: at, end: at + 4, date: year, yearWritten: true });
    }
  }
  if (/년|월|지난|작년|올해|이달|어제|오늘/.test(s)) out.push(...koreanDates(s, span.start, ref));
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The dates read in one window of text that starts at `offset` in the document: by
 * `plainReadings` when every date in it is a plain form, else by chrono. Not memoised across
 * documents: the benchmark corpus repeats its articles with variations, so such a memo would be
 * hit far more often there than on real news and flatter the throughput it reports.
 */
function windowDates(piece: string, offset: number, ref: Date | null): DateMention[] {
  return mentionsOf((ref && plainReadings(piece, ref)) ?? chronoReadings(piece, ref), offset, ref !== null);
}

/** Chrono's readings of a window, against the reference day when there is one. */
export function chronoReadings(piece: string, ref: Date | null): Reading[] {
  const results = ref ? dateParser.parse(piece, { instant: ref, timezone: 0 }) : dateParser.parse(piece);
  return results.map((r) => ({
    index: r.index,
    text: r.text,
    date: r.start.date(),
    known: {
      year: r.start.isCertain('year'),
      month: r.start.isCertain('month'),
      day: r.start.isCertain('day'),
      weekday: r.start.isCertain('weekday'),
    },
  }));
}

/**
 * The date mentions of a window's readings, at the precision the text gives; `placed` says
 * whether there is a publication day to count from.
 */
export function mentionsOf(readings: readonly Reading[], offset: number, placed: boolean): DateMention[] {
  const out: DateMention[] = [];
  for (const r of readings) {
    const { known } = r;
    const relative = /\b(?:last|this|next|ago|yesterday|today|earlier)\b/i.test(r.text);
    // Without a publication day, only dates that carry their own year can be placed.
    if (!placed && (!known.year || relative)) continue;
    const date = r.date;
    const y = date.getUTCFullYear();
    const m = date.getUTCMonth() + 1;
    const d = date.getUTCDate();
    let value: PartialDate;
    if (relative && !known.weekday && /\bweeks?\b/i.test(r.text)) {
      // "last week", "two weeks ago": a day of that week would be made up.
      const week = weekOf(date);
      if (!week) continue;
      value = week;
    } else if (known.day || known.weekday || (relative && /\b(?:day|yesterday|today|ago)\b/i.test(r.text)))
      value = `${y}-${pad(m)}-${pad(d)}`;
    else if (known.month || (relative && /\bmonth\b/i.test(r.text))) value = `${y}-${pad(m)}`;
    else value = `${y}`;
    const written = r.text.replace(/[\s,.;:]+$/, '');
    out.push({
      start: offset + r.index,
      end: offset + r.index + written.length,
      date: value,
      yearWritten: known.year || known.weekday || relative,
      weekday: known.weekday && !known.day && !relative,
    });
  }
  return out;
}

function koreanDates(s: string, offset: number, ref: Date | null): DateMention[] {
  const out: DateMention[] = [];
  for (const m of s.matchAll(KOREAN_FULL)) {
    const date = m[3] ? `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}` : `${m[1]}-${pad(Number(m[2]))}`;
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, date });
  }
  // "2023년 초", "2021년에": a year alone.
  for (const m of s.matchAll(KOREAN_YEAR)) {
    out.push({
      start: offset + m.index,
      end: offset + m.index + m[0].length,
      date: m[1] ?? '',
      yearWritten: true,
    });
  }
  if (!ref) return out;
  const y = ref.getUTCFullYear();
  const mo = ref.getUTCMonth() + 1;
  for (const m of s.matchAll(KOREAN_MONTH)) {
    if (out.some((o) => o.start <= offset + m.index && offset + m.index < o.end)) continue;
    const month = Number(m[1]);
    if (month < 1 || month > 12) continue;
    // A month later than the publication month is last year's ("10월" in a January article).
    const year = month > mo ? y - 1 : y;
    const date = m[2] ? `${year}-${pad(month)}-${pad(Number(m[2]))}` : `${year}-${pad(month)}`;
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, date });
  }
  for (const m of s.matchAll(KOREAN_RELATIVE)) {
    const word = m[0];
    const lastMonth = new Date(Date.UTC(y, mo - 2, 1));
    const date =
      word === '지난달'
        ? `${lastMonth.getUTCFullYear()}-${pad(lastMonth.getUTCMonth() + 1)}`
        : word === '지난해' || word === '작년'
          ? `${y - 1}`
          : word === '올해'
            ? `${y}`
            : word === '이달' || word === '이번 달'
              ? `${y}-${pad(mo)}`
              : word === '지난주'
                ? weekOf(new Date(ref.getTime() - 7 * 86400e3))
                : word === '어제'
                  ? isoDay(new Date(ref.getTime() - 86400e3))
                  : isoDay(ref);
    if (date) out.push({ start: offset + m.index, end: offset + m.index + word.length, date });
  }
  return out;
}

/**
 * The week (Monday to Sunday) around `day`, as precisely as a partial date can say it truly:
 * its month when the week lies inside one, its year when it spans two months, else null.
 *
 * @example
 * weekOf(new Date('2023-10-25T12:00:00Z')) // '2023-10'
 * weekOf(new Date('2023-11-01T12:00:00Z')) // '2023' (30 October to 5 November)
 */
export function weekOf(day: Date): PartialDate | null {
  const monday = new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * 86400e3);
  const sunday = new Date(monday.getTime() + 6 * 86400e3);
  if (monday.getUTCFullYear() !== sunday.getUTCFullYear()) return null;
  if (monday.getUTCMonth() !== sunday.getUTCMonth()) return `${monday.getUTCFullYear()}`;
  return `${monday.getUTCFullYear()}-${pad(monday.getUTCMonth() + 1)}`;
}

function isoDay(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * A reported event ("closed in May") cannot come after the report: when the year was inferred
 * and the date lands after the publication day, it is the previous year's. Plans keep theirs.
 *
 * @example
 * pastDate({ date: '2024-05', yearWritten: false }, '2024-03-14') // '2023-05'
 */
export function pastDate(
  mention: Pick<DateMention, 'date' | 'yearWritten' | 'weekday'>,
  published: string | null,
): PartialDate {
  const { date } = mention;
  // "resumed work on Thursday" in a Monday paper: the Thursday before.
  if (mention.weekday && published && date.length === 10 && date > published) {
    const day = new Date(`${date}T12:00:00Z`);
    return isoDay(new Date(day.getTime() - 7 * 86400e3));
  }
  if (mention.yearWritten || !published || date <= published.slice(0, date.length)) return date;
  return `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;
}
