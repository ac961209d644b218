import type { Command } from 'commander';
import { networkToCsv } from '../export/csv.ts';
import { networkToGeoJson } from '../export/geojson.ts';
import { network } from '../registry/network.ts';
import type { CliContext } from './context.ts';
import { countryOption, dayOption, formatOption, statusOption, typeOption } from './options.ts';
import { renderTable } from './table.ts';

interface MissionsFlags {
  asOf?: string;
  knownOn?: string;
  sending: string;
  status?: string;
  host?: string;
  type?: string;
  format: 'table' | 'json' | 'csv' | 'geojson';
}

export function registerMissions(program: Command, ctx: CliContext): void {
  program
    .command('missions')
    .description(
      "a sending state's missions as of a date (operating ones by default: open, closing, reopened)",
    )
    .option('--as-of <date>', 'valid time: the network on this day (default today)')
    .option('--known-on <date>', 'recorded time: as the registry knew it on this day (default today)')
    .option('--sending <country>', 'sending state', 'KP')
    .option('--status <list>', 'open,closing,closed,reopened | operating | all')
    .option('--host <country>', 'host country (ISO code or English name)')
    .option('--type <type>', 'embassy, consulate, representative_office, trade_office, permanent_mission')
    .option('--format <format>', 'table | json | csv | geojson', 'table')
    .addHelpText('after', '\nExample:\n  chancery missions --as-of 2024-02-01 --status closing,closed')
    .action(async (flags: MissionsFlags) => {
      const format = formatOption(flags.format, ['table', 'json', 'csv', 'geojson'] as const);
      const asOf = dayOption(flags.asOf, '--as-of', ctx.today());
      const knownOn = dayOption(flags.knownOn, '--known-on', ctx.today());
      const query = {
        sending: countryOption(flags.sending, '--sending') ?? 'KP',
        asOf,
        knownOn,
        statuses: statusOption(flags.status),
        host: countryOption(flags.host, '--host'),
        type: typeOption(flags.type),
      };
      const entries = await network((await ctx.services()).store.db, query);
      if (format === 'json') {
        ctx.stdout.write(
          `${JSON.stringify({ asOf, knownOn, count: entries.length, missions: entries }, null, 2)}\n`,
        );
      } else if (format === 'geojson') {
        ctx.stdout.write(`${JSON.stringify(networkToGeoJson(entries, { asOf, knownOn }))}\n`);
      } else if (format === 'csv') {
        ctx.stdout.write(networkToCsv(entries));
      } else {
        ctx.stdout.write(
          renderTable(
            ['id', 'host', 'city', 'type', 'status', 'since', 'confidence', 'covers'],
            entries.map((e) => [
              e.id,
              e.host,
              e.city,
              e.type,
              e.status,
              e.since ?? 'undated',
              `${e.confidence} (${e.independentSources})`,
              e.covers.join(' '),
            ]),
          ),
        );
        ctx.stdout.write(`${entries.length} missions as of ${asOf} (as known on ${knownOn})\n`);
      }
    });
}
