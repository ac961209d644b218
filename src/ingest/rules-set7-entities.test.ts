import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract.ts';

const entities = (text: string) =>
  extractClaims(text, { doc: 't.txt', published: '2026-05-04' })
    .filter((c) => c.kind === 'entity')
    .map((c) => c.kind === 'entity' && `${c.entity_type} ${c.name}`);

describe('entity rules found on the seventh held-out set: mixed Korean script', () => {
  it('reads ministries and agencies written in Chinese characters', () => {
    expect(entities('國防部 當局者에 따르면 北韓은 駐몽골 大使館을 閉鎖했다.')).toEqual([
      'organization 國防部',
    ]);
    expect(entities('國家情報院은 北韓 公館의 經費를 推算했다.')).toEqual(['organization 國家情報院']);
  });

  it('reads a person in Chinese characters before 氏 or a title', () => {
    expect(entities('駐라오스 大使館 公使를 지낸 朴永哲 氏는 그렇게 말했다.')).toEqual(['person 朴永哲']);
    // "北韓大使館" is a mission, not a surname and a title.
    expect(entities('北韓大使館이 門을 닫았다.')).toEqual([]);
  });

  it('reads a firm in quotation marks after 會社', () => {
    expect(entities("貿易 會社 '靑松상사'의 代理人 노릇을 했다.")).toEqual(['organization 靑松상사']);
  });
});

describe('entity rules found on the seventh held-out set: listings and committees', () => {
  it("reads the entries of the UN's list by reference number, i for a person and e for an entity", () => {
    const text = [
      'A. Individual',
      '',
      'QDi.412   Name: PAEK HYON SU',
      '          Date of birth: 3 March 1975',
      '',
      'B. Entity',
      '',
      'QDe.219   Name: SONGRIM FREIGHT CORPORATION',
      '          A.k.a.: Songrim Unsu',
      '          Address: Nampho',
    ].join('\n');
    const claims = extractClaims(text, { doc: 't.txt', published: '2026-05-04' });
    const found = claims.flatMap((c) => (c.kind === 'entity' ? [[c.entity_type, c.name, c.role]] : []));
    expect(found).toEqual([
      ['person', 'PAEK HYON SU', null],
      ['organization', 'SONGRIM FREIGHT CORPORATION', 'a.k.a. Songrim Unsu'],
    ]);
  });

  it('still reads an annex listing in a document that has a "Name:" line', () => {
    const text = ['Contact Name: press office', '', 'A. Natural persons', '1. KIM SOL MAN', 'DOB: 1970'].join(
      '\n',
    );
    expect(entities(text)).toContain('person KIM SOL MAN');
  });

  it("keeps a UN committee's name whole up to its resolution", () => {
    expect(
      entities(
        'On 2 May, the Security Council Committee established pursuant to\nresolution 2397 (2017) approved the change.',
      ),
    ).toEqual(['organization Security Council Committee established pursuant to resolution 2397 (2017)']);
  });
});

describe('entity rules found on the seventh held-out set: companies and authorities', () => {
  it('reads a board with a name of its own as a body, and a company for its board of directors', () => {
    expect(entities('The National Board of Taxation said the goods were seized.')).toEqual([
      'organization National Board of Taxation',
    ]);
    expect(entities('The Board of Directors of Harrow Lane Holdings Limited announced the sale.')).toEqual([
      'organization Harrow Lane Holdings Limited',
    ]);
    // A company's organ is not another actor.
    expect(entities('It was prepared for the Supervisory Board of a creditor.')).toEqual([]);
  });

  it('reads "Pte. Ltd." and "Sdn. Bhd." whole, although the first dot may end the sentence', () => {
    expect(entities('Its subsidiary, Marlin Quay Pte. Ltd. ("Marlin Quay"), signed the deed.')).toEqual([
      'organization Marlin Quay Pte. Ltd.',
    ]);
    expect(entities('The fee was paid to Bukit Sena Sdn. Bhd. in June.')).toEqual([
      'organization Bukit Sena Sdn. Bhd.',
    ]);
  });

  it('keeps the country in the name of an authority, and drops a registration number label', () => {
    expect(
      entities('The payment was screened against the lists of the Financial Authority of Ruritania.'),
    ).toEqual(['organization Financial Authority of Ruritania']);
    expect(entities('Kestrel Holdings Limited (Company Registration No. 200511223K) announced it.')).toEqual([
      'organization Kestrel Holdings Limited',
    ]);
  });

  it("keeps two countries' ministries apart when one has more portfolios", () => {
    expect(
      entities(
        "Ghana's Ministry of Foreign Affairs and Regional Integration denied it. Togo's Ministry of Foreign Affairs confirmed it.",
      ),
    ).toEqual([
      'organization Ministry of Foreign Affairs and Regional Integration',
      'organization Ministry of Foreign Affairs',
    ]);
  });
});

describe('entity rules found on the seventh held-out set: bodies that are not actors', () => {
  it("leaves out a body named as a person's workplace three words after the role noun", () => {
    expect(
      entities('"It is done," said Adaeze Okafor, head of border services at the Bureau of Entry Control.'),
    ).toEqual(['person Adaeze Okafor']);
  });

  it('leaves out the body a mission is accredited to, and a party a named member sits for', () => {
    expect(entities('It will keep its Permanent Mission to the United Nations Office at Vienna.')).toEqual(
      [],
    );
    expect(
      entities('The Chair welcomed the new member for the Green Forum Party, Lena Hofer, to the house.'),
    ).toEqual([]);
  });

  it('leaves out the bodies of an attendance or credit line', () => {
    expect(entities('For the Town Council (executive): Mara Keller, Mayor.')).not.toContain(
      'organization Town Council',
    );
    expect(entities('Minutes: Ana Roth, Council Services.')).toEqual([]);
  });

  it('leaves out a body used as a modifier of its mandate or code', () => {
    expect(entities("The Committee's Panel of Experts mandate ended in April.")).toEqual([]);
    expect(entities("The site signed the Global Verification Network's Code of Principles.")).toEqual([]);
  });

  it('reads a councillor as a title, not part of the name', () => {
    expect(entities('Councillor Hasler said a zoning change would take years.')).toEqual([]);
  });
});

describe('entity rules found on the seventh held-out set: minutes', () => {
  it('leaves out the masthead body of the first lines', () => {
    expect(entities('TOWN OF ELMWALD\nTown Parliament (Stadtrat)\n\nMINUTES of the 3rd sitting\n')).toEqual(
      [],
    );
  });

  it('reads who answers for a body, at their full name in the attendance', () => {
    const text = [
      'For the Town Council (executive): Mara Keller-Brunner, Mayor.',
      '',
      'Answer of the Town Council (Mayor Keller-Brunner):',
      '',
      '1. The ministry informed the town that the embassy will close.',
    ].join('\n');
    expect(entities(text)).toEqual(['person Mara Keller-Brunner']);
  });

  it('leaves out who only attends a sitting', () => {
    expect(
      entities('For the Town Council (executive): Mara Keller-Brunner, Mayor; Jon Frey, Councillor.'),
    ).toEqual([]);
    expect(entities('Present: 30 members. Chair: Ida Brunner-Lutz (President of Parliament).')).toEqual([]);
  });

  it('reads a double-barrelled name after a title, or before an office in capitals', () => {
    expect(entities('Municipal President Mara Keller-Brunner said the site would be sold.')).toEqual([
      'person Mara Keller-Brunner',
    ]);
    expect(entities('Mara Keller-Brunner, Municipal President, said the site would be sold.')).toEqual([
      'person Mara Keller-Brunner',
    ]);
    // A company before an office is not a person.
    expect(entities('Acme Holdings, Director of Operations, said so.')).not.toContain('person Acme Holdings');
  });
});

describe('entity rules found on the seventh held-out set: more name shapes', () => {
  it('reads "S.A. de C.V." as the end of a company name', () => {
    expect(entities('The cargo went to Comercial Brisa S.A. de C.V. in 2024.')).toEqual([
      'organization Comercial Brisa S.A. de C.V.',
    ]);
  });

  it('joins an adjective and "and" into a body\'s name, but not a first name', () => {
    expect(entities('The Economic and Financial Crimes Bureau said the funds were frozen.')).toEqual([
      'organization Economic and Financial Crimes Bureau',
    ]);
    expect(entities('Eric and Foreign Ministry officials met.')).toEqual(['organization Foreign Ministry']);
  });
});

describe('entity rules found on the seventh held-out set: slide decks', () => {
  it('reads a list item of running words and a source line, which are laid out as headings', () => {
    const text = [
      '## Slide 4 · Case study',
      '',
      '- Listed by the Treasury in 2024; its manager, Pak Chol-jin, was listed with it',
      '',
      '*Source: Ministry of Unification (ROK), tracker as of May 2026*',
    ].join('\n');
    expect(entities(text)).toEqual([
      'organization Treasury',
      'person Pak Chol-jin',
      'organization Ministry of Unification',
    ]);
  });

  it('still leaves out a heading and a short menu item', () => {
    expect(entities('## Ministry of Unification\n\n- Office of Policy\n\nThe count fell.')).toEqual([]);
  });
});

describe('entity rules found on the seventh held-out set: Latin American legal forms', () => {
  it('reads the legal forms of Spanish-speaking countries', () => {
    expect(entities('The goods went to Importadora Brisa Cía. Ltda. last year.')).toEqual([
      'organization Importadora Brisa Cía. Ltda.',
    ]);
    expect(entities('The landlord, Inmobiliaria Luna S.R.L., sued.')).toEqual([
      'organization Inmobiliaria Luna S.R.L.',
    ]);
    expect(entities('Payments reached Agroexport Cumbre S.A.C. in May.')).toEqual([
      'organization Agroexport Cumbre S.A.C.',
    ]);
    expect(entities('The building belongs to Rentas Ondas Limitada, which sued.')).toEqual([
      'organization Rentas Ondas Limitada',
    ]);
    // A city's initials are not a legal form.
    expect(entities('He flew to Washington D.C. on Monday.')).toEqual([]);
  });
});
