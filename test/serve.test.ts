import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Starts `chancery serve` as `npm start` does and resolves with the URL it prints. */
function startServer(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['bin/chancery.js', 'serve', '--port', '0'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (d) => {
      out += d;
      const m = /serving (http:\/\/localhost:\d+\/)/.exec(out);
      if (m?.[1]) resolve({ child, url: m[1] });
    });
    child.stderr?.on('data', (d) => {
      err += d;
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${err}`)));
  });
}

describe('chancery serve (npm start) on a fresh embedded database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-serve-'));
  let server: { child: ChildProcess; url: string };
  beforeAll(async () => {
    server = await startServer({ CHANCERY_DATA_DIR: join(dir, 'db') });
  });
  afterAll(async () => {
    const exited = new Promise((r) => server?.child.once('exit', r));
    server?.child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads the starter data and answers GET /api/missions?as_of=2023-09-01 with 53 missions', async () => {
    const res = await fetch(`${server.url}api/missions?as_of=2023-09-01`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { count: number; asOf: string };
    expect([body.asOf, body.count]).toEqual(['2023-09-01', 53]);
  });

  it('serves the page for a picked date', async () => {
    const res = await fetch(`${server.url}?as_of=2024-02-01`);
    const page = await res.text();
    expect(page).toContain('44 missions operating on 2024-02-01 (1 closing)');
    expect(page).toContain('kp-cd-kinshasa-embassy');
  });

  it('refuses a second process on the same database directory with a clear error', async () => {
    const second = spawn(process.execPath, ['bin/chancery.js', 'missions', '--data-dir', join(dir, 'db')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    second.stderr.on('data', (d) => {
      err += d;
    });
    const code = await new Promise((r) => second.on('exit', r));
    expect(code).toBe(1);
    expect(err).toMatch(/^error: the embedded database at .* is in use by process \d+ \(stop that process/);
  });
});
