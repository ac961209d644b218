import type { PartialDate } from '../domain/dates.ts';
import type { Span } from './span.ts';

/**
 * An endnote in reference style: `12. Park, J. (2023, October 24). Title “원제.” Outlet. URL`.
 * Claims read from its title are attributed to the outlet and dated by the note.
 */
export interface Citation {
  line: number;
  /** Where the title starts (after the date) and the outlet ends. */
  title: Span;
  outlet: (Span & { name: string }) | null;
  date: PartialDate | null;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const HEAD =
  /^\s*(?:\d{1,3}\.|\[\d{1,3}\])\s+.{0,120}?\((\d{4})[a-z]?(?:,\s*(\p{Lu}\p{Ll}+)\.?(?:\s+(\d{1,2}))?)?\)\.\s*/u;

export function citationOf(text: string, line: Span & { index: number }): Citation | null {
  const s = text.slice(line.start, line.end);
  const head = HEAD.exec(s);
  if (!head) return null;
  const month = head[2] ? MONTHS[head[2].slice(0, 3).toLowerCase()] : undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = month
    ? head[3]
      ? `${head[1]}-${pad(month)}-${pad(Number(head[3]))}`
      : `${head[1]}-${pad(month)}`
    : (head[1] ?? null);
  const url = /\s*(?:https?:\/\/|doi:|www\.)\S*\s*$/i.exec(s);
  const bodyEnd = url ? url.index : s.length;
  const body = s.slice(0, bodyEnd).replace(/[\s.]+$/, '');
  // The outlet follows the title's last closing mark: `.” MBC News.`, `". The JoongAng.`
  // (the space after the mark is often a no-break space).
  let cut = -1;
  for (const m of body.matchAll(/[.”"’\]?][\s]+(?=\S)/g)) {
    if (m.index > head[0].length) cut = m.index + m[0].length;
  }
  let outlet: Citation['outlet'] = null;
  if (cut > 0) {
    let name = body.slice(cut).trim();
    let offset = body.indexOf(name, cut);
    // "North Korea Information Portal: Ministry of Unification" — the publisher is after the colon.
    const colon = name.lastIndexOf(': ');
    if (colon >= 0) {
      offset += colon + 2;
      name = name.slice(colon + 2);
    }
    // Journals carry volume and pages: "African Studies Review, 21(1), 73–88".
    name = name.replace(/,\s*[\d(][\d()–-]*(?:,\s*[\d–-]+)?$/, '').trim();
    if (name && name.split(/\s+/).length <= 8 && /^[\p{Lu}\p{Lo}]/u.test(name)) {
      outlet = { start: line.start + offset, end: line.start + offset + name.length, name };
    }
  }
  return {
    line: line.index,
    title: { start: line.start + head[0].length, end: outlet ? outlet.end : line.start + bodyEnd },
    outlet,
    date,
  };
}
