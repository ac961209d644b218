import type { Command } from 'commander';
import { PartialDate } from '../domain/dates.ts';
import { InvalidInputError, NotFoundError } from '../domain/errors.ts';
import { StatusEventInput } from '../domain/status.ts';
import { appendStatusEvent } from '../store/writes/events.ts';
import { commandUser } from './auth.ts';
import type { CliContext } from './context.ts';

interface CorrectFlags {
  status: string;
  date?: string;
  replaces?: string;
  source: string;
  quote: string;
  attributedTo?: string;
  reason: string;
  token?: string;
}

/** `chancery step MISSION --status … --source … --quote …`: adds or corrects a status step, never edits one. */
export function registerCorrect(program: Command, ctx: CliContext): void {
  program
    .command('step')
    .description(
      'add a status step to a mission, or correct one with --replaces (the old row stays; queries known before today still show it); needs a reviewer token',
    )
    .argument('<mission>', 'mission id')
    .requiredOption('--status <status>', 'open | closing | closed | reopened')
    .option('--date <date>', 'when it happened: YYYY, YYYY-MM or YYYY-MM-DD (omit for undated)')
    .option('--replaces <step>', 'the step number this corrects (see `chancery mission ID --format json`)')
    .requiredOption('--source <id>', 'the source that says so (see `chancery sources`)')
    .requiredOption('--quote <text>', 'the words of that source that support it (at most 300 characters)')
    .option('--attributed-to <who>', 'whom the source credits')
    .requiredOption('--reason <text>', 'why, for the audit log')
    .option('--token <token>', 'a reviewer or admin token (default CHANCERY_TOKEN)')
    .addHelpText(
      'after',
      '\nExample:\n  chancery step kp-cd-kinshasa-embassy --status closed --date 2024-03 \\\n    --source src-yonhap-2024-03-02 --quote "closed its embassy in Kinshasa" --reason "Yonhap report"',
    )
    .action(async (mission: string, flags: CorrectFlags) => {
      if (flags.date !== undefined && !PartialDate.safeParse(flags.date).success) {
        throw new InvalidInputError(`--date must be YYYY, YYYY-MM or YYYY-MM-DD, got "${flags.date}"`);
      }
      const supersedes = flags.replaces === undefined ? null : Number(flags.replaces.replace(/^#/, ''));
      if (supersedes !== null && (!Number.isInteger(supersedes) || supersedes < 1)) {
        throw new InvalidInputError(`--replaces must be a step number, got "${flags.replaces}"`);
      }
      const parsed = StatusEventInput.safeParse({
        mission,
        status: flags.status,
        date: flags.date ?? null,
        evidence: { source: flags.source, quote: flags.quote },
        attributedTo: flags.attributedTo ?? null,
        supersedes,
      });
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new InvalidInputError(`${issue?.path.join('.') || 'step'}: ${issue?.message ?? 'invalid'}`, {
          hint: 'a step needs a known mission id, a status, a source id and a quote from it',
        });
      }
      if (flags.reason.trim() === '') throw new InvalidInputError('--reason must say why');
      const services = await ctx.services();
      const user = await commandUser(ctx, services, flags.token, 'reviewer', 'add or correct a status step');
      const db = services.store.db;
      const [known, source] = await Promise.all([
        db.selectFrom('missions').select('id').where('id', '=', mission).executeTakeFirst(),
        db.selectFrom('sources').select('id').where('id', '=', flags.source).executeTakeFirst(),
      ]);
      if (!known)
        throw new NotFoundError(`no mission with id "${mission}"`, {
          hint: 'list ids with `chancery missions --status all`',
        });
      if (!source)
        throw new NotFoundError(`no source "${flags.source}"`, {
          hint: 'list sources with `chancery sources`',
        });
      const id = await appendStatusEvent(db, parsed.data, services.now(), {
        actor: user.name,
        reason: flags.reason,
      });
      ctx.stdout.write(
        `step #${id} added to ${mission}${supersedes ? `, replacing #${supersedes} (kept for the record)` : ''}\n`,
      );
    });
}
