import type { Command } from 'commander';
import { ClaimKind } from '../domain/claim.ts';
import { InvalidInputError } from '../domain/errors.ts';
import { describeClaim } from '../ingest/describe.ts';
import { gradeOf } from '../resolve/grades.ts';
import { listClaims } from '../store/queries/claims.ts';
import type { CliContext } from './context.ts';
import { formatOption } from './options.ts';
import { renderTable } from './table.ts';

export function registerClaims(program: Command, ctx: CliContext): void {
  program
    .command('claims')
    .description('stored claims, each with its quote and source')
    .option('--mission <id>', 'claims attached to one mission')
    .option('--kind <kind>', ClaimKind.options.join(' | '))
    .option('--source <id>', 'claims from one source')
    .option('--format <format>', 'table | json | jsonl', 'table')
    .action(async (flags: { mission?: string; kind?: string; source?: string; format: string }) => {
      const format = formatOption(flags.format, ['table', 'json', 'jsonl'] as const);
      const kind = flags.kind === undefined ? undefined : ClaimKind.safeParse(flags.kind);
      if (kind && !kind.success) {
        throw new InvalidInputError(`--kind has an unknown value "${flags.kind}"`, {
          hint: `use one of ${ClaimKind.options.join(', ')}`,
        });
      }
      const rows = await listClaims((await ctx.services()).store.db, {
        missionId: flags.mission,
        kind: kind?.data,
        sourceId: flags.source,
      });
      if (format === 'json') ctx.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      else if (format === 'jsonl') for (const r of rows) ctx.stdout.write(`${JSON.stringify(r.data)}\n`);
      else {
        ctx.stdout.write(
          renderTable(
            ['#', 'source', 'grade', 'kind', 'claim', 'mission', 'attributed to', 'quote'],
            rows.map((r) => [
              r.id,
              r.source_id,
              gradeOf(r.grade, r.publisher_type),
              r.kind,
              describeClaim(r.data),
              r.mission_id,
              r.attributed_to,
              `“${r.quote}” [${r.start_offset}-${r.end_offset}]`,
            ]),
          ),
        );
        ctx.stdout.write(`${rows.length} claims\n`);
      }
    });
}
