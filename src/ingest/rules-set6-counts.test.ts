import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract.ts';
import { numbersIn } from './numbers.ts';

describe('count and quantity rules found on the sixth held-out set', () => {
  const counts = (text: string) =>
    extractClaims(text, { doc: 't.txt', published: '2026-05-10' })
      .filter((c) => c.kind === 'mission_count')
      .map(
        (c) => c.kind === 'mission_count' && `${c.sending} ${c.value} ${c.what} ${c.relation} ${c.qualifier}`,
      );
  const quantities = (text: string) =>
    extractClaims(text, { doc: 't.txt', published: '2026-05-10' })
      .filter((c) => c.kind === 'quantity')
      .map((c) => c.kind === 'quantity' && `${c.value} ${c.unit} ${c.qualifier}`);
  // A sentence that makes North Korea the text's home state.
  const kp = "North Korea's diplomatic network is shrinking. ";

  it('reads the teens as number words, and "three or four" as a range to its upper bound', () => {
    expect(quantities('Seventeen North Korean engineers worked at the port.')).toEqual([
      '17 engineers exact',
    ]);
    expect(quantities('Nineteen welders and sixteen cooks came home.')).toEqual([
      '19 welders exact',
      '16 cooks exact',
    ]);
    expect(numbersIn('two or three more').map((n) => [n.value, n.qualifier])).toEqual([[3, 'up_to']]);
    // An ordinal is not a number word, and a list of figures is not a range.
    expect(numbersIn('the fourteenth report')).toEqual([]);
    expect(numbersIn('41, 42 or 43').map((n) => n.value)).toEqual([41, 42, 43]);
  });

  it('reads every ISO 4217 code before an amount and currency names after it', () => {
    expect(quantities('The clinic was owed MGA 3.5 billion in fees.')).toEqual(['3500000000 MGA exact']);
    expect(quantities('The clinic was owed 3.5 billion ariary in fees.')).toEqual(['3500000000 MGA exact']);
    expect(quantities('Rent was 400,000 Kenyan shillings a month.')).toEqual(['400000 KES exact']);
    expect(quantities('They paid 20 million Iraqi dinars for it.')).toEqual(['20000000 IQD exact']);
    expect(quantities('The builder was paid 3 million meticais.')).toEqual(['3000000 MZN exact']);
    // A name before an ellipsis or a full stop, and an abbreviated adjective.
    expect(numbersIn('Worth 4 Trillion Won...').map((n) => n.currency)).toEqual(['KRW']);
    expect(numbersIn('paid 1.3 billion rupiah… and 700 U.S. dollars.').map((n) => n.currency)).toEqual([
      'IDR',
      'USD',
    ]);
    // CFA francs are West African unless the line names a state of the Central African zone.
    expect(quantities('In Lomé the hall cost 1.5 billion CFA francs.')).toEqual(['1500000000 XOF exact']);
    expect(quantities('In Libreville the hall cost 1.5 billion CFA francs.')).toEqual([
      '1500000000 XAF exact',
    ]);
  });

  it('leaves out currency look-alikes', () => {
    // A capitalised headline word that is also a code, a name shared by several currencies alone,
    // a currency name that is an English word, and a singular name before a plural noun.
    expect(numbersIn('ALL 12 SAILORS').map((n) => n.currency)).toEqual([null]);
    expect(quantities('The fee was 15,000 shillings a visit.')).toEqual(['15000 shillings exact']);
    expect(quantities('It bought 30 real estate plots.')).toEqual(['30 plots exact']);
    expect(quantities('They made 140 dollar transfers to the bank.')).toEqual(['140 transfers exact']);
  });

  it('reads people nouns: fishermen, sailors, a crew of N, a noun phrase that runs on into a verb', () => {
    expect(quantities('Some 38 North Korean fishermen were aboard.')).toEqual(['38 fishermen about']);
    expect(quantities('Three seafarers and two sailors were detained at the port.')).toEqual([
      '3 seafarers exact',
      '2 sailors exact',
    ]);
    expect(quantities("The trawler's crew of 23 was flown home.")).toEqual(['23 crew exact']);
    expect(quantities("The mission's five remaining diplomats left for Beijing.")).toEqual([
      '5 diplomats exact',
    ]);
    expect(quantities('Twelve workers built the hall.')).toEqual(['12 workers exact']);
  });

  it('leaves out minor numbers: the last few, sources, few companies or people charged', () => {
    expect(quantities('The last two diplomats drove to the airport.')).toEqual([]);
    expect(quantities('Two diplomats familiar with the talks said so.')).toEqual([]);
    expect(quantities('Most of the money sat with two shell companies in Perth.')).toEqual([]);
    expect(quantities('Police in Izmir have arrested three people over the fuel sales.')).toEqual([]);
    // Designated companies are a reported figure.
    expect(quantities('The Treasury designated two shell companies in Perth.')).toEqual([
      '2 companies exact',
    ]);
  });

  it('reads Korean 여 and 남짓 as more than, 쯤 as about', () => {
    expect(quantities('현장에는 북한 노동자 200여 명이 있었다.')).toEqual(['200 people more_than']);
    expect(quantities('한창때는 60명쯤 일했다.')).toEqual(['60 people about']);
    expect(counts(`${kp}남은 북한 공관은 30곳 남짓이다.`)).toEqual(['KP 30 missions remaining more_than']);
  });

  it('leaves out a count the text calls out of date, even past a hard line break', () => {
    expect(
      counts(
        `${kp}Note: a tally of "49 missions abroad", still printed in old guides,\ndates from 2021 and is not used here.`,
      ),
    ).toEqual([]);
    expect(counts(`${kp}An outdated figure of 60 embassies still circulates.`)).toEqual([]);
    // Only the figure called stale goes.
    expect(
      counts(`${kp}It runs 44 missions, and the figure of 55 missions often quoted is out of date.`),
    ).toEqual(['KP 44 missions total exact']);
  });

  it('reads a bare count after a closing verb, in the sentence after a count', () => {
    expect(
      counts(
        'North Korea runs about 45 diplomatic missions abroad. Since 2023 it has shut at least 11, most of them in Africa.',
      ),
    ).toEqual(['KP 45 missions total about', 'KP 11 missions closed at_least']);
    // Without a count just before, the bare number counts nothing.
    expect(
      counts(`${kp}The ports were busy. Since 2023 it has shut at least 11, most of them in Africa.`),
    ).toEqual([]);
  });

  it('reads "puts it at N" after a count', () => {
    expect(counts(`${kp}My own count is 46 missions. The ministry in Seoul puts it at 43.`)).toEqual([
      'KP 46 missions total exact',
      'KP 43 missions total exact',
    ]);
    expect(counts(`${kp}The ministry in Seoul puts it at 43.`)).toEqual([]);
  });

  it('reads "three or four more could go" after a count as planned closures', () => {
    expect(
      counts(`${kp}It keeps 44 missions. If the money stops, two or three more could go quickly.`),
    ).toEqual(['KP 44 missions total exact', 'KP 3 missions planned_closures up_to']);
    expect(counts(`${kp}If the money stops, two or three more could go quickly.`)).toEqual([]);
    expect(counts(`${kp}It keeps 44 missions. Two or three more days could pass.`)).toEqual([
      'KP 44 missions total exact',
    ]);
  });

  it('reads "has embassies in N … countries" as a count of embassies', () => {
    expect(
      counts('North Korea now has embassies in four Central Asian countries, including Mongolia.'),
    ).toEqual(['KP 4 embassies total exact']);
    // Workers in countries, and other countries' embassies in Pyongyang, are not its missions.
    expect(counts('North Korean workers are in five Central Asian countries.')).toEqual([]);
    expect(counts('Twelve countries have embassies in Pyongyang.')).toEqual([]);
  });

  it('reads "down from N" past a reference mark', () => {
    expect(
      counts('As of May 2026, North Korea kept 43 missions abroad,[3] down from 52 in March 2023.[4]'),
    ).toEqual(['KP 43 missions total exact', 'KP 52 missions total exact']);
    // The mark itself counts nothing.
    expect(counts('North Korea kept 43 missions abroad,[3] and more.')).toEqual([
      'KP 43 missions total exact',
    ]);
  });

  it('reads a Korean count after a list of hosts, with or without 등, as the sending state’s missions', () => {
    expect(counts(`${kp}남은 북한 대사관은 라오스, 베트남, 인도네시아 3곳이다.`)).toEqual([
      'KP 3 embassies remaining exact',
    ]);
    expect(quantities(`${kp}남은 북한 대사관은 라오스, 베트남, 인도네시아 3곳이다.`)).toEqual([]);
    expect(counts(`${kp}남은 북한 대사관은 라오스, 베트남, 인도네시아 등 5곳이다.`)).toEqual([
      'KP 5 embassies remaining exact',
    ]);
    // A list of places without a mission noun counts no missions.
    expect(counts(`${kp}한국 기업은 라오스, 베트남, 인도네시아 3곳에 공장을 세웠다.`)).toEqual([]);
  });
});
