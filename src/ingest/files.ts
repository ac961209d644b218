import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { formatOf } from './reader.ts';

export interface ExpandedPaths {
  /** Files to ingest, in a stable order: named files as given, directory contents sorted. */
  files: string[];
  /** Files inside directories that are not .txt, .md or .html. */
  skipped: string[];
  /** Paths that do not exist or cannot be read. */
  missing: { path: string; error: string }[];
}

/** Expands files and directories (recursively) into the documents to ingest. */
export async function expandPaths(paths: readonly string[]): Promise<ExpandedPaths> {
  const out: ExpandedPaths = { files: [], skipped: [], missing: [] };
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    for (const e of entries) {
      const full = join(dir, e.name);
      if (e.isDirectory()) await walk(full);
      else if (formatOf(full)) out.files.push(full);
      else out.skipped.push(full);
    }
  };
  for (const path of paths) {
    try {
      if ((await stat(path)).isDirectory()) await walk(path);
      else out.files.push(path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      out.missing.push({ path, error: code === 'ENOENT' ? 'no such file or directory' : String(err) });
    }
  }
  return out;
}
