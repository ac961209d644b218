import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract.ts';

const claimsOf = (text: string) => extractClaims(text, { doc: 't.txt', published: '2026-10-20' });

describe('coverage rules found on the fifth held-out set', () => {
  const coverage = (text: string) =>
    claimsOf(text)
      .filter((c) => c.kind === 'coverage')
      .map((c) => c.kind === 'coverage' && `${c.sending} ${c.from_host}>${c.by_host} ${c.by_city}`);

  it('reads the host as possessor of "relations with" the sending state, with "looked after by"', () => {
    expect(
      coverage(
        'North Korea closed its embassy in Bamako in May. From June, Mali’s relations with the DPRK will be looked after by their embassy in Dakar.',
      ),
    ).toEqual(['KP ML>SN Dakar']);
    // The sending state as possessor: the covered host is the one after "with".
    expect(coverage("North Korea's relations with Mali will be handled from its embassy in Dakar.")).toEqual([
      'KP ML>SN Dakar',
    ]);
  });

  it('reads "relations with North Korea … handled by" when the host is the speaker named before', () => {
    expect(
      coverage(
        'The North Korean embassy in Bamako has closed. A note says the staff left in May and that relations with North Korea will now be handled by the DPRK Embassy in Dakar.',
      ),
    ).toEqual(['KP ML>SN Dakar']);
    // Without a closure before it, the same words are only a channel.
    expect(
      coverage(
        'The embassy in Bamako hosted a reception. Relations with North Korea are handled by the DPRK Embassy in Dakar.',
      ),
    ).toEqual([]);
  });

  it('reads a mission’s functions "transferred to" another mission', () => {
    expect(
      coverage(
        'The Lagos Trade Office ceased operations in 2024. After that, the Lagos Trade Office’s remaining functions were transferred to the Embassy of the DPRK in Accra, Ghana.',
      ),
    ).toEqual(['KP NG>GH Accra']);
  });

  it('reads the covered host in a "whose ambassador is accredited to" clause only after a handover', () => {
    expect(
      coverage(
        'After the closure, trade matters will be handled by the DPRK embassy in Moscow, whose ambassador is already accredited to Kyrgyzstan, an official said.',
      ),
    ).toEqual(['KP KG>RU Moscow']);
    expect(
      coverage(
        'The DPRK embassy in Moscow, whose ambassador is also accredited to Kyrgyzstan, gave a reception.',
      ),
    ).toEqual([]);
  });

  it('reads a Korean locative ("방콕에 있는") before the covering mission, and takes its city', () => {
    expect(coverage('캄보디아 관련 업무는 앞으로 방콕에 있는 주태국 북한대사관이 겸임할 예정이다.')).toEqual([
      'KP KH>TH Bangkok',
    ]);
  });

  it('reads "Its functions, including …, will be handled from" after a closure two sentences back', () => {
    expect(
      coverage(
        "North Korea's trade office in Nouakchott was closed in June.\n\nThe small office above a shop had served crews for years. Its functions, including visas for crews, will be handled from the North Korean embassy in Dakar, a notice said.",
      ),
    ).toEqual(['KP MR>SN Dakar']);
  });

  it('takes "the embassy" of the one host named in the sentence before', () => {
    expect(
      coverage(
        "Mali's foreign ministry announced that the embassy ceased operations on 2 May. Its affairs have been transferred to the DPRK Embassy in Dakar.",
      ),
    ).toEqual(['KP ML>SN Dakar']);
  });
  it('reads a passive coverage after an aside (", for example,")', () => {
    expect(
      coverage(
        'North Korea has closed several posts. Chad, for example, is now covered by an ambassador accredited from Abuja.',
      ),
    ).toEqual(['KP TD>NG Abuja']);
  });
});

describe('entity rules found on the fifth held-out set', () => {
  const entities = (text: string) =>
    claimsOf(text)
      .filter((c) => c.kind === 'entity')
      .map((c) => c.kind === 'entity' && `${c.entity_type} ${c.name}`);

  it('keeps a bank’s country in its name, and joins "Roads and … Agency"', () => {
    expect(entities('The Central Bank of the DPRK was named in the order.')).toEqual([
      'organization Central Bank of the DPRK',
    ]);
    expect(entities('The Lagos Roads and Bridges Agency said work was late.')).toEqual([
      'organization Lagos Roads and Bridges Agency',
    ]);
    // A person before "and" is not joined to the body after it.
    expect(entities('Kim Jong Un and Foreign Minister Choe Son Hui met.')).toEqual([
      'person Kim Jong Un',
      'person Choe Son Hui',
    ]);
  });

  it('drops a citation’s "See" and a country’s name before its ministry', () => {
    expect(entities('See Ministry of Unification, note 4.')).toEqual([
      'organization Ministry of Unification',
    ]);
    expect(entities('The figure came from the DPRK Foreign Ministry in May.')).toEqual([
      'organization Foreign Ministry',
    ]);
  });

  it('reads defendants and companies printed in capitals, and not a caption in capitals', () => {
    expect(
      entities(
        '3. Defendant LIM WEI HAN was a citizen of Malaysia and the sole director of OCEAN STAR SHIPPING PTE. LTD. ("Ocean Star"), a company set up in 2019.',
      ),
    ).toEqual(['person LIM WEI HAN', 'organization OCEAN STAR SHIPPING PTE. LTD.']);
    expect(entities('It wired funds to BLUE HARBOR GENERAL TRADING L.L.C. in 2023.')).toEqual([
      'organization BLUE HARBOR GENERAL TRADING L.L.C.',
    ]);
    expect(entities('UNITED STATES DISTRICT COURT FOR THE DISTRICT OF COLUMBIA')).toEqual([]);
  });

  it('takes a name "also known as" after a party in capitals as its alias', () => {
    expect(entities('PARK SONG-IL,\n  also known as "Peter Park," was charged.')).toEqual([]);
    expect(
      entities('1. Defendant PARK SONG-IL, also known as "Peter Park," was a citizen of the DPRK.'),
    ).toEqual(['person PARK SONG-IL']);
  });

  it('reads a minutes’ speaker label (office, then name) as the person, not the office’s body', () => {
    expect(entities('○통일부장관 김영수  네, 사실입니다.')).toEqual(['person 김영수']);
    expect(entities('○통일부장관 김영수  네, 사실입니다. 통일부는 확인했습니다.')).toEqual([
      'person 김영수',
      'organization 통일부',
    ]);
  });

  it('reads a country’s agency in -청, and not 요청', () => {
    expect(entities('필리핀 통계청(PSA) 자료를 보면 교역이 줄었다.')).toEqual(['organization 통계청']);
    expect(entities('필리핀 요청으로 회담이 열렸다.')).toEqual([]);
  });

  it('reads analytics, construction and logistics firms, and "X’s own foreign ministry"', () => {
    expect(entities('A report by Harbor Analytics put the figure at 40.')).toEqual([
      'organization Harbor Analytics',
    ]);
    expect(entities('They worked for a builder, Sejong Construction Dili, on the hotel.')).toEqual([
      'organization Sejong Construction Dili',
    ]);
    expect(entities("Pyongyang's own foreign ministry website lists 47.")).toEqual([
      'organization foreign ministry',
    ]);
  });

  it('reads an acronym in apposition, and a demonym’s MFA; a ministry without its country is not read', () => {
    expect(entities('The state power company, ETPC, says it is owed money.')).toEqual(['organization ETPC']);
    expect(entities('The Kyrgyz MFA spokesman was asked about it.')).toEqual(['organization MFA']);
    expect(entities('He visited the foreign ministry said to be closed.')).toEqual([]);
  });

  it('takes "the Panel of Experts" after "the UN Panel of Experts" as the same body', () => {
    expect(entities('The UN Panel of Experts said so. Later the Panel of Experts said more.')).toEqual([
      'organization UN Panel of Experts',
    ]);
  });

  it('leaves out a workplace after "who studies … at the <adjective>"', () => {
    expect(entities('We asked Dr Anna Berg, who studies Korea at the Swedish National University.')).toEqual([
      'person Anna Berg',
    ]);
  });

  it('reads "<city> Trade Office" as a mission, not an organisation; a country’s trade office stays one', () => {
    expect(entities('The Lagos Trade Office closed in 2024.')).toEqual([]);
    expect(entities('The Belarus Trade Office said so.')).toEqual(['organization Belarus Trade Office']);
  });
});
