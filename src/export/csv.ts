/** One CSV field per RFC 4180: quoted when it holds a comma, quote, or line break. */
function field(value: unknown): string {
  const s =
    value === null || value === undefined ? '' : Array.isArray(value) ? value.join(';') : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** Rows to CSV with a header line, columns in the given order. */
export function toCsv<T extends object>(rows: readonly T[], columns: readonly (keyof T & string)[]): string {
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => field(row[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** A network (see `registry/network.ts`) as CSV, one mission a row with its evidence. */
export function networkToCsv(
  entries: readonly {
    id: string;
    sending: string;
    host: string;
    city: string;
    type: string;
    lat: number | null;
    lon: number | null;
    status: string;
    since: string | null;
    covers: string[];
    attributedTo: string | null;
    confidence: string;
    independentSources: number;
    evidence: { source: string; quote: string };
  }[],
): string {
  const rows = entries.map((e) => ({ ...e, source: e.evidence.source, quote: e.evidence.quote }));
  return toCsv(rows, [
    'id',
    'sending',
    'host',
    'city',
    'type',
    'lat',
    'lon',
    'status',
    'since',
    'confidence',
    'independentSources',
    'covers',
    'attributedTo',
    'source',
    'quote',
  ]);
}
