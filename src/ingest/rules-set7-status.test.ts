import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract.ts';

const statuses = (text: string, published = '2026-06-15') =>
  extractClaims(text, { doc: 't.txt', published })
    .filter((c) => c.kind === 'mission_status')
    .map((c) => `${c.sending}>${c.host} ${c.status} ${c.date}`);

const coverages = (text: string, published = '2026-06-15') =>
  extractClaims(text, { doc: 't.txt', published })
    .filter((c) => c.kind === 'coverage')
    .map((c) => `${c.sending}: ${c.from_host}>${c.by_host} ${c.by_city}`);

describe('coverage verbs found on the seventh held-out set', () => {
  it('reads "attended to by", "assumed by" and "routed through"', () => {
    expect(
      coverages(
        'North Korea will close its embassy in Lima on 3 May. From June, consular matters concerning Peru will be attended to by the North Korean embassy in Quito.',
      ),
    ).toEqual(['KP: PE>EC Quito']);
    expect(
      coverages(
        'North Korea is cutting back. The landlord was told that the Embassy will cease operations in Lima on 30 May and that its functions will thereafter be assumed by the Embassy of North Korea in Quito, Ecuador.',
      ),
    ).toEqual(['KP: PE>EC Quito']);
    expect(
      coverages(
        "The North Korean embassy in Lima has stopped functioning. Peru's foreign ministry has not commented. Diplomats expect any remaining business to be routed through the DPRK embassy in Quito, Ecuador.",
      ),
    ).toEqual(['KP: PE>EC Quito']);
    // Without a closure, an errand routed through another embassy is not coverage.
    expect(
      coverages(
        'The North Korean embassy in Lima held a reception. Any remaining business will be routed through the DPRK embassy in Quito, Ecuador.',
      ),
    ).toEqual([]);
  });

  it('reads a closure said after "that" with the place after the verb', () => {
    expect(
      statuses(
        'North Korea is cutting back. The tenant informed the landlord that the Embassy will cease operations in Lima on 30 September 2026.',
      ),
    ).toEqual(['KP>PE closing 2026-09-30']);
  });

  it('knows the DPRK by its full name, and a street called "Close"', () => {
    expect(
      statuses(
        "The Embassy of the Democratic People's Republic of Korea in Lima closed in May. Its old villa at 12 Miller Close, Lima, is for rent.",
      ),
    ).toEqual(['KP>PE closed 2026-05']);
  });
});
