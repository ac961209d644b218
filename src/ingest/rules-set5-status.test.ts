import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract.ts';

describe('status rules found on the fifth held-out set', () => {
  const statuses = (text: string, published = '2026-10-20') =>
    extractClaims(text, { doc: 't.txt', published })
      .filter((c) => c.kind === 'mission_status')
      .map((c) => `${c.sending}>${c.host} ${c.status} ${c.date} | ${c.quote}`);
  // A Korean text whose home state is North Korea.
  const ko = '북한 외교 동향이다. 북한 대사관 문제가 다시 거론됐다. ';

  it('reads "trade representation", "will cease its functions" and "which is still there"', () => {
    expect(
      statuses("North Korea's trade representation in Tbilisi, which sold timber, was shut in May."),
    ).toEqual([
      "KP>GE closed 2026-05 | North Korea's trade representation in Tbilisi, which sold timber, was shut in May",
    ]);
    expect(
      statuses('North Korea told Nepal that its embassy in Kathmandu will cease its functions on 3 May.'),
    ).toEqual([
      'KP>NP closing 2026-05-03 | North Korea told Nepal that its embassy in Kathmandu will cease its functions on 3 May',
    ]);
    expect(
      statuses('North Korea has few friends left. Ask about the Hanoi embassy, which is still there.'),
    ).toEqual(['KP>VN open null | Ask about the Hanoi embassy, which is still there']);
    // Something other than a mission that is still there.
    expect(statuses('North Korea closed its embassy in Lima. The old flag is still there.')).toEqual([
      'KP>PE closed null | North Korea closed its embassy in Lima',
    ]);
  });

  it('reads a closure inside a reopening: "after N years shut", "N years after shutting it in 2021"', () => {
    expect(statuses("Poland's embassy in Pyongyang reopened in May after four years shut.")).toEqual([
      "PL>KP reopened 2026-05 | Poland's embassy in Pyongyang reopened in May after four years shut",
      "PL>KP closed null | Poland's embassy in Pyongyang reopened in May after four years shut",
    ]);
    expect(
      statuses('Pyongyang reopened its embassy in Syria in June, two years after closing it in early 2024.'),
    ).toEqual([
      'KP>SY reopened 2026-06 | Pyongyang reopened its embassy in Syria in June, two years after closing it in early 2024',
      'KP>SY closed 2024 | Pyongyang reopened its embassy in Syria in June, two years after closing it in early 2024',
    ]);
  });

  it('reads Korean: a capital as host, 쪽 and 에 두고 있던 before the noun, a date after the object', () => {
    expect(statuses(`${ko}북한이 비슈케크에 두고 있던 대사관을 5월 초 폐쇄했다.`)).toEqual([
      'KP>KG closed 2026-05 | 북한이 비슈케크에 두고 있던 대사관을 5월 초 폐쇄했다',
    ]);
    expect(statuses(`${ko}중국 쪽 공관은 그대로 유지될 것이다.`)).toEqual([
      'KP>CN open null | 중국 쪽 공관은 그대로 유지될 것이다',
    ]);
  });

  it('reads a list that names the missions a sentence before counted, in the paragraph or a footnote', () => {
    expect(
      statuses(
        'North Korea shut three of its embassies in 2025. The three are the embassies in Peru, Chad and Mali.',
      ),
    ).toEqual([
      'KP>PE closed null | The three are the embassies in Peru, Chad and Mali',
      'KP>TD closed null | The three are the embassies in Peru, Chad and Mali',
      'KP>ML closed null | The three are the embassies in Peru, Chad and Mali',
    ]);
    const brief = [
      'North Korea abroad',
      '',
      'Pyongyang has closed two of its missions since 2024.[^1] More may follow.',
      '',
      '[^1]: The two are its embassies in Peru and Hong Kong (consulate general). See the ministry list.',
    ].join('\n');
    expect(statuses(brief)).toEqual([
      'KP>PE closed null | The two are its embassies in Peru and Hong Kong (consulate general)',
      'KP>HK closed null | The two are its embassies in Peru and Hong Kong (consulate general)',
    ]);
    // Another number than the one counted, or no count at all: not the same missions.
    expect(
      statuses(
        'North Korea shut three of its embassies in 2025. The two are the embassies in Peru and Chad.',
      ),
    ).toEqual([]);
    expect(statuses('North Korea is a poor state. The two are the embassies in Peru and Chad.')).toEqual([]);
  });

  it('reads "It\'s been shut" for the mission named before, and "It was opened" for a capital the sentence before is about', () => {
    expect(
      statuses("North Korea is quiet. No, the embassy in Quito has not reopened. It's been shut since 2024."),
    ).toEqual(["KP>EC closed 2024 | It's been shut since 2024"]);
    expect(
      statuses('North Korea is quiet. Hanoi was never going to last. It was opened in 1999 as a favour.'),
    ).toEqual(['KP>VN open 1999 | It was opened in 1999 as a favour']);
    // With an object, "it" is a state acting, not the capital's mission.
    expect(
      statuses('North Korea is quiet. Hanoi was never going to last. It closed its consulate in Osaka.'),
    ).toEqual(['KP>JP closed null | It closed its consulate in Osaka']);
  });

  it('reads nothing from a question or from "if … had kept"', () => {
    expect(statuses('North Korea is quiet. Did they ever have an embassy in Quito?')).toEqual([]);
    expect(statuses('North Korea is quiet. A post claims the embassy in Quito is closing too?')).toEqual([]);
    expect(statuses('If North Korea had kept its Quito embassy, it would be the last one there.')).toEqual(
      [],
    );
  });

  it('reads "The office" for the mission named just before, and not "the office of …"', () => {
    expect(
      statuses(
        'North Korea will shut its trade office in Ulaanbaatar in May.\n\nThe office, opened in 2011 in a flat, has two staff.',
      ),
    ).toEqual([
      'KP>MN closing 2026-05 | North Korea will shut its trade office in Ulaanbaatar in May',
      'KP>MN open 2011 | The office, opened in 2011 in a flat, has two staff',
    ]);
    expect(
      statuses('North Korea closed its embassy in Oslo. The office of the ambassador was closed in 2020.'),
    ).toEqual(['KP>NO closed null | North Korea closed its embassy in Oslo']);
  });

  it('reads "hasn\'t had an embassy / one in X since 2009" as closed, and not "has never had one" or "doesn\'t have"', () => {
    expect(
      statuses(
        "Chile doesn't have an embassy in Pyongyang and North Korea hasn't had one in Santiago since 2009.",
      ),
    ).toEqual(["KP>CL closed 2009 | North Korea hasn't had one in Santiago since 2009"]);
    expect(statuses('North Korea has not had an embassy in Lima since 2019.')).toEqual([
      'KP>PE closed 2019 | North Korea has not had an embassy in Lima since 2019',
    ]);
    expect(statuses('North Korea has never had an embassy in Lima since 2019.')).toEqual([]);
    expect(statuses("North Korea doesn't have an embassy in Lima.")).toEqual([]);
  });

  it('reads "operated from 2015 until 2022" as an opening and a closure, and capitals coordinated before "which closed"', () => {
    expect(
      statuses("North Korea's trade office in Minsk operated from in or about 2015 until 2022."),
    ).toEqual([
      "KP>BY open 2015 | North Korea's trade office in Minsk operated from in or about 2015 until 2022",
      "KP>BY closed 2022 | North Korea's trade office in Minsk operated from in or about 2015 until 2022",
    ]);
    expect(
      statuses('North Korea is smaller now. The old list still has Lisbon and Rome, which closed in 2024.'),
    ).toEqual([
      'KP>PT closed 2024 | The old list still has Lisbon and Rome, which closed in 2024',
      'KP>IT closed 2024 | The old list still has Lisbon and Rome, which closed in 2024',
    ]);
  });

  it("reads a foreign state's mission reopened without a place as the one in the home state", () => {
    expect(statuses('North Korea is isolated. Romania reopened its embassy in May.')).toEqual([
      'RO>KP reopened 2026-05 | Romania reopened its embassy in May',
    ]);
    expect(statuses(`${ko}지난 5월 루마니아가 대사관 운영을 재개했다.`)).toEqual([
      'RO>KP reopened 2026-05 | 지난 5월 루마니아가 대사관 운영을 재개했다',
    ]);
    // The home state's own mission without a place: nothing to say where.
    expect(statuses('North Korea is isolated. Its embassy reopened in May.')).toEqual([]);
  });

  it('reads Korean "이 대사관" for the mission the sentence before names, and the missions listed as remaining', () => {
    expect(
      statuses(`${ko}쟁점은 몽골 울란바토르 주재 대사관이다. 북한이 이 대사관의 철수를 검토하고 있다.`),
    ).toEqual(['KP>MN closing null | 북한이 이 대사관의 철수를 검토하고 있다']);
    expect(statuses(`${ko}중남미에 남은 북한 대사관은 쿠바, 베네수엘라 등 2곳이다.`)).toEqual([
      'KP>CU open null | 중남미에 남은 북한 대사관은 쿠바, 베네수엘라 등 2곳이다',
      'KP>VE open null | 중남미에 남은 북한 대사관은 쿠바, 베네수엘라 등 2곳이다',
    ]);
    expect(statuses(`${ko}남은 대사관은 많지 않다.`)).toEqual([]);
  });

  it('reads nothing from a condition that opens its clause, and drops a closure foreseen before its denial', () => {
    expect(statuses('North Korea is shrinking. If they close Doha too, the count falls to 40.')).toEqual([]);
    // "surprised if … still has" is a doubt, not a condition.
    expect(statuses('I would be surprised if Pyongyang still has an embassy in Doha next year.')).toEqual([
      'KP>QA closing 2027 | I would be surprised if Pyongyang still has an embassy in Doha next year',
    ]);
    expect(
      statuses('North Korea and the Gulf. Is Doha next?\n\nDoha is not closing, the ministry said.'),
    ).toEqual([]);
    // A denial of one host leaves the others.
    expect(
      statuses('North Korea and the Gulf. Is Doha next?\n\nKuwait City is not closing, the ministry said.'),
    ).toEqual(['KP>QA closing null | Is Doha next?']);
  });

  it('reads "the embassy there" as the embassy in the place named before it', () => {
    expect(
      statuses('North Korea is shrinking. Diplomats in Harare expect the embassy there to close soon.'),
    ).toEqual(['KP>ZW closing null | Diplomats in Harare expect the embassy there to close soon']);
  });

  it('reads "X won\'t be far behind" as a closure foreseen, and not "X is not far behind in trade"', () => {
    expect(statuses("North Korea is shrinking. My guess is Hanoi won't be far behind.")).toEqual([
      "KP>VN closing null | My guess is Hanoi won't be far behind",
    ]);
    expect(statuses('North Korea is shrinking. Hanoi is not far behind in trade.')).toEqual([]);
  });

  it('reads "(41) The other embassies were those in …" for the rest of a count a cited sentence names', () => {
    const report = [
      'Report',
      '',
      '12. Since then North Korea has closed at least five of its embassies, including those in Peru and Chad.(41) More may follow.',
      '',
      '(41) The other embassies were those in Mali, Fiji and Laos. Letter from a Member State, 3 May 2024.',
    ].join('\n');
    expect(statuses(report).filter((s) => s.includes('other'))).toEqual([
      'KP>ML closed null | The other embassies were those in Mali, Fiji and Laos',
      'KP>FJ closed null | The other embassies were those in Mali, Fiji and Laos',
      'KP>LA closed null | The other embassies were those in Mali, Fiji and Laos',
    ]);
  });

  it('reads the foreign missions listed as resident in the home capital (평양에 상주하는 외국 대사관은 …)', () => {
    const claims = extractClaims(
      `${ko}지난달 현재 평양에 상주하는 외국 대사관은 이란·인도·이집트 등 12개이다.`,
      {
        doc: 't.txt',
        published: '2026-10-20',
      },
    ).filter((c) => c.kind === 'mission_status');
    expect(
      claims.map((c) => c.kind === 'mission_status' && `${c.sending}>${c.host} ${c.status} ${c.city}`),
    ).toEqual(['IR>KP open Pyongyang', 'IN>KP open Pyongyang', 'EG>KP open Pyongyang']);
  });

  it('reads a Korean place with 에 or 에 있던 before the mission noun, and 평양에 as a host, not a sender', () => {
    expect(statuses(`${ko}북한은 지난 3월 페루에 대사관을 새로 개설했다.`)).toEqual([
      'KP>PE open 2026-03 | 북한은 지난 3월 페루에 대사관을 새로 개설했다',
    ]);
    expect(statuses(`${ko}쿠웨이트에 있던 무역대표부는 지난달 문을 닫았다.`)).toEqual([
      'KP>KW closed 2026-09 | 쿠웨이트에 있던 무역대표부는 지난달 문을 닫았다',
    ]);
  });

  it('reads a foreign state named on its mission or in a relative clause, in the home state, and "most recently its embassy in X"', () => {
    expect(statuses("North Korea is isolated. France's embassy has been shut since 2020.")).toEqual([
      "FR>KP closed 2020 | France's embassy has been shut since 2020",
    ]);
    // Another verb between the mission and the status word: not its subject.
    expect(statuses("North Korea is isolated. France's embassy said the talks were closed.")).toEqual([]);
    expect(
      statuses(
        'North Korea is isolated. Romania, whose embassy in Pyongyang closed in 2020, is accredited from Beijing.',
      ),
    ).toEqual([
      'RO>KP closed 2020 | Romania, whose embassy in Pyongyang closed in 2020, is accredited from Beijing',
    ]);
    expect(
      statuses(
        'North Korea is isolated. Six have returned, among them India, which reopened its embassy in May.',
      ),
    ).toEqual(['IN>KP reopened 2026-05 | which reopened its embassy in May']);
    expect(statuses('Pyongyang has shut nine posts since 2023, most recently its embassy in Nepal.')).toEqual(
      ['KP>NP closed 2023 | Pyongyang has shut nine posts since 2023, most recently its embassy in Nepal'],
    );
  });

  it('reads "It closed" answering a speaker\'s question on the line before, "stood empty ever since", and a host that is the subject', () => {
    const hearing = [
      'Hearing on North Korea',
      '',
      'REP. HAN: And the consulate in Osaka?',
      '',
      'MINISTER PARK: It closed in May. Staff left.',
    ].join('\n');
    expect(statuses(hearing)).toEqual(['KP>JP closed 2026-05 | MINISTER PARK: It closed in May']);
    expect(
      statuses(
        'North Korea is shrinking. Peru is another case: ties were cut, and the embassy in Lima has stood empty ever since.',
      ),
    ).toEqual([
      'KP>PE closed null | Peru is another case: ties were cut, and the embassy in Lima has stood empty ever since',
    ]);
  });

  it('reads a mission as the subject of "will not be far behind X", and a capital before a mission for "could be next"', () => {
    expect(
      statuses(
        'North Korea has 44 missions. We think the embassy in Hanoi will not be far behind Vientiane.',
      ),
    ).toEqual(['KP>VN closing null | We think the embassy in Hanoi will not be far behind Vientiane']);
    expect(statuses('North Korea has 44 missions. The embassy in Rome said Lima could be next.')).toEqual([
      'KP>PE closing null | The embassy in Rome said Lima could be next',
    ]);
  });
});
