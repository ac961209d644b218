import type { Command } from 'commander';
import { parseDay } from '../domain/dates.ts';
import { InvalidInputError } from '../domain/errors.ts';
import { diff, type NetworkEntry } from '../registry/network.ts';
import type { CliContext } from './context.ts';
import { countryOption, dayOption, formatOption } from './options.ts';

const line = (e: NetworkEntry) =>
  `${e.id} (${e.city}, ${e.host}) ${e.status}${e.since ? ` since ${e.since}` : ''}`;

export function registerDiff(program: Command, ctx: CliContext): void {
  program
    .command('diff')
    .description('what opened, closed, changed status and changed coverage between two dates (valid time)')
    .argument('<from>', 'first date, YYYY-MM-DD')
    .argument('<to>', 'second date, YYYY-MM-DD')
    .option('--known-on <date>', 'recorded time: as the registry knew it on this day (default today)')
    .option('--sending <country>', 'sending state', 'KP')
    .option('--format <format>', 'text | json', 'text')
    .action(
      async (
        fromArg: string,
        toArg: string,
        flags: { knownOn?: string; sending: string; format: string },
      ) => {
        const format = formatOption(flags.format, ['text', 'json'] as const);
        const from = parseDay(fromArg, 'FROM');
        const to = parseDay(toArg, 'TO');
        if (from > to)
          throw new InvalidInputError(`FROM (${from}) is after TO (${to})`, {
            hint: 'give the earlier date first',
          });
        const knownOn = dayOption(flags.knownOn, '--known-on', ctx.today());
        const sending = countryOption(flags.sending, '--sending') ?? 'KP';
        const d = await diff((await ctx.services()).store.db, { sending, from, to, knownOn });
        if (format === 'json') {
          ctx.stdout.write(`${JSON.stringify(d, null, 2)}\n`);
          return;
        }
        const out: string[] = [`${d.sending} network from ${from} to ${to} (as known on ${knownOn})`];
        const section = (title: string, items: string[]) => {
          out.push(`${title} (${items.length})`);
          for (const item of items) out.push(`  ${item}`);
        };
        section('opened', d.opened.map(line));
        section('closed', d.closed.map(line));
        section(
          'changed status',
          d.changed.map((c) => `${c.id}: ${c.from} -> ${c.to}${c.entry.since ? ` (${c.entry.since})` : ''}`),
        );
        section(
          'coverage started',
          d.coverage.added.map((c) => `${c.coveringMission} covers ${c.coveredHost}`),
        );
        section(
          'coverage ended',
          d.coverage.removed.map((c) => `${c.coveringMission} no longer covers ${c.coveredHost}`),
        );
        ctx.stdout.write(`${out.join('\n')}\n`);
      },
    );
}
