import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StoreUnavailableError } from '../../domain/errors.ts';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite lets two processes open one directory and then corrupts it, so one directory
 * gets one process: a lock file holding the owner's pid. A lock left by a dead process is taken over.
 */
export function acquireLock(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'chancery.lock');
  try {
    writeFileSync(path, String(process.pid), { flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    const owner = Number(readFileSync(path, 'utf8').trim());
    if (owner !== process.pid && Number.isInteger(owner) && alive(owner)) {
      throw new StoreUnavailableError(`the embedded database at ${dir} is in use by process ${owner}`, {
        hint: 'stop that process (e.g. a running `npm start`), or pass --data-dir with another directory',
      });
    }
    writeFileSync(path, String(process.pid));
  }
  return () => rmSync(path, { force: true });
}
