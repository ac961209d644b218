import type { Command } from 'commander';
import { InvalidInputError } from '../domain/errors.ts';
import { type Conflict, conflicts, findConflict } from '../resolve/conflicts.ts';
import { resolveConflict } from '../store/writes/resolutions.ts';
import { commandUser } from './auth.ts';
import type { CliContext } from './context.ts';
import { countryOption, dayOption, formatOption } from './options.ts';

function render(c: Conflict): string {
  const out = [
    `${c.key}  [${c.kind}] ${c.subject}${c.resolution ? `  RESOLVED: ${c.resolution.value ?? `claim #${c.resolution.claimId}`} (${c.resolution.reviewer}: ${c.resolution.reason})` : ''}`,
  ];
  for (const m of c.members) {
    out.push(
      `  ${m.value} — ${m.independentSources} independent source${m.independentSources === 1 ? '' : 's'}`,
    );
    for (const e of m.evidence) {
      const who = e.attributedTo ? `, according to ${e.attributedTo}` : '';
      out.push(
        `    ${e.claimId ? `#${e.claimId} ` : ''}${e.publisher} [${e.grade}]${e.date ? ` ${e.date}` : ''}${who}: “${e.quote}”`,
      );
    }
  }
  return out.join('\n');
}

export function registerConflicts(program: Command, ctx: CliContext): void {
  program
    .command('conflicts')
    .description('claims that cannot all be true, side by side with quotes, sources, dates and grades')
    .option('--mission <id>', "only this mission's status and date conflicts")
    .option('--open', 'only conflicts no reviewer has resolved')
    .option('--as-of <date>', 'valid time (default today)')
    .option('--known-on <date>', 'recorded time (default today)')
    .option('--sending <country>', 'sending state', 'KP')
    .option('--format <format>', 'text | json', 'text')
    .action(
      async (flags: {
        mission?: string;
        open?: boolean;
        asOf?: string;
        knownOn?: string;
        sending: string;
        format: string;
      }) => {
        const format = formatOption(flags.format, ['text', 'json'] as const);
        const query = {
          sending: countryOption(flags.sending, '--sending') ?? 'KP',
          missionId: flags.mission,
          asOf: dayOption(flags.asOf, '--as-of', ctx.today()),
          knownOn: dayOption(flags.knownOn, '--known-on', ctx.today()),
        };
        const found = (await conflicts((await ctx.services()).store.db, query)).filter(
          (c) => !flags.open || !c.resolution,
        );
        if (format === 'json') ctx.stdout.write(`${JSON.stringify(found, null, 2)}\n`);
        else {
          for (const c of found) ctx.stdout.write(`${render(c)}\n\n`);
          ctx.stdout.write(
            `${found.length} conflicts (${found.filter((c) => !c.resolution).length} open); resolve with \`chancery resolve KEY --value V --reason TEXT\`\n`,
          );
        }
      },
    );

  program
    .command('resolve')
    .description(
      'resolve a conflict with the value (or claim) you judge right and a reason (needs a reviewer token)',
    )
    .argument('<key>', 'conflict key, as `chancery conflicts` prints it')
    .option('--value <value>', 'the answer you judge right, as the conflict lists it')
    .option('--claim <n>', 'or: the claim you judge right')
    .requiredOption('--reason <text>', 'why')
    .option('--token <token>', 'a reviewer or admin token (default CHANCERY_TOKEN)')
    .action(
      async (key: string, flags: { value?: string; claim?: string; reason: string; token?: string }) => {
        if ((flags.value === undefined) === (flags.claim === undefined)) {
          throw new InvalidInputError('give either --value or --claim', {
            hint: 'e.g. --value 53, or --claim 42',
          });
        }
        const claimId = flags.claim === undefined ? null : Number(flags.claim.replace(/^#/, ''));
        if (claimId !== null && (!Number.isInteger(claimId) || claimId < 1))
          throw new InvalidInputError(`--claim must be a claim number, got "${flags.claim}"`);
        const services = await ctx.services();
        const user = await commandUser(ctx, services, flags.token, 'reviewer', 'resolve a conflict');
        const conflict = await findConflict(services.store.db, key, ctx.today());
        const members = conflict.members;
        if (flags.value !== undefined && !members.some((m) => m.value === flags.value)) {
          throw new InvalidInputError(`--value "${flags.value}" is not one of the answers`, {
            hint: `use one of: ${members.map((m) => m.value).join(' | ')}`,
          });
        }
        if (claimId !== null && !members.some((m) => m.evidence.some((e) => e.claimId === claimId))) {
          throw new InvalidInputError(`claim #${claimId} is not part of this conflict`);
        }
        await resolveConflict(
          services.store.db,
          {
            key,
            value: flags.value ?? null,
            claimId,
            reason: flags.reason,
            reviewer: user.name,
            missionId: conflict.missionId,
          },
          services.now(),
        );
        ctx.stdout.write(`${key} resolved by ${user.name}\n`);
      },
    );
}
