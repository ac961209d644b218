// Loads the CLI's module: the build in dist/ when it was made from the sources as they are
// (bin/build.js), else the TypeScript sources through tsx (bin/typescript.js).
import { join } from 'node:path';
import { buildIsFresh } from './sources.js';

const root = join(import.meta.dirname, '..');

/** The module exporting `main(argv)`. */
export async function loadCli() {
  if (buildIsFresh(root, join(root, 'dist/chancery.json'))) return import('../dist/chancery.mjs');
  await import('./typescript.js');
  return import('../src/cli/main.ts');
}
