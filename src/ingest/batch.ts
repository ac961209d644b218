import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { type IngestContext, type IngestOptions, type IngestResult, ingestFile } from './pipeline.ts';

/** Documents between two full garbage collections in a batch. */
export const COLLECT_EVERY = 100;

let collector: (() => void) | undefined;

/**
 * A full garbage collection. Each document's objects outlive several young-generation
 * collections while they wait on the database, so V8 promotes them, and it lets the old
 * generation grow to about 2.5 times what is live (50 → 125–150 MB) before it collects: beside
 * PGlite's 130 MB in the same process, an ingest then crossed 400 MB RSS. V8 offers its
 * collector only behind `--expose-gc`; set before first use, a new context has it as `gc`.
 */
function collectGarbage(): void {
  if (!collector) {
    setFlagsFromString('--expose-gc');
    collector = runInNewContext('gc') as () => void;
  }
  collector();
}

/**
 * Ingests files one after another (each its own transaction, as `ingestFile`), yielding each
 * result as it is stored. Every `collectEvery` documents it runs a full garbage collection, which
 * keeps a long batch's memory near what one document needs: in the 10,000-document benchmark
 * the peak fell from 378–450 MB to about 300 MB, for about 30 ms per 100 documents
 * (docs/BENCHMARKS.md, Ingest).
 */
export async function* ingestFiles(
  files: readonly string[],
  options: IngestOptions,
  ctx: IngestContext,
  { collectEvery = COLLECT_EVERY }: { collectEvery?: number } = {},
): AsyncGenerator<IngestResult> {
  for (const [i, file] of files.entries()) {
    yield await ingestFile(file, options, ctx);
    if ((i + 1) % collectEvery === 0) collectGarbage();
  }
}
