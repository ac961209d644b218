// Builds the CLI: src/cli/main.ts and everything it imports from src/, bundled by esbuild into
// dist/chancery.mjs (packages stay in node_modules), with dist/chancery.json recording which
// sources it was made from. `npm install` runs this (the `prepare` script); `npm run build` again
// after pulling. bin/chancery.js runs the build only while it matches src/ exactly and otherwise
// runs the sources through tsx, so an edit never runs stale code.
//
// Why build at all: run through tsx, the CLI keeps tsx's loader thread and every module's
// transformed source and source map for its whole life, about 50 MB more at the start of an
// ingest, and runs about 10 % slower (docs/BENCHMARKS.md, Ingest).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { sourcesDigest } from './sources.js';

const root = join(import.meta.dirname, '..');

/** Bundles `entry` (a TypeScript module) into the ES module `outfile`, packages left external. */
export async function bundle(entry, outfile) {
  mkdirSync(dirname(outfile), { recursive: true });
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.10',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
}

/** Builds dist/chancery.mjs and its manifest. */
export async function buildCli() {
  const sources = sourcesDigest(root);
  await bundle(join(root, 'src/cli/main.ts'), join(root, 'dist/chancery.mjs'));
  writeFileSync(join(root, 'dist/chancery.json'), `${JSON.stringify({ sources }, null, 2)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await buildCli();
