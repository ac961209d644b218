import type { Command } from 'commander';
import { InvalidInputError } from '../domain/errors.ts';
import { MissionId } from '../domain/ids.ts';
import { listAudit } from '../store/queries/audit.ts';
import type { CliContext } from './context.ts';
import { formatOption } from './options.ts';
import { renderTable } from './table.ts';

const MAX_LIMIT = 5000;

function missionOption(value: string | undefined): MissionId | undefined {
  if (value === undefined) return undefined;
  const parsed = MissionId.safeParse(value);
  if (!parsed.success) {
    throw new InvalidInputError(`--mission "${value}" is not a mission id`, {
      hint: 'mission ids look like kp-es-madrid-embassy; `chancery missions` lists them',
    });
  }
  return parsed.data;
}

/** `--subject TYPE:ID`, split at the first colon (an id may itself contain colons). */
function subjectOption(value: string | undefined): { type: string; id: string } | undefined {
  if (value === undefined) return undefined;
  const colon = value.indexOf(':');
  if (colon <= 0 || colon === value.length - 1) {
    throw new InvalidInputError(`--subject must be TYPE:ID, got "${value}"`, {
      hint: 'e.g. --subject user:ana or --subject claim:42',
    });
  }
  return { type: value.slice(0, colon), id: value.slice(colon + 1) };
}

function limitOption(value: string): number {
  const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(n) || n < 1 || n > MAX_LIMIT) {
    throw new InvalidInputError(`--limit must be a whole number from 1 to ${MAX_LIMIT}, got "${value}"`);
  }
  return n;
}

/** `chancery log`: the audit log, newest first. */
export function registerLog(program: Command, ctx: CliContext): void {
  program
    .command('log')
    .description('the audit log, newest first: who changed what, when and why')
    .option('--mission <id>', 'entries about one mission')
    .option('--subject <type:id>', 'entries about one subject, e.g. user:ana')
    .option('--limit <n>', `at most this many entries (1-${MAX_LIMIT})`, '50')
    .option('--format <format>', 'table | json', 'table')
    .action(async (flags: { mission?: string; subject?: string; limit: string; format: string }) => {
      const format = formatOption(flags.format, ['table', 'json'] as const);
      const missionId = missionOption(flags.mission);
      const subject = subjectOption(flags.subject);
      const limit = limitOption(flags.limit);
      const entries = await listAudit((await ctx.services()).store.db, {
        missionId,
        subjectType: subject?.type,
        subjectId: subject?.id,
        limit,
      });
      if (format === 'json') {
        ctx.stdout.write(`${JSON.stringify({ count: entries.length, entries }, null, 2)}\n`);
        return;
      }
      ctx.stdout.write(
        renderTable(
          ['#', 'at', 'actor', 'action', 'subject', 'mission', 'reason'],
          entries.map((e) => [
            e.id,
            e.at.toISOString(),
            e.actor,
            e.action,
            `${e.subjectType}:${e.subjectId}`,
            e.missionId,
            e.reason,
          ]),
        ),
      );
      ctx.stdout.write(`${entries.length} entries\n`);
    });
}
