/**
 * A deterministic benchmark corpus: the fixture articles (and ../shared/seeds when present)
 * repeated with seeded variations (paragraphs shuffled, numbers changed, country names
 * swapped), so no two copies of an article are the same text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocument } from '../src/ingest/reader.ts';
import { packageRoot } from '../src/paths.ts';

const root = packageRoot();

/** The fixture articles, and the seed articles when ../shared is beside the repo, as text. */
export function sources(): string[] {
  const out: string[] = [];
  const dirs = [join(root, 'test/fixtures/articles'), join(root, '../shared/seeds')];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      const path = join(dir, f);
      out.push(readDocument(path, readFileSync(path)).text);
    }
  }
  return out;
}

/** mulberry32: a small seeded generator, so every run builds the same corpus. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SWAPS = [
  'Spain',
  'Portugal',
  'Uganda',
  'Angola',
  'Nepal',
  'Senegal',
  'Guinea',
  'Libya',
  'Bangladesh',
  'Italy',
];

export function vary(text: string, rand: () => number): string {
  const paragraphs = text.split(/\n{2,}/);
  for (let i = paragraphs.length - 1; i > 1; i--) {
    const j = 1 + Math.floor(rand() * i);
    const a = paragraphs[i];
    const b = paragraphs[j];
    if (a !== undefined && b !== undefined) {
      paragraphs[i] = b;
      paragraphs[j] = a;
    }
  }
  const from = SWAPS[Math.floor(rand() * SWAPS.length)] ?? 'Spain';
  const to = SWAPS[Math.floor(rand() * SWAPS.length)] ?? 'Italy';
  return paragraphs
    .join('\n\n')
    .replaceAll(from, to)
    .replace(/\b[1-9]\d{0,2}\b/g, (d) => String(Number(d) + Math.floor(rand() * 9)));
}

/** Varied copies of the articles, until they add up to `targetMb` megabytes of text. */
export function corpus(targetMb: number): string[] {
  const base = sources();
  const rand = random(7);
  const docs: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < targetMb * 1e6; i++) {
    const doc = vary(base[i % base.length] ?? '', rand);
    docs.push(doc);
    bytes += Buffer.byteLength(doc);
  }
  return docs;
}
