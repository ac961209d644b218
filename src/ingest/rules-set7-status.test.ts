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

describe('a list under a heading (a slide deck, a digest)', () => {
  const deck = (heading: string, items: string) =>
    `# North Korea's missions\n\nNorth Korea has cut its network.\n\n## ${heading}\n\n${items}\n\n> **Notes:** Keep it short.\n`;

  it('reads items of places under a heading of closures as closures', () => {
    expect(
      statuses(
        deck(
          'Closures since 2024',
          '- Lima (Mar 2024) and Quito (Mar 2024)\n- Oslo consulate general (2025)\n- **Latest:** Hanoi, shut at the end of May 2026',
        ),
      ),
    ).toEqual([
      'KP>PE closed 2024-03',
      'KP>EC closed 2024-03',
      'KP>NO closed 2025',
      'KP>VN closed 2026-05-31',
    ]);
  });

  it('reads nothing from items under other headings, or items that are sentences of their own', () => {
    expect(statuses(deck('Where it still operates', '- Lima (since 2004)\n- Quito'))).toEqual([]);
    expect(statuses(deck('Closures and reopenings', '- Lima (2024)\n- Quito (2025)'))).toEqual([]);
    expect(statuses(deck('Closures', '- Lima: reopened in 2025\n- Quito, a rumour only'))).toEqual([]);
  });

  it('reads arrows from a host to the post that covers it', () => {
    expect(
      coverages(
        deck(
          'Who covers whom',
          '- Peru → handled from Quito\n- Norway → covered by the embassy in Stockholm',
        ),
      ),
    ).toEqual(['KP: PE>EC Quito', 'KP: NO>SE Stockholm']);
    // A bare arrow only under a heading about coverage.
    expect(coverages(deck('Who covers whom', '- Peru → Quito'))).toEqual(['KP: PE>EC Quito']);
    expect(coverages(deck('Flights we took', '- Peru → Quito'))).toEqual([]);
  });
});

describe('"It" after a sentence that gave one host a status', () => {
  it('reads "It didn\'t, and it is still operating" as open, and the forecast as denied', () => {
    expect(
      statuses(
        'North Korea is cutting back. Analysts said Lima would close "within weeks". It didn\'t, and it is still operating.',
      ),
    ).toEqual(['KP>PE open null']);
    // "opening" with an object is no state.
    expect(
      statuses('North Korea is cutting back. Analysts said Lima would close soon. It is opening a new wing.'),
    ).toEqual(['KP>PE closing null']);
  });
});

describe('lists of the missions that a state keeps', () => {
  it('reads "keeps N embassies …, among them those in A, B and C" as open', () => {
    expect(
      statuses(
        'North Korea now keeps six embassies in Asia, among them those in Hanoi, Vientiane and Jakarta.',
      ),
    ).toEqual(['KP>VN open null', 'KP>LA open null', 'KP>ID open null']);
  });

  it('reads "is left with N embassies in a region: in A, B and C" as open', () => {
    expect(
      statuses(
        'With Lima gone, Pyongyang is left with three embassies in Europe: in Berlin, Warsaw and Sofia.',
      ),
    ).toEqual(['KP>DE open null', 'KP>PL open null', 'KP>BG open null']);
    // Without places, nothing; "left" alone is still a departure of staff.
    expect(statuses('North Korea would be left with two embassies.')).toEqual([]);
  });

  it('reads the kinds listed after a count and a colon', () => {
    expect(
      statuses(
        'The 2026 update lists 40 North Korean diplomatic missions abroad: embassies, consulates general and the permanent missions in New York and Geneva.',
      ),
    ).toEqual(['KP>US open null', 'KP>CH open null']);
    // A count of closed missions is no list of open ones.
    expect(
      statuses('North Korea is cutting back. The tracker counts 11 closed missions: in Lima and Quito.'),
    ).toEqual([]);
  });
});

describe('smaller causes found on the seventh held-out set', () => {
  it('reads the closure in "… after it was shut in 2024" beside a reopening', () => {
    expect(
      statuses(
        'North Korea is cutting back. The North Korean embassy in Lima resumed work on 3 May, two years after it was shut in 2024.',
      ),
    ).toEqual(['KP>PE reopened 2026-05-03', 'KP>PE closed 2024']);
  });

  it('reads "opened its doors" after "began when", but not doors opened to visitors', () => {
    expect(
      statuses(
        'North Korea will shut its embassy in Lima on 3 May, ending a presence that began when the mission opened its doors in March 2019.',
      ),
    ).toEqual(['KP>PE closing 2026-05-03', 'KP>PE open 2019-03']);
    expect(
      statuses('North Korea is cutting back. The embassy in Lima closed its doors to visitors for the day.'),
    ).toEqual([]);
  });

  it('reads a register that lists a mission "as accredited and open"', () => {
    expect(
      statuses(
        'North Korea is cutting back. The ministry still lists the DPRK embassy in Lima as accredited and open.',
      ),
    ).toEqual(['KP>PE open null']);
  });

  it('reads a closure that a source is "dismissing" as denied', () => {
    expect(
      statuses(
        'North Korea is cutting back. Its envoy spoke on Monday, dismissing posts claiming that the embassy in Lima had quietly shut its doors.',
      ),
    ).toEqual([]);
  });

  it('reads 해당 대사관 as the mission named earlier in the same sentence', () => {
    expect(
      statuses(
        '북한 관련 동향입니다. 주페루 대사관 폐쇄설은 사실이 아닌 것으로 확인되었으며, 해당 대사관은 현재 정상적으로 운영되고 있습니다. 주칠레 대사관도 있습니다.',
      ).map((s) => s.split(' ').slice(0, 2).join(' ')),
    ).toEqual(['KP>PE open']);
  });
});

describe('an answer its author retracts, and commercial cities', () => {
  it('drops a closure that the next paragraph says was wrong', () => {
    expect(
      statuses(
        'North Korea is cutting back.\nThe Lima embassy also shut in March, I believe.\nEdit: I was wrong about this. Friends saw it open.',
      ),
    ).toEqual([]);
    // Someone else being wrong takes nothing back.
    expect(
      statuses(
        'North Korea is cutting back.\nThe Lima embassy shut in March.\nEdit: They were wrong about the rent.',
      ),
    ).toEqual(['KP>PE closed 2026-03']);
  });

  it('knows port and commercial cities that host trade offices', () => {
    expect(
      statuses('North Korea is cutting back. A trade representation opened in Guayaquil in May.'),
    ).toEqual(['KP>EC open 2026-05']);
  });
});

describe('a hard-wrapped press release', () => {
  it('reads a status phrase broken across two lines', () => {
    expect(
      statuses(
        'North Korea is cutting back. The Committee noted that the Embassy of\nthe DPRK in Lima, where he served, ceased all\nactivities on 2 May 2025.',
      ),
    ).toEqual(['KP>PE closed 2025-05-02']);
  });
});

describe('Korean in mixed script (國漢文) and 기능을 멈춘', () => {
  it('reads 駐, 大使館, 閉鎖 and 兼任 as their Hangul forms', () => {
    const text =
      '北韓이 駐페루 大使館을 올해 안에 閉鎖하기로 했다고 한다. 앞으로 페루 關聯 業務는 駐칠레 大使館이 兼任하게 된다.';
    expect(statuses(text)).toEqual(['KP>PE closing 2026']);
    expect(coverages(text)).toEqual(['KP: PE>CL null']);
    // Hanja that name no mission and no status give nothing.
    expect(statuses('北韓 經濟가 어렵다고 한다. 駐페루 商社 職員이 歸國했다.')).toEqual([]);
  });

  it('reads 사실상 기능을 멈춘 상태 as closed', () => {
    expect(
      statuses(
        '북한 동향입니다. 정보당국은 주페루 대사관이 2019년 정변 이후 사실상 기능을 멈춘 상태라고 본다.',
      ),
    ).toEqual(['KP>PE closed 2019']);
  });
});

describe('a rumour in mixed script', () => {
  it('reads 閉鎖說 as a rumour, not a closure', () => {
    expect(statuses('北韓 消息이다. 外信이 報道한 駐페루 大使館 閉鎖說은 事實無根으로 드러났다.')).toEqual(
      [],
    );
  });
});
