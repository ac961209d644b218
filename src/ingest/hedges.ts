import type { Span } from './span.ts';

/** What the words around a status word say about it: done, planned, or nothing. */
export interface Cue {
  /** `planned`: announced, expected, in process, under consideration; `done`: reported as happened. */
  tense: 'planned' | 'done' | null;
  /** The hedge or plan phrase as written ("reportedly", "plans to", "slated for"), if any. */
  hedge: string | null;
}

// Cues are read backwards from the status word; the nearest one wins, so in "was currently
// in the process of withdrawing" the plan ("in the process of") beats the past ("was").
const PLANNED =
  /\b(?:plans? to|planning to|planned|intends? to|intending to|aims? to|seeks? to|sought to|wants? to|decided to|decision to|moves? to|moving to|prepar(?:es|ing|ed) to|set to|expected to|poised to|likely to|going to|about to|scheduled (?:to|for)|slated (?:to|for)|earmarked for|targeted|proposed|announced plans to|will|would|shall|in the process of|in the midst of|considering|weighing|mulling|mulls|expects?|predicts?|forecasts?|anticipates?|threaten(?:s|ed)? to|could|might|begun|began|begins|started|starts|starting|to be|to)\b/gi;
// "is said to have considered closing": a plan weighed is a plan, whatever the tense (only right
// before the status word; read on the last few characters).
const WEIGHED = /\b(?:considered|contemplated|mulled|weighed)\s+$/;
const DONE = /\b(?:has|have|had|already|completed|finished|was|were|been)\b/gi;
// Words that hedge the report itself and leave the status as it is.
const EVIDENTIAL =
  /\b(?:reportedly|allegedly|alleged|apparently|purportedly|supposedly|(?:is|are) said to|(?:is|are) believed to|appears? to|may have|might have|(?:is|are) reported to|unconfirmed)\b/i;

const KO_PLANNED =
  /^\s?(?:을|를|도|는|의)?\s?(?:(?:할|될|하기로|키로|하려)(?:\s?(?:예정|계획|방침))?|예정|계획|추진|검토|방침|수순|결정|절차|작업|중|진행\s?(?:중|하고)|준비|가능성|대상|(?:가|이)\s?유력|하는\s?수순|할\s?것으로)/;
const KO_DONE = /^\s?(?:을|를|도|는)?\s?(?:했|됐|되었|하였|완료|한\s|된\s|해\s|돼\s|시켰|았|혔)/;
const KO_EVIDENTIAL = /(?:것으로 알려졌|것으로 전해졌|알려졌다|전해졌다)/;

// A conjunction that opens a clause of its own, with its subject, between a cue and a past status
// word ("a presence that began when the mission opened"); "after" and "once" go on with a plan.
const NEW_CLAUSE = /\b(?:when|where|while|because)\s+(?:the|its|their|it|they|an?)\b/i;

function nearest(re: RegExp, s: string): RegExpExecArray | null {
  re.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(s); m; m = re.exec(s)) last = m;
  return last;
}

/**
 * Reads the cue for the status word at `trigger` from the words in `region` before it
 * (English) or the verb ending after it (Korean). "plans to shut", "is expected to close",
 * "in the process of withdrawing", "slated for closure", "among the targeted closures",
 * 폐쇄 예정/추진/검토 are planned; "has closed", "had withdrawn", 철수 완료, 폐쇄했다 are done.
 * "reportedly" and "allegedly" only hedge.
 *
 * @example
 * const t = 'Pyongyang plans to shut its consulate';
 * cueFor(t, { start: 19, end: 23 }, { start: 0, end: t.length }, false) // { tense: 'planned', hedge: 'plans to' }
 */
export function cueFor(text: string, trigger: Span, region: Span, korean: boolean): Cue {
  if (korean) {
    const after = text.slice(trigger.end, Math.min(region.end, trigger.end + 16));
    const reported =
      KO_EVIDENTIAL.exec(text.slice(trigger.end, Math.min(region.end, trigger.end + 40)))?.[0] ?? null;
    const planned = KO_PLANNED.exec(after);
    if (planned) return { tense: 'planned', hedge: planned[0].trim().replace(/^(?:을|를|도|는|의)\s?/, '') };
    if (KO_DONE.test(after)) return { tense: 'done', hedge: reported };
    return { tense: null, hedge: reported };
  }
  const before = text.slice(Math.max(region.start, trigger.start - 90), trigger.start);
  const evidential = EVIDENTIAL.exec(before)?.[0] ?? null;
  const tail = before.slice(-16);
  const weighed = tail.includes('ed ') ? WEIGHED.exec(tail) : null;
  if (weighed) return { tense: 'planned', hedge: evidential ?? weighed[0].trim() };
  const planned = nearest(PLANNED, before);
  const done = nearest(DONE, before);
  // A bare "to" only plans when it directly precedes the verb ("decision to close", "to Close").
  // "a presence that began when the mission opened": a plan before a new clause is not this verb's.
  const plannedOk =
    planned &&
    (planned[0].toLowerCase() !== 'to' || /^to\s+$/i.test(before.slice(planned.index))) &&
    !(/ed$/.test(text.slice(trigger.start, trigger.end)) && NEW_CLAUSE.test(before.slice(planned.index)));
  if (plannedOk && (!done || planned.index > done.index))
    return { tense: 'planned', hedge: evidential ?? planned[0] };
  if (done) return { tense: 'done', hedge: evidential };
  return { tense: null, hedge: evidential };
}
