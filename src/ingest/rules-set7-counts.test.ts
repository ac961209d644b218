import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract.ts';
import { numbersIn } from './numbers.ts';

describe('count and quantity rules found on the seventh held-out set', () => {
  const claims = (text: string) => extractClaims(text, { doc: 't.txt', published: '2026-06-10' });
  const counts = (text: string) =>
    claims(text)
      .filter((c) => c.kind === 'mission_count')
      .map((c) => c.kind === 'mission_count' && `${c.value} ${c.what} ${c.relation} ${c.qualifier}`);
  const quantities = (text: string) =>
    claims(text)
      .filter((c) => c.kind === 'quantity')
      .map((c) => c.kind === 'quantity' && `${c.value} ${c.unit} ${c.qualifier}`);

  // Invented sentences in mixed Korean and hanja (國漢文), about a made-up network.
  const hanja =
    '北韓 大使館이 또 門을 닫았다. 駐某國 公館의 撤收는 豫告된 일이었다. 外交部는 公館 運營 實態를 點檢했다. ';

  it('reads counts of missions written in hanja (在外公館, 公館) as counts, not quantities', () => {
    expect(counts(`${hanja}北韓의 在外公館은 2022年 末 60곳에서 現在 47곳으로 줄었다.`)).toEqual([
      '60 missions total exact',
      '47 missions remaining exact',
    ]);
    expect(quantities(`${hanja}北韓의 在外公館은 2022年 末 60곳에서 現在 47곳으로 줄었다.`)).toEqual([]);
  });

  it('reads "N곳이 된다" after a count as what is left, and "두세 곳이 더 門을 닫는다" as closures', () => {
    expect(
      counts(`${hanja}在外公館은 現在 47곳이다. 다른 한 곳까지 빠지면 46곳이 된다.`).filter((c) =>
        String(c).startsWith('46'),
      ),
    ).toEqual(['46 missions remaining exact']);
    // (The relation of a future "닫을 것이다" is the hedge reader's, in hangul as in hanja.)
    expect(counts(`${hanja}향후 서너 곳이 더 門을 닫을 것이다.`).map((c) => String(c).slice(0, 10))).toEqual([
      '4 missions',
    ]);
  });

  it('leaves out a proportion ("다섯 곳 가운데 한 곳꼴") and what one mission costs (한 곳을 維持)', () => {
    const text = `${hanja}지난 2年 사이 公館 여섯 곳 가운데 한 곳꼴로 門을 닫았다. 公館 한 곳을 維持하는 데 年 40만 달러가 든다.`;
    expect(counts(text)).toEqual([]);
    expect(quantities(text)).toEqual(['400000 USD exact']);
  });

  it('reads the sum after "등 총" and the earlier total in "N곳에 비해 M곳이 줄어든"', () => {
    const text =
      '□ 정부는 북한의 재외공관을 대사관 40곳, 총영사관 2곳, 대표부 3곳 등 총 45곳으로 보고 있습니다.\n' +
      '○ 이는 2022년 6월의 58곳에 비해 13곳이 줄어든 것입니다.\n';
    expect(counts(text)).toEqual([
      '40 embassies total exact',
      '2 consulates total exact',
      '3 representative_offices total exact',
      '45 missions total exact',
      '58 missions total exact',
    ]);
    expect(quantities(text)).toEqual(['13 entities exact']);
  });

  it('leaves out a count of places named in quotes (a figure under discussion)', () => {
    const text =
      "북한 대사관과 공관 현황을 묻는 질의입니다. 공관 수는 줄었습니다. 한 신문이 쓴 '50곳'은 오래된 집계입니다.";
    expect(quantities(text)).toEqual([]);
  });

  it('reads "40餘 名" in mixed script as more than 40 people', () => {
    expect(numbersIn('勞動者 40餘 名이').map((n) => [n.value, n.qualifier, n.counter])).toEqual([
      [40, 'more_than', '명'],
    ]);
  });

  it('scales crore and lakh', () => {
    expect(quantities('The shipment was valued at BDT 12 crore (about $1 million).')).toEqual([
      '120000000 BDT exact',
      '1000000 USD about',
    ]);
    expect(numbersIn('INR 4.5 lakh').map((n) => [n.value, n.currency])).toEqual([[450000, 'INR']]);
  });

  it('reads a Markdown table row whose cells are in bold', () => {
    const text =
      "North Korea's missions abroad\n\n| Kind | Jan 2022 | Mar 2026 |\n|---|---:|---:|\n| Embassies | 50 | 41 |\n| **Total** | **56** | **45** |\n";
    expect(counts(text)).toEqual([
      '50 embassies total exact',
      '41 embassies total exact',
      '56 missions total exact',
      '45 missions total exact',
    ]);
  });

  it('reads "pulled out of N capitals" after a count as closures', () => {
    const text =
      'The ministry counts 44 North Korean diplomatic missions.\n\nPyongyang has pulled out of at least seven Asian capitals since 2022, the ministry says.';
    expect(counts(text)).toEqual(['44 missions total exact', '7 missions closed at_least']);
  });

  it('reads "That is down from N" and "the count could be below N" after a count', () => {
    const text =
      'Its spring report lists 45 North Korean missions abroad. That is down from 51 at the start of 2023. ' +
      'If closures go on, the count could be below 38 by 2029.';
    expect(counts(text)).toEqual([
      '45 missions total exact',
      '51 missions total exact',
      '38 missions remaining up_to',
    ]);
    // Without a count just before, "down from" counts nothing.
    expect(counts('Exports rose sharply. That is down from 51 at the start of 2023.')).toEqual([]);
  });

  it('leaves out a count the text tells readers not to rely on', () => {
    const text =
      'North Korea has 44 missions abroad. Its own embassy directory still lists 52 missions, so do not rely on it.';
    expect(counts(text)).toEqual(['44 missions total exact']);
  });

  it("leaves out the figures of a fact-check's quoted claim, and reads its verdict", () => {
    const text =
      'North Korea has few missions in Africa.\n\nCLAIM 2: "Only four North Korean embassies are left in Africa, with 3,000 workers."\n\nRATING: FALSE. The ministry says Pyongyang keeps seven embassies on the continent.';
    expect(counts(text)).toEqual(['7 embassies total exact']);
    expect(quantities(text)).toEqual([]);
  });

  it("leaves out a story's sources, attendance and votes", () => {
    expect(
      quantities(
        'Present: 35 members\nThe postulate was adopted by 24 votes to 9. The embassy sent home 14 workers, according to the two officials at the ministry.',
      ),
    ).toEqual(['14 workers exact']);
  });

  it('leaves out the other rows of a table of mission kinds', () => {
    const text =
      "North Korea's missions abroad\n\n| Kind | Jan 2022 | Mar 2026 |\n|---|---:|---:|\n| Embassies | 50 | 41 |\n| Other (UN, trade) | 4 | 3 |\n";
    expect(quantities(text)).toEqual([]);
  });

  it('reads a noun on the next line of a hard-wrapped paragraph', () => {
    expect(quantities('The sanctions list now comprises 81 individuals and 70\nentities.')).toEqual([
      '81 individuals exact',
      '70 entities exact',
    ]);
    // A new line that starts a heading is not the noun.
    expect(quantities('The sanctions list now comprises 81 individuals and 70\nEntities removed')).toEqual([
      '81 individuals exact',
    ]);
  });

  it('counts "More than N have left" with the people of the sentence before, without chaining', () => {
    const text =
      'Records show that 230 North Korean nationals held permits in Zambia. "More than 120 have left since March," said an official. Only 12 were arrested.';
    expect(quantities(text)).toEqual(['230 nationals exact', '120 nationals more_than']);
    // Not after a sentence that counts no people.
    expect(quantities('The ship carried 40 containers. More than 20 have left the port.')).toEqual([
      '40 containers exact',
    ]);
  });

  it('reads foreign missions in one host, which the count stage leaves, as a quantity', () => {
    expect(
      quantities(
        "Singapore's Harbour Land Ltd announced the surrender of a lease. Harbour Land leases residential properties to nine diplomatic missions in Singapore.",
      ),
    ).toEqual(['9 missions exact']);
    expect(
      quantities(
        "North Korea's embassy in Lima will close. About three dozen countries keep embassies in Lima.",
      ),
    ).toEqual(['36 embassies about']);
  });

  it('does not read other places counted with 곳 as missions in a text about missions', () => {
    const text =
      '북한 대사관이 문을 닫았다. 공관 철수는 예고됐다. 외교부는 공관 실태를 점검했다. 재외공관은 현재 44곳이다. 시내 식당 5곳에 비해 3곳이 늘었다. 그러면 식당 9곳이 된다.';
    expect(counts(text)).toEqual(['44 missions total exact']);
  });

  it("reads a quiz's answer line to a question about missions, and nothing else on answer lines", () => {
    const text =
      'North Korea has 44 missions.\n\n**Q:** Suppose Pyongyang shuts some embassies. How many missions would it have left?\n\n**A:** 41\n\nQ: How many staff work at the embassy?\n\nA: 12\n';
    expect(counts(text)).toEqual(['44 missions total exact', '41 missions remaining exact']);
  });

  it('leaves missions counted in one foreign host to the quantities, even when the text is about North Korea', () => {
    const about = 'North Korea closed its embassy in Harare last year. ';
    const text = `${about}The landlord rents offices to seven diplomatic missions in Zambia.`;
    expect(counts(text)).toEqual([]);
    expect(quantities(text)).toEqual(['7 missions exact']);
    // The sender's own missions, listed over several hosts or counted with the sender named, stay counts.
    expect(counts(`${about}North Korea keeps two missions in China.`)).toEqual(['2 missions total exact']);
    expect(counts(`${about}Three embassies in Uganda, Angola and Spain were closed as well.`)).toEqual([
      '3 embassies closed exact',
    ]);
  });
});
