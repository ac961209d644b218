import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { estimateJaccard, signature } from './minhash.ts';
import { shingleHashes } from './shingles.ts';
import { type Fingerprint, nearDuplicate } from './syndication.ts';

const FIXTURES = new URL('../../test/fixtures/syndication/', import.meta.url);
const SEEDS = new URL('../../../shared/seeds/', import.meta.url);

function fingerprint(text: string): Fingerprint {
  return { title: text.split('\n').find((l) => l.trim()) ?? null, shingles: shingleHashes(text) };
}

describe('syndication clustering', () => {
  const read = (name: string) => fingerprint(readFileSync(new URL(name, FIXTURES), 'utf8'));

  it('matches a reworded rewrite of a wire story with its original', () => {
    const r = nearDuplicate(read('wire-original.txt'), read('wire-rewrite.txt'));
    expect(r.match).toBe(true);
  });

  it('keeps independent reporting on the same event apart', () => {
    expect(nearDuplicate(read('wire-original.txt'), read('independent.txt')).match).toBe(false);
    expect(nearDuplicate(read('wire-rewrite.txt'), read('independent.txt')).match).toBe(false);
  });

  it('finds the rewrite as a MinHash candidate and agrees with itself exactly', () => {
    const a = signature(read('wire-original.txt').shingles);
    const b = signature(read('wire-rewrite.txt').shingles);
    expect(estimateJaccard(a, a)).toBe(1);
    expect(a.some((v, i) => v === b[i])).toBe(true);
    expect(signature(new Uint32Array())).toEqual(new Array(128).fill(-1));
  });

  it.skipIf(!existsSync(SEEDS))('clusters seed 001 with 000 and nothing else among the seeds', () => {
    const docs = readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({ f: f.slice(0, 3), fp: fingerprint(readFileSync(new URL(f, SEEDS), 'utf8')) }));
    const pairs: string[] = [];
    for (let i = 0; i < docs.length; i++)
      for (let j = i + 1; j < docs.length; j++)
        if (nearDuplicate(docs[i]!.fp, docs[j]!.fp).match) pairs.push(`${docs[i]!.f}-${docs[j]!.f}`);
    expect(pairs).toEqual(['000-001']);
  });
});

describe('short documents', () => {
  it('never calls two short briefs about the same closure rewrites of each other', () => {
    const a = 'North Korea closed its embassy in Lima last week, the Peruvian foreign ministry said.';
    const b = 'North Korea closed its embassy in Lima, officials in Peru confirmed on Monday.';
    expect(nearDuplicate(fingerprint(a), fingerprint(b)).match).toBe(false);
  });
});
