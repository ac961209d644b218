// Which sources a build was made from: a digest of every TypeScript and JSON file under src/
// (tests left out), so the CLI runs the build (dist/) only while it matches the sources exactly.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The files a build depends on, sorted, as paths relative to `root`. */
function sourceFiles(root) {
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(?:ts|json)$/.test(entry.name) && !entry.name.endsWith('.test.ts'))
        out.push(relative(root, path));
    }
  };
  walk(join(root, 'src'));
  return out.sort();
}

/** A digest of the sources under `root`/src: each file's path and bytes. */
export function sourcesDigest(root) {
  const hash = createHash('sha256');
  for (const file of sourceFiles(root)) {
    hash.update(file);
    hash.update('\0');
    hash.update(readFileSync(join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** Whether the build described by `manifest` (dist/chancery.json) was made from the sources as they are now. */
export function buildIsFresh(root, manifest) {
  if (!existsSync(manifest)) return false;
  try {
    return JSON.parse(readFileSync(manifest, 'utf8')).sources === sourcesDigest(root);
  } catch {
    return false;
  }
}
