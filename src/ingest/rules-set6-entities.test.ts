import { describe, expect, it } from 'vitest';
import { classifyRun } from './entity-kinds.ts';
import { extractClaims } from './extract.ts';
import { capitalisedRuns } from './names.ts';

const entities = (text: string) =>
  extractClaims(text, { doc: 't.txt', published: '2026-05-04' })
    .filter((c) => c.kind === 'entity')
    .map((c) => c.kind === 'entity' && `${c.entity_type} ${c.name}`);

describe('entity rules found on the sixth held-out set: organisations', () => {
  it('reads a legal form from outside the English-speaking world as the end of a company name', () => {
    expect(entities('Payments went to Lamina Export SARL in 2024.')).toEqual([
      'organization Lamina Export SARL',
    ]);
    expect(entities('The cargo was booked by Baltic Feeder Lines SIA last year.')).toEqual([
      'organization Baltic Feeder Lines SIA',
    ]);
    // A lone capitalised word before a legal form is too little to tell.
    expect(entities('In SARL filings, the rules differ.')).toEqual([]);
  });

  it('reads a name in apposition to "a … company" or "a bank" as an organisation', () => {
    expect(entities('The funds reached a shipping company, Marlow Tidewater, which denied it.')).toEqual([
      'organization Marlow Tidewater',
    ]);
    expect(entities('The villa was sold to a bank, Caisse Verte du Nord, for $2 million.')).toEqual([
      'organization Caisse Verte du Nord',
    ]);
    expect(entities('The hold was leased by Orla Vantage, a company the police accuse of fraud.')).toEqual([
      'organization Orla Vantage',
    ]);
    // The company's people are not the company, and a place is not a name.
    expect(entities('He met Selim Ardan, a company director, in May.')).toEqual(['person Selim Ardan']);
    expect(entities('The remark came from Dorland, a company spokesman.')).toEqual([]);
    expect(entities('It paid a trading company, Beirut, in cash.')).toEqual([]);
  });

  it('reads firms named with French, Spanish or Turkish head words, joined over "et" and "du"', () => {
    expect(entities('The deal was signed by Société Maritime du Golfe et Services last year.')).toEqual([
      'organization Société Maritime du Golfe et Services',
    ]);
    expect(entities('The buyer was Banque du Levant.')).toEqual(['organization Banque du Levant']);
    // "et" between two names that are not organisations joins nothing.
    expect(entities('Paris et Lyon sont loin.')).toEqual([]);
  });

  it('reads a firm named in quotation marks after the Korean word for it', () => {
    expect(entities("건물은 물류 업체 '한별 카르고'에 넘어갔다.")).toEqual(['organization 한별 카르고']);
    // A quoted remark after 회사 is speech, not a name.
    expect(entities("회사 측은 '잘 모르겠다'고 답했다.")).toEqual([]);
    expect(entities('창고는 무역 회사인 「새별상사」가 빌렸다.')).toEqual(['organization 새별상사']);
  });

  it('reads a company "called" or "named" so, in quotation marks or not', () => {
    expect(entities('The profits went to a firm called "Amber Quay" last year.')).toEqual([
      'organization Amber Quay',
    ]);
    expect(entities('Funds went to a shell company named Vantor Ridge in May.')).toEqual([
      'organization Vantor Ridge',
    ]);
    // A man named so is a person.
    expect(entities('A man named Arvid Holm left.')).toEqual(['person Arvid Holm']);
  });

  it('leaves out a vessel named after its type', () => {
    expect(entities('The bulk carrier Selene Dawn was detained in March.')).toEqual([]);
    expect(entities('The tanker Harbor Crest left port.')).toEqual([]);
    expect(entities('The tanker "Peter Holm" left port.')).toEqual([]);
    expect(entities('The MV Ocean Glory Trading sank off the coast.')).toEqual([]);
    // An airline named as a carrier is still an organisation.
    expect(entities('Tickets were sold by the carrier Skyline Routes.')).toEqual([
      'organization Skyline Routes',
    ]);
  });
});

describe('entity rules found on the sixth held-out set: people', () => {
  it('reads a name after a police or honorific title', () => {
    expect(entities('The chief witness was Superintendent Marcel Vautrin of the police.')).toEqual([
      'person Marcel Vautrin',
    ]);
    // The title alone names no one.
    expect(entities('The Superintendent said the Force had no comment.')).toEqual([]);
  });

  it('reads a name after a title that holds an organisation word, in Japanese order', () => {
    expect(entities('Chief Cabinet Secretary Ozawa Kenta told reporters on Monday.')).toEqual([
      'person Ozawa Kenta',
    ]);
    // The title without a name is an office-holder, neither a person nor a body.
    expect(entities('The Chief Cabinet Secretary denied the report on Friday.')).toEqual([]);
    // An office named after a title word stays an organisation.
    expect(entities('The Treasury’s Office of Foreign Assets Control listed it.')).toEqual([
      'organization Treasury',
      'organization Office of Foreign Assets Control',
    ]);
  });

  it('reads a peer by title and name, and leaves out who tables a written question', () => {
    expect(entities('Answered on 3 March 2026 by Lord Pendry-Vaux, Minister of State.')).toEqual([
      'person Lord Pendry-Vaux',
    ]);
    expect(entities('To be answered soon, this was asked by Baroness Quill-Hart in the House.')).toEqual([]);
    // A peerage title before an office names no one.
    expect(entities('The Lord Chancellor spoke first.')).toEqual([]);
  });

  it('reads a name after an honorific across a hard line break, and no other name across one', () => {
    const names = (text: string) =>
      capitalisedRuns(text, { start: 0, end: text.length }, []).map(
        (run) => classifyRun(text, run)?.name ?? null,
      );
    expect(names('An aide at the port, Mr.\nTariq Mansour, said so.')).toEqual([null, 'Tariq Mansour']);
    expect(names('It ended in May.\nTariq Mansour left.')).toEqual([null, null, null]);
  });

  it('reads a surname with a lower-case particle', () => {
    expect(entities('The ministry’s spokesman, Dr. Karim al-Jubouri, confirmed it.')).toEqual([
      'person Karim al-Jubouri',
    ]);
    // A lower-case word that is not a particle ends the name.
    expect(entities('Dr. Karim was-there said nothing.')).toEqual([]);
  });

  it('reads a name followed by ", spokesperson of …"', () => {
    expect(entities('Noella Bizimana, spokesperson of the ministry, said the mission had left.')).toEqual([
      'person Noella Bizimana',
    ]);
    // A region after a title is not a person.
    expect(entities('We heard Ms. Ines Varda, Director General, South Asia and Pacific.')).toEqual([
      'person Ines Varda',
    ]);
  });

  it('leaves out a figure of history and the publication’s own analyst', () => {
    expect(entities('The late President Mateo Ruiz visited Pyongyang twice.')).toEqual([]);
    expect(entities('President Peter Holm (1901–1978) visited Pyongyang twice.')).toEqual([]);
    expect(entities('President Peter Holm (born 1961) visited Pyongyang twice.')).toEqual([
      'person Peter Holm',
    ]);
    expect(entities('Each week our chief analyst, Noor Halvorsen, answers letters.')).toEqual([]);
    // Someone else's analyst is an entity.
    expect(entities('Their analyst, Noor Halvorsen, answered.')).toEqual(['person Noor Halvorsen']);
  });

  it('does not read a Korean word with a particle as a name', () => {
    expect(entities('마지막엔 외교관 세 명만 남았다.')).toEqual([]);
    expect(entities('마영수 외교관이 떠났다.')).toEqual(['person 마영수']);
  });
});

describe('entity rules found on the sixth held-out set: transcripts, affiliations and long names', () => {
  const hearing = [
    'The Chair (Mr. Owen Pritchard (Lakeshore—Bay North, CPC)):',
    'Good morning. With us today, from the Department of Trade, Ms. Colette Marchand; and from the Federal Customs Service, Inspector Ravi Sandhu.',
    'Mr. Tobias Renner (Eastfield Centre, Lib.):',
    'Is it true that the DPRK is leaving Lima?',
    'Ms. Colette Marchand (Director, Asia Branch, Department of Trade):',
    'Yes. North Korea closed its embassy in Lima in March.',
    'Mr. Tobias Renner:',
    'Thank you.',
  ].join('\n\n');

  it('leaves out the chair and legislators who only ask, and whatever a label’s parenthesis holds', () => {
    expect(entities(hearing)).toEqual(['person Colette Marchand', 'person Ravi Sandhu']);
  });

  it('keeps a legislator whose turn carries a claim', () => {
    const stated = hearing.replace(
      'Is it true that the DPRK is leaving Lima?',
      'North Korea closed its embassy in Quito in May.',
    );
    expect(entities(stated)).toContain('person Tobias Renner');
  });

  it('gives the speaker of a label alone on its line, across an interpretation note', () => {
    const claims = extractClaims(
      [
        'Ms. Colette Marchand:',
        'Thank you.',
        'Mr. Tobias Renner (Eastfield Centre, Lib.):',
        'And Lima?',
        'Ms. Colette Marchand:',
        '[Translation]',
        'North Korea closed its embassy in Lima in March.',
      ].join('\n\n'),
      { doc: 't.txt', published: '2026-05-04' },
    ).filter((c) => c.kind === 'mission_status');
    expect(claims.map((c) => c.attributed_to)).toEqual(['Colette Marchand']);
    // A heading alone on its line is not a label.
    expect(
      extractClaims(
        'Background:\n\nNorth Korea closed its embassy in Lima.\n\nContext:\n\nIt left.\n\nMore:',
        {
          doc: 't.txt',
          published: '2026-05-04',
        },
      )
        .filter((c) => c.kind === 'mission_status')
        .map((c) => c.attributed_to),
    ).toEqual([null]);
  });

  it('leaves out the body a titled person is introduced from, but keeps a spokesperson’s ministry', () => {
    expect(
      entities('We heard an official at the Ministry of Ports and Fisheries, Mr. Idris Khalil.'),
    ).toEqual(['person Idris Khalil']);
    expect(
      entities(
        'It was confirmed by the spokesperson of the Ministry of Foreign Affairs, Mrs. Adjoa Mensah-Kodjo.',
      ),
    ).toEqual(['organization Ministry of Foreign Affairs', 'person Adjoa Mensah-Kodjo']);
  });

  it('reads a ministry’s portfolios after its comma, but not a list of places', () => {
    expect(entities('The Ministry of Foreign Affairs, Cooperation and Beninese Abroad said so.')).toEqual([
      'organization Ministry of Foreign Affairs, Cooperation and Beninese Abroad',
    ]);
    expect(entities('The Ministry of Foreign Affairs, Canada and Peru signed it.')).toEqual([
      'organization Ministry of Foreign Affairs',
    ]);
  });

  it('reads "of the Lao PDR" as the ministry’s country, and a monitor’s quarterly as the monitor', () => {
    expect(entities('The Ministry of Foreign Affairs of the Lao PDR said so.')).toEqual([
      'organization Ministry of Foreign Affairs',
    ]);
    expect(
      entities('The Pacific Mission Monitor counted 40. Its Pacific Mission Monitor Quarterly said so too.'),
    ).toEqual(['organization Pacific Mission Monitor']);
    // A longer name that is not a publication still stands for both.
    expect(entities('The Pacific Mission said so. The Pacific Mission Monitor counted 40.')).toEqual([
      'organization Pacific Mission Monitor',
    ]);
  });

  it('reads the italic outlet of a numbered reference that the text cites', () => {
    const article = [
      'The compound was sold in 2025.[2]',
      '## References',
      '1. Doe, Jane (1 May 2025). "An unrelated title". *Harbour Ledger*.',
      '2. Roe, Ann (4 August 2025). "Compound sold". *Gazeta Sul*.',
    ].join('\n\n');
    expect(entities(article)).toEqual(['organization Gazeta Sul']);
  });

  it('reads the italic outlet of a footnote that the text cites', () => {
    const brief = [
      'The mission was still open in May.[^2]',
      '[^1]: Reporting by *Harbour Ledger*, 1 May 2026.',
      '[^2]: Reporting by *Jornal Oeste* (Praia), 3 May 2026.',
    ].join('\n\n');
    expect(entities(brief)).toEqual(['organization Jornal Oeste']);
  });
});
