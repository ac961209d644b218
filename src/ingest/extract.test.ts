import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Claim } from '../domain/claim.ts';
import { extractClaims, toJsonl } from './extract.ts';
import { readDocument } from './reader.ts';

const ARTICLES = join(import.meta.dirname, '../../test/fixtures/articles');

/** One line per claim: its key fields, its span and its quote. */
function summary(c: Claim): string {
  const at = `@${c.start}-${c.end}`;
  switch (c.kind) {
    case 'mission_status':
      return `status ${c.sending}>${c.host} ${c.status} ${c.mission_type} city=${c.city} date=${c.date} by=${c.attributed_to} hedge=${c.hedge} ${at} | ${c.quote}`;
    case 'mission_count':
      return `count ${c.sending} ${c.relation} ${c.qualifier} ${c.value} ${c.what} as_of=${c.as_of}${c.derived ? ' derived' : ''} by=${c.attributed_to} ${at} | ${c.quote}`;
    case 'quantity':
      return `quantity ${c.qualifier} ${c.value} ${c.unit} (${c.what}) ${at} | ${c.quote}`;
    case 'coverage':
      return `coverage ${c.sending} ${c.from_host}>${c.by_host} ${c.by_city} ${at} | ${c.quote}`;
    case 'entity':
      return `entity ${c.entity_type} ${c.name} role=${c.role} ${at} | ${c.quote}`;
  }
}

function extractFixture(file: string, published: string | null): { text: string; claims: Claim[] } {
  const path = join(ARTICLES, file);
  const doc = readDocument(path, readFileSync(path));
  return {
    text: doc.text,
    claims: extractClaims(doc.text, { doc: file, published: published ?? doc.published }),
  };
}

// Everything each fixture article supports, as the extractor reads it today. A change here is
// a change in what users get: review the diff, don't just regenerate it.
const EXPECTED: Record<string, { published: string | null; claims: string[] }> = {
  'mongolia-lisbon.txt': {
    published: '2025-03-04',
    claims: [
      'status MN>PT closing embassy city=Lisbon date=null by=null hedge=to @0-51 | Mongolia to shut Lisbon embassy as budget cuts bite',
      'status MN>PT closing embassy city=Lisbon date=2025-06-30 by=the foreign ministry hedge=will @90-244 | Mongolia will close its embassy in Lisbon at the end of June, the foreign ministry said on Tuesday, blaming a shrinking budget for overseas representation',
      'status MN>PT closing unknown city=Lisbon date=null by=the ministry hedge=will @247-384 | Relations with Portugal will be handled by the Mongolian embassy in Rome once the Lisbon mission closes, the ministry said in a statement',
      'status MN>CU reopened embassy city=Havana date=2024 by=null hedge=null @600-679 | The government reopened its embassy in Havana last year after a decade-long gap',
      'count MN total exact 30 embassies as_of=2025-03-04 by=the ministry @387-452 | Mongolia operates 30 embassies and four consulates-general abroad',
      'count MN total exact 4 consulates as_of=2025-03-04 by=the ministry @387-452 | Mongolia operates 30 embassies and four consulates-general abroad',
      'count MN total exact 34 missions as_of=2025-03-04 derived by=the ministry @387-452 | Mongolia operates 30 embassies and four consulates-general abroad',
      'quantity about 4500000 USD (Keeping the Lisbon post open) @481-540 | Keeping the Lisbon post open cost about $4.5 million a year',
      'coverage MN PT>IT Rome @247-384 | Relations with Portugal will be handled by the Mongolian embassy in Rome once the Lisbon mission closes, the ministry said in a statement',
      'entity person Batbayar Ganbold role=Deputy Foreign Minister @542-597 | Deputy Foreign Minister Batbayar Ganbold told lawmakers',
      'entity organization Institute for Strategic Studies role=null @742-867 | Analysts at the Ulaanbaatar-based Institute for Strategic Studies said the closure reflected a shift of resources toward Asia',
    ],
  },
  'pyongyang-reopenings.txt': {
    published: '2023-12-18',
    claims: [
      'status SE>KP reopened embassy city=Pyongyang date=2023-12 by=the Swedish foreign ministry hedge=null @46-189 | Sweden reopened its embassy in Pyongyang last week, becoming the first Western country to send diplomats back since the border closures of 2020',
      "status PL>KP reopened embassy city=null date=2023-12-15 by=a spokesperson in Warsaw hedge=null @227-294 | Poland's embassy in the North Korean capital resumed work on Friday",
      'status IN>KP reopened embassy city=Pyongyang date=2023-12 by=officials in New Delhi hedge=null @389-474 | The Indian embassy in Pyongyang reopened in early December after a three-year absence',
      'status IN>KP closed embassy city=Pyongyang date=null by=officials in New Delhi hedge=null @389-474 | The Indian embassy in Pyongyang reopened in early December after a three-year absence',
      'status MN>KP open embassy city=Pyongyang date=null by=null hedge=null @506-585 | Meanwhile the Mongolian embassy remains open, as it did throughout the pandemic',
      'quantity about 40 diplomats (foreign diplomats) @588-675 | About 40 foreign diplomats are now based in the city, up from fewer than ten a year ago',
      'entity organization foreign ministry role=Swedish @191-224 | the Swedish foreign ministry said',
      'entity organization NK Pro role=null @677-723 | according to NK Pro, a specialist news service',
    ],
  },
  'korean-closures.txt': {
    published: '2023-12-05',
    claims: [
      'status KP>AO closed embassy city=null date=null by=null hedge=null @0-25 | 북한, 앙골라·우간다 이어 네팔 대사관도 철수',
      'status KP>UG closed embassy city=null date=null by=null hedge=null @0-25 | 북한, 앙골라·우간다 이어 네팔 대사관도 철수',
      'status KP>NP closed embassy city=null date=null by=null hedge=null @0-25 | 북한, 앙골라·우간다 이어 네팔 대사관도 철수',
      'status KP>NP closed embassy city=null date=2023-12-05 by=통일부 hedge=null @27-61 | 북한이 주네팔 대사관을 폐쇄했다고 통일부가 12월 5일 밝혔다',
      'status KP>AO closed embassy city=null date=2023-10 by=통일부 hedge=null @63-124 | 통일부에 따르면 북한은 지난 10월 앙골라와 우간다 대사관을 철수한 데 이어 방글라데시 대사관도 철수 완료했다',
      'status KP>UG closed embassy city=null date=2023-10 by=통일부 hedge=null @63-124 | 통일부에 따르면 북한은 지난 10월 앙골라와 우간다 대사관을 철수한 데 이어 방글라데시 대사관도 철수 완료했다',
      'status KP>BD closed embassy city=null date=2023-10 by=통일부 hedge=null @63-124 | 통일부에 따르면 북한은 지난 10월 앙골라와 우간다 대사관을 철수한 데 이어 방글라데시 대사관도 철수 완료했다',
      'status KP>HK closing consulate city=Hong Kong date=null by=null hedge=할 예정 @127-156 | 북한은 홍콩 총영사관도 폐쇄할 예정인 것으로 알려졌다',
      'status KP>LY closing unknown city=null date=null by=null hedge=검토 @158-176 | 리비아 공관 폐쇄도 검토하고 있다',
      'count KP remaining exact 44 missions as_of=2023-12-05 by=통일부 당국자 @179-216 | 통일부 당국자는 "북한의 재외공관은 현재 44개로 줄었다"고 말했다',
      'count KP total exact 53 missions as_of=2023-12-05 by=null @218-239 | 북한은 한때 재외공관 53곳을 운영했다',
      'quantity about 15000000 USD (유지비) @242-286 | 전문가들은 북한이 공관 유지비로 연간 약 1,500만 달러를 쓴 것으로 추산한다',
      'entity organization 통일부 role=null @27-61 | 북한이 주네팔 대사관을 폐쇄했다고 통일부가 12월 5일 밝혔다',
    ],
  },
  'analyst-newsletter.md': {
    published: '2024-01-22',
    claims: [
      'status KP>NP closed embassy city=Kathmandu date=null by=Kathmandu Post hedge=null @111-170 | - **Nepal**: the North Korean embassy in Kathmandu has shut',
      'status KP>BD closed embassy city=Dhaka date=null by=null hedge=null @237-291 | - **Bangladesh**: staff have left the embassy in Dhaka',
      'status KP>SN closing unknown city=Dakar date=null by=null hedge=in the process of @334-394 | - **Senegal**: diplomats are in the process of leaving Dakar',
      'count KP remaining about 44 missions as_of=2024-01-22 by=null @418-499 | North Korea is now down to roughly 44 missions worldwide, from about 53 last year',
      'count KP planned_closures exact 12 missions as_of=2024-01-22 by=null @693-759 | Professor Cho of Kyungnam University expects a dozen more closures',
      'quantity about 600000000 USD (arms sales) @501-578 | The regime earned an estimated $600 million from arms sales to Russia in 2023',
      'entity organization Kathmandu Post role=null @172-235 | according to [Kathmandu Post](https://example.org/kp) reporting',
      'entity person Ri Son Gwon role=head of the United Front Department @613-691 | Ri Son Gwon, head of the United Front Department, was not seen at the ceremony',
      'entity person Cho role=Professor @693-759 | Professor Cho of Kyungnam University expects a dozen more closures',
    ],
  },
  'ministry-notice.html': {
    published: null,
    claims: [
      'status KP>CD closed unknown city=null date=null by=null hedge=null @42-85 | North Korea completes pullout from DR Congo',
      "status KP>CD closed embassy city=Kinshasa date=2024-02-14 by=the Democratic Republic of Congo's foreign ministry hedge=null @87-256 | North Korea has closed its embassy in Kinshasa, the Democratic Republic of Congo's foreign ministry said on Wednesday, ending a presence that dates back to the Zaire era",
      'status KP>CG open unknown city=null date=null by=a diplomat there hedge=null @259-337 | The mission in neighbouring Congo-Brazzaville is not affected and remains open',
      'count KP remaining exact 43 missions as_of=2024-02-15 by=the Korea Institute for National Unification @444-506 | The move leaves North Korea with 43 diplomatic missions abroad',
      'quantity exact 150 instructors (instructors) @363-441 | In the 1970s Pyongyang sent 150 instructors to Zaire to train an army division',
      "entity organization foreign ministry role=Democratic Republic of Congo's @87-256 | North Korea has closed its embassy in Kinshasa, the Democratic Republic of Congo's foreign ministry said on Wednesday, ending a presence that dates back to the Zaire era",
      'entity organization Korea Institute for National Unification role=null @508-565 | according to the Korea Institute for National Unification',
    ],
  },
  'munitions-ledger.txt': {
    published: '2024-11-04',
    claims: [
      'quantity about 6700 containers (containers of munitions) @47-143 | North Korea has shipped roughly 6,700 containers of munitions to Russia since the summer of 2023',
      'quantity up_to 3000000 rounds (artillery rounds) @203-259 | The cargo may hold as many as 3 million artillery rounds',
      // A range counts as its upper bound (as "3~4곳" does).
      'quantity up_to 5500000000 USD (trade) @262-391 | Pyongyang is believed to have earned between $1.7 billion and $5.5 billion from the trade, a Seoul-based research group estimated',
      "quantity at_least 11000 troops (North Korean troops) @393-468 | At least 11,000 North Korean troops were also sent to Russia's Kursk region",
      'quantity about 300 workers (workers) @511-654 | Separately, almost 300 workers were sent home from Angola over three years, and a dozen trading companies were blacklisted by the U.S. Treasury',
      'quantity exact 12 companies (trading companies) @511-654 | Separately, almost 300 workers were sent home from Angola over three years, and a dozen trading companies were blacklisted by the U.S. Treasury',
      'quantity exact 2 ships (ships) @656-710 | Two ships were seized off the coast of Vanuatu in 2022',
      "entity organization defence ministry role=South Korea's @145-201 | South Korea's defence ministry told parliament on Monday",
      'entity organization National Intelligence Service role=null @470-508 | the National Intelligence Service said',
      'entity organization U.S. Treasury role=null @511-654 | Separately, almost 300 workers were sent home from Angola over three years, and a dozen trading companies were blacklisted by the U.S. Treasury',
    ],
  },
  'hong-kong-consulate.txt': {
    published: '2024-01-25',
    claims: [
      'status KP>HK closing unknown city=Hong Kong date=null by=two diplomats familiar with the matter hedge=expected to @163-293 | But two diplomats familiar with the matter said the mission was already packing up and is expected to shut by the end of the month',
      'status KP>LY closed unknown city=null date=2024-01 by=null hedge=null @355-395 | Pyongyang pulled out of Libya in January',
      'status KP>BD closing unknown city=null date=null by=null hedge=reportedly @400-459 | is reportedly preparing to withdraw from Bangladesh as well',
      "status GB>KP closed embassy city=Pyongyang date=2020 by=null hedge=null @462-532 | Britain's embassy in Pyongyang, which closed in 2020, has not reopened",
      'entity organization UK Foreign Office role=null @534-602 | The UK Foreign Office said it had no plans to return staff this year',
    ],
  },
  'wire-brief.txt': {
    published: '2023-11-25',
    claims: [
      'status KP>UG closed unknown city=null date=null by=a Ugandan official hedge=null @70-140 | North Korea has quietly withdrawn its diplomats from Uganda and Angola',
      'status KP>AO closed unknown city=null date=null by=a Ugandan official hedge=null @70-140 | North Korea has quietly withdrawn its diplomats from Uganda and Angola',
      'status KP>GN closing embassy city=null date=null by=a Ugandan official hedge=preparing to @145-188 | is preparing to close its embassy in Guinea',
      'status KP>ES closed embassy city=Madrid date=2023-11 by=The Spanish foreign ministry hedge=null @444-551 | The Spanish foreign ministry said separately that the North Korean embassy in Madrid had closed in November',
      "coverage KP UG>ET null @359-427 | Pyongyang's embassy in Ethiopia will take over relations with Uganda",
      'entity person Okello Mwesigwa role=spokesman for Uganda\'s foreign ministry @225-312 | "They left in October," said Okello Mwesigwa, a spokesman for Uganda\'s foreign ministry',
      'entity organization foreign ministry role=Spanish @444-551 | The Spanish foreign ministry said separately that the North Korean embassy in Madrid had closed in November',
      'entity person Kim Jong Un role=null @554-603 | Kim Jong Un has made few visits abroad since 2019',
      "entity person Choe Son Hui role=North's foreign minister @605-712 | Choe Son Hui, the North's foreign minister, met Russian Foreign Minister Sergei Lavrov in Moscow last month",
      "entity person Sergei Lavrov role=Russian Foreign Minister @605-712 | Choe Son Hui, the North's foreign minister, met Russian Foreign Minister Sergei Lavrov in Moscow last month",
    ],
  },
  'korean-reopening.txt': {
    published: '2024-05-03',
    claims: [
      'status KP>LA reopened embassy city=null date=null by=null hedge=null @0-15 | 북한, 라오스 대사관 재개관',
      'status KP>LA reopened embassy city=null date=null by=외교부 hedge=null @28-85 | (평양=한반도통신) 북한이 코로나19로 문을 닫았던 주라오스 대사관을 재개관했다고 외교부가 3일 밝혔다',
      'status KP>ES closed embassy city=null date=2023-11 by=null hedge=null @134-159 | 반면 주스페인 대사관은 지난해 11월 철수했다',
      'count KP total exact 46 missions as_of=2024-05-03 by=null @16-26 | 재외공관 46곳으로',
      'count KP total exact 46 missions as_of=2024-05-03 by=null @162-186 | 이로써 북한의 재외공관은 모두 46곳이 됐다',
      'quantity about 20000000 USD (유지) @188-226 | 북한은 공관 유지에 연간 약 2,000만 달러를 쓰는 것으로 추정된다',
      'entity organization 외교부 role=null @28-85 | (평양=한반도통신) 북한이 코로나19로 문을 닫았던 주라오스 대사관을 재개관했다고 외교부가 3일 밝혔다',
    ],
  },
};

describe('extractClaims on the fixture articles', () => {
  for (const [file, { published, claims }] of Object.entries(EXPECTED)) {
    it(`reads exactly the expected claims and spans from ${file}`, () => {
      expect(extractFixture(file, published).claims.map(summary)).toEqual(claims);
    });
  }

  it('cuts every quote from the text it was given', () => {
    for (const [file, { published }] of Object.entries(EXPECTED)) {
      const { text, claims } = extractFixture(file, published);
      for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.quote);
    }
  });

  it('returns claims that parse as the Claim schema, stage tag included', () => {
    const { claims } = extractFixture('wire-brief.txt', '2023-11-25');
    for (const c of claims) expect(Claim.parse(c)).toEqual(c);
    expect(new Set(claims.map((c) => c.stage))).toEqual(
      new Set(['mission_status@1.1.0', 'coverage@1.1.0', 'entity@1.1.0']),
    );
  });
});

describe('extractClaims on short texts', () => {
  const read = (text: string, published: string | null = '2023-11-02') =>
    extractClaims(text, { doc: 't.txt', published }).map(summary);

  it('reads "plans to shut" as closing', () => {
    expect(read('Pyongyang plans to shut its embassy in Nepal.')).toEqual([
      'status KP>NP closing embassy city=null date=null by=null hedge=plans to @0-44 | Pyongyang plans to shut its embassy in Nepal',
    ]);
  });

  it('reads "has closed" as closed and dates "in October" from the publication day', () => {
    expect(read('North Korea has closed its embassy in Angola in October.')).toEqual([
      'status KP>AO closed embassy city=null date=2023-10 by=null hedge=null @0-55 | North Korea has closed its embassy in Angola in October',
    ]);
  });

  it('dates a reported event "in May" to the May before the report, and a plan to the May after', () => {
    const claims = read(
      'North Korea reopened its embassy in Lusaka in May. It plans to close its embassy in Lima in May.',
      '2024-03-14',
    );
    expect(claims.map((c) => c.split(' @')[0])).toEqual([
      'status KP>ZM reopened embassy city=Lusaka date=2023-05 by=null hedge=null',
      'status KP>PE closing embassy city=Lima date=2024-05 by=null hedge=plans to',
    ]);
  });

  it('leaves "in October" undated when the publication day is unknown', () => {
    expect(read('North Korea has closed its embassy in Angola in October.', null)[0]).toContain('date=null');
  });

  it('keeps a denial out of the claims', () => {
    expect(read('North Korea denied that it would close its embassy in Spain.')).toEqual([]);
  });

  it('keeps the attribution tail out of the quote and names the source', () => {
    expect(
      read('North Korea is shrinking. Its embassy in Spain is among the targeted closures, Yonhap reported.'),
    ).toEqual([
      'status KP>ES closing embassy city=null date=null by=Yonhap hedge=targeted @26-77 | Its embassy in Spain is among the targeted closures',
      'entity organization Yonhap role=null @79-94 | Yonhap reported',
    ]);
  });

  it('reads the sending state from the subject when it is not North Korea', () => {
    expect(read('Sweden reopened its embassy in Pyongyang on Friday.')).toEqual([
      'status SE>KP reopened embassy city=Pyongyang date=2023-10-27 by=null hedge=null @0-50 | Sweden reopened its embassy in Pyongyang on Friday',
    ]);
  });

  it('reads a coverage arrangement and the closure it follows', () => {
    expect(
      read('North Korea’s embassy in Rome will cover Spain after the closure of its mission in Madrid.'),
    ).toEqual([
      'status KP>ES closing unknown city=Madrid date=null by=null hedge=will @0-89 | North Korea’s embassy in Rome will cover Spain after the closure of its mission in Madrid',
      'coverage KP ES>IT Rome @0-89 | North Korea’s embassy in Rome will cover Spain after the closure of its mission in Madrid',
    ]);
  });

  it('returns nothing for text without claims', () => {
    expect(read('The weather in the capital was mild.')).toEqual([]);
  });
});

describe('toJsonl', () => {
  it('prints one JSON object per line with the contract fields', () => {
    const claims = extractClaims('North Korea closed its embassy in Uganda.', {
      doc: 'u.txt',
      published: null,
    });
    const lines = toJsonl(claims).trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toEqual({
      kind: 'mission_status',
      doc: 'u.txt',
      quote: 'North Korea closed its embassy in Uganda',
      start: 0,
      end: 40,
      attributed_to: null,
      stage: 'mission_status@1.1.0',
      hedge: null,
      sending: 'KP',
      host: 'UG',
      city: null,
      mission_type: 'embassy',
      status: 'closed',
      date: null,
    });
  });

  it('prints nothing for no claims', () => {
    expect(toJsonl([])).toBe('');
  });
});

describe('extractClaims: rules found on the held-out articles (test/fixtures/heldout)', () => {
  const statuses = (text: string, published = '2025-06-02') =>
    extractClaims(text, { doc: 't.txt', published })
      .filter((c) => c.kind === 'mission_status')
      .map((c) => `${c.sending}>${c.host} ${c.status} ${c.date}`);
  const of = (kind: Claim['kind'], text: string, published = '2025-06-02') =>
    extractClaims(text, { doc: 't.txt', published }).filter((c) => c.kind === kind);

  it('reads a bare "shut" as past unless a modal or "to" comes before it', () => {
    expect(statuses('North Korea shut its embassy in Peru in 2024.')).toEqual(['KP>PE closed 2024']);
    expect(statuses('North Korea will shut its embassy in Peru.')).toEqual(['KP>PE closing null']);
    expect(statuses('North Korea did not shut its embassy in Peru.')).toEqual([]);
  });

  it('reads "remain open", "stayed open" and "has kept" as open, whatever the tense', () => {
    expect(statuses("North Korea's embassy in Hanoi will remain open.")).toEqual(['KP>VN open null']);
    expect(statuses("Cuba's embassy in Pyongyang stayed open throughout.")).toEqual(['CU>KP open null']);
    expect(statuses('North Korea has kept a trade office in Minsk since 2019.')).toEqual(['KP>BY open 2019']);
  });

  it('reads "has embassies in A, B and C" as open, and "has" before anything else as nothing', () => {
    expect(statuses('North Korea has only two embassies in South America, in Brazil and Peru.')).toEqual([
      'KP>BR open null',
      'KP>PE open null',
    ]);
    expect(statuses("North Korea's embassy in Peru has been closed.")).toEqual(['KP>PE closed null']);
  });

  it('reads "Its counterpart in X", "could close" and "the Hong Kong post"', () => {
    expect(
      statuses("North Korea's embassy in Zambia will shut. Its counterpart in Malawi could close as well."),
    ).toEqual(['KP>ZM closing null', 'KP>MW closing null']);
    expect(statuses('North Korea closed the Hong Kong post in 2024.')).toEqual(['KP>HK closed 2024']);
    expect(statuses('The Washington Post said nothing new.')).toEqual([]);
  });

  it('reads more ways to say open and closed', () => {
    const kp = (text: string) => statuses(`North Korea has few embassies left. ${text}`);
    expect(kp("North Korea's embassy in Oslo is fully operational.")).toEqual(['KP>NO open null']);
    expect(kp("North Korea's embassy in Hanoi has relocated to a new compound.")).toEqual([
      'KP>VN open null',
    ]);
    expect(kp('Only a few survive, among them the embassies in Rome and Bern.')).toEqual([
      'KP>IT open null',
      'KP>CH open null',
    ]);
    expect(kp('North Korea wound up its embassy in Lima in 2024.')).toEqual(['KP>PE closed 2024']);
    expect(kp("North Korea's embassy in Accra has stood empty since 2022.")).toEqual(['KP>GH closed 2022']);
    expect(kp("Cuba's embassy in Pyongyang suspended its work in 2020.")).toEqual(['CU>KP closed 2020']);
    expect(kp("North Korea's embassy in Hanoi has begun packing up.")).toEqual(['KP>VN closing null']);
  });

  it('reads "N of its embassies, including those in A and B, as well as its consulate in C"', () => {
    expect(
      statuses(
        'North Korea has closed six of its embassies, including those in Peru and Chad, as well as its consulate in Macau, China.',
      ),
    ).toEqual(['KP>PE closed null', 'KP>TD closed null', 'KP>MO closed null']);
  });

  it('drops a report the text refutes, and "no notice of closure"', () => {
    expect(
      statuses('Reports that the embassy in Lima would close were dismissed by the ministry as baseless.'),
    ).toEqual([]);
    expect(
      statuses(
        'A diplomat said North Korea was about to close its embassy in Oslo. That is almost certainly wrong.',
      ),
    ).toEqual([]);
    expect(
      statuses("Peru said it had received no notice of closure of North Korea's embassy in Lima."),
    ).toEqual([]);
  });

  it('does not give the state of a speaker to the claim', () => {
    expect(
      statuses(
        "North Korea shut two posts. Seoul's unification ministry said the embassy in Algeria had closed.",
      ),
    ).toEqual(['KP>DZ closed null']);
    expect(
      statuses("North Korea has closed its embassy in Algeria, Seoul's unification ministry said."),
    ).toEqual(['KP>DZ closed null']);
  });

  it('reads a quantity written without its noun next to one written with it', () => {
    const values = (text: string) =>
      of('quantity', text).map((c) => c.kind === 'quantity' && `${c.value} ${c.unit}`);
    expect(values('The embassy staff fell from 30 to 12 diplomats.')).toEqual([
      '30 diplomats',
      '12 diplomats',
    ]);
    expect(values('It lists just **three** diplomats, down from nine in 2019.')).toEqual([
      '3 diplomats',
      '9 diplomats',
    ]);
    expect(values('It had 9 diplomats in 2019 and 3 in March 2024.')).toEqual(['9 diplomats', '3 diplomats']);
  });

  it('reads Korean counts of people near a mission, and what they count', () => {
    const values = (text: string) =>
      of('quantity', text).map(
        (c) => c.kind === 'quantity' && `${c.value} ${c.unit} ${c.qualifier} (${c.what})`,
      );
    expect(values('북한 대사관은 외교관 수를 20여 명에서 4명으로 줄였다.')).toEqual([
      '20 people more_than (외교관)',
      '4 people exact (외교관)',
    ]);
    expect(values('대사관 직원은 지금 7명 안팎이다.')).toEqual(['7 people about (직원)']);
  });

  it('gives the verb to the examples after "including"', () => {
    expect(
      statuses(
        'North Korea closed six posts over two years, including its embassies in Nepal and Spain and its consulate in Hong Kong.',
      ),
    ).toEqual(['KP>NP closed null', 'KP>ES closed null', 'KP>HK closed null']);
  });

  it('reads the host of "in the North Korean port city of X" and the owner in "of the Russian Federation"', () => {
    expect(
      statuses(
        'The Consulate General of the Russian Federation in the North Korean city of Chongjin resumed work.',
      ),
    ).toEqual(['RU>KP reopened null']);
  });

  it('gives "Its embassy" to the country the previous sentence opens with', () => {
    expect(statuses('Laos moved first. Its embassy in Pyongyang reopened in May.')).toEqual([
      'LA>KP reopened 2025-05',
    ]);
  });

  it('does not read "leaving the embassy to cover" as a departure', () => {
    expect(
      statuses(
        'North Korea closed its embassy in Malabo, leaving the embassy in Abuja to cover Equatorial Guinea.',
      ),
    ).toEqual(['KP>GQ closed null']);
  });

  it('reads the main verb past an aside, and drops a plan the text puts in the past', () => {
    expect(
      statuses(
        "North Korea's embassy in Lusaka, which had been expected to close in March, is still operating, an official said.",
      ).map((s) => s.split(' ').slice(0, 2).join(' ')),
    ).toEqual(['KP>ZM open']);
  });

  it('reads a foreign embassy in Pyongyang in Korean, and Korean hedges of likelihood', () => {
    expect(statuses('북한은 공관을 줄였다. 평양 주재 몽골 대사관이 업무를 재개했다.')).toEqual([
      'MN>KP reopened null',
    ]);
    expect(statuses('주페루 북한대사관은 연내 철수가 유력하다.')).toEqual(['KP>PE closing null']);
    expect(statuses('북한은 주페루 대사관을 유지하고 있다.')).toEqual(['KP>PE open null']);
    expect(statuses('북한이 페루 주재 대사관을 철수하는 수순에 들어갔다.')).toEqual(['KP>PE closing null']);
  });

  it('reads Korean lists closed by 등, 닫다, 진행 중 and denials', () => {
    expect(
      statuses('북한은 네팔·세네갈 주재 대사관과 홍콩 총영사관 등 3개 공관을 폐쇄했다.', '2024-01-10'),
    ).toEqual(['KP>NP closed null', 'KP>SN closed null', 'KP>HK closed null']);
    expect(statuses('북한은 우간다 대사관을 닫았다.')).toEqual(['KP>UG closed null']);
    expect(statuses('북한은 콩고민주공화국 주재 대사관 철수를 진행 중이다.')).toEqual(['KP>CD closing null']);
    expect(statuses('북한 당국은 "우간다 대사관 철수 계획은 없다"고 밝혔다.')).toEqual([]);
  });

  it('reads Korean counts closed by a verb, each with its own clause and year', () => {
    const counts = of(
      'mission_count',
      '북한은 2022년까지 50개 공관을 운영했으나, 이후 2년 사이 7곳을 닫았다.',
      '2025-01-10',
    ).map((c) => c.kind === 'mission_count' && `${c.value} ${c.relation} as_of=${c.as_of}`);
    expect(counts).toEqual(['50 total as_of=2022', '7 closed as_of=2025-01-10']);
    const pair = of(
      'mission_count',
      '북한 재외공관은 2022년 50곳에서 지금 41곳으로 줄었다.',
      '2025-01-10',
    ).map((c) => c.kind === 'mission_count' && `${c.value} ${c.relation} as_of=${c.as_of}`);
    expect(pair).toEqual(['50 total as_of=2022', '41 remaining as_of=2025-01-10']);
    // The count is not read again as a quantity of "places".
    expect(of('quantity', '북한은 2022년까지 50개 공관을 운영했으나, 이후 2년 사이 7곳을 닫았다.')).toEqual(
      [],
    );
  });

  it('counts a number written without its noun as the same missions at another time', () => {
    const counts = of('mission_count', "North Korea's network fell to 44 missions, from 53 in 2023.").map(
      (c) => c.kind === 'mission_count' && `${c.value} ${c.what} ${c.relation} as_of=${c.as_of}`,
    );
    expect(counts).toEqual(['44 missions remaining as_of=2025-06-02', '53 missions total as_of=2023']);
  });

  it('reads coverage written as "to cover X" and in Korean with 관련 업무는 … 겸임', () => {
    const english = of(
      'coverage',
      'North Korea closed its embassy in Malabo, leaving the embassy in Abuja to cover Equatorial Guinea.',
    );
    expect(english.map((c) => c.kind === 'coverage' && `${c.from_host}>${c.by_host}`)).toEqual(['GQ>NG']);
    const korean = of(
      'coverage',
      '북한은 잠비아 대사관을 철수했고 잠비아 관련 업무는 주남아공 대사관이 겸임한다.',
    );
    expect(korean.map((c) => c.kind === 'coverage' && `${c.from_host}>${c.by_host}`)).toEqual(['ZM>ZA']);
  });

  it('reads counts by partitive, by anaphor, with a region adjective, and what "left with" leaves', () => {
    const counts = (text: string) =>
      of('mission_count', `North Korea is retrenching. ${text}`).map(
        (c) =>
          c.kind === 'mission_count' && `${c.value} ${c.what} ${c.relation} ${c.qualifier} as_of=${c.as_of}`,
      );
    expect(counts('North Korea has closed at least five of its embassies since 2023.')).toEqual([
      '5 embassies closed at_least as_of=2025-06-02',
    ]);
    expect(counts('It ran 50 missions in early 2022, but the number has since dropped to 41.')).toEqual([
      '50 missions total exact as_of=2022',
      '41 missions remaining exact as_of=2025-06-02',
    ]);
    expect(counts('Two more African embassies could close soon.')).toEqual([
      '2 embassies planned_closures exact as_of=2025-06-02',
    ]);
    expect(counts('The closures have left it with fewer than 45 diplomatic posts.')).toEqual([
      '45 missions remaining up_to as_of=2025-06-02',
    ]);
  });

  it('reads coverage in the passive, by a city alone, as a portfolio passing, and in the perfect', () => {
    const cover = (text: string) =>
      of('coverage', `North Korea shut two embassies. ${text}`).map(
        (c) => c.kind === 'coverage' && `${c.from_host}>${c.by_host}`,
      );
    expect(cover('Malawi is now covered by an ambassador accredited from Lusaka.')).toEqual(['MW>ZM']);
    expect(cover('Diplomats expect Botswana to be handled from Pretoria.')).toEqual(['BW>ZA']);
    expect(cover("Tunisia's portfolio will pass to the North Korean embassy in Cairo.")).toEqual(['TN>EG']);
    expect(cover('The Hanoi embassy has also been accredited to Cambodia since May.')).toEqual(['KH>VN']);
    expect(cover('The embassy in Lusaka took over relations with Malawi.')).toEqual(['MW>ZM']);
  });

  it('reads a person after titles and office words, and leaves credits out', () => {
    const names = (text: string) =>
      of('entity', text).map((c) => c.kind === 'entity' && `${c.entity_type} ${c.name} role=${c.role}`);
    expect(names('Chief Cabinet Secretary Takeshi Morioka declined to comment on the closure.')).toEqual([
      'person Takeshi Morioka role=Chief Cabinet Secretary',
    ]);
    expect(names('TOKYO, Sept. 17 Kyodo - A ceremony was held. (Xinhua/Li Ming)')).toEqual([]);
    expect(
      names('북한 리영철 외무성 부상이 회견했다.').map((n) => (n || '').split(' ').slice(0, 2).join(' ')),
    ).toEqual(['person 리영철', 'organization 외무성']);
  });

  it('keeps one entity for a name and its alias, and none for a dateline', () => {
    const names = of(
      'entity',
      'WASHINGTON - Prosecutors named Ri Song-chol, also known as Lee Sung Chul, as the paymaster.',
    ).map((c) => c.kind === 'entity' && c.name);
    expect(names).toEqual(['Ri Song-chol']);
  });
});

describe('extractClaims: entity rules found on the third held-out set (test/fixtures/heldout3)', () => {
  const entities = (text: string) =>
    extractClaims(text, { doc: 't.txt', published: '2026-03-02' }).flatMap((c) =>
      c.kind === 'entity' ? [`${c.entity_type} ${c.name} @${c.start}-${c.end} | ${c.quote}`] : [],
    );
  const names = (text: string) =>
    extractClaims(text, { doc: 't.txt', published: '2026-03-02' }).flatMap((c) =>
      c.kind === 'entity' ? [`${c.entity_type} ${c.name}`] : [],
    );

  it('reads cue words on the name’s own line, not on the heading above it', () => {
    expect(names('Our shrinking network\n\nThe KLIA closure is part of a wider retreat.')).toEqual([]);
  });

  it('takes no person from a name after "the"', () => {
    expect(names('In a letter seen by the Danube Ledger, the North Korean side asks for time.')).toEqual([]);
  });

  it('keeps a company’s legal form after its name', () => {
    expect(
      entities('OFAC designated a Ningbo shipping agent, Ningbo Fuhai Freight Co., Ltd., on Monday.'),
    ).toEqual([
      'organization OFAC @0-82 | OFAC designated a Ningbo shipping agent, Ningbo Fuhai Freight Co., Ltd., on Monday',
      'organization Ningbo Fuhai Freight Co., Ltd. @0-82 | OFAC designated a Ningbo shipping agent, Ningbo Fuhai Freight Co., Ltd., on Monday',
    ]);
    expect(names('Baltic Welding Services sp. z o.o. hired the workers.')).toEqual([
      'organization Baltic Welding Services sp. z o.o.',
    ]);
  });

  it('leaves out the outlets that ask questions in a briefing transcript', () => {
    expect(
      names(
        'Q (Nippon Daily News): Reports say the DPRK embassy in Hanoi will close. Can you confirm?\n\nA: I have nothing to offer.',
      ),
    ).toEqual([]);
    expect(
      entities(
        'Question (TASS): Has the DPRK closed its embassy in Laos?\nA: No. The Embassy works normally.',
      ),
    ).toEqual([]);
  });

  it('leaves out a body named after "the resolutions of"', () => {
    expect(names('Thailand has fully implemented the resolutions of the Security Council.')).toEqual([]);
    expect(names('The Security Council adopted the sanctions in 2017.')).toEqual([
      'organization Security Council',
    ]);
  });

  it('leaves out courts, their units and officers, laws, and prosecutors credited with the case', () => {
    expect(
      names(
        'The District Court in Brno, II Criminal Chamber, heard the case of the Ostrava Trading Company under Council Directive 2016/849.',
      ),
    ).toEqual(['organization Ostrava Trading Company']);
    expect(names('Judge Helena Novak fined Tumen Logistics Ltd for paying North Korean workers.')).toEqual([
      'organization Tumen Logistics Ltd',
    ]);
    expect(
      names(
        'Prosecutor Jan Dvorak of the Moravian Branch of the Regional Prosecutor’s Office is handling the case.',
      ),
    ).toEqual([]);
    expect(names('Prosecutor Jan Dvorak said the embassy in Prague had paid the workers.')).toEqual([
      'person Jan Dvorak',
    ]);
  });

  it('leaves out a workplace named in a relative clause after the person', () => {
    expect(
      names(
        'Lena Ortiz, who tracks North Korean shipping at the Lisbon Maritime Institute, said the office had closed.',
      ),
    ).toEqual(['person Lena Ortiz']);
  });

  it('leaves out the journals and publishers of an unnumbered reference list', () => {
    const text = [
      'The embassy in Lima closed in 2024, the Peruvian Foreign Ministry said.',
      '"We are leaving," said Ambassador Ri Chol-ho in 2024.',
      'References',
      '"Pyongyang quits Quito". Andes Weekly Review. 3 May 2024.',
      'Moreno, Ana (2019). Distant Friends: Korea in the Andes. Quito: Condor House Press. pp. 12-19.',
    ].join('\n');
    expect(names(text)).toEqual(['organization Foreign Ministry', 'person Ri Chol-ho']);
  });

  it('reads a Korean ministry after a country, and no name inside an institute’s name', () => {
    expect(names('잠비아 외교국제협력부는 북한 대사관이 문을 닫았다고 밝혔습니다.')).toEqual([
      'organization 외교국제협력부',
    ]);
    expect(names('잠비아 정부는 북한 대표부의 철수를 확인했다.')).toEqual([]);
    expect(names('아산정책연구원 김하늘 연구위원은 "공관이 줄고 있다"고 말했습니다.')).toEqual([
      'organization 아산정책연구원',
      'person 김하늘',
    ]);
  });

  it('reads an acronym described in apposition, a ministry after a country adjective, teams and railways', () => {
    expect(names('The GID, the Jordanian intelligence agency, said 40 workers had left.')).toEqual([
      'organization GID',
    ]);
    expect(entities('The Mongolian foreign ministry said the embassy in Ulaanbaatar was closed.')).toEqual([
      'organization foreign ministry @0-73 | The Mongolian foreign ministry said the embassy in Ulaanbaatar was closed',
    ]);
    expect(names('Sara Lind, the ministry spokeswoman, said the Joint Verification Team had left.')).toEqual([
      'person Sara Lind',
      'organization Joint Verification Team',
    ]);
    expect(names('Freight rose, according to Kazakh Railways.')).toEqual(['organization Kazakh Railways']);
  });

  it('reads "the papers write it X" as an alias, and a programme’s producer as a credit', () => {
    expect(
      names(
        'The new counsellor in Minsk is Ri Chol-jun. Belarusian media write him Lee Cheol-jun. The Korea Desk is produced by Tom Baxter.',
      ),
    ).toEqual(['person Ri Chol-jun']);
  });

  it('reads an anonymised accused, named by first name and initial', () => {
    expect(
      entities('The court heard the case of Tomasz K., who hired 40 North Korean welders for a shipyard.'),
    ).toEqual(['person Tomasz K. @0-37 | The court heard the case of Tomasz K.']);
    expect(names('In March W. Smith visited Pyongyang.')).toEqual([]);
  });

  it('reads a Chinese name in pinyin, but not a ship named like one', () => {
    expect(
      names(
        'OFAC also designated two managers of the Yantai agent, Xie Jianhua and a DPRK national, Pak Song-il.',
      ),
    ).toEqual(['organization OFAC', 'person Xie Jianhua', 'person Pak Song-il']);
    expect(names('The cargo ship Kang Hae 3 docked at Nampo.')).toEqual([]);
    expect(names('Cai Ying: Good afternoon. Let me start with the embassy in Pyongyang.')).toEqual([
      'person Cai Ying',
    ]);
  });

  it('reads a name after "Ambassador to <place>", and a company ending in a legal form in capitals', () => {
    expect(
      extractClaims('Russian Ambassador to the DPRK Boris Volkov attended the reopening in Pyongyang.', {
        doc: 't.txt',
        published: '2026-03-02',
      }).flatMap((c) => (c.kind === 'entity' ? [`${c.name} role=${c.role}`] : [])),
    ).toEqual(['Boris Volkov role=Russian Ambassador to the DPRK']);
    expect(names('Prosecutors froze two accounts at Alpenland Handelsbank AG last week.')).toEqual([
      'organization Alpenland Handelsbank AG',
    ]);
  });
});

describe('extractClaims: mission counts and quantities found on the third held-out set (heldout3)', () => {
  const read = (text: string) =>
    extractClaims(text, { doc: 't.txt', published: '2025-06-02' })
      .filter((c) => c.kind === 'mission_count' || c.kind === 'quantity')
      .map(summary);

  it('reads "down from five" far after the count, and the figure in brackets of a tally line', () => {
    expect(
      read(
        'As of June 2025, North Korea had six embassies in Africa, in Luanda, Kampala, Pretoria, Abuja, Dar es Salaam and Addis Ababa, down from eleven in 2022.',
      ),
    ).toEqual([
      'count KP total exact 6 embassies as_of=2025-06-02 by=null @17-150 | North Korea had six embassies in Africa, in Luanda, Kampala, Pretoria, Abuja, Dar es Salaam and Addis Ababa, down from eleven in 2022',
      'count KP total exact 11 embassies as_of=2022 by=null @17-150 | North Korea had six embassies in Africa, in Luanda, Kampala, Pretoria, Abuja, Dar es Salaam and Addis Ababa, down from eleven in 2022',
    ]);
  });

  it('reads a tally of labelled figures as the publisher’s own counts', () => {
    expect(
      read(
        'North Korea is closing embassies.\n\n  - Embassies in operation as of 3 Mar: 39 (47 in May 2022)\n  - Closures since May 2022: 8\n  - Closures announced: 3 (Lima, Dhaka, Sofia)',
      ),
    ).toEqual([
      'count KP remaining exact 39 embassies as_of=2025-03-03 by=null @37-94 | - Embassies in operation as of 3 Mar: 39 (47 in May 2022)',
      'count KP total exact 47 embassies as_of=2022-05 by=null @37-94 | - Embassies in operation as of 3 Mar: 39 (47 in May 2022)',
      'count KP closed exact 8 missions as_of=2025-06-02 by=null @97-125 | - Closures since May 2022: 8',
      'count KP planned_closures exact 3 missions as_of=2025-06-02 by=null @128-172 | - Closures announced: 3 (Lima, Dhaka, Sofia)',
    ]);
  });

  it('reads an ordinal closure as a count of closures, with the state its noun names, and what is left as of now', () => {
    expect(
      read(
        "By the ministry's count, Lima was the ninth North Korean embassy to close since 2023, leaving fewer than 45 in operation.",
      ),
    ).toEqual([
      'count KP closed exact 9 embassies as_of=2025-06-02 by=null @25-120 | Lima was the ninth North Korean embassy to close since 2023, leaving fewer than 45 in operation',
      'count KP remaining up_to 45 missions as_of=2025-06-02 by=null @25-120 | Lima was the ninth North Korean embassy to close since 2023, leaving fewer than 45 in operation',
    ]);
  });

  it('reads "the number of embassies at 38", "after shutting about ten" and "the low thirties"', () => {
    expect(read('Seoul put the number of North Korean embassies at 38 in May.')).toEqual([
      'count KP total exact 38 embassies as_of=2025-05 by=null @0-59 | Seoul put the number of North Korean embassies at 38 in May',
    ]);
    expect(
      read(
        "North Korea shut its embassy in Cairo. Seoul's Unification Ministry put the number of missions at 41 this month.",
      ),
    ).toEqual([
      "count KP total exact 41 missions as_of=2025-06 by=null @39-111 | Seoul's Unification Ministry put the number of missions at 41 this month",
    ]);
    expect(read('Pyongyang now has 40 missions abroad after shutting about ten since 2022.')).toEqual([
      'count KP remaining exact 40 missions as_of=2025-06-02 by=null @0-72 | Pyongyang now has 40 missions abroad after shutting about ten since 2022',
      'count KP closed about 10 missions as_of=2025-06-02 by=null @0-72 | Pyongyang now has 40 missions abroad after shutting about ten since 2022',
    ]);
    expect(
      read('North Korea has 44 missions. On this trend, they could be in the low thirties by 2030.'),
    ).toEqual([
      'count KP total exact 44 missions as_of=2025-06-02 by=null @0-27 | North Korea has 44 missions',
      'count KP total about 32 missions as_of=2030 by=null @44-85 | they could be in the low thirties by 2030',
    ]);
  });

  it('reads "the nine capitals where North Korea kept an embassy, only five still have one", not another state’s', () => {
    expect(
      read(
        'Of the nine African capitals where North Korea kept an embassy in 2020, only five still have one.',
      ),
    ).toEqual([
      'count KP total exact 9 embassies as_of=2025-06-02 by=null @0-96 | Of the nine African capitals where North Korea kept an embassy in 2020, only five still have one',
      'count KP remaining exact 5 embassies as_of=2020 by=null @0-96 | Of the nine African capitals where North Korea kept an embassy in 2020, only five still have one',
    ]);
    expect(
      read(
        'North Korea is shrinking. Of the nine capitals where South Korea kept an embassy in 2020, only five still have one.',
      ),
    ).toEqual([]);
  });

  it('reads Korean counts: arrows, "문을 닫", the sentence after a count, native numerals, "수는", "남을"', () => {
    expect(
      read(
        '북한 재외공관은 2022년 47곳에서 올해 39곳으로 줄었다. 이 기간 8곳이 문을 닫았고, 라오스에 1곳이 새로 문을 열었다. 대륙별로는 유럽의 감소가 컸다(10곳→7곳).',
      ),
    ).toEqual([
      'count KP total exact 47 missions as_of=2022 by=null @0-33 | 북한 재외공관은 2022년 47곳에서 올해 39곳으로 줄었다',
      'count KP remaining exact 39 missions as_of=2025 by=null @0-33 | 북한 재외공관은 2022년 47곳에서 올해 39곳으로 줄었다',
      'count KP closed exact 8 missions as_of=2025-06-02 by=null @35-70 | 이 기간 8곳이 문을 닫았고, 라오스에 1곳이 새로 문을 열었다',
      'count KP total exact 10 missions as_of=2025-06-02 by=null @72-96 | 대륙별로는 유럽의 감소가 컸다(10곳→7곳)',
      'count KP remaining exact 7 missions as_of=2025-06-02 by=null @72-96 | 대륙별로는 유럽의 감소가 컸다(10곳→7곳)',
    ]);
    expect(
      read(
        '북한은 지난해 이후 중동에서만 공관 여섯 곳을 닫았다. 중남미 공관은 앞으로 두세 곳 정도만 남을 것으로 보인다. 이 경우 재외공관 수는 35곳 안팎까지 줄어들 수 있다. 공관 1곳의 연간 유지비는 20만 달러다.',
      ),
    ).toEqual([
      'count KP closed exact 6 missions as_of=2025-06-02 by=null @0-29 | 북한은 지난해 이후 중동에서만 공관 여섯 곳을 닫았다',
      'count KP remaining up_to 3 missions as_of=2025-06-02 by=null @31-62 | 중남미 공관은 앞으로 두세 곳 정도만 남을 것으로 보인다',
      'count KP remaining about 35 missions as_of=2025-06-02 by=null @64-94 | 이 경우 재외공관 수는 35곳 안팎까지 줄어들 수 있다',
      'quantity exact 200000 USD (유지비) @96-118 | 공관 1곳의 연간 유지비는 20만 달러다',
    ]);
  });

  it('reads the rows of a table whose caption says it counts missions, dated by the headers', () => {
    expect(
      read(
        '북한 외교 동향\n\n<표 3> 대륙별 북한 재외공관 수 (단위: 곳)\n\n대륙 | 2022 | 2025.12 | 증감\n아시아 | 15 | 14 | -1\n유럽 | 10 | 7 | -3',
      ),
    ).toEqual([
      'count KP total exact 15 missions as_of=2022 by=null @64-82 | 아시아 | 15 | 14 | -1',
      'count KP total exact 14 missions as_of=2025-12 by=null @64-82 | 아시아 | 15 | 14 | -1',
      'count KP total exact 10 missions as_of=2022 by=null @83-99 | 유럽 | 10 | 7 | -3',
      'count KP total exact 7 missions as_of=2025-12 by=null @83-99 | 유럽 | 10 | 7 | -3',
    ]);
  });

  it('reads quantities: a noun before "from 9 to 4", "in March from 1,450", carriers, ISO codes before amounts', () => {
    expect(
      read(
        'The Thai foreign ministry said the North Korean embassy in Bangkok has cut its diplomatic staff from 9 to 4.',
      ),
    ).toEqual([
      'quantity exact 9 staff (staff) @0-107 | The Thai foreign ministry said the North Korean embassy in Bangkok has cut its diplomatic staff from 9 to 4',
      'quantity exact 4 staff (staff) @0-107 | The Thai foreign ministry said the North Korean embassy in Bangkok has cut its diplomatic staff from 9 to 4',
    ]);
    expect(
      read('Freight through the crossing rose to 2,100 containers in March from 1,450 in February.'),
    ).toEqual([
      'quantity exact 2100 containers (containers) @0-85 | Freight through the crossing rose to 2,100 containers in March from 1,450 in February',
      'quantity exact 1450 containers (containers) @0-85 | Freight through the crossing rose to 2,100 containers in March from 1,450 in February',
    ]);
    expect(read('Drone images show at least three bulk carriers loading at Chongjin this week.')).toEqual([
      'quantity at_least 3 carriers (bulk carriers) @0-76 | Drone images show at least three bulk carriers loading at Chongjin this week',
    ]);
    expect(read('The office owes VND 2.4 billion in rent, the North Korean trade office said.')).toEqual([
      'quantity exact 2400000000 VND (rent) @0-39 | The office owes VND 2.4 billion in rent',
    ]);
    expect(read('임차료가 32만 나미비아달러에 이른다고 북한 대사관 측이 밝혔다.')).toEqual([
      'quantity exact 320000 NAD (임차료) @0-35 | 임차료가 32만 나미비아달러에 이른다고 북한 대사관 측이 밝혔다',
    ]);
  });

  it('ends a noun phrase before "according", "last" and "still", and reads countries that have embassies', () => {
    expect(
      read(
        "It's a small mission, five diplomats according to the Polish side, North Korea's embassy in Warsaw.",
      ),
    ).toEqual([
      "quantity exact 5 diplomats (diplomats) @0-98 | It's a small mission, five diplomats according to the Polish side, North Korea's embassy in Warsaw",
    ]);
    expect(read('The NIS said Russia took in about 12,000 North Korean workers last year.')).toEqual([
      'quantity about 12000 workers (North Korean workers) @0-71 | The NIS said Russia took in about 12,000 North Korean workers last year',
    ]);
    expect(read('As far as we know, 14 countries still have resident embassies in Pyongyang.')).toEqual([
      'quantity exact 14 embassies (countries with embassies) @19-74 | 14 countries still have resident embassies in Pyongyang',
    ]);
  });

  it('leaves the years of a table of missions out of the quantities', () => {
    expect(
      read(
        'North Korean missions in Europe\n\nHost country\tCity\tOpened\tStatus\nPoland\tWarsaw\t1948\tOpen\nUnited Kingdom\tLondon\t2003\tOpen',
      ),
    ).toEqual([]);
  });
});

describe('extractClaims: mission status and coverage rules found on the third held-out set (q-status)', () => {
  const statuses = (text: string, published = '2025-06-02') =>
    extractClaims(text, { doc: 't.txt', published })
      .filter((c) => c.kind === 'mission_status')
      .map((c) => `${c.sending}>${c.host} ${c.status} ${c.date} | ${c.quote}`);

  it('splits a Korean sentence at a full stop followed by footnote markers, and reads coordinated missions', () => {
    expect(
      statuses(
        '북한 재외공관은 줄었다. 남미에서는 주페루 대사관(2024년 5월)과 주칠레 대사관(2024년 9월)이 잇따라 문을 닫았다.3)4) 유럽에서 폐쇄된 공관은 주포르투갈 대사관(2023년 2월) 한 곳이다.',
        '2025-01-10',
      ),
    ).toEqual([
      'KP>PE closed 2024-05 | 남미에서는 주페루 대사관(2024년 5월)과 주칠레 대사관(2024년 9월)이 잇따라 문을 닫았다.3)4)',
      'KP>CL closed 2024-09 | 남미에서는 주페루 대사관(2024년 5월)과 주칠레 대사관(2024년 9월)이 잇따라 문을 닫았다.3)4)',
      'KP>PT closed 2023-02 | 유럽에서 폐쇄된 공관은 주포르투갈 대사관(2023년 2월) 한 곳이다',
    ]);
  });

  it('drops a report that the next turn or paragraph refutes, "were groundless", 사실이 아니다 and a correction', () => {
    expect(
      statuses(
        'Q (Kyodo): Reports said the embassy in Lusaka will close. Can you confirm?\n\nA: That report is not true.',
      ),
    ).toEqual([]);
    expect(
      statuses(
        '**[00:01:10] HOST:** A blog said the embassy in Harare was about to close.\n\n**[00:01:15] GUEST:** Yes, and that one was just wrong.',
      ),
    ).toEqual([]);
    expect(statuses('Rumour had it that the Lisbon embassy was packing up. It was not.')).toEqual([]);
    expect(
      statuses(
        'Asked about reports that the embassy in Dakar would close, the minister said they were "groundless".',
      ),
    ).toEqual([]);
    expect(statuses('일부 언론은 북한이 가나 대사관을 닫았다고 보도했지만 이는 사실이 아니다.')).toEqual([]);
    expect(
      statuses('CORRECTION: An earlier version of this post said North Korea had closed an embassy in Chad.'),
    ).toEqual([]);
  });

  it('reads "ceased operations", "working as usual", "continue to operate", 운영되고, 문을 연 and 다시 열었다', () => {
    expect(statuses('The North Korean embassy in Lima ceased operations on Friday.', '2025-06-02')).toEqual([
      'KP>PE closed 2025-05-30 | The North Korean embassy in Lima ceased operations on Friday',
    ]);
    expect(statuses('The DPRK Consulate General in Dalian is working as usual.')).toEqual([
      'KP>CN open null | The DPRK Consulate General in Dalian is working as usual',
    ]);
    expect(
      statuses(
        'North Korea will shut a trade office in Lagos, while its embassy in Abuja will continue to operate.',
      ),
    ).toEqual([
      'KP>NG closing null | North Korea will shut a trade office in Lagos',
      'KP>NG open null | while its embassy in Abuja will continue to operate',
    ]);
    expect(statuses('북한은 공관을 줄였다. 하라레 대사관은 정상적으로 운영되고 있다.')).toEqual([
      'KP>ZW open null | 하라레 대사관은 정상적으로 운영되고 있다',
    ]);
    expect(statuses('북한의 다카르 대사관은 1975년 세네갈 독립 직후 문을 연 곳이다.')).toEqual([
      'KP>SN open 1975 | 북한의 다카르 대사관은 1975년 세네갈 독립 직후 문을 연 곳이다',
    ]);
    expect(statuses('북한 공관. 2024년 이후 체코가 평양 주재 대사관을 다시 열었다.')).toEqual([
      'CZ>KP reopened 2024 | 2024년 이후 체코가 평양 주재 대사관을 다시 열었다',
    ]);
  });

  it('reads "had N embassies in the region, in A and B" as open, but not "had … until"', () => {
    expect(
      statuses('As of May 2025, North Korea had two embassies in the region, in Lima and Quito.'),
    ).toEqual([
      'KP>PE open null | North Korea had two embassies in the region, in Lima and Quito',
      'KP>EC open null | North Korea had two embassies in the region, in Lima and Quito',
    ]);
    expect(statuses('North Korea had an embassy in Lima until 2019.')).toEqual([]);
  });

  it('reads the host of a permanent mission to the United Nations or the international organisations', () => {
    expect(statuses('North Korea also keeps a permanent mission to the United Nations in Geneva.')).toEqual([
      'KP>CH open null | North Korea also keeps a permanent mission to the United Nations in Geneva',
    ]);
    expect(
      statuses(
        "North Korea's embassy in Rome will close. The permanent mission to the international organisations in Paris, which deals with UNESCO, will remain open.",
      ),
    ).toEqual([
      "KP>IT closing null | North Korea's embassy in Rome will close",
      'KP>FR open null | The permanent mission to the international organisations in Paris, which deals with UNESCO, will remain open',
    ]);
  });

  it('reads coverage after a closure: a pronoun for the closed mission, "run from", "out of", and in Korean with an adverb or 이관', () => {
    const covers = (text: string) =>
      extractClaims(text, { doc: 't.txt', published: '2025-06-02' })
        .filter((c) => c.kind === 'coverage')
        .map((c) => c.kind === 'coverage' && `${c.from_host}>${c.by_host} ${c.by_city} | ${c.quote}`);
    expect(
      covers(
        'The North Korean embassy in Lisbon will close in July. Its consular work will be taken over by the embassy in Madrid.',
      ),
    ).toEqual(['PT>ES Madrid | Its consular work will be taken over by the embassy in Madrid']);
    expect(
      covers('North Korea shut the embassy in Quito in May; its functions were transferred to Lima as well.'),
    ).toEqual(['EC>PE Lima | its functions were transferred to Lima as well']);
    expect(
      covers('North Korea closed its embassy in Sofia. Its business in Bulgaria is now run from Bucharest.'),
    ).toEqual(['BG>RO Bucharest | Its business in Bulgaria is now run from Bucharest']);
    expect(covers('North Korea shut its embassy there. Laos is now handled out of Hanoi.')).toEqual([
      'LA>VN Hanoi | Laos is now handled out of Hanoi',
    ]);
    expect(covers('북한은 대사관을 닫았다. 잠비아 업무는 현재 짐바브웨 주재 대사관이 맡고 있다.')).toEqual([
      'ZM>ZW null | 잠비아 업무는 현재 짐바브웨 주재 대사관이 맡고 있다',
    ]);
    expect(covers('북한은 대사관을 닫았다. 가봉 업무는 주카메룬 대사관으로 이관되었다.')).toEqual([
      'GA>CM null | 가봉 업무는 주카메룬 대사관으로 이관되었다',
    ]);
    expect(covers('북한은 대사관을 닫았다. 하노이 주재 대사관은 라오스 업무까지 넘겨받았다.')).toEqual([
      'LA>VN Hanoi | 하노이 주재 대사관은 라오스 업무까지 넘겨받았다',
    ]);
    // An accreditation where there never was a mission is not coverage.
    expect(
      covers('북한 공관. 보츠와나는 평양에 상주 공관을 두지 않고 주중국 대사관이 북한 업무를 겸임하고 있다.'),
    ).toEqual([]);
  });

  it('reads the closure a reopening ends: "after an absence of …", "after being shut since …"', () => {
    expect(
      statuses('Nepal reopened its embassy in Pyongyang in May after an absence of nearly four years.'),
    ).toEqual([
      'NP>KP reopened 2025-05 | Nepal reopened its embassy in Pyongyang in May after an absence of nearly four years',
      'NP>KP closed null | Nepal reopened its embassy in Pyongyang in May after an absence of nearly four years',
    ]);
    expect(
      statuses('The North Korean consulate in Nakhodka reopened in March, after being shut since 2019.'),
    ).toEqual([
      'KP>RU reopened 2025-03 | The North Korean consulate in Nakhodka reopened in March, after being shut since 2019',
      'KP>RU closed 2019 | The North Korean consulate in Nakhodka reopened in March, after being shut since 2019',
    ]);
  });

  it('reads a foreign capital standing for the mission in it, and "could be next", "Is X next?", "X goes"', () => {
    const context = 'North Korea has closed several embassies. ';
    expect(statuses(`${context}They shut Lusaka in April.`)).toEqual([
      'KP>ZM closed 2025-04 | They shut Lusaka in April',
    ]);
    expect(statuses(`${context}Then there is Rome, which is said to be closing by the autumn.`)).toEqual([
      'KP>IT closing null | Then there is Rome, which is said to be closing by the autumn',
    ]);
    expect(statuses(`${context}Warsaw, too, is staying put.`)).toEqual([
      'KP>PL open null | Warsaw, too, is staying put',
    ]);
    expect(statuses(`${context}If Lima can go, Quito could be next.`)).toEqual([
      'KP>EC closing null | Quito could be next',
    ]);
    expect(statuses(`${context}Is Budapest next? Perhaps.`)).toEqual([
      'KP>HU closing null | Is Budapest next?',
    ]);
    expect(statuses(`${context}My guess is Hanoi goes before the winter.`)).toEqual([
      'KP>VN closing null | My guess is Hanoi goes before the winter',
    ]);
    // Not a capital standing for a mission: "let X go", a government acting, the home capital.
    expect(statuses(`${context}So let Sofia go, if it must.`)).toEqual([]);
    expect(statuses(`${context}Pyongyang could be next.`)).toEqual([]);
  });

  it('drops a counterfactual ("Were X to close …") and does not read "left with two" as a departure', () => {
    expect(
      statuses(
        'Were Pyongyang to close its embassy in Oslo as well, it would be left with just two embassies in the north.',
      ),
    ).toEqual([]);
  });

  it('reads 정리 대상, "X, where … keep an embassy", "It remains open" and "the only country with a resident embassy"', () => {
    expect(statuses('북한 공관. 주레바논 대사관이 다음 폐쇄 대상이 될 것으로 보인다.')).toEqual([
      'KP>LB closing null | 주레바논 대사관이 다음 폐쇄 대상이 될 것으로 보인다',
    ]);
    expect(
      statuses(
        'North Korea shut its embassy in Sofia, but not in Budapest, where it still keeps an embassy of some size.',
      ),
    ).toEqual([
      'KP>BG closed null | North Korea shut its embassy in Sofia',
      'KP>HU open null | but not in Budapest, where it still keeps an embassy of some size',
    ]);
    expect(
      statuses(
        "A blog said last week that North Korea's Lisbon embassy was packing up. It was not. It remains open and busy.",
      ),
    ).toEqual(['KP>PT open null | It remains open and busy']);
    expect(
      statuses(
        'North Korea has few friends left. Laos is the only country in Asia with a resident embassy in Pyongyang.',
      ),
    ).toEqual(['LA>KP open null | Laos is the only country in Asia with a resident embassy in Pyongyang']);
  });
});

describe('entity rules found on the fourth held-out set', () => {
  const names = (text: string): string[] =>
    extractClaims(text, { doc: 't.txt', published: '2026-01-01' }).flatMap((c) =>
      c.kind === 'entity' ? [`${c.entity_type} ${c.name}`] : [],
    );

  it('takes an unpunctuated honorific (Mr, Dr) off the name', () => {
    expect(names('The embassy is headed by the Ambassador, Mr Han Song-chol, who arrived in March.')).toEqual(
      ['person Han Song-chol'],
    );
  });

  it('leaves out the Security Council used as a modifier and the Official Journal', () => {
    expect(
      names(
        'Officials raised the breaches of Security Council resolutions with Kim Chol-ung. This Regulation enters into force on its publication in the Official Journal of the European Union.',
      ),
    ).toEqual(['person Kim Chol-ung']);
  });

  it('reads each sanctions-annex entry as one entity with its aliases as the role', () => {
    const listing = [
      'The Council has adopted this Regulation.',
      '',
      'A. Natural persons',
      '',
      '1. HAN Chol Min (a.k.a. HAN Cheol-min; 한철민)',
      'DOB: 4.5.1970. Nationality: DPRK.',
      'Reasons: Second secretary of the DPRK embassy in Lusaka.',
      '',
      'B. Legal persons, entities and bodies',
      '',
      '1. Kafue River Mining Ltd (a.k.a. Kafue Mining Co.)',
      'Address: Plot 12, Cairo Road, Lusaka, Zambia.',
      'Reasons: Owned by HAN Chol Min.',
    ].join('\n');
    const claims = extractClaims(listing, { doc: 't.txt', published: '2026-01-01' }).flatMap((c) =>
      c.kind === 'entity' ? [`${c.entity_type} ${c.name} role=${c.role}`] : [],
    );
    expect(claims).toEqual([
      'person HAN Chol Min role=a.k.a. HAN Cheol-min, 한철민',
      'organization Kafue River Mining Ltd role=a.k.a. Kafue Mining Co.',
    ]);
  });

  it('reads a dotted legal form (S.L.) as a company and ends a name at "Ltd." before a new sentence', () => {
    expect(names('Workers were employed by Brisa Atlantica Obras S.L. on the site.')).toEqual([
      'organization Brisa Atlantica Obras S.L.',
    ]);
    expect(names('Reasons: Director of Nordkap Freight Trading Ltd. Arranged the sale of coal.')).toEqual([
      'organization Nordkap Freight Trading Ltd.',
    ]);
  });

  it('reads a parenthesised spelling after a name as the same entity', () => {
    expect(
      names('Ambassador Ri Chol-su (Lee Cheol Su in Zambian media) told guests the embassy would stay.'),
    ).toEqual(['person Ri Chol-su']);
    expect(
      names('박영호(Pak Yong-ho, 일부 매체 표기 Park Young Ho) 주잠비아 대사와 직원들이 출국했다.'),
    ).toEqual(['person 박영호']);
  });

  it('reads a Korean name with its romanisation and "전 주… 대사관 참사관" as a person, not the mission', () => {
    expect(names('후임으로 한명수(Han Myong-su) 전 주말리 대사관 참사관이 부임했다.')).toEqual([
      'person 한명수',
    ]);
  });

  it('leaves out the masthead paper, a dated paper line, a "Month D (Agency) -" wire and "(Compiled by …; Editing by …)"', () => {
    expect(
      names(
        'THE LAKESIDE HERALD\nKisumu | Monday, May 4, 2026\n\nThe foreign ministry spokesman, Peter Otieno, told The Lakeside Herald the embassy had shut.',
      ),
    ).toEqual(['person Peter Otieno']);
    expect(
      names(
        'The Hokuriku Gazette, Jan. 9, 2026\n\nThe Hokuriku Gazette has learnt that Kim Chol-ung left Tokyo.',
      ),
    ).toEqual(['person Kim Chol-ung']);
    expect(
      names(
        'May 4 (Bloomberg) - North Korea closed its embassy in Lima, officials said.\n\n(Compiled by Ana Ruiz in Lima; Editing by Mark Jensen)',
      ),
    ).toEqual([]);
  });

  it('keeps a foreign mission\'s adjective, drops streets, "listed … as" spellings and "part of" parents', () => {
    expect(names('The Kenyan High Commission in Lusaka told reporters the message was fake.')).toEqual([
      'organization Kenyan High Commission',
    ]);
    expect(names('The embassy on Julius Nyerere Road stopped operating in May.')).toEqual([]);
    expect(
      names(
        'The manager, who gave his name as Ri Yong-chol and is listed in court papers as Lee Young-chul, declined.',
      ),
    ).toEqual(['person Ri Yong-chol']);
    expect(
      names(
        'Since 2019 the Office of Trade Controls (OTC), part of the Ministry of Economy, has issued licences.',
      ),
    ).toEqual(['organization Office of Trade Controls']);
  });
});

describe('status and coverage rules found on the fourth held-out set', () => {
  const statuses = (text: string, published = '2026-03-02') =>
    extractClaims(text, { doc: 't.txt', published })
      .filter((c) => c.kind === 'mission_status')
      .map((c) => `${c.sending}>${c.host} ${c.status} ${c.date} | ${c.quote}`);
  const covers = (text: string) =>
    extractClaims(text, { doc: 't.txt', published: '2026-03-02' })
      .filter((c) => c.kind === 'coverage')
      .map((c) => c.kind === 'coverage' && `${c.sending} ${c.from_host}>${c.by_host} ${c.by_city}`);

  it('reads an answer\'s "It is open" after the question that names the mission, "It closed in May", and a doubted "still has"', () => {
    const interview = [
      'Q: There were rumours in June that the embassy in Oslo had shut.',
      '',
      'A: That is wrong. I was there in the spring. It is open; they have a new counsellor.',
      '',
      'Q: You served in Asia too.',
      '',
      'A: Yes, in the trade office in Hanoi. It closed in May, after ten years.',
      '',
      'Q: What next?',
      '',
      'A: Probably. I would be surprised if Pyongyang still has an embassy in Luanda next year.',
    ].join('\n');
    expect(statuses(`North Korea's diplomats abroad\n\n${interview}`)).toEqual([
      'KP>NO open null | It is open',
      'KP>VN closed 2025-05 | It closed in May, after ten years',
      'KP>AO closing 2027 | I would be surprised if Pyongyang still has an embassy in Luanda next year',
    ]);
  });

  it('drops a Korean rumour (폐쇄설 … 사실이 아닌) and a question, and reads 운영을 재개 as reopened', () => {
    expect(
      statuses(
        '북한 공관 동향. 한편 일부 매체가 제기한 주라오스 대사관 폐쇄설은 사실이 아닌 것으로 확인됐다.',
      ),
    ).toEqual([]);
    expect(statuses('문2. 북한이 주캄보디아 대사관을 폐쇄했다는 보도가 있는데 사실입니까?')).toEqual([]);
    expect(
      statuses('북한 공관 동향. 라오스는 지난 3월 평양 주재 대사관 운영을 재개했다.', '2025-06-02'),
    ).toEqual(['LA>KP reopened 2025-03 | 라오스는 지난 3월 평양 주재 대사관 운영을 재개했다']);
  });

  it('drops a report that a source "said … was wrong" in the next sentence, or called "groundless"', () => {
    expect(
      statuses(
        "Kenyan radio reported last week that North Korea's embassy in Nairobi would shut. Kenya's foreign ministry said on Friday the report was wrong.",
      ),
    ).toEqual([]);
    expect(
      statuses(
        'Cambodia\'s foreign ministry on Friday called reports that North Korea was about to close its embassy in Phnom Penh "baseless".',
      ),
    ).toEqual([]);
  });

  it('reads "The embassy in X is staying," as open, and not "staying in"', () => {
    expect(
      statuses(
        "North Korea's diplomats have had a hard year. The embassy in Lima is staying, because trade is growing.",
      ),
    ).toEqual(['KP>PE open null | The embassy in Lima is staying']);
    expect(statuses("North Korea's ambassador is staying in a hotel near the embassy in Lima.")).toEqual([]);
  });

  it('reads "remains active" as open, and not "an active role"', () => {
    expect(statuses('The DPRK embassy in Accra remains active, according to the notice.')).toEqual([
      'KP>GH open null | The DPRK embassy in Accra remains active',
    ]);
    expect(statuses('The DPRK embassy in Accra plays an active role in trade.')).toEqual([]);
  });

  it("reads a changelog entry's status arrow, its right side only, and drops a retracted entry", () => {
    const text = [
      '# Changelog: North Korean missions abroad',
      '',
      '## [2.0.0] - 2026-02-20',
      '',
      '- `KP-ET-01` (Embassy, Addis Ababa): status `open` → `closing`. The move was announced in Addis Ababa.',
      '- `KP-CU-01` (Embassy, Havana): status `suspended` → `reopened`.',
      '- `KP-LA-01` (Embassy, Vientiane): status `closing` → `closed` on 3 January 2026.',
      '- `KP-KH-01` (Embassy, Phnom Penh): status `open` → `closed`. *Retracted in 2.1.0.*',
    ].join('\n');
    expect(statuses(text)).toEqual([
      'KP>ET closing null | `KP-ET-01` (Embassy, Addis Ababa): status `open` → `closing`',
      'KP>CU reopened null | `KP-CU-01` (Embassy, Havana): status `suspended` → `reopened`',
      'KP>CU closed null | `KP-CU-01` (Embassy, Havana): status `suspended` → `reopened`',
      'KP>LA closed 2026-01-03 | `KP-LA-01` (Embassy, Vientiane): status `closing` → `closed`',
    ]);
  });

  it('reads "dealt with by the <adjective> Embassy", "from now on be handled by" and "in future"', () => {
    expect(
      covers(
        'The Dutch Embassy in Havana closed in 2021. Visa enquiries concerning Cuba are presently dealt with by the Dutch Embassy in Mexico City.',
      ),
    ).toContain('NL CU>MX Mexico City');
    expect(
      covers(
        "North Korea closed its embassy in Harare. North Korea's relations with Zimbabwe would from now on be handled by its embassy in Pretoria, the ministry said.",
      ),
    ).toContain('KP ZW>ZA Pretoria');
  });

  it('reads a capital that takes over a country, and Korean coverage with a bracketed city or "업무 일부는"', () => {
    expect(
      covers(
        'North Korea keeps an embassy in Rome. If Rome ever did close, Paris would take over Italy, I think.',
      ),
    ).toEqual(['KP IT>FR Paris']);
    expect(
      covers(
        '북한이 주잠비아 대사관을 폐쇄했다. 잠비아 관련 업무는 앞으로 주앙골라 북한대사관(루안다)이 겸임한다.',
      ),
    ).toContain('KP ZM>AO Luanda');
    expect(
      covers(
        '북한이 주이집트 대사관 철수를 검토 중이다. 카이로 대사관 인원은 3명으로 줄었으며, 업무 일부는 주몽골 대사관으로 넘어가는 방안이 거론된다.',
      ),
    ).toContain('KP EG>MN null');
  });
});

describe('count and quantity rules found on the fourth held-out set', () => {
  const counts = (text: string, published = '2026-03-02') =>
    extractClaims(text, { doc: 't.txt', published })
      .filter((c) => c.kind === 'mission_count')
      .map((c) => c.kind === 'mission_count' && `${c.value} ${c.what} ${c.relation} ${c.qualifier}`);
  const quantities = (text: string) =>
    extractClaims(text, { doc: 't.txt', published: '2026-03-02' })
      .filter((c) => c.kind === 'quantity')
      .map((c) => c.kind === 'quantity' && `${c.value} ${c.unit} ${c.qualifier}`);

  it('reads "diplomatic and consular posts", and a fall "from X to Y" as the total then and what is left', () => {
    expect(counts('Officials believe Pyongyang keeps 38 diplomatic and consular posts worldwide.')).toEqual([
      '38 missions total exact',
    ]);
    expect(counts('Since 2022 the number of DPRK embassies has dropped from 47 to 39.')).toEqual([
      '47 embassies total exact',
      '39 embassies remaining exact',
    ]);
  });

  it("reads a changelog's new figure after an arrow, and not a file name as a mission noun", () => {
    expect(
      counts(
        '# North Korean missions abroad\n\n- Number of open missions: 44 → 42.\n- Rows in `missions.tsv`: 60 → 61.',
      ),
    ).toEqual(['44 missions remaining exact', '42 missions remaining exact']);
  });

  it('reads a host ranked by the loss of an embassy, and "one of only N it still has"', () => {
    expect(
      counts('Zambia became the fourth southern African country to lose a North Korean embassy.'),
    ).toEqual(['4 embassies closed exact']);
    expect(
      counts("North Korea's embassy in Lima, one of only two it still has in South America, was quiet."),
    ).toEqual(['2 embassies remaining exact']);
  });

  it('reads Korean closures without the mission noun in a text about missions, and not foreign embassies', () => {
    const about = '북한 재외공관이 줄고 있다. 대사관 폐쇄가 이어졌다. 공관 운영비도 부담이다.';
    expect(counts(`${about} 당국자는 "올해 안에 6곳 정도가 추가로 정리될 수 있다"고 말했다.`)).toEqual([
      '6 missions planned_closures about',
    ]);
    // "식당 3곳": the noun before the count is what is counted.
    expect(counts(`${about} 현지 식당 3곳이 문을 닫았다.`)).toEqual([]);
    expect(counts(`${about} 평양에 있는 외국 대사관은 25곳이다.`)).toEqual([]);
  });

  it('reads grouped thousands, a decimal comma, shillings, and a range as its upper bound', () => {
    expect(
      quantities('The firm moved EUR 1,4 million and some 12 500 tonnes of ore, and owed KSh 80 million.'),
    ).toEqual(['1400000 EUR exact', '12500 tonnes about', '80000000 KES exact']);
    expect(quantities('Each post costs between $150,000 and $300,000 a year to keep.')).toEqual([
      '300000 USD up_to',
    ]);
  });

  it('ends a counted noun at a participle, reads frozen accounts, and not the officials who said it', () => {
    expect(quantities('The ministry hired about 140 DPRK factory workers employed by a local firm.')).toEqual(
      ['140 workers about'],
    );
    expect(quantities('Police froze three bank accounts, two Western officials said.')).toEqual([
      '3 accounts exact',
    ]);
  });
});

describe('count and quantity rules found on the fifth held-out set', () => {
  const counts = (text: string, published = '2026-10-20') =>
    extractClaims(text, { doc: 't.txt', published })
      .filter((c) => c.kind === 'mission_count')
      .map((c) => c.kind === 'mission_count' && `${c.value} ${c.what} ${c.relation} ${c.qualifier}`);
  const quantities = (text: string) =>
    extractClaims(text, { doc: 't.txt', published: '2026-10-20' })
      .filter((c) => c.kind === 'quantity')
      .map((c) => c.kind === 'quantity' && `${c.value} ${c.unit} ${c.qualifier}`);
  // Three mission nouns make a text about missions.
  const about = '북한 재외공관이 계속 줄고 있다. 대사관 폐쇄가 잇따랐다. 공관 유지비도 부담이다.';

  it('reads a Korean sum after the kinds it adds up, and a date between the noun and its count', () => {
    expect(counts(`${about} 남은 공관은 대사관 39곳, 총영사관 3곳, 대표부 2곳으로 모두 44곳이다.`)).toContain(
      '44 missions total exact',
    );
    expect(counts(`${about} 북한 재외공관은 2026년 9월 현재 41곳이다.`)).toEqual(['41 missions total exact']);
  });

  it('reads "등 N곳" after the listed missions, and not other states\' embassies', () => {
    expect(counts('동남아에 남은 북한 대사관은 캄보디아, 태국, 말레이시아 등 3곳이다.')).toEqual([
      '3 embassies remaining exact',
    ]);
    expect(counts('평양의 외국 대사관은 스웨덴, 폴란드, 인도 등 3곳이다.')).toEqual([]);
  });

  it('reads a figure someone gives (이라고) in a text about missions, and not elsewhere', () => {
    expect(counts(`${about} 한 의원은 국회 보고에서 42곳이라고 했다.`)).toEqual(['42 missions total exact']);
    expect(counts('그는 올해 수출 계약이 42곳이라고 했다.')).toEqual([]);
  });

  it('reads "put the number of … at", tenge, wave-dash ranges, and not comment counts', () => {
    expect(
      quantities('A trade official put the number of North Korean workers in the region at about 230.'),
    ).toEqual(['230 workers about']);
    expect(quantities('The account held 95 million tenge when it was frozen.')).toEqual([
      '95000000 KZT exact',
    ]);
    expect(quantities('The thread had 48 comments and 1,200 views by Sunday.')).toEqual([]);
  });
});
