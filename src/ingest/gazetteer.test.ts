import { describe, expect, it } from 'vitest';
import { lookupPlace, placesIn } from './gazetteer.ts';

const codes = (text: string) => placesIn(text).map((p) => `${p.name}=${p.code}`);

describe('placesIn', () => {
  it('tells the Democratic Republic of Congo (and Zaire) from Congo', () => {
    expect(codes('the Democratic Republic of Congo, DR Congo, Zaire, Congo and Congo-Brazzaville')).toEqual([
      'Democratic Republic of Congo=CD',
      'DR Congo=CD',
      'Zaire=CD',
      'Congo=CG',
      'Congo-Brazzaville=CG',
    ]);
  });

  it('reads Hong Kong as HK and Britain or the UK as GB', () => {
    expect(codes('Hong Kong, Britain, the UK, the U.K.')).toEqual([
      'Hong Kong=HK',
      'Britain=GB',
      'UK=GB',
      'U.K.=GB',
    ]);
  });

  it('maps capitals and cities to their country and keeps the city name', () => {
    const [kampala] = placesIn('its embassy in Kampala');
    expect(kampala).toMatchObject({ name: 'Kampala', code: 'UG', form: 'city', capital: true });
  });

  it('reads nationality adjectives and possessives', () => {
    expect(placesIn("the Spanish and Ugandan envoys, North Korea's embassy")).toMatchObject([
      { code: 'ES', form: 'demonym' },
      { code: 'UG', form: 'demonym' },
      { code: 'KP', form: 'country', possessive: true },
    ]);
    expect(
      placesIn('Ecuadorian, Bolivian, Colombian and Costa Rican officials').map((p) => [p.code, p.form]),
    ).toEqual([
      ['EC', 'demonym'],
      ['BO', 'demonym'],
      ['CO', 'demonym'],
      ['CR', 'demonym'],
    ]);
  });

  it('takes the longest name (Guinea-Bissau, Papua New Guinea are not Guinea)', () => {
    expect(codes('Guinea, Guinea-Bissau, Papua New Guinea, Equatorial Guinea')).toEqual([
      'Guinea=GN',
      'Guinea-Bissau=GW',
      'Papua New Guinea=PG',
      'Equatorial Guinea=GQ',
    ]);
  });

  it('reads Korean names with particles attached', () => {
    expect(
      codes(
        '스페인, 우간다와 앙골라에서 홍콩·리비아 공관, 기니·세네갈 대사관, 네팔, 방글라데시, 콩고민주공화국에서',
      ),
    ).toEqual([
      '스페인=ES',
      '우간다=UG',
      '앙골라=AO',
      '홍콩=HK',
      '리비아=LY',
      '기니=GN',
      '세네갈=SN',
      '네팔=NP',
      '방글라데시=BD',
      '콩고민주공화국=CD',
    ]);
  });

  it('reads 주 before a country as "resident in" and gives Korean cities their English name', () => {
    expect(placesIn('주스페인 대사관')[0]).toMatchObject({ code: 'ES', resident: true });
    expect(placesIn('홍콩 총영사관')[0]).toMatchObject({ code: 'HK', english: 'Hong Kong' });
  });

  it('does not read common Korean words as countries', () => {
    expect(codes('인도적 지원과 수단과 방법')).toEqual([]);
  });
});

describe('lookupPlace', () => {
  it('finds a whole name and nothing else', () => {
    expect(lookupPlace('Senegal')?.code).toBe('SN');
    expect(lookupPlace('Senegal Street')).toBeNull();
  });

  it('knows every capital, not only the ones in the lexicon', () => {
    expect(['Tirana', 'Lilongwe', 'Asmara', 'Kuwait City'].map((n) => lookupPlace(n)?.code)).toEqual([
      'AL',
      'MW',
      'ER',
      'KW',
    ]);
    // Capitals that are everyday words or names are left out.
    expect(lookupPlace('Male')).toBeNull();
  });
});
