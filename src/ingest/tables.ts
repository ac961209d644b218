import type { PartialDate } from '../domain/dates.ts';
import { datesIn } from './dates.ts';
import type { LaidOutLine } from './layout.ts';
import type { Span } from './span.ts';
import { trimSpan } from './span.ts';

/** A cell of a table row, as a span of the document text. */
export interface Cell extends Span {
  text: string;
}

/** A body row of a table: its cells, and the date each column's header gives, if any. */
export interface TableRow extends Span {
  line: number;
  cells: Cell[];
  columnDates: (PartialDate | null)[];
  /** The header cell of each column ("2023년 1월", "Q1 2025", "change"). */
  headers: string[];
  /** The line right above the header, which often says what the table counts ("<표 2> 지역별 북한 재외공관 수"), or "". */
  caption: string;
}

const SEPARATOR_ROW = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$/;

// A cell of a plain-text table aligned with spaces: words joined by single spaces.
const SPACED_CELL = /\S+(?: \S+)*/g;

/** "  2023   31      212,000": the cells of a line aligned with runs of two or more spaces. */
function spacedCells(text: string, line: Span): Cell[] | null {
  const s = text.slice(line.start, line.end);
  if (!s.includes('  ')) return null;
  const cells: Cell[] = [];
  for (const m of s.matchAll(SPACED_CELL)) {
    // Prose with two spaces after its full stops is not a table: cells are short.
    if (m[0].length > 40) return null;
    const start = line.start + (m.index ?? 0);
    cells.push({ start, end: start + m[0].length, text: m[0] });
  }
  return cells.length >= 3 ? cells : null;
}

function cellsOf(text: string, line: Span, spaced = false): Cell[] | null {
  if (spaced) return spacedCells(text, line);
  const s = text.slice(line.start, line.end);
  const sep = s.includes('\t') ? '\t' : s.includes('|') ? '|' : null;
  if (!sep) return null;
  const cells: Cell[] = [];
  let at = line.start;
  const parts = s.split(sep);
  for (const [i, part] of parts.entries()) {
    const span = unemphasised(text, trimSpan(text, { start: at, end: at + part.length }));
    at += part.length + 1;
    // A Markdown row's leading and trailing pipes leave empty edge cells.
    if (sep === '|' && (i === 0 || i === parts.length - 1) && span.end === span.start) continue;
    cells.push({ ...span, text: text.slice(span.start, span.end) });
  }
  return cells.length >= 3 ? cells : null;
}

/** A Markdown cell without the emphasis around it: "**Total**", "**53**" → "Total", "53". */
function unemphasised(text: string, span: Span): Span {
  const c = text.charCodeAt(span.start);
  if (c !== 42 && c !== 95) return span; // "*", "_"
  const m = /^(\*\*?|__?)(?=\S)(.*\S)\1$/s.exec(text.slice(span.start, span.end));
  return m?.[1] ? { start: span.start + m[1].length, end: span.end - m[1].length } : span;
}

// What a row's line must hold: a tab or a pipe between cells, or two spaces between aligned ones.
const CELL_GAP = /[\t|]| {2}/g;

/**
 * Which lines (by position in `lines`) hold a tab, a pipe or two spaces: only these can be rows.
 * One search of the whole text instead of three of every line.
 */
function mayBeRows(text: string, lines: readonly LaidOutLine[]): Uint8Array {
  const marks = new Uint8Array(lines.length);
  let k = 0;
  CELL_GAP.lastIndex = 0;
  for (let m = CELL_GAP.exec(text); m; m = CELL_GAP.exec(text)) {
    const end = m.index + m[0].length;
    while (k < lines.length && (lines[k]?.end ?? 0) < end) k++;
    if (k === lines.length) break;
    if ((lines[k]?.start ?? 0) <= m.index) marks[k] = 1;
  }
  return marks;
}

/**
 * Rows of the tables in a document: runs of two or more lines split by tabs or pipes (or aligned
 * by runs of spaces, each body row then holding a figure) into the same number (three or more) of
 * cells; the first line of a run is its header. Markdown's `|---|` rule is skipped.
 */
export function tableRows(text: string, lines: readonly LaidOutLine[], published: string | null): TableRow[] {
  const out: TableRow[] = [];
  const rowLike = mayBeRows(text, lines);
  let i = 0;
  while (i < lines.length) {
    const first = lines[i];
    let spaced = false;
    let header = first && rowLike[i] ? cellsOf(text, first) : null;
    if (first && rowLike[i] && !header) {
      header = cellsOf(text, first, true);
      spaced = header !== null;
    }
    if (!first || !header) {
      i++;
      continue;
    }
    let j = i + 1;
    const body: { line: LaidOutLine; cells: Cell[] }[] = [];
    for (; j < lines.length; j++) {
      const line = lines[j];
      if (!line || line.index !== (lines[j - 1]?.index ?? -2) + 1) break;
      if (SEPARATOR_ROW.test(text.slice(line.start, line.end))) continue;
      const cells = rowLike[j] ? cellsOf(text, line, spaced) : null;
      if (spaced && !cells?.some((c) => cellNumber(c) !== null)) break;
      // A tab-separated row loses its empty last cells when the line is trimmed
      // ("Cuba\tHavana\tEmbassy\t1960\tOpen\t" under a "Covered by" column).
      const short =
        cells !== null && cells.length < header.length && text.slice(line.start, line.end).includes('\t');
      if (!cells || (cells.length !== header.length && !short)) break;
      body.push({ line, cells });
    }
    if (body.length > 0) {
      const columnDates = header.map((h) => datesIn(text, h, published)[0]?.date ?? headerDate(h.text));
      const headers = header.map((h) => h.text);
      const above = lines[i - 1];
      // The caption may sit a blank line above the header.
      const caption = above && above.index >= first.index - 2 ? text.slice(above.start, above.end) : '';
      for (const { line, cells } of body)
        out.push({
          start: line.start,
          end: line.end,
          line: line.index,
          cells,
          columnDates,
          headers,
          caption,
        });
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

/** A header that is a bare year or year and month ("2022", "2025.12", "2023/1"): the column's date. */
function headerDate(header: string): PartialDate | null {
  const m = /^((?:19|20)\d\d)(?:[./-](\d{1,2}))?\.?$/.exec(header);
  if (!m?.[1]) return null;
  const month = Number(m[2] ?? 0);
  if (m[2] && (month < 1 || month > 12)) return null;
  return m[2] ? `${m[1]}-${String(month).padStart(2, '0')}` : m[1];
}

/** A column of changes between the others ("증감", "change"): not a figure of its own. */
export const CHANGE_HEADER = /change|증감|차이|diff/i;

/** The integer a cell holds ("47", "1,200,000"), or null for anything else (changes such as "-6", "+35%"). */
export function cellNumber(cell: Cell): number | null {
  if (!/^\d{1,3}(?:,\d{3})+$|^\d+$/.test(cell.text)) return null;
  return Number(cell.text.replace(/,/g, ''));
}

const STATUS_HEADER = /^(?:status|state|current status|현황|상태)$/i;
const COVER_HEADER = /^(?:covered by|handled by|accredited from|coverage|겸임|관할)$/i;
const SINCE_HEADER = /^(?:since|date|as of|when|closed|시기|일자|날짜)$/i;
const OPENED_HEADER = /^(?:opened|established|founded|year opened|개설|개관|개설\s?연도)$/i;
const TYPE_HEADER = /^(?:mission|type|post|종류|공관)$/i;

/** Status words of a status column: "Operating, 4 diplomats" is open, "Closing (announced)" closing. */
export function statusWord(cell: string): 'open' | 'closing' | 'closed' | 'reopened' | null {
  const s = cell.toLowerCase();
  if (/^(?:re-?opened|reopening|재개)/.test(s)) return 'reopened';
  if (/^(?:closing|to close|closure (?:planned|announced)|winding down|폐쇄\s?예정|철수\s?예정)/.test(s))
    return 'closing';
  if (/^(?:closed|shut|withdrawn|vacated|suspended|폐쇄|철수)/.test(s)) return 'closed';
  if (/^(?:operating|open|active|functioning|operational|운영|유지)/.test(s)) return 'open';
  return null;
}

/** The columns of a mission status table, by header, -1 when it has none. */
export interface StatusColumns {
  status: number;
  /** The date the status dates from. */
  since: number;
  /** The covering post. */
  cover: number;
  /** The year the mission opened. */
  opened: number;
  /** The kind of mission ("Embassy", "Permanent mission to the UN"). */
  type: number;
}

/** The columns of a mission status table, by header: status, dates, the covering post, the kind of mission. */
export function statusColumns(row: TableRow): StatusColumns | null {
  const status = row.headers.findIndex((h) => STATUS_HEADER.test(h));
  if (status <= 0) return null;
  return {
    status,
    since: row.headers.findIndex((h) => SINCE_HEADER.test(h)),
    cover: row.headers.findIndex((h) => COVER_HEADER.test(h)),
    opened: row.headers.findIndex((h) => OPENED_HEADER.test(h)),
    type: row.headers.findIndex((h, i) => i > 0 && TYPE_HEADER.test(h)),
  };
}
