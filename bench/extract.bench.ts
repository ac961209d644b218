/**
 * Extraction throughput: our extractor against compromise (sentence splitting plus place,
 * person and organisation tagging) on the same text, one core, CPU time.
 *
 *   npm run bench:extract                      # 50 MB corpus
 *   BENCH_MB=5 npm run bench:extract           # a quicker run
 *
 * `npm run bench:extract` runs this file bundled, as the built CLI runs (bench/run.js).
 *
 * The corpus is the fixture articles (and ../shared/seeds when present) repeated with seeded
 * variations: paragraphs shuffled, numbers changed, country names swapped, so no two copies of
 * an article are the same text.
 */
import nlp from 'compromise';
import { extractClaims } from '../src/ingest/extract.ts';
import { corpus, sources } from './corpus.ts';

const TARGET_MB = Number(process.env.BENCH_MB ?? 50);
const COMPROMISE_SECONDS = Number(process.env.BENCH_COMPROMISE_SECONDS ?? 20);

function cpuSeconds(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

const docs = corpus(TARGET_MB);
const totalBytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);
const mb = totalBytes / 1e6;
console.log(
  `corpus: ${docs.length} documents, ${mb.toFixed(1)} MB (${sources().length} source articles, varied)`,
);

// Warm up the JIT on a slice first so both sides are measured hot.
for (const d of docs.slice(0, 50)) extractClaims(d, { doc: 'warmup', published: '2023-11-02' });
let claims = 0;
const ours = process.cpuUsage();
for (const [i, d] of docs.entries())
  claims += extractClaims(d, { doc: `doc-${i}`, published: '2023-11-02' }).length;
const oursSeconds = cpuSeconds(ours);
const oursRate = mb / oursSeconds;
console.log(
  `chancery extract: ${oursRate.toFixed(2)} MB/s (${oursSeconds.toFixed(1)} s CPU, ${claims} claims)`,
);

for (const d of docs.slice(0, 5)) nlp(d).sentences().out('array');
const theirs = process.cpuUsage();
let theirBytes = 0;
let tagged = 0;
for (const d of docs) {
  const doc = nlp(d);
  tagged += doc.sentences().out('array').length;
  tagged += doc.places().out('array').length + doc.people().out('array').length;
  tagged += doc.organizations().out('array').length;
  theirBytes += Buffer.byteLength(d);
  if (cpuSeconds(theirs) > COMPROMISE_SECONDS) break;
}
const theirSeconds = cpuSeconds(theirs);
const theirRate = theirBytes / 1e6 / theirSeconds;
const sampled = theirBytes < totalBytes;
console.log(
  `compromise (sentences + places/people/organizations): ${theirRate.toFixed(2)} MB/s (${theirSeconds.toFixed(1)} s CPU on ${(theirBytes / 1e6).toFixed(1)} MB${sampled ? `, a sample time-boxed to ${COMPROMISE_SECONDS} s; full corpus extrapolated to ${(mb / theirRate).toFixed(0)} s` : ''}, ${tagged} items)`,
);
console.log(`speed-up: ${(oursRate / theirRate).toFixed(1)}x`);
