import { describe, expect, it } from 'vitest';
import { clausesOf, linesOf, sentencesOf } from './segment.ts';

const sentences = (text: string) => sentencesOf(text).map((s) => text.slice(s.start, s.end));

describe('sentencesOf', () => {
  it('splits English text into sentences with offsets into the text', () => {
    const text = 'North Korea closed two embassies. Spain confirmed it!\nNext paragraph here.';
    const found = sentencesOf(text);
    expect(found.map((s) => [s.start, s.end])).toEqual([
      [0, 33],
      [34, 53],
      [54, 74],
    ]);
    expect(found.map((s) => s.line)).toEqual([0, 0, 1]);
  });

  it('does not end a sentence at an abbreviation that continues a name or date', () => {
    expect(
      sentences('Thae spoke at the U.N. Security Council. Korea National Insurance Corp. told the Post.'),
    ).toEqual(['Thae spoke at the U.N. Security Council.', 'Korea National Insurance Corp. told the Post.']);
    expect(sentences('SEOUL, Nov. 2 (UPI) — The embassy shut.')).toEqual([
      'SEOUL, Nov. 2 (UPI) — The embassy shut.',
    ]);
  });

  it('ends a sentence before a footnote number glued to its full stop', () => {
    expect(sentences('It closed the consulate in Hong Kong.1 The withdrawal followed.')).toEqual([
      'It closed the consulate in Hong Kong.1',
      'The withdrawal followed.',
    ]);
  });

  it('splits Korean sentences', () => {
    expect(sentences('북한이 대사관을 폐쇄했다. 통일부가 밝혔다.')).toEqual([
      '북한이 대사관을 폐쇄했다.',
      '통일부가 밝혔다.',
    ]);
  });

  it('keeps a line without a full stop as one sentence', () => {
    expect(sentences('North Korea Withdraws Embassies in Hong Kong and Libya')).toHaveLength(1);
  });
});

describe('linesOf', () => {
  it('skips blank lines and trims the others', () => {
    const text = '  Title  \n\n\r\nBody line.\r\n';
    expect(linesOf(text).map((l) => text.slice(l.start, l.end))).toEqual(['Title', 'Body line.']);
  });
});

describe('clausesOf', () => {
  it('splits at subordinate and attribution commas and before a new verb phrase', () => {
    const text =
      'North Korea had withdrawn from Guinea and was in the process of leaving Nepal, Yonhap reported.';
    expect(clausesOf(text, { start: 0, end: text.length }).map((c) => text.slice(c.start, c.end))).toEqual([
      'North Korea had withdrawn from Guinea',
      'was in the process of leaving Nepal',
      'Yonhap reported.',
    ]);
  });

  it('keeps a list of counts in one clause', () => {
    const text = 'Pyongyang has 47 embassies, three consulates, and three representative offices.';
    expect(clausesOf(text, { start: 0, end: text.length })).toHaveLength(1);
  });
});
