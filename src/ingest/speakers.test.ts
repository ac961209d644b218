import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract.ts';

const attributions = (text: string) =>
  extractClaims(text, { doc: 't.txt', published: '2025-04-02' })
    .filter((c) => c.kind !== 'entity')
    .map((c) => [c.kind, c.attributed_to]);

describe('speakers of a transcript', () => {
  it("gives a claim without its own source to the speaker of its turn, and a question's to no one", () => {
    const briefing = [
      'Regular Press Conference of Spokesperson Lin Meiyu',
      'Lin Meiyu: Good afternoon. The floor is open.',
      'Q (Nordic Wire): The DPRK has closed its embassy in Helsinki. Is that right?',
      'A: The DPRK Embassy in Stockholm functions normally.',
      'Q (Kyiv Post): A follow-up. Belarusian media reported that North Korea reopened its embassy in Minsk. Can you confirm?',
      'A: I have nothing to add.',
    ].join('\n\n');
    expect(attributions(briefing)).toEqual([
      ['mission_status', null],
      ['mission_status', 'Lin Meiyu'],
      ['mission_status', 'Belarusian media'],
    ]);
  });

  it('reads timestamped labels in capitals as the speaker, in ordinary case', () => {
    const podcast = [
      '**[00:00:05] MARA LINDQVIST:** Welcome back.',
      '**[00:00:09] JOHAN PAK:** Thanks. North Korea shut its embassy in Oslo in March.',
      '**[00:01:10] MARA LINDQVIST:** And Copenhagen?',
    ].join('\n\n');
    expect(attributions(podcast)).toEqual([['mission_status', 'Johan Pak']]);
  });

  it('reads no speakers in an article with a note or two', () => {
    const article = [
      'Note: this story was updated.',
      'North Korea closed its embassy in Oslo in March, officials said.',
      'Update: the ministry confirmed it.',
    ].join('\n\n');
    expect(attributions(article)).toEqual([['mission_status', 'officials']]);
  });
});
