import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linesOf } from './segment.ts';
import { sentenceEnds } from './sentence-breaks.ts';

// ICU (Intl.Segmenter) is the reference implementation of UAX #29.
const icu = {
  en: new Intl.Segmenter('en', { granularity: 'sentence' }),
  ko: new Intl.Segmenter('ko', { granularity: 'sentence' }),
};

function icuEnds(line: string): number[] {
  const segmenter = /[\uac00-\ud7a3]/.test(line) ? icu.ko : icu.en;
  return [...segmenter.segment(line)].map((s) => s.index + s.segment.length);
}

const ours = (line: string) => sentenceEnds(line, 0, line.length);

describe('sentenceEnds', () => {
  it.each([
    'He said "Why?" and left. Then "No!" she cried. (It closed.) Next one.',
    'The U.S. embassy in Rome. The U.S. Embassy said so. e.g. this one. Mr. Kim left.',
    'It rose 3.5 percent. It closed in 2023. 3 missions closed. x. 3 cats. Y',
    'Wait... what? Really?! Yes... The end. Hello!!! World',
    '“Closed.” The mission said. ‘It shut.’ Then. It closed.“The end” he said.',
    '북한이 대사관을 폐쇄했다. 통일부가 밝혔다! 정말? 네。 그렇다。다음',
    'A.B. Smith arrived. a.b. smith arrived. Abc.Def ghi. one.two Three.Four',
    'Closed.[2] Next. Closed.2 Next. End. — Next. End.\u00a0Next. End.\u3000Next.',
    'Done? yes. Done! no. It closed: the end. [1] Next. x. (the cat). Y',
  ])('agrees with Intl.Segmenter on %j', (line) => {
    expect(ours(line)).toEqual(icuEnds(line));
  });

  it('agrees with Intl.Segmenter on every line of the fixture articles and the seeds', () => {
    const dirs = [
      join(import.meta.dirname, '../../test/fixtures/articles'),
      join(import.meta.dirname, '../../test/fixtures/heldout'),
      join(import.meta.dirname, '../../test/fixtures/heldout2'),
      join(import.meta.dirname, '../../../shared/seeds'),
    ].filter((d) => existsSync(d));
    let lines = 0;
    for (const dir of dirs) {
      for (const file of readdirSync(dir)) {
        const text = readFileSync(join(dir, file), 'utf8');
        for (const span of linesOf(text)) {
          const line = text.slice(span.start, span.end);
          // A paragraph broken at a fixed width is one line, its breaks read as spaces.
          expect(ours(line), `${file}: ${line.slice(0, 80)}`).toEqual(icuEnds(line.replace(/[\r\n]/g, ' ')));
          lines++;
        }
      }
    }
    // The fixtures in this repository alone give several hundred lines.
    expect(lines).toBeGreaterThan(300);
  });

  it('reads offsets inside a longer text', () => {
    const text = 'Intro.\nNorth Korea closed it. Spain confirmed.';
    expect(sentenceEnds(text, 7, text.length)).toEqual([30, text.length]);
  });
});
