import type { Command } from 'commander';
import { InvalidInputError } from '../domain/errors.ts';
import { Grade } from '../domain/source.ts';
import { gradeSource } from '../store/writes/grades.ts';
import { commandUser } from './auth.ts';
import type { CliContext } from './context.ts';

export function registerGrade(program: Command, ctx: CliContext): void {
  program
    .command('grade')
    .description(
      "set a source's reliability grade, A (completely reliable) to F (cannot be judged), with a reason",
    )
    .argument('<source>', 'source id, as `chancery sources` lists it')
    .argument('<grade>', 'A, B, C, D, E or F')
    .requiredOption('--reason <text>', 'why')
    .option('--token <token>', 'a reviewer or admin token (default CHANCERY_TOKEN)')
    .action(async (source: string, gradeArg: string, flags: { reason: string; token?: string }) => {
      const grade = Grade.safeParse(gradeArg.toUpperCase());
      if (!grade.success) {
        throw new InvalidInputError(`GRADE must be one of A-F, got "${gradeArg}"`, {
          hint: 'A completely reliable, B usually, C fairly, D not usually, E unreliable, F cannot be judged',
        });
      }
      if (flags.reason.trim() === '') throw new InvalidInputError('--reason must say why');
      const services = await ctx.services();
      const user = await commandUser(ctx, services, flags.token, 'reviewer', 'grade a source');
      const r = await gradeSource(
        services.store.db,
        { sourceId: source, grade: grade.data, reason: flags.reason, actor: user.name },
        services.now(),
      );
      ctx.stdout.write(
        `${source} graded ${grade.data} by ${user.name}${r.before ? ` (was ${r.before})` : ''}\n`,
      );
    });
}
