import type { Command } from 'commander';
import { listSources } from '../store/queries/documents.ts';
import type { CliContext } from './context.ts';
import { formatOption } from './options.ts';
import { renderTable } from './table.ts';

export function registerSources(program: Command, ctx: CliContext): void {
  program
    .command('sources')
    .description('stored sources with their syndication cluster and claim counts')
    .option('--format <format>', 'table | json', 'table')
    .action(async (flags: { format: string }) => {
      const format = formatOption(flags.format, ['table', 'json'] as const);
      const rows = await listSources((await ctx.services()).store.db);
      if (format === 'json') {
        ctx.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      ctx.stdout.write(
        renderTable(
          ['id', 'kind', 'publisher', 'published', 'cluster', 'claims', 'title'],
          rows.map((r) => [
            r.id,
            r.kind,
            r.publisher,
            r.published,
            r.cluster_id === null ? '' : r.cluster_id === r.id ? 'own' : `with ${r.cluster_id}`,
            r.claims,
            r.title.length > 60 ? `${r.title.slice(0, 57)}...` : r.title,
          ]),
        ),
      );
      const clusters = new Set(rows.flatMap((r) => (r.cluster_id ? [r.cluster_id] : [])));
      const docs = rows.filter((r) => r.cluster_id !== null).length;
      ctx.stdout.write(
        `${rows.length} sources; ${docs} ingested documents in ${clusters.size} independent clusters\n`,
      );
    });
}
