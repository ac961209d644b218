import type { Writable } from 'node:stream';
import type { IsoDay } from '../domain/dates.ts';
import type { Services } from '../services.ts';

/** What every command gets: where to write, and the services opened on first use. */
export interface CliContext {
  stdout: Writable;
  stderr: Writable;
  env: NodeJS.ProcessEnv;
  /** Today in UTC, the default for --as-of and --known-on. */
  today(): IsoDay;
  /** What the process exits with when the command returns normally (a batch with failures sets 1). */
  exitCode: number;
  /** Opens the store (and runs migrations) the first time a command needs it. */
  services(): Promise<Services>;
}
