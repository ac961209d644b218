import { PassThrough } from 'node:stream';
import { main } from '../src/cli/main.ts';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process as `chancery ARGS...` with `env`, capturing its output and exit code. */
export async function run(env: NodeJS.ProcessEnv, ...args: string[]): Promise<Run> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => {
    out += d;
  });
  stderr.on('data', (d) => {
    err += d;
  });
  const code = await main(['node', 'chancery', ...args], { stdout, stderr, env });
  return { code, stdout: out, stderr: err };
}

/** The token that `chancery user add` printed (its second line). */
export function tokenOf(r: Run): string {
  return r.stdout.split('\n')[1] ?? '';
}
