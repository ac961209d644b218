import { describe, expect, it } from 'vitest';
import { isAsciiWordUnit, isSpaceUnit } from './chars.ts';

describe('isSpaceUnit and isAsciiWordUnit', () => {
  it('agree with \\s and \\w on every UTF-16 code unit', () => {
    const spaces: number[] = [];
    const words: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isSpaceUnit(c) !== /\s/.test(ch)) spaces.push(c);
      if (isAsciiWordUnit(c) !== /\w/.test(ch)) words.push(c);
    }
    expect(spaces).toEqual([]);
    expect(words).toEqual([]);
  });

  it('reads nothing past the end of a string', () => {
    expect(isSpaceUnit(''.charCodeAt(0))).toBe(false);
    expect(isAsciiWordUnit(''.charCodeAt(0))).toBe(false);
  });
});
