import { describe, expect, it } from 'vitest';
import { cueFor } from './hedges.ts';

/** The cue for the first occurrence of `word` in `text`, the whole text being its clause. */
function cue(text: string, word: string, korean = false) {
  const at = text.indexOf(word);
  return cueFor(text, { start: at, end: at + word.length }, { start: 0, end: text.length }, korean);
}

describe('cueFor', () => {
  it('reads "plans to shut" as planned', () => {
    expect(cue('Pyongyang plans to shut its consulate', 'shut')).toEqual({
      tense: 'planned',
      hedge: 'plans to',
    });
  });

  it('reads "is expected to", "in the process of", "slated for" and "targeted" as planned', () => {
    expect(cue('the mission is expected to close', 'close').tense).toBe('planned');
    expect(cue('it was currently in the process of withdrawing', 'withdrawing')).toEqual({
      tense: 'planned',
      hedge: 'in the process of',
    });
    expect(cue('missions that are allegedly slated for closure', 'closure')).toEqual({
      tense: 'planned',
      hedge: 'allegedly',
    });
    expect(cue('its embassy is among the targeted closures', 'closures').tense).toBe('planned');
  });

  it('reads "has closed" and "had withdrawn" as done', () => {
    expect(cue('North Korea has recently closed embassies', 'closed')).toEqual({
      tense: 'done',
      hedge: null,
    });
    expect(cue('North Korea had withdrawn from Guinea', 'withdrawn').tense).toBe('done');
  });

  it('lets "reportedly" hedge without changing the tense', () => {
    expect(cue('North Korea has reportedly closed it', 'closed')).toEqual({
      tense: 'done',
      hedge: 'reportedly',
    });
    expect(cue('North Korea reportedly closed it', 'closed')).toEqual({ tense: null, hedge: 'reportedly' });
  });

  it('reads a bare "to" only right before the verb', () => {
    expect(cue('Consulate in Hong Kong to Close', 'Close').tense).toBe('planned');
    expect(cue('ties to Moscow closed it', 'closed').tense).toBeNull();
  });

  it('reads Korean 철수 완료 and 폐쇄했다 as done, 폐쇄 예정/추진/검토 as planned', () => {
    expect(cue('방글라데시 대사관도 철수 완료했다', '철수', true).tense).toBe('done');
    expect(cue('대사관을 폐쇄했다', '폐쇄', true).tense).toBe('done');
    expect(cue('총영사관도 폐쇄할 예정이다', '폐쇄', true)).toEqual({ tense: 'planned', hedge: '할 예정' });
    expect(cue('공관 폐쇄를 추진하고 있다', '폐쇄', true)).toEqual({ tense: 'planned', hedge: '추진' });
    expect(cue('공관 폐쇄도 검토하고 있다', '폐쇄', true)).toEqual({ tense: 'planned', hedge: '검토' });
  });
});
