import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of Chancery's package.json: `src/` sits one level below it in the sources, and so
 * does `dist/` in the build (`bin/build.js`), where every module shares the bundle's URL. Files
 * shipped beside the code (the starter data) are found from here, in both.
 */
export function packageRoot(from: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(from));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${fileURLToPath(from)}`);
    dir = up;
  }
  return dir;
}
