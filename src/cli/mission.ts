import type { Command } from 'commander';
import { describeClaim } from '../ingest/describe.ts';
import { timeline } from '../registry/timeline.ts';
import type { CliContext } from './context.ts';
import { dayOption, formatOption } from './options.ts';
import { renderTable } from './table.ts';

export function registerMission(program: Command, ctx: CliContext): void {
  program
    .command('mission')
    .description(
      "one mission's status timeline: each step with date, precision, source, attribution and quote",
    )
    .argument('<id>', 'mission id, e.g. kp-es-madrid-embassy')
    .option('--known-on <date>', 'recorded time: as the registry knew it on this day (default today)')
    .option('--format <format>', 'table | json', 'table')
    .action(async (id: string, flags: { knownOn?: string; format: string }) => {
      const format = formatOption(flags.format, ['table', 'json'] as const);
      const knownOn = dayOption(flags.knownOn, '--known-on', ctx.today());
      const t = await timeline((await ctx.services()).store.db, id, knownOn);
      if (format === 'json') {
        ctx.stdout.write(`${JSON.stringify(t, null, 2)}\n`);
        return;
      }
      const m = t.mission;
      const where = m.lat === null || m.lon === null ? 'coordinates unknown' : `${m.lat}, ${m.lon}`;
      const flag =
        m.origin === 'claim' ? ' [first seen in an ingested claim; not in the starter registry]' : '';
      ctx.stdout.write(
        `${m.id}: ${m.type} in ${m.city}, ${m.host} (${where}) as known on ${knownOn}${flag}\n`,
      );
      ctx.stdout.write(
        renderTable(
          ['date', 'precision', 'status', 'source', 'attributed to', 'quote'],
          t.steps.map((s) => [
            s.date ?? 'undated',
            s.precision ?? '',
            s.supersededBy === null ? s.status : `${s.status} (corrected by #${s.supersededBy})`,
            `${s.evidence.publisher}${s.evidence.published ? `, ${s.evidence.published}` : ''}\n${s.evidence.source}`,
            s.attributedTo,
            wrap(s.evidence.quote, 60),
          ]),
        ),
      );
      ctx.stdout.write('assessed status:\n');
      for (const step of t.assessed) {
        const when = step.since ? `since ${step.since}` : 'undated';
        const sources = `${step.independentSources} independent source${step.independentSources === 1 ? '' : 's'}`;
        ctx.stdout.write(
          `  ${step.status.padEnd(8)} ${when.padEnd(17)} ${step.level} (${sources}, ${step.items.length} reports)\n`,
        );
        for (const item of step.items) {
          const why = [item.official ? 'official' : '', item.review ?? ''].filter(Boolean).join(', ');
          ctx.stdout.write(
            `    [${item.grade}] ${item.publisher}${item.date ? `, ${item.date}` : ''}${why ? ` (${why})` : ''}${item.cluster !== item.source ? ` — same cluster as ${item.cluster}` : ''}\n`,
          );
        }
        for (const item of step.staleHedges) {
          ctx.stdout.write(
            `    (stale, not counted) [${item.grade}] ${item.publisher}${item.date ? `, ${item.date}` : ''} still said closing\n`,
          );
        }
      }
      if (t.claims.length > 0) {
        ctx.stdout.write(`claims from ingested documents (${t.claims.length}):\n`);
        for (const c of t.claims) {
          ctx.stdout.write(
            `  #${c.id} ${describeClaim(c.data)} — “${c.quote}” (${c.source_id} [${c.start_offset}-${c.end_offset}])\n`,
          );
        }
      }
      for (const c of t.coverage) {
        ctx.stdout.write(
          c.coveringMission === m.id
            ? `covers ${c.coveredHost} from ${c.date ?? 'an undated day'}: "${c.quote}" (${c.source})\n`
            : `${m.host} covered by ${c.coveringMission} from ${c.date ?? 'an undated day'}: "${c.quote}" (${c.source})\n`,
        );
      }
    });
}

function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}
