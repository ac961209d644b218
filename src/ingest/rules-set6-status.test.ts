import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract.ts';
import { placesIn } from './gazetteer.ts';

const statuses = (text: string, published = '2026-06-15') =>
  extractClaims(text, { doc: 't.txt', published })
    .filter((c) => c.kind === 'mission_status')
    .map((c) => `${c.sending}>${c.host} ${c.status} ${c.date} | ${c.quote}`);

const coverages = (text: string, published = '2026-06-15') =>
  extractClaims(text, { doc: 't.txt', published })
    .filter((c) => c.kind === 'coverage')
    .map((c) => `${c.sending}: ${c.from_host}>${c.by_host} ${c.by_city} | ${c.quote}`);

describe('the gazetteer: seats of government and major cities the capitals list lacks', () => {
  it('knows La Paz, Port Sudan and the unaccented spellings of capitals', () => {
    const codes = (s: string) => placesIn(s).map((p) => `${p.english}:${p.code}`);
    expect(codes('from La Paz to Port Sudan via Bogota and Asuncion')).toEqual([
      'La Paz:BO',
      'Port Sudan:SD',
      'Bogota:CO',
      'Asuncion:PY',
    ]);
    expect(codes('라파스와 포트수단, 루사카에서')).toEqual(['La Paz:BO', 'Port Sudan:SD', 'Lusaka:ZM']);
    // A Korean word that starts like a city is not one.
    expect(codes('그는 리마인드했다')).toEqual([]);
  });

  it('reads a mission in a city that blocked its country before', () => {
    expect(statuses('North Korea is cutting back. The embassy in Sucre, Bolivia, closed in May.')).toEqual([
      'KP>BO closed 2026-05 | The embassy in Sucre, Bolivia, closed in May',
    ]);
    expect(statuses('North Korea is cutting back. The embassy in La Paz closed in May.')).toEqual([
      'KP>BO closed 2026-05 | The embassy in La Paz closed in May',
    ]);
  });
});
