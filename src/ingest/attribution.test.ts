import { describe, expect, it } from 'vitest';
import { attributionOf, resolveSource } from './attribution.ts';

function source(text: string): string | null {
  const all = { start: 0, end: text.length };
  return attributionOf(text, all, all)?.source ?? null;
}

describe('attributionOf', () => {
  it('reads "according to X" and "as per X"', () => {
    expect(
      source('Pyongyang plans to shut it, according to Japan’s Yomiuri newspaper, citing a source.'),
    ).toBe('Japan’s Yomiuri newspaper');
    expect(source('It will close, as per the foreign ministry.')).toBe('the foreign ministry');
  });

  it('reads "…, X reported" and "…, X said" at the end of a sentence', () => {
    expect(source('The consulate in Nepal will shut, Yonhap News Agency of South Korea reported.')).toBe(
      'Yonhap News Agency',
    );
    expect(source('They left in October, a spokesman said.')).toBe('a spokesman');
  });

  it('reads "X said (that) …" at the start of a clause', () => {
    expect(source('official media reports said it shuttered its embassies in Uganda')).toBe(
      'official media reports',
    );
    expect(
      source('South Korea’s Joint Chiefs of Staff told reporters Thursday that they estimate 2,000'),
    ).toBe('South Korea’s Joint Chiefs of Staff');
  });

  it('falls back to "citing X"', () => {
    expect(source('About 2,000 containers were sent, citing a senior military official.')).toBe(
      'a senior military official',
    );
  });

  it('does not treat the actor of the story as a source', () => {
    expect(source('North Korea said it would close the embassy.')).toBeNull();
    expect(source('The regime earned an estimated $600 million.')).toBeNull();
  });

  it('reads Korean sources', () => {
    expect(source('통일부에 따르면 북한은 대사관을 철수했다.')).toBe('통일부');
    expect(source('북한이 대사관을 폐쇄했다고 통일부가 5일 밝혔다.')).toBe('통일부');
  });
});

describe('resolveSource', () => {
  it('resolves "the ministry" to the ministry named before', () => {
    const text =
      'South Korea’s Unification Ministry believes so. Pyongyang has 47 embassies, according to the ministry.';
    expect(resolveSource(text, 'the ministry', text.indexOf('the ministry'))).toBe(
      'South Korea’s Unification Ministry',
    );
    expect(resolveSource(text, 'Yonhap', 0)).toBe('Yonhap');
  });
});
