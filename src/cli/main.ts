import { Command, CommanderError } from 'commander';
import { ChanceryError } from '../domain/errors.ts';
import { openServices, type Services } from '../services.ts';
import { registerClaims } from './claims.ts';
import { registerConflicts } from './conflicts.ts';
import type { CliContext } from './context.ts';
import { registerCorrect } from './correct.ts';
import { registerCounts } from './counts.ts';
import { registerDiff } from './diff.ts';
import { registerExtract } from './extract.ts';
import { registerGrade } from './grade.ts';
import { registerIngest } from './ingest.ts';
import { registerLog } from './log.ts';
import { registerMission } from './mission.ts';
import { registerMissions } from './missions.ts';
import { registerReview } from './review.ts';
import { registerServe } from './serve.ts';
import { registerSources } from './sources.ts';
import { registerUser } from './user.ts';

/** Builds the `chancery` program; each command lives in its own file. */
export function buildProgram(ctx: CliContext): Command {
  const program = new Command('chancery')
    .description("Evidence-backed, time-aware tracker of a state's overseas diplomatic network")
    .version('0.1.0')
    .option('--data-dir <dir>', 'embedded database directory (default .chancery/db, or CHANCERY_DATA_DIR)')
    .showHelpAfterError('(run chancery --help for usage)')
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
    })
    .exitOverride();
  registerMissions(program, ctx);
  registerMission(program, ctx);
  registerDiff(program, ctx);
  registerExtract(program, ctx);
  registerCounts(program, ctx);
  registerIngest(program, ctx);
  registerSources(program, ctx);
  registerClaims(program, ctx);
  registerReview(program, ctx);
  registerConflicts(program, ctx);
  registerGrade(program, ctx);
  registerCorrect(program, ctx);
  registerUser(program, ctx);
  registerLog(program, ctx);
  registerServe(program, ctx);
  return program;
}

/**
 * Runs the CLI and returns the exit code. Errors a user can cause become one line on
 * stderr (what was wrong, then what to do); only a bug prints a stack trace.
 */
export async function main(
  argv: string[],
  io: Pick<CliContext, 'stdout' | 'stderr' | 'env'> = {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
  },
): Promise<number> {
  const today = () => new Date().toISOString().slice(0, 10);
  let opened: Promise<Services> | undefined;
  let program: Command | undefined;
  const ctx: CliContext = {
    ...io,
    today,
    exitCode: 0,
    services() {
      const dataDir = program?.opts<{ dataDir?: string }>().dataDir;
      opened ??= openServices({ env: io.env, today, ...(dataDir ? { dataDir } : {}) });
      return opened;
    },
  };
  program = buildProgram(ctx);
  try {
    await program.parseAsync(argv);
    return ctx.exitCode;
  } catch (err) {
    return reportError(err, io.stderr);
  } finally {
    if (opened) await (await opened.catch(() => undefined))?.close();
  }
}

function reportError(err: unknown, stderr: NodeJS.WritableStream): number {
  if (err instanceof CommanderError) {
    // Commander already printed its message (unknown option, bad choice, --help).
    return err.exitCode === 0 ? 0 : 2;
  }
  if (err instanceof ChanceryError) {
    stderr.write(`error: ${err.message}${err.hint ? ` (${err.hint})` : ''}\n`);
    return err.code === 'invalid_input' ? 2 : 1;
  }
  stderr.write(`internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  return 70;
}
