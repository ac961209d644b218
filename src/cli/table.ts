import Table from 'cli-table3';

/** A plain-text table for terminals; `null` prints as an empty cell. */
export function renderTable(head: string[], rows: readonly (readonly unknown[])[]): string {
  const table = new Table({ head, style: { head: [], border: [], compact: true } });
  for (const row of rows) table.push(row.map((c) => (c === null || c === undefined ? '' : String(c))));
  return `${table.toString()}\n`;
}
