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
}

const SEPARATOR_ROW = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$/;

function cellsOf(text: string, line: Span): Cell[] | null {
  const s = text.slice(line.start, line.end);
  const sep = s.includes('\t') ? '\t' : s.includes('|') ? '|' : null;
  if (!sep) return null;
  const cells: Cell[] = [];
  let at = line.start;
  const parts = s.split(sep);
  for (const [i, part] of parts.entries()) {
    const span = trimSpan(text, { start: at, end: at + part.length });
    at += part.length + 1;
    // A Markdown row's leading and trailing pipes leave empty edge cells.
    if (sep === '|' && (i === 0 || i === parts.length - 1) && span.end === span.start) continue;
    cells.push({ ...span, text: text.slice(span.start, span.end) });
  }
  return cells.length >= 3 ? cells : null;
}

/**
 * Rows of the tables in a document: runs of two or more lines split by tabs or pipes into the
 * same number (three or more) of cells; the first line of a run is its header. Markdown's
 * `|---|` rule is skipped.
 */
export function tableRows(text: string, lines: readonly LaidOutLine[], published: string | null): TableRow[] {
  const out: TableRow[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = lines[i];
    const header = first ? cellsOf(text, first) : null;
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
      const cells = cellsOf(text, line);
      if (!cells || cells.length !== header.length) break;
      body.push({ line, cells });
    }
    if (body.length > 0) {
      const columnDates = header.map((h) => datesIn(text, h, published)[0]?.date ?? null);
      const headers = header.map((h) => h.text);
      for (const { line, cells } of body)
        out.push({ start: line.start, end: line.end, line: line.index, cells, columnDates, headers });
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

/** The integer a cell holds ("47", "1,200,000"), or null for anything else (changes such as "-6", "+35%"). */
export function cellNumber(cell: Cell): number | null {
  if (!/^\d{1,3}(?:,\d{3})+$|^\d+$/.test(cell.text)) return null;
  return Number(cell.text.replace(/,/g, ''));
}
