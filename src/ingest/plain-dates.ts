/**
 * The plain written dates of news text, read the way chrono reads them, without chrono: a month
 * ("in October", "October 2023"), a weekday ("on Friday", "last Tuesday"), "last/this/next
 * week|month|year", "yesterday", "today", "two weeks ago", "a month before". Chrono costs tens of
 * microseconds a window; these forms are most of the windows it is given.
 *
 * `plainReadings` answers for a whole window or not at all: it first finds every spot where any
 * of chrono's parsers could start reading (a digit, a month or weekday word, "last …", "… ago",
 * "today" …), and declines (null) unless each one is a form it knows, read with the same
 * neighbours chrono would look at (a day or year after a month, "end of" before it, a time
 * zone after it, two dates that chrono would merge into one). `plain-dates.test.ts` holds it
 * to chrono: on every phrase it answers for, the dates must be chrono's.
 */

/** One date as chrono reports it: where it starts, its text, its day, and the parts written. */
export interface Reading {
  index: number;
  text: string;
  /** The day read, at noon UTC (parts the text did not fix come from the reference day). */
  date: Date;
  known: { year: boolean; month: boolean; day: boolean; weekday: boolean };
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

// The words chrono's English parsers read (its constants.ts), as pattern sources; an ordinal's
// words are listed one by one ("twenty", "first"), which finds "twenty-first" too.
const MONTH_WORD =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';
const ORDINAL_WORD =
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|twenty|thirty';
const WEEKDAY_WORD =
  'sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tue|wed|thurs|thur|thu|fri|sat|weekend|weekday';
const UNIT_WORD =
  'seconds?|sec|s|minutes?|mins?|m|hours?|hrs?|hr|h|days?|d|weeks?|w|months?|mos?|mon|quarters?|qtr|years?|yr|y';
const NUMBER_WORD = `one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+|half|an?|few|several|the|couple(?:\\s*of)?`;
const WORD = 'A-Za-z0-9_';

/**
 * Every place where one of chrono's parsers could begin a date. Each reading chrono makes
 * contains one of these; the groups say which kind. The glued forms chrono also accepts
 * ("inOctober", "5thOctober", "lastFriday") are found too, to be declined.
 */
const SPOT = new RegExp(
  [
    '(?<digits>\\d+)',
    `(?<month>(?<=(?:^|[^A-Za-z_])(?:in|of)?|(?:st|nd|rd|th|${ORDINAL_WORD}|bce|bc|be|ad|ce)(?:of)?)(?:${MONTH_WORD})(?:(?![A-Za-z_])|(?=of|${ORDINAL_WORD})))`,
    `(?<weekday>(?<=(?:^|[^${WORD}])(?:on)?(?:this|last|past|next)?)(?:${WEEKDAY_WORD})(?=[^${WORD}]|$|of|this|last|past|next))`,
    `(?<casual>(?<![${WORD}])(?:now|today|tonight|tomorrow|overmorrow|tmrw|tmr|yesterday|last\\s*night)(?![${WORD}]))`,
    `(?<relative>(?<![${WORD}])(?:this|last|past|next|after\\s*this)\\s*(?:${UNIT_WORD})(?![${WORD}]))`,
    `(?<ago>(?:${UNIT_WORD})\\s{0,5}(?:ago|before|earlier)(?![${WORD}]))`,
    `(?<endOfMonth>of\\s+(?:the\\s+)?month(?![${WORD}]))`,
  ].join('|'),
  'gi',
);

// What chrono reads around a month: a day or year before it ("5 October", "2023 Oct"), "end of".
const BEFORE_MONTH = new RegExp(
  `(?:\\d(?:st|nd|rd|th)?|\\d\\s{0,2}(?:bce|bc|be|ad|ce)|(?<![A-Za-z])(?:${ORDINAL_WORD}))[\\s,./\\-–]*(?:of\\s*)?$`,
  'i',
);
const END_OF = /(?:^|[^A-Za-z0-9_])(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i;
// … and after it: a day, a year, "of …", a range, a time zone ("October EST").
const AFTER_MONTH = new RegExp(
  `^(?:\\s*,?\\s*\\d|\\s*[-/–]|\\s*of(?![A-Za-z])|\\s*,?\\s*(?:${ORDINAL_WORD}))`,
  'i',
);
const ZONE = /^[\s,]*\(?[A-Z]{2,4}\)?(?![A-Za-z0-9_])/;
const AFTER_YEAR = /^(?:[\s,]*\d|[-./–]\s*\d|\s{0,2}(?:bc|be|ad|ce))/i;
const BEFORE_WEEKDAY = /(?<![A-Za-z0-9_])([,(（]\s*)?(on\s*)?(?:(this|last|past|next)\s*)?$/i;
const AFTER_WEEKDAY = /^\s*[)）]|^\s*,?\s*(?:of\s*)?(?:this|last|past|next)\s*week/i;
// A number and unit before "ago" ("two weeks ago"), and what would make chrono read further
// back: "about", or another unit ("one year and two months ago").
// Chrono reads "… ago|before|earlier" only after a number and a unit ("premises earlier" is not).
const AGO_AFTER = new RegExp(`(?:${NUMBER_WORD})\\s{0,3}(?:${UNIT_WORD})\\s{0,5}$`, 'i');
const AGO = /^(days?|weeks?|months?|years?)(\s+)(ago|before|earlier)$/i;
const AGO_NUMBER =
  /(?:^|[^A-Za-z0-9_.,])(\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|an?)(\s{1,3})$/i;
const BEFORE_AGO_NUMBER = new RegExp(
  `(?:about|around)\\s{0,3}$|(?:${NUMBER_WORD})\\s{0,3}(?:${UNIT_WORD})\\s{0,5},?(?:\\s*and)?\\s{0,5}$`,
  'i',
);
const RELATIVE = /^(last|this|next)\s+(week|month|year)$/i;
// Text between two dates that chrono could join into one ("Friday, October 27", "May to June").
const JOINING = /^[^A-Za-z0-9]*(?:(?:to|until|through|till|at|after|before|on|of|T)[^A-Za-z0-9]*)?$/i;

const YEAR_AFTER_END = /^[\s,]*(?:this|last|past|next)\s+year/i;

/** A reading chrono makes and then drops ("may" the verb), kept to check its neighbours. */
type Found = Reading & { dropped?: boolean };

const noon = (y: number, month0: number, day: number) => new Date(Date.UTC(y, month0, day, 12));
const DAY = 86400e3;

/**
 * Chrono's readings of `piece` against the reference day `ref` (noon UTC), when every date in it
 * is a plain form; null when chrono must read it.
 */
export function plainReadings(piece: string, ref: Date): Reading[] | null {
  const out: Found[] = [];
  const digits: [number, number][] = [];
  SPOT.lastIndex = 0;
  for (let m = SPOT.exec(piece); m; m = SPOT.exec(piece)) {
    const g = m.groups ?? {};
    const at = m.index;
    const end = at + m[0].length;
    let r: Found | 'none' | null;
    if (g.digits !== undefined) {
      digits.push([at, end]);
      continue;
    }
    if (g.month !== undefined) r = monthAt(piece, at, end, ref);
    else if (g.weekday !== undefined) r = weekdayAt(piece, at, end, ref);
    else if (g.casual !== undefined) r = casualAt(m[0], at, ref);
    else if (g.relative !== undefined) r = relativeAt(at, m[0], ref);
    else if (g.ago !== undefined) r = agoAt(piece, at, m[0], ref);
    else r = null;
    if (r === 'none') continue;
    if (!r) return null;
    const last = out[out.length - 1];
    if (last) {
      const lastEnd = last.index + last.text.length;
      if (r.index < lastEnd || JOINING.test(piece.slice(lastEnd, r.index))) return null;
    }
    if (g.month === undefined && END_OF.test(piece.slice(0, r.index))) return null;
    if (ZONE.test(piece.slice(r.index + r.text.length))) return null;
    out.push(r);
    // A year read with its month is part of the reading.
    if (SPOT.lastIndex < r.index + r.text.length) SPOT.lastIndex = r.index + r.text.length;
  }
  // Numbers outside the readings: chrono reads "10/2023", "2023-10-02", "5.11" as dates.
  for (const [at, end] of digits) {
    if (out.some((r) => r.index <= at && end <= r.index + r.text.length)) continue;
    if (/^[-./\s–]\d/.test(piece.slice(end, end + 2))) return null;
  }
  return out.filter((r) => !r.dropped);
}

function monthAt(piece: string, at: number, end: number, ref: Date): Found | null {
  const word = piece.slice(at, end).toLowerCase();
  const month = MONTHS.indexOf(word) + 1;
  if (month === 0) return null;
  const before = piece.slice(0, at);
  if (/[A-Za-z0-9_]/.test(piece[at - 1] ?? '') || /[A-Za-z_]/.test(piece[end] ?? '')) return null;
  if (BEFORE_MONTH.test(before)) return null;
  const rest = piece.slice(end);
  const year = /^ ([12]\d{3})(?![A-Za-z0-9_])/.exec(rest);
  if (year && AFTER_YEAR.test(rest.slice(year[0].length))) return null;
  if (!year && AFTER_MONTH.test(rest)) return null;
  const written = year ? Number(year[1]) : null;
  const found: Found = {
    index: at,
    text: piece.slice(at, end + (year?.[0].length ?? 0)),
    date: noon(written ?? yearNearest(ref, month, 1), month - 1, 1),
    known: { year: written !== null, month: true, day: false, weekday: false },
  };
  // "by the end of June": the last day of that month (chrono's ENEndOfPeriodRefiner).
  const endOf = END_OF.exec(before);
  if (endOf) {
    if (YEAR_AFTER_END.test(piece.slice(end + (year?.[0].length ?? 0)))) return null;
    const lead = endOf[0].length - (/^[^A-Za-z]/.test(endOf[0]) ? 1 : 0);
    const y = written ?? yearNearest(ref, month, daysIn(found.date.getUTCFullYear(), month));
    found.index = at - lead;
    found.text = piece.slice(found.index, end + (year?.[0].length ?? 0));
    found.date = noon(y, month - 1, daysIn(y, month));
    found.known.day = true;
  }
  // Chrono drops a lone "may" (the verb) unless "in" comes before it.
  if (
    !year &&
    !endOf &&
    month === 5 &&
    !/^\s*,(?=\s*[^\s\w]|\s+\D|\s*$)/.test(rest) &&
    !/(?:^|[^A-Za-z0-9_])in$/i.test(before.trim()) &&
    piece.trim().toLowerCase() !== 'may'
  )
    found.dropped = true;
  return found;
}

const daysIn = (y: number, month: number) => new Date(Date.UTC(y, month, 0)).getUTCDate();

/** The year chrono gives a day of a month without one: the one nearest the reference. */
function yearNearest(ref: Date, month: number, day: number): number {
  const date = new Date(ref);
  date.setUTCMonth(month - 1);
  date.setUTCDate(day);
  const next = new Date(date);
  next.setUTCFullYear(date.getUTCFullYear() + 1);
  const last = new Date(date);
  last.setUTCFullYear(date.getUTCFullYear() - 1);
  const gap = (d: Date) => Math.abs(d.getTime() - ref.getTime());
  if (gap(next) < gap(date)) return next.getUTCFullYear();
  if (gap(last) < gap(date)) return last.getUTCFullYear();
  return date.getUTCFullYear();
}

function weekdayAt(piece: string, at: number, end: number, ref: Date): Reading | null {
  const weekday = WEEKDAYS.indexOf(piece.slice(at, end).toLowerCase());
  if (weekday < 0) return null;
  if (/[A-Za-z0-9_]/.test((piece[at - 1] ?? '') + (piece[end] ?? ''))) return null;
  const lead = BEFORE_WEEKDAY.exec(piece.slice(0, at));
  if (!lead || lead[1] || AFTER_WEEKDAY.test(piece.slice(end))) return null;
  const modifier = (lead[3] ?? '').toLowerCase();
  const refDay = ref.getUTCDay();
  let days: number;
  const forward = (weekday - refDay + 7) % 7;
  const backward = forward - 7;
  if (modifier === 'this') days = forward;
  else if (modifier === 'last' || modifier === 'past') days = backward;
  else if (modifier === 'next') {
    if (refDay === 0) days = weekday === 0 ? 7 : weekday;
    else if (refDay === 6) days = weekday === 6 ? 7 : weekday === 0 ? 8 : 1 + weekday;
    else days = weekday < refDay && weekday !== 0 ? forward : forward + 7;
  } else days = forward < -backward ? forward : backward;
  return {
    index: lead.index,
    text: piece.slice(lead.index, end),
    date: new Date(ref.getTime() + days * DAY),
    known: { year: false, month: false, day: false, weekday: true },
  };
}

function casualAt(word: string, at: number, ref: Date): Reading | null {
  const lower = word.toLowerCase();
  if (lower !== 'today' && lower !== 'yesterday') return null;
  return {
    index: at,
    text: word,
    date: new Date(ref.getTime() - (lower === 'yesterday' ? DAY : 0)),
    known: { year: true, month: true, day: true, weekday: false },
  };
}

function relativeAt(at: number, text: string, ref: Date): Reading | null {
  const m = RELATIVE.exec(text);
  if (!m) return null;
  const modifier = (m[1] ?? '').toLowerCase();
  const unit = (m[2] ?? '').toLowerCase();
  if (modifier === 'this') {
    const y = ref.getUTCFullYear();
    if (unit === 'week') {
      return {
        index: at,
        text,
        date: new Date(ref.getTime() - ref.getUTCDay() * DAY),
        known: { year: false, month: false, day: false, weekday: false },
      };
    }
    const month = unit === 'month';
    return {
      index: at,
      text,
      date: noon(y, month ? ref.getUTCMonth() : 0, 1),
      known: { year: true, month, day: false, weekday: false },
    };
  }
  return relativeReading(at, text, ref, unit, modifier === 'next' ? 1 : -1);
}

function agoAt(piece: string, at: number, text: string, ref: Date): Reading | 'none' | null {
  const before = piece.slice(0, at);
  const word = /(?:ago|before|earlier)$/i.exec(text);
  if (!AGO_AFTER.test(piece.slice(0, at + text.length - (word?.[0].length ?? 0)))) return 'none';
  const m = AGO.exec(text);
  if (!m) return null;
  const n = AGO_NUMBER.exec(before);
  if (!n) return null;
  const start = before.length - (n[1] ?? '').length - (n[2] ?? '').length;
  if (BEFORE_AGO_NUMBER.test(piece.slice(0, start))) return null;
  const number = (n[1] ?? '').toLowerCase();
  const count = NUMBERS[number] ?? Number(number);
  const unit = (m[1] ?? '').toLowerCase().replace(/s$/, '');
  return relativeReading(start, piece.slice(start, at + text.length), ref, unit, -count);
}

/** Chrono's date a number of days, weeks, months or years from the reference day. */
function relativeReading(
  index: number,
  text: string,
  ref: Date,
  unit: string,
  count: number,
): Reading | null {
  const date = new Date(ref);
  if (unit === 'year') date.setUTCFullYear(date.getUTCFullYear() + count);
  else if (unit === 'month') date.setUTCMonth(date.getUTCMonth() + count);
  else if (unit === 'week') date.setUTCDate(date.getUTCDate() + 7 * count);
  else if (unit === 'day') date.setUTCDate(date.getUTCDate() + count);
  else return null;
  const day = unit === 'day' || unit === 'week';
  return {
    index,
    text,
    date,
    known: { year: true, month: unit !== 'year', day, weekday: unit === 'day' },
  };
}
