import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract.ts';

const TAB_TABLE = [
  'North Korea reshaped its network.',
  '',
  '구분\t2023년 1월\t2025년 2월\t증감',
  '대사관\t47\t41\t-6',
  '합계\t53\t44\t-9',
].join('\n');

const PIPE_TABLE = [
  'North Korea traded more in 2025.',
  '',
  '| item | Q1 2025 | change |',
  '|---|---|---|',
  '| Rice imports (tonnes, est.) | 52,000 | +3% |',
  '| Port calls recorded | 17 | -2 |',
].join('\n');

const STATUS_TABLE = [
  "North Korea's posts in the Balkans:",
  '',
  '| Mission | Status | Since | Covered by |',
  '|---|---|---|---|',
  '| Embassy, Bucharest | Closed | Mar 2025 | Embassy in Sofia |',
  '| Embassy, Sofia | Operating, 5 diplomats | — | — |',
  '| Consulate, Vladivostok | Closing (announced) | May 2025 | — |',
].join('\n');

describe('tables', () => {
  it('reads a status table row by row, dated by its Since column, with the covering post', () => {
    const claims = extractClaims(STATUS_TABLE, { doc: 't.md', published: '2025-06-01' });
    expect(
      claims
        .filter((c) => c.kind === 'mission_status')
        .map((c) => c.kind === 'mission_status' && `${c.host} ${c.mission_type} ${c.status} ${c.date}`),
    ).toEqual(['RO embassy closed 2025-03', 'BG embassy open null', 'RU consulate closing 2025-05']);
    expect(
      claims
        .filter((c) => c.kind === 'coverage')
        .map((c) => c.kind === 'coverage' && `${c.from_host}>${c.by_host}`),
    ).toEqual(['RO>BG']);
  });

  it('reads counts of missions by row, dated by the column header, without the change column', () => {
    const counts = extractClaims(TAB_TABLE, { doc: 't.txt', published: '2025-03-04' })
      .filter((c) => c.kind === 'mission_count')
      .map((c) => c.kind === 'mission_count' && `${c.what} ${c.value} as_of=${c.as_of} | ${c.quote}`);
    expect(counts).toEqual([
      'embassies 47 as_of=2023-01 | 대사관\t47\t41\t-6',
      'embassies 41 as_of=2025-02 | 대사관\t47\t41\t-6',
      'missions 53 as_of=2023-01 | 합계\t53\t44\t-9',
      'missions 44 as_of=2025-02 | 합계\t53\t44\t-9',
    ]);
  });

  it('reads other figures of a Markdown table, unit from the brackets or the plural noun', () => {
    const quantities = extractClaims(PIPE_TABLE, { doc: 't.md', published: '2025-05-05' })
      .filter((c) => c.kind === 'quantity')
      .map((c) => c.kind === 'quantity' && `${c.value} ${c.unit} ${c.qualifier} (${c.what})`);
    expect(quantities).toEqual(['52000 tonnes about (Rice imports)', '17 calls exact (Port calls recorded)']);
  });

  it('reads the rows of a table its caption says counts missions, and years as column dates', () => {
    const text = [
      'North Korea has cut its network.',
      '',
      'Table 1. Number of North Korean missions by region',
      '| Region | 2021 | 2024/6 | change |',
      '|---|---|---|---|',
      '| Africa | 14 | 9 | -5 |',
      '| Opened in 1975 | 3 | 2 | -1 |',
    ].join('\n');
    const counts = extractClaims(text, { doc: 't.md', published: '2025-03-04' })
      .filter((c) => c.kind === 'mission_count')
      .map((c) => c.kind === 'mission_count' && `${c.what} ${c.value} as_of=${c.as_of}`);
    expect(counts).toEqual([
      'missions 14 as_of=2021',
      'missions 9 as_of=2024-06',
      'missions 3 as_of=2021',
      'missions 2 as_of=2024-06',
    ]);
  });

  it("reads no figures from a year column or from a name in the row label, but a staff column's", () => {
    const text = [
      'North Korean missions in Africa',
      '',
      'Host country\tCity\tOpened\tStaff',
      'Central African Republic\tBangui\t1969\t4',
      'United States\tNew York\t1991\t12',
    ].join('\n');
    expect(
      extractClaims(text, { doc: 't.txt', published: '2025-03-04' })
        .filter((c) => c.kind === 'quantity')
        .map((c) => c.kind === 'quantity' && `${c.value} ${c.unit} ${c.qualifier} (${c.what})`),
    ).toEqual(['4 staff exact (Staff, Central African Republic)', '12 staff exact (Staff, United States)']);
  });

  it('reads a plain-text table aligned with spaces, units from its column headers', () => {
    const text = [
      'Shipments through the port fell again:',
      '',
      '  Year   Ships   Cargo (tonnes)',
      '  2024   17      93,000',
      '  2025   9       41,500',
      '',
      'Officials said the trade  had moved  elsewhere.',
    ].join('\n');
    expect(
      extractClaims(text, { doc: 't.txt', published: '2026-03-04' })
        .filter((c) => c.kind === 'quantity')
        .map((c) => c.kind === 'quantity' && `${c.value} ${c.unit} (${c.what})`),
    ).toEqual([
      '17 ships (Ships, 2024)',
      '93000 tonnes (Cargo, 2024)',
      '9 ships (Ships, 2025)',
      '41500 tonnes (Cargo, 2025)',
    ]);
  });

  it("reads a table's figures in the scale and currency its caption gives", () => {
    const text = ['무역 추이 (단위: 천 달러)', '연도\t수출\t수입', '2024\t120\t35', '2025\t88\t12'].join(
      '\n',
    );
    expect(
      extractClaims(text, { doc: 't.txt', published: '2026-03-04' })
        .filter((c) => c.kind === 'quantity')
        .map((c) => c.kind === 'quantity' && `${c.value} ${c.unit}`),
    ).toEqual(['120000 USD', '35000 USD', '88000 USD', '12000 USD']);
  });
});

describe('tables: a wiki list of missions (q-status)', () => {
  const WIKI_TABLE = [
    'North Korean missions in Africa',
    '',
    'Host country\tCity\tMission\tOpened\tStatus\tCovered by',
    'Tanzania\tDar es Salaam\tEmbassy\t1965\tOpen\t',
    'Uganda\tKampala\tEmbassy\t1972\tClosed (October 2023)\tEmbassy in Dar es Salaam',
    'Angola\tLuanda\tEmbassy\t1976\tClosed (2023)\tEmbassy in Pretoria',
  ].join('\n');

  it('reads rows that lost their empty last cells, the date in the status cell, the opening year and the covering post', () => {
    const claims = extractClaims(WIKI_TABLE, { doc: 't.html', published: '2026-04-03' });
    expect(
      claims
        .filter((c) => c.kind === 'mission_status')
        .map(
          (c) =>
            c.kind === 'mission_status' &&
            `${c.sending}>${c.host} ${c.city} ${c.mission_type} ${c.status} ${c.date} | ${c.quote}`,
        ),
    ).toEqual([
      'KP>TZ Dar es Salaam embassy open null | Tanzania\tDar es Salaam\tEmbassy\t1965\tOpen',
      'KP>UG Kampala embassy closed 2023-10 | Uganda\tKampala\tEmbassy\t1972\tClosed (October 2023)\tEmbassy in Dar es Salaam',
      'KP>UG Kampala embassy open 1972 | Uganda\tKampala\tEmbassy\t1972',
      'KP>AO Luanda embassy closed 2023 | Angola\tLuanda\tEmbassy\t1976\tClosed (2023)\tEmbassy in Pretoria',
      'KP>AO Luanda embassy open 1976 | Angola\tLuanda\tEmbassy\t1976',
    ]);
    expect(
      claims
        .filter((c) => c.kind === 'coverage')
        .map((c) => c.kind === 'coverage' && `${c.from_host}>${c.by_host} ${c.by_city}`),
    ).toEqual(['UG>TZ Dar es Salaam', 'AO>ZA Pretoria']);
  });
});
