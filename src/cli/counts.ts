import type { Command } from 'commander';
import { InvalidInputError } from '../domain/errors.ts';
import { toCsv } from '../export/csv.ts';
import { type CountDimension, counts } from '../registry/network.ts';
import type { CliContext } from './context.ts';
import { countryOption, dayOption, formatOption } from './options.ts';
import { renderTable } from './table.ts';

const DIMENSIONS: readonly CountDimension[] = ['status', 'type', 'host', 'sending'];

function byOption(value: string): CountDimension[] {
  return value.split(',').map((d) => {
    const found = DIMENSIONS.find((x) => x === d.trim());
    if (!found)
      throw new InvalidInputError(`--by has an unknown value "${d}"`, {
        hint: `use ${DIMENSIONS.join(', ')}`,
      });
    return found;
  });
}

export function registerCounts(program: Command, ctx: CliContext): void {
  program
    .command('counts')
    .description(
      'missions counted by status, type, host or sending state as of a date (closed ones count as closed)',
    )
    .option('--by <list>', 'status,type,host,sending', 'status')
    .option('--as-of <date>', 'valid time (default today)')
    .option('--known-on <date>', 'recorded time (default today)')
    .option('--sending <country>', 'sending state, or "all"', 'KP')
    .option('--format <format>', 'table | json | csv', 'table')
    .action(
      async (flags: { by: string; asOf?: string; knownOn?: string; sending: string; format: string }) => {
        const format = formatOption(flags.format, ['table', 'json', 'csv'] as const);
        const by = byOption(flags.by);
        const asOf = dayOption(flags.asOf, '--as-of', ctx.today());
        const knownOn = dayOption(flags.knownOn, '--known-on', ctx.today());
        const sending = flags.sending === 'all' ? undefined : countryOption(flags.sending, '--sending');
        const rows = await counts((await ctx.services()).store.db, { sending, asOf, knownOn, by });
        if (format === 'json') ctx.stdout.write(`${JSON.stringify({ asOf, knownOn, by, rows }, null, 2)}\n`);
        else if (format === 'csv') ctx.stdout.write(toCsv(rows, [...by, 'count']));
        else {
          const total = rows.reduce((n, r) => n + r.count, 0);
          ctx.stdout.write(
            renderTable(
              [...by, 'count'],
              [...rows.map((r) => [...by.map((d) => r[d]), r.count]), [...by.map(() => ''), total]],
            ),
          );
          ctx.stdout.write(`as of ${asOf} (as known on ${knownOn})\n`);
        }
      },
    );
}
