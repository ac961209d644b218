import type { Command } from 'commander';
import { parseDay } from '../domain/dates.ts';
import { InvalidInputError } from '../domain/errors.ts';
import { diff, type NetworkEntry } from '../registry/network.ts';
import type { CliContext } from './context.ts';
import { countryOption, dayOption, formatOption } from './options.ts';

const line = (e: NetworkEntry) =>
  `${e.id} (${e.city}, ${e.host}) ${e.status}${e.since ? ` since ${e.since}` : ''} [${e.confidence}]`;

interface DiffFlags {
  known?: boolean;
  asOf?: string;
  knownOn?: string;
  sending: string;
  format: string;
}

export function registerDiff(program: Command, ctx: CliContext): void {
  program
    .command('diff')
    .description(
      'what opened, closed, changed status and coverage between two dates (valid time), or, with --known, what the registry learned between two days',
    )
    .argument('<from>', 'first date, YYYY-MM-DD')
    .argument('<to>', 'second date, YYYY-MM-DD')
    .option('--known', 'compare recorded time: the network as of --as-of, as known on FROM and on TO')
    .option('--as-of <date>', 'with --known: the date whose network is compared (default today)')
    .option('--known-on <date>', 'without --known: as the registry knew it on this day (default today)')
    .option('--sending <country>', 'sending state', 'KP')
    .option('--format <format>', 'text | json', 'text')
    .addHelpText(
      'after',
      '\nExamples:\n  chancery diff 2023-09-01 2024-02-01\n  chancery diff --known 2023-11-01 2023-12-10 --as-of 2024-02-01',
    )
    .action(async (fromArg: string, toArg: string, flags: DiffFlags) => {
      const format = formatOption(flags.format, ['text', 'json'] as const);
      const from = parseDay(fromArg, 'FROM');
      const to = parseDay(toArg, 'TO');
      if (from > to)
        throw new InvalidInputError(`FROM (${from}) is after TO (${to})`, {
          hint: 'give the earlier date first',
        });
      if (flags.known && flags.knownOn) {
        throw new InvalidInputError('--known-on does not go with --known', {
          hint: 'with --known, FROM and TO are the known-on days; pick the date with --as-of',
        });
      }
      if (!flags.known && flags.asOf) {
        throw new InvalidInputError('--as-of goes with --known', {
          hint: 'without --known, FROM and TO are the as-of dates',
        });
      }
      const sending = countryOption(flags.sending, '--sending') ?? 'KP';
      const q = flags.known
        ? (() => {
            const asOf = dayOption(flags.asOf, '--as-of', ctx.today());
            return {
              sending,
              time: 'known' as const,
              from: { asOf, knownOn: from },
              to: { asOf, knownOn: to },
            };
          })()
        : (() => {
            const knownOn = dayOption(flags.knownOn, '--known-on', ctx.today());
            return {
              sending,
              time: 'valid' as const,
              from: { asOf: from, knownOn },
              to: { asOf: to, knownOn },
            };
          })();
      const d = await diff((await ctx.services()).store.db, q);
      if (format === 'json') {
        ctx.stdout.write(`${JSON.stringify(d, null, 2)}\n`);
        return;
      }
      const out: string[] = [
        d.time === 'valid'
          ? `${d.sending} network from ${from} to ${to} (as known on ${d.to.knownOn})`
          : `${d.sending} network as of ${d.to.asOf}: as known on ${from}, then on ${to}`,
      ];
      const section = (title: string, items: string[]) => {
        out.push(`${title} (${items.length})`);
        for (const item of items) out.push(`  ${item}`);
      };
      section('opened', d.opened.map(line));
      section('closed', d.closed.map(line));
      section(
        'changed status',
        d.changed.map(
          (c) => `${c.id}: ${c.from ?? 'unknown'} -> ${c.to}${c.entry.since ? ` (${c.entry.since})` : ''}`,
        ),
      );
      section(
        'coverage started',
        d.coverage.added.map((c) => `${c.coveringMission} covers ${c.coveredHost}`),
      );
      section(
        'coverage ended',
        d.coverage.removed.map((c) => `${c.coveringMission} no longer covers ${c.coveredHost}`),
      );
      if (d.time === 'known') {
        section(
          'steps learned',
          d.learned.map(
            (l) =>
              `${l.recordedAt.slice(0, 10)} ${l.missionId} ${l.status}${l.validFrom ? ` ${l.validFrom}` : ''} — ${l.publisher}: “${l.quote}”`,
          ),
        );
      }
      ctx.stdout.write(`${out.join('\n')}\n`);
    });
}
