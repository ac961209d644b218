import type { Command } from 'commander';
import { ClaimKind } from '../domain/claim.ts';
import { InvalidInputError } from '../domain/errors.ts';
import { describeClaim } from '../ingest/describe.ts';
import { gradeOf } from '../resolve/grades.ts';
import { type ClaimRow, listClaims } from '../store/queries/claims.ts';
import { type Decision, reviewClaim } from '../store/writes/reviews.ts';
import { commandUser } from './auth.ts';
import type { CliContext } from './context.ts';
import { formatOption } from './options.ts';
import { renderTable } from './table.ts';

const gradeOfClaim = (row: ClaimRow) => gradeOf(row.grade, row.publisher_type);

function claimId(value: string): number {
  const id = Number(value.replace(/^#/, ''));
  if (!Number.isInteger(id) || id < 1) {
    throw new InvalidInputError(`CLAIM must be a claim number such as 42, got "${value}"`, {
      hint: 'list claims awaiting review with `chancery review`',
    });
  }
  return id;
}

function registerDecision(
  program: Command,
  ctx: CliContext,
  verb: 'accept' | 'reject',
  decision: Decision,
): void {
  program
    .command(verb)
    .description(`${verb} a claim with a reason (needs a reviewer token); it changes the assessed timeline`)
    .argument('<claim>', 'claim number, as `chancery review` lists it')
    .requiredOption('--reason <text>', 'why')
    .option('--version <n>', 'the review version you saw (refused if someone reviewed it since)')
    .option('--token <token>', 'a reviewer or admin token (default CHANCERY_TOKEN)')
    .action(async (claimArg: string, flags: { reason: string; version?: string; token?: string }) => {
      const id = claimId(claimArg);
      const expectedVersion = flags.version === undefined ? undefined : Number(flags.version);
      if (expectedVersion !== undefined && (!Number.isInteger(expectedVersion) || expectedVersion < 0)) {
        throw new InvalidInputError(`--version must be a whole number, got "${flags.version}"`);
      }
      const services = await ctx.services();
      const user = await commandUser(ctx, services, flags.token, 'reviewer', `${verb} a claim`);
      const r = await reviewClaim(
        services.store.db,
        { claimId: id, decision, reason: flags.reason, reviewer: user.name, expectedVersion },
        services.now(),
      );
      ctx.stdout.write(
        `claim #${r.claimId} ${r.decision} by ${user.name} (review version ${r.version}${r.before ? `, was ${r.before}` : ''})\n`,
      );
    });
}

export function registerReview(program: Command, ctx: CliContext): void {
  program
    .command('review')
    .description('claims awaiting review, with their quotes, sources and grades')
    .option('--mission <id>', 'claims attached to one mission')
    .option('--kind <kind>', ClaimKind.options.join(' | '))
    .option('--limit <n>', 'at most this many', '50')
    .option('--format <format>', 'table | json', 'table')
    .action(async (flags: { mission?: string; kind?: string; limit: string; format: string }) => {
      const format = formatOption(flags.format, ['table', 'json'] as const);
      const kind = flags.kind === undefined ? undefined : ClaimKind.safeParse(flags.kind);
      if (kind && !kind.success) {
        throw new InvalidInputError(`--kind has an unknown value "${flags.kind}"`, {
          hint: `use one of ${ClaimKind.options.join(', ')}`,
        });
      }
      const limit = Number(flags.limit);
      if (!Number.isInteger(limit) || limit < 1)
        throw new InvalidInputError(`--limit must be a positive number, got "${flags.limit}"`);
      const rows = await listClaims((await ctx.services()).store.db, {
        missionId: flags.mission,
        kind: kind?.data,
        pending: true,
        limit,
      });
      if (format === 'json') {
        ctx.stdout.write(
          `${JSON.stringify(
            rows.map((r) => ({ ...r, grade: gradeOfClaim(r) })),
            null,
            2,
          )}\n`,
        );
        return;
      }
      ctx.stdout.write(
        renderTable(
          ['#', 'claim', 'mission', 'source', 'grade', 'attributed to', 'quote'],
          rows.map((r) => [
            r.id,
            describeClaim(r.data),
            r.mission_id,
            r.source_id,
            gradeOfClaim(r),
            r.attributed_to,
            `“${r.quote}”`,
          ]),
        ),
      );
      ctx.stdout.write(
        `${rows.length} claims awaiting review; decide with \`chancery accept|reject N --reason TEXT\`\n`,
      );
    });
  registerDecision(program, ctx, 'accept', 'accepted');
  registerDecision(program, ctx, 'reject', 'rejected');
}
