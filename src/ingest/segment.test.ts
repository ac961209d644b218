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

describe('linesOf: a paragraph broken at a fixed width (text from a PDF)', () => {
  const lines = (text: string) => linesOf(text).map((l) => text.slice(l.start, l.end));

  it('joins a hyphenated word, a line that goes on in lower case, an open end and a comma', () => {
    const text =
      'The office in Minsk, which had traded since 2012 under the\nname of a local firm, closed in Decem-\nber 2025. An official at the trade ministry, Mr.\nIvan Petrov, said the staff left for Moscow, where the\nembassy stays open. The caption reads: a ship at anchor,\n   Port Sudan, in May.';
    expect(lines(text)).toEqual([text]);
    // The sentences run over the breaks, which stay in the text.
    expect(sentences(text)).toEqual([
      'The office in Minsk, which had traded since 2012 under the\nname of a local firm, closed in Decem-\nber 2025.',
      'An official at the trade ministry, Mr.\nIvan Petrov, said the staff left for Moscow, where the\nembassy stays open.',
      'The caption reads: a ship at anchor,\n   Port Sudan, in May.',
    ]);
  });

  it('keeps apart headings, list items, table rows and lines that end a sentence', () => {
    expect(lines('3.2 Belarus\nThe office closed.')).toEqual(['3.2 Belarus', 'The office closed.']);
    expect(lines('The embassies closed in:\n- Minsk, for the\n- Kyiv')).toEqual([
      'The embassies closed in:',
      '- Minsk, for the',
      '- Kyiv',
    ]);
    expect(lines('Minsk      closed,\nKyiv       open')).toEqual(['Minsk      closed,', 'Kyiv       open']);
    expect(lines('The office in Minsk closed in December.\nThe embassy in Kyiv stays open.')).toEqual([
      'The office in Minsk closed in December.',
      'The embassy in Kyiv stays open.',
    ]);
    // A short line that ends on "the" is a title, not a wrapped line.
    expect(lines('Notes on the\nEmbassy list')).toEqual(['Notes on the', 'Embassy list']);
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
