// Runs a benchmark as the built CLI runs: bundled by bin/build.js (no tsx), from .tmp/bench/
// inside the package so that its packages resolve. `node bench/run.js bench/extract.bench.ts`.
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundle } from '../bin/build.js';

const entry = process.argv[2];
if (!entry) throw new Error('usage: node bench/run.js <bench/file.ts>');
const out = join(import.meta.dirname, '../.tmp/bench', basename(entry).replace(/\.ts$/, '.mjs'));
await bundle(entry, out);
await import(pathToFileURL(out).href);
