import { describe, expect, it } from 'vitest';
import { numbersIn } from './numbers.ts';

const read = (text: string) =>
  numbersIn(text).map((n) => [text.slice(n.start, n.end), n.value, n.qualifier, n.currency ?? n.counter]);

describe('numbersIn', () => {
  it('reads digits, words and scales', () => {
    expect(
      read('three consulates, 2,000 containers, 1 million shells, twenty-five people, 47 embassies'),
    ).toEqual([
      ['three', 3, 'exact', null],
      ['2,000', 2000, 'exact', null],
      ['1 million', 1000000, 'exact', null],
      ['twenty-five', 25, 'exact', null],
      ['47', 47, 'exact', null],
    ]);
  });

  it('reads money in base units with its ISO 4217 code', () => {
    expect(read('$1.7 billion, $4.5 million, €12m, 2 trillion won')).toEqual([
      ['$1.7 billion', 1700000000, 'exact', 'USD'],
      ['$4.5 million', 4500000, 'exact', 'USD'],
      ['€12m', 12000000, 'exact', 'EUR'],
      ['2 trillion won', 2000000000000, 'exact', 'KRW'],
    ]);
  });

  it('reads "a dozen" as 12 and the qualifier written before a number', () => {
    expect(
      read('more than a dozen, as many as a dozen, almost 300, about 2,000, at least ten, over 1,000'),
    ).toEqual([
      ['a dozen', 12, 'more_than', null],
      ['a dozen', 12, 'up_to', null],
      ['300', 300, 'about', null],
      ['2,000', 2000, 'about', null],
      ['ten', 10, 'at_least', null],
      ['1,000', 1000, 'more_than', null],
    ]);
  });

  it('reads Korean amounts and counters', () => {
    expect(read('코인 2조원, 약 1,500만 달러, 재외공관 44개로, 7개국, 개인 2명, 40여 개')).toEqual([
      ['2조원', 2000000000000, 'exact', 'KRW'],
      ['1,500만 달러', 15000000, 'about', 'USD'],
      ['44개', 44, 'exact', '개'],
      ['7개국', 7, 'exact', '개국'],
      ['2명', 2, 'exact', '명'],
      ['40여 개', 40, 'more_than', '개'],
    ]);
  });

  it('skips what is not a count: percentages, calibres, ranges, dates, ordinals, glued digits', () => {
    expect(
      read(
        '10% of it, a 284% rise, 155 mm and 122mm shells, pages 73–88, Nov. 2, the 5th, Covid-19, the 1990s, three-year',
      ),
    ).toEqual([]);
  });

  it('marks bare four-digit numbers as possible years', () => {
    expect(numbersIn('in 2009 and 2000 containers').map((n) => n.yearLike)).toEqual([true, true]);
    expect(numbersIn('$2000').map((n) => n.yearLike)).toEqual([false]);
  });

  it('leaves out the second year of a range', () => {
    expect(numbersIn('between 2021 and 2024 employees').map((n) => n.value)).toEqual([2021]);
    expect(numbersIn('from 2019 to 2023 staff').map((n) => n.value)).toEqual([2019]);
  });

  it('reads Korean numerals in groups of 만 and 억, 천 inside a group', () => {
    expect(numbersIn('수출액은 1천200만 달러').map((n) => [n.value, n.currency])).toEqual([
      [12000000, 'USD'],
    ]);
    expect(numbersIn('1억 2천만 원').map((n) => n.value)).toEqual([120000000]);
    expect(numbersIn('2조 5천억원').map((n) => n.value)).toEqual([2500000000000]);
  });

  it('keeps the digits a decimal amount was written with', () => {
    expect(numbersIn('trade reached 4.1 billion yuan').map((n) => n.value)).toEqual([4100000000]);
    expect(numbersIn('$4.1 million').map((n) => n.value)).toEqual([4100000]);
  });

  it('reads a qualifier through Markdown emphasis, and "fewer than" as up to', () => {
    expect(numbersIn('about **€1.2 million**').map((n) => n.qualifier)).toEqual(['about']);
    expect(numbersIn('fewer than 45 posts').map((n) => n.qualifier)).toEqual(['up_to']);
  });

  it('reads other currencies by symbol and by name', () => {
    expect(numbersIn('Rp 2.1 billion and CHF 3.4 million').map((n) => [n.value, n.currency])).toEqual([
      [2100000000, 'IDR'],
      [3400000, 'CHF'],
    ]);
    expect(
      numbersIn('48 million naira and about R$2.4 million').map((n) => [n.value, n.currency, n.qualifier]),
    ).toEqual([
      [48000000, 'NGN', 'exact'],
      [2400000, 'BRL', 'about'],
    ]);
  });

  it('reads any ISO 4217 code written in capitals before an amount, and currencies named with their country', () => {
    expect(read('a fine of PLN 75,000, AED 9.2 million, THB 3.5m and 1.4 million Egyptian pounds')).toEqual([
      ['PLN 75,000', 75000, 'exact', 'PLN'],
      ['AED 9.2 million', 9200000, 'exact', 'AED'],
      ['THB 3.5m', 3500000, 'exact', 'THB'],
      ['1.4 million Egyptian pounds', 1400000, 'exact', 'EGP'],
    ]);
    // A lower-case word that spells a code is not one.
    expect(read('we try 3 times')).toEqual([['3', 3, 'exact', null]]);
    expect(read('임차료 28만 나미비아달러')).toEqual([['28만 나미비아달러', 280000, 'exact', 'NAD']]);
  });

  it('reads Korean native numerals before a counter, and a pair of them as its upper bound', () => {
    expect(read('공관 일곱 곳, 외교관 열두 명, 두세 곳 정도, 세대 차이, 두건')).toEqual([
      ['일곱 곳', 7, 'exact', '곳'],
      ['열두 명', 12, 'exact', '명'],
      ['두세 곳', 3, 'up_to', '곳'],
    ]);
  });

  it('reads a range written with a tilde as its upper bound', () => {
    expect(read('2~3곳, 20만~40만 달러')).toEqual([
      ['3곳', 3, 'up_to', '곳'],
      ['40만 달러', 400000, 'up_to', 'USD'],
    ]);
  });

  it('reads "the mid-forties" as about 45, but not an age', () => {
    expect(read('it could be in the mid-forties, a man in his mid-forties')).toEqual([
      ['mid-forties', 45, 'about', null],
    ]);
  });

  it('skips a footnote marker after a full stop or bracket, and days before a short month', () => {
    expect(read('줄었다.12)13) 그리고 as of 14 Feb: 40 (52 in 2023)')).toEqual([
      ['40', 40, 'exact', null],
      ['52', 52, 'exact', null],
      ['2023', 2023, 'exact', null],
    ]);
  });
});
