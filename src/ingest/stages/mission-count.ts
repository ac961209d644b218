import type {
  MissionCountClaim,
  MissionCountRelation,
  MissionCountWhat,
  Qualifier,
} from '../../domain/claim.ts';
import { sourceOf, speaksFor } from '../attribution.ts';
import { isSpaceUnit } from '../chars.ts';
import type { DateMention } from '../dates.ts';
import {
  type Analysis,
  datesWithin,
  lineOf,
  numbersWithin,
  placesWithin,
  triggersWithin,
} from '../document.ts';
import type { Place } from '../gazetteer.ts';
import { cueFor } from '../hedges.ts';
import { reportsNothing } from '../layout.ts';
import { MAY_COUNT_MISSIONS, type Trigger } from '../missions.ts';
import type { NumberMention } from '../numbers.ts';
import { quoteSpan } from '../quote.ts';
import { clauseAt, type Sentence } from '../segment.ts';
import { matchesWithin, type Span } from '../span.ts';
import type { ClaimDraft, Stage } from '../stage.ts';
import { subjectState } from '../subject.ts';
import { CHANGE_HEADER, cellNumber, type TableRow } from '../tables.ts';

const NOUN_AFTER =
  /^(?:\s+more|\s+other)?[”"’*_]*\s+(?:(?:diplomatic and consular|consular and diplomatic|diplomatic|overseas|foreign|remaining|active|official|resident|other|North Korean|of its|of their|of the|its|separate|full|permanent|African|Asian|European|Latin American|Middle Eastern|Arab|Western|Southeast Asian|South American|Central American|Caribbean|Pacific)\s+){0,3}(consulates?[- ]general|consulates?|embass(?:y|ies)|representative offices?|trade offices?|permanent missions?|(?:diplomatic\s+)?(?:missions?|establishments?|facilities|posts?|outposts?|offices?|legations?))\b/i;
// "from 7 countries", "Withdrawal Completed from 14 Countries", "nine African capitals".
const COUNTRIES_AFTER =
  /^\s+(?:[Mm]ore\s+)?(?:\p{Lu}\p{Ll}+\s+)?(?:[Cc]ountries|[Nn]ations|[Ss]tates|[Cc]apitals)\b/u;
// "withdrew from 7 countries", "pulled out of at least nine African capitals".
const COUNTRIES_BEFORE =
  /\b(?:from|in|out of)\s+(?:(?:at least|more than|some|about|nearly|almost|over)\s+)?$/i;
const CLOSURES_AFTER = /^\s+(?:more\s+)?(?:(?:embassy|mission|diplomatic)\s+)?(?:closures|shutdowns)\b/i;
const NETWORK_BEFORE =
  /\bnetwork of\s*(?:(?:about|around|some|roughly|nearly|almost|more than|over|up to)\s*)?$/i;
const ANAPHOR =
  /\b(?:the|that|this|its)\s+(?:number|figure|total|count|tally)\s+(?:[\p{L}-]+\s+){0,4}?(?:to|at|is|was|of|be)\s+(?:(?:about|around|roughly|some|nearly|almost|just|only|fewer than|less than|more than|under|below|over)\s+)?$/iu;
// A sentence that opens by comparing the last count with an earlier one: "That is down from 47".
const EARLIER_FROM =
  /^[\s"“]*(?:that|this|it)\s+(?:is|was|'s|marks)\s+(?:a\s+(?:drop|fall|rise)\s+)?(?:down|up)\s+from\s+(?:(?:about|around|some|nearly)\s+)?$/i;
const ANAPHOR_HINT = /\b(?:number|figure|total|tally|count)\b|[- ](?:twen|thir|for|fif|six)ties\b/i;
// A closing word, in a sentence right after a count: "Since 2023 it has closed at least 12".
const CLOSE_HINT = /\b(?:clos|shut|pull(?:ed|s|ing)? out|withdr[ae]w)/i;
const MORE_AFTER = /^\s+more\b(?!\s+(?:than|of|and)\b)/i;
// "two of them", "some of the shells"; but "eight of its embassies" counts embassies.
const PARTITIVE =
  /^\s+of\s+(?:the|these|those|them)\b|^\s+of\s+(?:its|their)\b(?!\s+(?:(?:diplomatic|overseas|foreign)\s+)?(?:embass|consulate|missions|posts))/i;
/**
 * A Korean mission noun, in hangul or in the hanja of mixed script (國漢文: 在外公館, 大使館).
 * The hangul and hanja spellings of one word share no character, so each is listed.
 */
// A fact-check's quoted claim under review ("CLAIM 3: "Only five … are left""): its figures are
// what is checked, not what the text reports. Its verdict is read from the sentences after it.
const CHECKED_CLAIM = /^(?:(?:the |viral )?claim)\s*\d{0,2}\s*:\s*["“'‘]/i;

/** Whether a line quotes a claim a fact-check rates. */
export function quotesCheckedClaim(text: string, line: Span): boolean {
  const c = text.charCodeAt(line.start) | 32;
  return (c === 99 || c === 116 || c === 118) && CHECKED_CLAIM.test(text.slice(line.start, line.start + 24));
}

export const KO_MISSION_NOUN = /공관|대사관|영사관|대표부|公館|大使館|領事館|代表部/;
const KO_NOUN_BEFORE =
  /(?:공관|대사관|영사관|대표부|公館|大使館|領事館|代表部)(?:은|는|이|가|을|를|도|\s?수는|\s?수가|\s?수를|\s?수도)?\s?(?:(?:(?:\d{4}[년年]\s?)?(?:\d{1,2}[월月]\s?)?(?:현재|現在)|지금|모두|총|약|전체|앞으로|이제|아직|여전히)\s?)?$/;
// "53곳에서 40곳으로", "41곳으로 12곳 줄었다", "(13곳→8곳)": both ends of a change.
const KO_FROM_TO =
  /^\s?(?:에서|에서\s[^.,]{0,12}?\d+\s?(?:곳|개)\s?으?로|\s?(?:→|->)\s?\d+\s?(?:곳|개))|^\s?으?로\s?(?:\d+\s?(?:곳|개)(?:이|가)?\s?)?(?:줄|감소|축소|늘)/;
const KO_ARROW_BEFORE = /\d\s?(?:곳|개)\s?(?:→|->)\s?$/;
const KO_CLOSED_AFTER =
  /^\s?(?:안팎|가량|정도|내외|남짓|여)?\s?(?:을|를|이|가)?\s?(?:더\s|추가로\s)?(?:[문門]을\s?)?(?:닫|폐쇄|철수|정리|閉鎖|撤收|整理)/;
// "연말까지 10곳", "중남미에서 4~5곳": the word before the count is not a noun it counts ("식당 3곳").
const KO_NOT_COUNTED_BEFORE =
  /(?:^|[\s"“'‘(])[\uac00-\ud7a3]*(?:에서|까지|부터|에는|에도|에|중|들어서만|만|도|는|은|고|면)\s?(?:\d+\s?[~～∼〜]\s?)?$|(?:^|\s)(?:앞으로|향후|이제|또|다시)\s?$|^\s*$/;
// "…1곳으로 모두 44곳", "총 44곳": a sum after the counts it adds up.
const KO_SUM_BEFORE = /\d\s?곳(?:으로|이며|이고|,)?\s?(?:등\s?)?(?:모두|총|합계|합쳐)\s?$/;
// "43곳이라고 했다", "43곳으로 파악된다": a figure someone gives.
const KO_REPORTED_AFTER = /^\s?(?:이라고|라고|이라는|으로\s?(?:파악|집계|추산))/;
// "외국 대사관은 20곳": other states' embassies (in Pyongyang), not the home state's.
const KO_FOREIGN_BEFORE = /외국\s?(?:대사관|공관)/;
// "공관 1곳의 연간 유지비", "대사관 한 곳을 유지하는 데": what one mission costs.
const ONE_MISSION_AFTER = /^\s?(?:의|당|[을를]\s?(?:유지|維持))/;
// "다섯 곳 가운데 한 곳꼴로": a proportion, neither figure a count.
const KO_PROPORTION_AFTER = /^\s?(?:가운데|중)\s?(?:한|1)\s?곳\s?꼴|^\s?꼴/;
// "53곳에 비해 10곳이 줄었다", "53곳보다 10곳 적은": the earlier total a change is measured from.
const KO_COMPARED_AFTER =
  /^\s?(?:에\s?비해|보다)\s?[^.,]{0,12}?\d+\s?곳(?:이|가)?\s?(?:줄|감소|늘|증가|적|많)/;
// "40곳이 된다", "40곳만 남는다": what the network comes to.
const KO_BECOMES_AFTER = /^\s?(?:이|가|만)\s?(?:된다|되며|되고|될|됐|되었|남)/;
// "중동에 남은 4곳 가운데": what is left.
const KO_LEFT_BEFORE = /남(?:은|아\s?있는)\s?$/;
const KO_NOUN_AFTER =
  /^\s?(?:이던|이었던|인)?\s?(?:(?:북한|北韓)(?:의)?\s?)?(?:의\s)?(?:공관|대사관|영사관|대표부|公館|大使館|領事館|代表部|재외공관|해외공관|외교공관|총영사관|在外公館|海外公館|總領事館)/;
const REMAINING =
  /\b(?:remaining|remain|left|leaving|leaves|(?:fallen|fell|falls?|dropped|drops?|declined|declines?|decreased|shrunk|shrank|shrinks?|been reduced|been cut|down)\s+to|(?:leaves?|leaving|left)\b[^.;]{0,30}\bwith|down to|reduc(?:e|es|ed|ing)\b[^.;]{0,40}\bto|cut\b[^.;]{0,40}\bto|shr(?:ink|inks|ank|unk)\b[^.;]{0,40}\bto|trim(?:s|med)?\b[^.;]{0,40}\bto)\s*(?:(?:about|around|roughly|some|nearly|almost|just|only|approximately|fewer than|less than|more than|over|under|at least|at most)\s+)?$/i;
const REMAINING_AFTER =
  /^\s?(?:안팎|정도|가량|내외|남짓)?\s?(?:까지|로|으로)\s?(?:축소|감소|줄)|^\s?(?:정도|가량)?\s?만?\s?남|^\s+(?:remaining|remain|left)\b/;
// "leaving fewer than 40 in operation": a count of missions in use, with the noun before it.
const IN_OPERATION =
  /^\s+(?:in operation|operating|open|still open|still operating|active|worldwide|abroad)\b/i;
const MISSION_SINGULAR_BEFORE = /\b(?:missions?|embass(?:y|ies)|consulates?|posts?)\b/i;
// "put the number of missions at 41", "the number of North Korean embassies fell to 44".
const NUMBER_OF =
  /\bnumber of\s+(?:(?:its|their|the|North Korean|DPRK|Pyongyang's|diplomatic|overseas|foreign|resident)\s+){0,3}(missions|embassies|consulates(?:[- ]general)?|representative offices|diplomatic posts|posts)\s+(?:[\p{L}-]+\s+){0,4}?(?:to|at|is|was|as|of|from|stood at|stands at)\s+(?:(?:about|around|roughly|some|nearly|almost|just|only|fewer than|less than|more than|under|over)\s+)?$/iu;
// "they could be in the mid-thirties": the state's count, said of the state itself.
const PRONOUN_COUNT =
  /\b(?:they|it|the network)\s+(?:(?:could|would|will|may|might|should|can)\s+)?(?:be|fall|drop|shrink|get)\s+(?:down\s+)?(?:to|in|into|at)\s+(?:the\s+)?$/i;
// A number with nothing counted after it: "after closing about a dozen since late 2023".
const BARE_AFTER =
  /^\s*(?:[,.;:)]|$)|^\s+(?:since|in|by|over|during|last|this|so far|already|between|from|before|after|more|altogether|in all)\b/i;
// "Of the eleven European capitals where Pyongyang kept an embassy": one mission in each.
const PLACES_WHERE =
  /^\s+(?:[\p{L}-]+\s+){0,2}?(?:capitals|countries|cities|nations|states)\s+(?:where|in which)\s+(?<who>[^,.;]{1,40}?)\s+(?:still\s+|once\s+)?(?:kept|keeps|keep|had|has|have|maintained|maintains|maintain|ran|runs|operated|operates)\s+(?:an?|its|their)\s+(?<noun>embassy|embassies|mission|missions|consulate|consulates|diplomatic mission)\b/diu;
// "The ministry puts it at 44": a figure for what was counted before.
const PUTS_IT_AT =
  /\b(?:puts?|putting|places?|placing|estimates?|estimated|pegs?|pegged)\s+(?:it|them)\s+at\s+(?:(?:about|around|roughly|some|nearly|almost|just|only|fewer than|less than|more than|under|over)\s+)?$/i;
// "three or four more could go quickly", "two more will close": closures to come.
const MORE_GO_AFTER =
  /^\s+more\s+(?:(?<modal>could|may|might|will|would|are likely to|are expected to|are set to)\s+)?(?:soon\s+)?(?:go|close|shut|follow|fold)\b/i;
// "has embassies in five Southeast Asian countries": the missions, one in each country counted.
const EMBASSIES_IN_BEFORE =
  /\b(?:has|have|had|maintains?|maintained|keeps?|kept|runs?|ran|operates?|operated|closed|shut|shuttered)\s+(?:(?:resident|diplomatic|full|its|their)\s+)?(?<noun>embassies|missions|consulates)\s+in\s+(?:(?:about|around|roughly|some|nearly|almost|only|just|at least|more than|over|fewer than|less than)\s+)?$/i;
const COUNTRIES_NAMED_AFTER = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:countries|nations|states|capitals)\b/iu;
// "only eight still have one": the places of the count before it that keep one.
const STILL_HAVE =
  /^\s+still\s+(?:have|has|host|hosts|keep|keeps)\s+(?:one|them|an?\s+(?:embassy|mission|consulate))\b/i;
// "Closures since October 2023: 12", "DPRK missions in operation as of 25 Feb: 42": a tally's label.
// "Count of active missions: 41 → 40": a changelog's new figure, after the old one and an arrow.
const LABEL_BEFORE = /^\s*(?:[-*•]\s*)?(?<label>[^:\n]{3,80}?)\s*:\s*(?:\d{1,3}\s*(?:→|->)\s*)?$/;
const LABEL_NOUN =
  /\b(?:missions|embassies|consulates|representative offices|diplomatic posts|closures|shutdowns)\b(?!\.\w)/i;

// "its embassy in Havana, one of only three it still has in Latin America": what is left.
const ONE_OF_BEFORE =
  /\b(?<noun>embassy|consulate|mission)\b[^.;]{0,60}\bone of (?:only |just |the )?(?:last |remaining )?$/i;
const STILL_HAS_AFTER =
  /^\s+(?:(?:it|they|Pyongyang|North Korea)\s+still\s+(?:has|have|keeps?|runs?|maintains?|operates?)|(?:still\s+)?(?:remaining|left|open)|that\s+(?:remain|are still open))\b/i;

const AFTER_CLOSING = /^[^.,;\d]{0,30}?\bafter\s+$/i;
const MISSION_BEFORE = /\b(?:missions|embassies|consulates|posts|establishments)\b/i;

/** A closing word right before the number ("shutter a dozen more", "withdrawal completed from 7"). */
function closesDirectly(triggers: readonly Trigger[], n: NumberMention): boolean {
  return triggers.some((t) => t.cls === 'close' && t.end <= n.start && n.start - t.end <= 30);
}

function whatOf(noun: string): MissionCountWhat {
  if (/^consulate/i.test(noun) || /영사관|領事館/.test(noun)) return 'consulates';
  if (/^embass/i.test(noun) || /대사관|大使館/.test(noun)) return 'embassies';
  if (/^representative/i.test(noun) || /대표부|代表部/.test(noun)) return 'representative_offices';
  return 'missions';
}

type CountDraft = Omit<MissionCountClaim, 'doc' | 'quote' | 'stage'>;
type CountFields = Pick<CountDraft, 'value' | 'what' | 'relation' | 'qualifier' | 'derived'>;

interface Count {
  number: NumberMention;
  what: MissionCountWhat;
  relation: MissionCountRelation;
  parts: Span[];
  hedge: string | null;
  /** The tally label the count was read from, if any. */
  label?: Span;
  /** The state whose missions are counted, when the count's own words name it ("the ninth North Korean embassy"). */
  sending?: string;
}

const ORDINAL_WORDS: Record<string, number> = {
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
};
// "Cairo is the thirteenth North Korean mission to shut since October 2023", "the 5th embassy
// it has closed": the closure's rank is a count of closures. The ordinal is searched for first,
// the rest only where one is found.
const ORDINAL_START = new RegExp(
  String.raw`\bthe\s+(\d{1,2}(?:st|nd|rd|th)|${Object.keys(ORDINAL_WORDS).join('|')})\s`,
  'gi',
);
// "the sixth African country to lose a North Korean embassy": the host ranked, the mission counted.
const ORDINAL_REST =
  /(?:[A-Za-z-]+\s+){0,3}?(?:(missions?|embass(?:y|ies)|consulates?(?:[- ]general)?|posts?)\s+(?:(?:to|that)\s+(?:have\s+|has\s+)?(?:be\s+)?(?:close|closed|shut|shuttered|go|gone|fold|folded|wound up)|(?:that\s+)?(?:it|Pyongyang|North Korea)\s+(?:has\s+)?(?:closed|shut))|(?:country|countries|nation|state|capital|host)\s+to\s+(?:lose|have lost|see)\s+(?:a|an|its|the)\s+(?:[A-Za-z-]+\s+){0,2}?(missions?|embass(?:y|ies)|consulates?(?:[- ]general)?))\b/iy;
const PLANNED_BEFORE = /\b(?:will|would|could|may|might|set to|likely to|expected to)\s+(?:be|become)\s+$/i;

/** Whether a list of two places or more ends right before `at`: "라오스, 베트남, 인도네시아 3곳". */
function placeListBefore(text: string, places: readonly Place[], at: number): boolean {
  const last = places.find((p) => p.end <= at && at - p.end <= 1 && /^\s?$/.test(text.slice(p.end, at)));
  return (
    last !== undefined &&
    places.some((q) => q.end <= last.start && LIST_JOIN.test(text.slice(q.end, last.start)))
  );
}
const LIST_JOIN = /^\s*(?:,|、|및|와|과)\s*$/;

/** A closure ranked by an ordinal in the sentence ("the thirteenth mission to shut"), as a count. */
function ordinalCount(text: string, sentence: Span): Count | null {
  const slice = text.slice(sentence.start, sentence.end);
  ORDINAL_START.lastIndex = 0;
  for (let m = ORDINAL_START.exec(slice); m; m = ORDINAL_START.exec(slice)) {
    ORDINAL_REST.lastIndex = m.index + m[0].length;
    const rest = ORDINAL_REST.exec(slice);
    const ord = m[1];
    const noun = rest?.[1] ?? rest?.[2];
    if (!rest || !ord || !noun) continue;
    return rankedClosure(
      text,
      sentence,
      m.index + m[0].indexOf(ord, 3),
      ord,
      noun,
      rest.index + rest[0].length,
    );
  }
  return null;
}

function rankedClosure(
  text: string,
  sentence: Span,
  at: number,
  ord: string,
  noun: string,
  to: number,
): Count | null {
  const value = /^\d/.test(ord) ? Number.parseInt(ord, 10) : (ORDINAL_WORDS[ord.toLowerCase()] ?? 0);
  if (value < 2) return null;
  const start = sentence.start + at;
  const number: NumberMention = {
    start,
    end: start + ord.length,
    value,
    qualifier: 'exact',
    currency: null,
    counter: null,
    yearLike: false,
    digits: /^\d/.test(ord),
  };
  const relation = PLANNED_BEFORE.test(text.slice(sentence.start, start - 'the '.length))
    ? 'planned_closures'
    : 'closed';
  const end = sentence.start + to;
  return { number, what: whatOf(noun), relation, parts: [number, { start, end }], hedge: null };
}

/** The count with the state its noun phrase names ("the thirteenth North Korean mission"), if any. */
function ownedBy(count: Count, places: ReturnType<typeof placesWithin>): Count {
  const noun = count.parts[1] ?? count.number;
  const owner = places.find((p) => p.start >= count.number.end && p.end <= noun.end);
  return owner ? { ...count, sending: owner.code } : count;
}

/** Whether a sentence may count missions: a mission word, an anaphor after a count, a Korean counter after one. */
function mayCount(
  text: string,
  sentence: Span,
  numbers: readonly NumberMention[],
  lastWhat: MissionCountWhat | null,
  afterCount: boolean,
): boolean {
  if (matchesWithin(MAY_COUNT_MISSIONS, text, sentence)) return true;
  if (lastWhat !== null) {
    if (matchesWithin(ANAPHOR_HINT, text, sentence)) return true;
    // "puts it at 44", "three or four more could go": read at the numbers, not over the sentence.
    for (const n of numbers)
      if (
        (text.startsWith(' more ', n.end) && MORE_GO_AFTER.test(text.slice(n.end, n.end + 60))) ||
        (text.slice(Math.max(sentence.start, n.start - 16), n.start).includes(' at ') &&
          PUTS_IT_AT.test(text.slice(Math.max(sentence.start, n.start - 60), n.start)))
      )
        return true;
  }
  if (!afterCount) return false;
  for (const n of numbers) if (n.counter === '곳' || n.counter === '개') return true;
  if (numbers[0] && EARLIER_FROM.test(text.slice(sentence.start, numbers[0].start))) return true;
  // "… 44 missions. Since 2023 it has closed at least 12": a closing word just before a number.
  for (const n of numbers)
    if (CLOSE_HINT.test(text.slice(Math.max(sentence.start, n.start - 30), n.start))) return true;
  return false;
}

// A quiz's or FAQ's answer line ("**A:** 40") to a question about missions just before it.
const ANSWER_BEFORE = /^[\s*_]*A[\s*_]*[:.][\s*_]*$/;
const ANSWER_AFTER = /^[\s*_.]*$/;
const HOW_MANY =
  /\bhow many\s+(?:(?:diplomatic|overseas|North Korean)\s+)?(missions|embassies|consulates)\b([^?]*)\?[\s*_]*$/i;

/** "Q: … How many missions would it have left? A: 40": the answer counts what the question asks. */
function quizAnswer(
  text: string,
  question: Span | undefined,
  sentence: Span,
  numbers: readonly NumberMention[],
): Count | null {
  const n = numbers[0];
  if (!n || !question || n.yearLike || n.currency || n.value <= 0) return null;
  if (
    !ANSWER_BEFORE.test(text.slice(sentence.start, n.start)) ||
    !ANSWER_AFTER.test(text.slice(n.end, sentence.end))
  )
    return null;
  const q = HOW_MANY.exec(text.slice(question.start, question.end));
  if (!q?.[1]) return null;
  const rest = q[2] ?? '';
  const relation: MissionCountRelation = /\b(?:left|remain|still)/i.test(rest)
    ? 'remaining'
    : /\b(?:clos|shut)/i.test(rest)
      ? 'closed'
      : 'total';
  return { number: n, what: whatOf(q[1]), relation, parts: [n], hedge: null };
}

/** A tally's label ("Closures announced or in progress") read as what its figure counts. */
function labelRelation(label: string): MissionCountRelation {
  if (/clos|shut/i.test(label))
    return /announc|plann|in progress|pending|expected|upcoming|scheduled/i.test(label)
      ? 'planned_closures'
      : 'closed';
  if (/in operation|operating|open|remaining|left|active/i.test(label)) return 'remaining';
  return 'total';
}

function nearestClose(text: string, triggers: readonly Trigger[], n: NumberMention): Trigger | null {
  let best: Trigger | null = null;
  let distance = Number.POSITIVE_INFINITY;
  for (const t of triggers) {
    if (t.cls !== 'close') continue;
    // Korean joins clauses with a comma ("53개 공관을 운영했으나, … 11곳을 닫았다").
    if (t.form === 'ko' && /,/.test(text.slice(Math.min(t.end, n.end), Math.max(t.start, n.start)))) continue;
    const d = t.start >= n.end ? t.start - n.end : n.start - t.end;
    if (d >= 0 && d < distance && d <= 200) {
      best = t;
      distance = d;
    }
  }
  return best;
}

/**
 * Counts whose noun is not right after the number: "leaving fewer than 40 in operation", "they
 * could be in the mid-thirties", "after closing about a dozen",
 * "only eight still have one", "the eleven capitals where Pyongyang kept an embassy" and a
 * tally's "Closures since October 2023: 12".
 */
function moreCount(
  analysis: Analysis,
  sentence: Sentence,
  n: NumberMention,
  before: string,
  after: string,
  previous: MissionCountWhat | null,
  inSentence: boolean,
  afterCount: boolean,
  triggers: readonly Trigger[],
  places: ReturnType<typeof placesWithin>,
): {
  noun: Span;
  what?: MissionCountWhat;
  relation?: MissionCountRelation;
  label?: Span;
  hedge?: string | null;
} | null {
  const { text } = analysis;
  if (REMAINING.test(before) && MISSION_SINGULAR_BEFORE.test(before) && IN_OPERATION.test(after))
    return { noun: n, relation: 'remaining' };
  if (previous && BARE_AFTER.test(after)) {
    if (PRONOUN_COUNT.test(before) || (endsNear(before, ' at ', 16) && PUTS_IT_AT.test(before)))
      return { noun: n, what: previous };
    if (inSentence && closesDirectly(triggers, n)) return { noun: n, what: previous };
  }
  const more = previous ? MORE_GO_AFTER.exec(after) : null;
  if (more) {
    // "three or four more could go quickly": closures to come, said of missions already counted.
    return {
      noun: { start: n.start, end: n.end + more[0].length },
      what: previous ?? 'missions',
      relation: 'planned_closures',
      hedge: more.groups?.modal?.toLowerCase() ?? null,
    };
  }
  const inCountries = endsNear(before, ' in ', 24) ? EMBASSIES_IN_BEFORE.exec(before) : null;
  const countries = inCountries?.groups?.noun ? COUNTRIES_NAMED_AFTER.exec(after) : null;
  if (inCountries?.groups?.noun && countries) {
    // "has embassies in five Southeast Asian countries": one in each.
    const start = n.start - inCountries[0].length + inCountries[0].indexOf(inCountries.groups.noun);
    return {
      noun: { start, end: n.end + countries[0].length },
      what: whatOf(inCountries.groups.noun),
    };
  }
  const one = ONE_OF_BEFORE.exec(before);
  const has = one?.groups?.noun ? STILL_HAS_AFTER.exec(after) : null;
  if (one?.groups?.noun && has)
    return {
      noun: { start: n.start, end: n.end + has[0].length },
      what: whatOf(one.groups.noun),
      relation: 'remaining',
    };
  const still = STILL_HAVE.exec(after);
  if (still && inSentence && previous)
    return { noun: { start: n.start, end: n.end + still[0].length }, what: previous, relation: 'remaining' };
  const where = PLACES_WHERE.exec(after);
  const who = where?.indices?.groups?.who;
  if (where?.groups?.noun && who) {
    // "where Pyongyang kept an embassy", not "where South Korea has one".
    const home = analysis.home ?? 'KP';
    const other = places.some((p) => p.start >= n.end + who[0] && p.end <= n.end + who[1] && p.code !== home);
    if (!other)
      return { noun: { start: n.start, end: n.end + where[0].length }, what: whatOf(where.groups.noun) };
  }
  // A label ends with a colon: most text before a number has none, and need not try the pattern.
  const head = text.slice(sentence.start, n.start);
  const label = head.includes(':') ? LABEL_BEFORE.exec(head) : null;
  if (label?.groups?.label && LABEL_NOUN.test(label.groups.label)) {
    const start = sentence.start + label[0].indexOf(label.groups.label);
    const noun = /embass/i.test(label.groups.label)
      ? 'embassies'
      : /consulate/i.test(label.groups.label)
        ? 'consulates'
        : 'missions';
    return {
      noun: n,
      what: whatOf(noun),
      relation: labelRelation(label.groups.label),
      label: { start, end: start + label.groups.label.length },
    };
  }
  // "… 44 missions. Since 2023 it has closed at least 12, most of them in Africa."
  if (previous && afterCount && BARE_AFTER.test(after) && closesDirectly(triggers, n))
    return { noun: n, what: previous };
  return null;
}

/** Whether `word` occurs in the last `within` characters of `text`: a cheap test before a pattern anchored at the end. */
function endsNear(text: string, word: string, within: number): boolean {
  return text.indexOf(word, text.length - within) >= 0;
}

function relationOf(
  analysis: Analysis,
  sentence: Sentence,
  n: NumberMention,
  noun: Span,
  triggers: readonly Trigger[],
): {
  relation: MissionCountRelation;
  hedge: string | null;
  trigger: Trigger | null;
} {
  const { text } = analysis;
  const before = text.slice(Math.max(sentence.start, n.start - 80), n.start);
  const after = text.slice(noun.end, Math.min(sentence.end, noun.end + 20));
  if (REMAINING.test(before) || REMAINING_AFTER.test(after))
    return { relation: 'remaining', hedge: null, trigger: null };
  const t = nearestClose(text, triggers, n);
  if (!t) return { relation: 'total', hedge: null, trigger: null };
  // "now has 43 missions abroad after closing about a dozen": what is left after the closures.
  if (t.start >= noun.end && AFTER_CLOSING.test(text.slice(noun.end, t.start)))
    return { relation: 'remaining', hedge: null, trigger: null };
  const clause = clauseAt(sentence, t.start);
  const cue = cueFor(text, t, { start: clause.start, end: clause.end }, t.form === 'ko');
  const planned =
    cue.tense === 'planned' || (cue.tense === null && (t.form === 'gerund' || t.form === 'base'));
  return { relation: planned ? 'planned_closures' : 'closed', hedge: cue.hedge, trigger: t };
}

/**
 * Counts of a state's missions: "currently has 47 embassies", "more than a dozen diplomatic
 * establishments", "a network of around 50", "재외공관 44개", "7개국 철수", with what the count
 * is (total, closed, remaining, planned closures) read from the verbs around it.
 */
export const missionCountStage: Stage = {
  name: 'mission_count',
  version: '1.1.0',
  run({ analysis }) {
    const { text } = analysis;
    const out: ClaimDraft[] = [];
    const rows = analysis.tables;
    out.push(...tableCounts(analysis, rows));
    const tableLines = new Set(rows.map((r) => r.line));
    // A Korean text about missions (their nouns three times or more): there "10곳 안팎이 추가로
    // 정리될 수 있다" counts missions even where the sentence leaves the noun out.
    let topic: boolean | null = null;
    const koTopic = () => (topic ??= (text.match(new RegExp(KO_MISSION_NOUN.source, 'g'))?.length ?? 0) >= 3);
    // The kind of mission the last count was of, for "the number has since dropped to 44".
    let lastWhat: MissionCountWhat | null = null;
    // The sentence the last count was in: Korean often leaves the noun out of the next one
    // ("재외공관은 … 41곳으로 줄었다. 이 기간 13곳이 문을 닫았고").
    let lastCounted = -2;
    // A closure's rank is rare: looked for once in the whole text before any sentence is searched
    // (a sentence never starts right after a letter or digit, so its matches are the text's).
    ORDINAL_START.lastIndex = 0;
    const ranks = ORDINAL_START.test(text);
    for (const [index, sentence] of analysis.sentences.entries()) {
      const line = lineOf(analysis, sentence);
      if (reportsNothing(line) || tableLines.has(line.index) || quotesCheckedClaim(text, line)) continue;
      const afterCount = lastCounted === index - 1;
      // The quantity stage reads every sentence's numbers anyway (shared through the analysis
      // cache), so their absence is the cheaper test.
      const numbers = numbersWithin(analysis, sentence);
      // Without a number, only a closure's rank can count ("the fourth country to lose an embassy").
      if (numbers.length === 0 && !(ranks && matchesWithin(ORDINAL_START, text, sentence))) continue;
      const answer =
        numbers.length === 1 ? quizAnswer(text, analysis.sentences[index - 1], sentence, numbers) : null;
      if (answer) {
        lastWhat = answer.what;
        lastCounted = index;
        out.push(...claimsFor(analysis, sentence, [answer], placesWithin(analysis, sentence)));
        continue;
      }
      if (
        numbers.length > 0 &&
        !mayCount(text, sentence, numbers, lastWhat, afterCount) &&
        !(numbers.some((n) => n.counter === '곳') && koTopic())
      )
        continue;
      const places = placesWithin(analysis, sentence);
      const triggers = triggersWithin(analysis, sentence);
      const counts: Count[] = [];
      const ordinal = ranks ? ordinalCount(text, sentence) : null;
      if (ordinal) counts.push(ownedBy(ordinal, places));
      const sentenceText = text.slice(sentence.start, sentence.end);
      const koContext = afterCount || KO_MISSION_NOUN.test(sentenceText) || koTopic();
      for (const n of numbers) {
        if (n.currency || n.yearLike || n.value <= 0) continue;
        // "공관 1곳의 연간 유지비", "대사관 한 곳을 유지하는 데": one mission, not a count of them.
        const after = text.slice(n.end, Math.min(sentence.end, n.end + 80));
        if (n.counter && n.value === 1 && ONE_MISSION_AFTER.test(after)) continue;
        if (n.counter === '곳' && KO_PROPORTION_AFTER.test(after)) continue;
        if (PARTITIVE.test(after)) continue;
        let noun: Span | null = null;
        let what: MissionCountWhat = 'missions';
        let forced: MissionCountRelation | null = null;
        let sending: string | undefined;
        const english = NOUN_AFTER.exec(after);
        if (english?.[1] && !n.counter) {
          noun = {
            start: n.end + english.index + english[0].length - english[1].length,
            end: n.end + english[0].length,
          };
          what = whatOf(english[1]);
          if (n.value !== 1 && !/(?:s|ies)(?:[- ]general)?$/i.test(english[1]) && !/^\s+more/i.test(after))
            continue;
        } else if (n.counter && /^(?:개|곳|개국)$/.test(n.counter)) {
          const before = text.slice(Math.max(sentence.start, n.start - 12), n.start);
          if (KO_ARROW_BEFORE.test(before)) forced = 'remaining';
          // "재외공관은 2026년 10월 현재 43곳": a date may stand between the noun and its count.
          const kb = KO_NOUN_BEFORE.exec(text.slice(Math.max(sentence.start, n.start - 28), n.start));
          const ka = KO_NOUN_AFTER.exec(after);
          if (kb && KO_FOREIGN_BEFORE.test(text.slice(Math.max(sentence.start, n.start - 20), n.start)))
            continue;
          const sentenceBefore = text.slice(sentence.start, n.start);
          if (kb) noun = { start: n.start - kb[0].length, end: n.end };
          else if (ka) noun = { start: n.end, end: n.end + ka[0].length };
          else if (KO_SUM_BEFORE.test(before) && koContext) {
            // "대사관 41곳, 총영사관 2곳, 대표부 1곳으로 모두 44곳": the sum of the kinds before it.
            noun = n;
            forced = 'total';
          } else if (
            (/등\s?$/.test(before) || placeListBefore(text, places, n.start)) &&
            KO_MISSION_NOUN.test(sentenceBefore) &&
            !KO_FOREIGN_BEFORE.test(sentenceBefore)
          ) {
            // "남은 북한 대사관은 라오스, 베트남, 인도네시아 (등) 3곳이다": the missions listed before,
            // whose state is named before their noun, not among the hosts.
            const nounAt = sentence.start + sentenceBefore.search(KO_MISSION_NOUN);
            noun = { start: nounAt, end: n.end };
            sending = places.find((p) => p.end <= nounAt && nounAt - p.end <= 1)?.code;
            if (/남(?:은|아\s?있는)/.test(sentenceBefore)) forced = 'remaining';
          } else if (KO_REPORTED_AFTER.test(after) && koTopic() && KO_NOT_COUNTED_BEFORE.test(before)) {
            // "정보위원회 보고에서 43곳이라고 했습니다": a figure reported for the network.
            noun = n;
            forced = 'total';
          } else if (
            n.counter === '개국' &&
            triggers.some((t) => t.cls === 'close' && t.start >= n.end && t.start - n.end < 10)
          )
            noun = n;
          else if (
            (KO_FROM_TO.test(text.slice(n.end, n.end + 24)) || KO_ARROW_BEFORE.test(before)) &&
            (afterCount || KO_MISSION_NOUN.test(text.slice(sentence.start, n.start)))
          )
            // "재외공관은 2023년 초 53곳에서 지금 40곳으로 줄었다": both ends of the change.
            noun = n;
          else if (
            n.counter !== '개국' &&
            KO_CLOSED_AFTER.test(after) &&
            (afterCount ||
              KO_MISSION_NOUN.test(sentenceText) ||
              (koTopic() && KO_NOT_COUNTED_BEFORE.test(before)))
          )
            // "11곳을 닫았다", "3곳을 정리했다" in a sentence about missions, or after one.
            noun = n;
          else if (
            n.counter === '곳' &&
            KO_COMPARED_AFTER.test(after) &&
            koContext &&
            (KO_NOT_COUNTED_BEFORE.test(before) || /\d\s?[월년月年]\s?(?:말|초|末|初)?\s?의\s?$/.test(before))
          ) {
            // "2023년 1월의 53곳에 비해 10곳이 줄어든": the total then.
            noun = n;
            forced = 'total';
          } else if (
            n.counter === '곳' &&
            KO_BECOMES_AFTER.test(after) &&
            afterCount &&
            KO_NOT_COUNTED_BEFORE.test(before)
          ) {
            // "알바니아까지 빠지면 40곳이 된다", after a count: what is left.
            noun = n;
            forced = 'remaining';
          } else if (n.counter !== '개국' && KO_LEFT_BEFORE.test(before) && koContext) {
            // "중동에 남은 4곳 가운데"
            noun = n;
            forced = 'remaining';
          }
          if (noun) what = whatOf(text.slice(noun.start, noun.end));
        }
        const before = text.slice(Math.max(sentence.start, n.start - 60), n.start);
        let network = false;
        // The kind counted last, in this sentence or before it.
        const previous = counts[counts.length - 1]?.what ?? lastWhat;
        if (!noun && NETWORK_BEFORE.test(before)) {
          noun = n;
          network = true;
        } else if (!noun && NUMBER_OF.test(before)) {
          // "put the number of missions at 41", "the number of embassies has fallen to 44"
          const m = NUMBER_OF.exec(before);
          noun = { start: n.start - before.length + (m?.index ?? 0), end: n.end };
          what = whatOf(m?.[1] ?? '');
          // "has fallen from 53 to 43": the figure the fall started from was the total then.
          forced =
            /\b(?:fall|fell|fallen|drop|dropped|declin|shr[iau]nk|down|reduc|cut)/i.test(m?.[0] ?? '') &&
            !/\bfrom\s+(?:\p{L}+\s+)?$/u.test(m?.[0] ?? '')
              ? 'remaining'
              : 'total';
        } else if (!noun && previous && ANAPHOR.test(before)) {
          // "53 missions in 2023, but the number has since dropped to 44"; "the count could be
          // below 40 by 2028" is what would be left, whatever closing word is near.
          noun = n;
          what = previous;
          if (/\b(?:below|under|fewer than|less than)\s+$/i.test(before)) forced = 'remaining';
        } else if (
          !noun &&
          previous &&
          afterCount &&
          EARLIER_FROM.test(text.slice(sentence.start, n.start))
        ) {
          // "… lists 43 missions. That is down from 47 at the start of 2024": the earlier total.
          noun = n;
          what = previous;
          forced = 'total';
        } else if (!noun && REMAINING.test(before) && MISSION_BEFORE.test(before)) {
          // "Reduces Overseas Missions to 44"
          noun = n;
        } else if (!noun && CLOSURES_AFTER.test(after)) {
          // "expects a dozen more closures"
          const m = CLOSURES_AFTER.exec(after);
          noun = { start: n.start, end: n.end + (m?.[0].length ?? 0) };
        } else if (
          !noun &&
          closesDirectly(triggers, n) &&
          (MORE_AFTER.test(after) || (COUNTRIES_AFTER.test(after) && COUNTRIES_BEFORE.test(before)))
        ) {
          // "plans to shutter a dozen more", "withdrawal completed from 7 countries"
          noun = {
            start: n.start,
            end: n.end + ((MORE_AFTER.exec(after) ?? COUNTRIES_AFTER.exec(after))?.[0].length ?? 0),
          };
        }
        let label: Span | null = null;
        let hedgeOf: string | null | undefined;
        if (!noun && !n.counter) {
          const more = moreCount(
            analysis,
            sentence,
            n,
            before,
            after,
            previous,
            counts.length > 0,
            afterCount,
            triggers,
            places,
          );
          if (more) {
            noun = more.noun;
            what = more.what ?? what;
            forced = more.relation ?? forced;
            label = more.label ?? null;
            if (more.hedge !== undefined) hedgeOf = more.hedge;
          }
        }
        if (!noun) continue;
        const read = relationOf(analysis, sentence, n, noun, triggers);
        const trigger = forced ? null : read.trigger;
        const hedge = network ? null : hedgeOf !== undefined ? hedgeOf : read.hedge;
        const relation = network ? 'total' : (forced ?? read.relation);
        counts.push({
          number: n,
          what,
          relation,
          parts: [n, noun, ...(trigger ? [trigger] : []), ...(label ? [label] : [])],
          hedge,
          ...(label ? { label } : {}),
          ...(sending ? { sending } : {}),
        });
      }
      if (counts.length === 0) continue;
      counts.sort((a, b) => a.number.start - b.number.start);
      counts.push(...elidedCounts(text, numbers, counts));
      // "a count of "51 missions", still cited in some documents, dates from 2022 and is not used".
      const scope = staleScope(text, sentence);
      if (matchesWithin(STALE_HINT, text, scope)) dropStale(text, scope, counts);
      if (counts.length === 0) continue;
      lastWhat = counts[counts.length - 1]?.what ?? lastWhat;
      lastCounted = index;
      out.push(...claimsFor(analysis, sentence, counts, places));
    }
    return out;
  },
};

const ROW_WHAT: [RegExp, MissionCountWhat][] = [
  [/^(?:embass(?:y|ies)|대사관)$/i, 'embassies'],
  [/^(?:consulates?(?:[- ]general)?|총영사관|영사관)$/i, 'consulates'],
  [
    /^(?:representative offices?|(?:trade )?missions? offices?|대표부|무역대표부)$/i,
    'representative_offices',
  ],
  [/^(?:total|all missions|missions|합계|계|총계|전체)$/i, 'missions'],
];

// A table caption that says it counts missions, and one that counts people at them.
const CAPTION_MISSIONS =
  /재외공관|해외공관|공관\s?수|대사관\s?수|\b(?:number of|count of)\b[^|\t]{0,40}\b(?:missions|embassies|consulates)\b|\b(?:missions|embassies|consulates) by (?:region|continent|year)\b/i;
const CAPTION_PEOPLE = /직원|인원|외교관|인력|노동자|staff|personnel|diplomats|workers|employees/i;
const MAX_COUNT = 300;
const YEAR_HEADER = /\b(?:year|opened|closed|since|established|founded|date)\b|연도|개설|수교|폐쇄|시기/i;

function missionCaption(caption: string): MissionCountWhat | undefined {
  if (!caption || !CAPTION_MISSIONS.test(caption) || CAPTION_PEOPLE.test(caption)) return undefined;
  return /embass|대사관/i.test(caption) && !/공관|missions/i.test(caption) ? 'embassies' : 'missions';
}

/**
 * Counts in a table whose rows are kinds of mission ("대사관 | 47 | 41 | -6") and whose
 * header dates the columns ("2023년 1월 | 2025년 2월 | 증감"); change columns are left out.
 */
function tableCounts(analysis: Analysis, rows: readonly TableRow[]): ClaimDraft[] {
  const sending = analysis.home;
  if (!sending) return [];
  const out: ClaimDraft[] = [];
  for (const row of rows) {
    const label = row.cells[0]?.text ?? '';
    // Rows that are kinds of mission, or any rows (regions, years) of a table whose caption
    // says it counts missions ("지역별 북한 재외공관 수 변화 (단위: 곳)").
    const byCaption = missionCaption(row.caption);
    const what = ROW_WHAT.find(([re]) => re.test(label))?.[1] ?? byCaption;
    if (!what) continue;
    for (const [i, cell] of row.cells.entries()) {
      const value = i === 0 ? null : cellNumber(cell);
      const header = row.headers[i] ?? '';
      if (value === null || CHANGE_HEADER.test(header)) continue;
      // A caption's table may hold other columns: years ("Opened 1975") are not counts.
      if (byCaption && (value >= MAX_COUNT || YEAR_HEADER.test(header))) continue;
      out.push({
        kind: 'mission_count',
        start: row.start,
        end: row.end,
        attributed_to: null,
        hedge: null,
        sending,
        as_of: row.columnDates[i] ?? analysis.published,
        value,
        what,
        relation: 'total',
        qualifier: 'exact',
        derived: false,
      });
    }
  }
  return out;
}

// A count the text itself calls out of date: "… dates from 2022 and is not used in this report",
// "is obsolete", "an outdated figure of 51 missions". The hint is the cheap test for the sentence.
const STALE_HINT =
  /\b(?:not used|no longer|out of date|out-of-date|outdated|obsolete|stale|superseded|rely|unreliable)\b/i;
const STALE_AFTER =
  /^[^.;:]{0,120}?\b(?:(?:is|are|was|were)\s+(?:now\s+)?(?:out of date|outdated|obsolete|stale|superseded)|(?:is|are)\s+(?:not|no longer)\s+(?:used|accurate|current|valid|correct)|no longer\s+(?:holds?|applies|apply|stands?|corresponds?|reflects?|matches)|(?:do not|don't|cannot|can't|should not)\s+rely\s+on|(?:is|are)\s+unreliable)\b/i;
const STALE_BEFORE =
  /\b(?:outdated|out-of-date|obsolete|stale|superseded)\s+(?:figure|count|tally|number|total|estimate)\s+of\s*["“]?\s*$/i;

const SENTENCE_END = new Set([...'.!?。"”)]'].map((c) => c.charCodeAt(0)));

/**
 * The sentence, and past its end when it stops at a line break without a full stop: a hard-wrapped
 * line ("… still cited in some UN agency⏎documents, dates from 2022 and is not used") goes on.
 */
function staleScope(text: string, sentence: Span): Span {
  let last = sentence.end;
  while (last > sentence.start && isSpaceUnit(text.charCodeAt(last - 1))) last--;
  if (SENTENCE_END.has(text.charCodeAt(last - 1)) || sentence.end >= text.length) return sentence;
  const paragraph = text.indexOf('\n\n', sentence.end);
  const stop = text.indexOf('.', sentence.end);
  const end = Math.min(
    paragraph < 0 ? text.length : paragraph,
    stop < 0 ? text.length : stop + 1,
    sentence.end + 200,
  );
  return { start: sentence.start, end };
}

/** Drops the counts that the sentence calls out of date: the last count before the words that say so. */
function dropStale(text: string, sentence: Span, counts: Count[]): void {
  const starts = counts.map((c) => c.number.start).sort((a, b) => a - b);
  const stale = counts.filter((c) => {
    const next = starts.find((at) => at > c.number.start) ?? sentence.end;
    return (
      STALE_AFTER.test(text.slice(c.number.end, next)) ||
      STALE_BEFORE.test(text.slice(Math.max(sentence.start, c.number.start - 40), c.number.start))
    );
  });
  for (const c of stale) counts.splice(counts.indexOf(c), 1);
}

// "down to 41 missions, from 53 in early 2023": the noun is left out of the second number.
// A reference mark ("abroad,[1] down from 53") may stand on either side of the comma.
const ELIDED_AFTER =
  /^(?:\[\d{1,3}\])?,?(?:\[\d{1,3}\])?\s*(?:(?:up|down)\s+)?(?:from|compared (?:with|to)|against|versus|vs\.?)\s+(?:(?:about|around|some|roughly|nearly|almost|more than|over)\s+)?$/i;
// "41 overseas missions left, down from 53": the same count at another time, further on.
const ELIDED_DOWN_FROM =
  /^(?:[^.;:()\d[]|\[\d{1,3}\]){0,100}?,(?:\[\d{1,3}\])?\s*(?:up|down)\s+from\s+(?:(?:about|around|some|roughly|nearly|almost|more than|over)\s+)?$/i;
// "42 (53 in January 2023)": the earlier figure in brackets, dated.
const ELIDED_PAREN = /^\s*\(\s*(?:(?:about|around|some|roughly|nearly|almost)\s+)?$/;
const DATED_AFTER = /^\s+(?:in|at|as of|on|by|since)\s|^\s*\)/i;
// "fell from 53 to 44 missions": the first number's noun comes after the second.
const ELIDED_BEFORE = /^\s+to\s+(?:(?:about|around|some|roughly|nearly|almost|just|only)\s+)?$/i;

/** Numbers that count the same missions as a neighbouring count, written without the noun: totals at another time. */
function elidedCounts(text: string, numbers: readonly NumberMention[], counts: readonly Count[]): Count[] {
  const out: Count[] = [];
  for (const n of numbers) {
    if (n.currency || n.yearLike || n.value <= 1 || counts.some((c) => c.number === n)) continue;
    const sibling = counts.find((c) => {
      const noun = c.parts[1] ?? c.number;
      if (noun.end <= n.start) {
        const between = text.slice(noun.end, n.start);
        return (
          ELIDED_AFTER.test(between) ||
          ELIDED_DOWN_FROM.test(between) ||
          (ELIDED_PAREN.test(between) && DATED_AFTER.test(text.slice(n.end, n.end + 8)))
        );
      }
      return (
        c.number.start >= n.end &&
        ELIDED_BEFORE.test(text.slice(n.end, c.number.start)) &&
        /\bfrom\s+$/i.test(text.slice(Math.max(0, n.start - 6), n.start))
      );
    });
    if (sibling) out.push({ number: n, what: sibling.what, relation: 'total', parts: [n], hedge: null });
    // "the number of missions has fallen from 53 to 43": where the change ended is what is left.
    const start = counts.find(
      (c) =>
        c.number.end <= n.start &&
        CHANGE_TO.test(text.slice(c.number.end, n.start)) &&
        /\bfrom\s+$/i.test(text.slice(Math.max(0, c.number.start - 6), c.number.start)),
    );
    if (!sibling && start)
      out.push({ number: n, what: start.what, relation: 'remaining', parts: [n], hedge: null });
  }
  return out;
}
const CHANGE_TO = /^\s+to\s+(?:(?:about|around|some|roughly|nearly|almost|just|only)\s+)?$/i;

// "Seoul's Unification Ministry put the number of missions at 41": the state of a source, not the owner.
const SOURCE_AFTER =
  /^(?:['’]s)?\s+(?:[A-Z][\p{L}-]*\s+){0,3}(?:Ministry|Agency|Service|Office|Government|government|ministry|agency|officials?|spokes(?:man|woman|person)|media|newspapers?)\b/u;
const SINCE_BEFORE = /\bsince\s+$/i;
const SINCE_AFTER_KO = /^\s?이후/;

const IN_BEFORE_HOST = /^\s+in\s+$/;
// "its/their N embassies in …": the sender's own missions.
const OWN_BEFORE = /\b(?:its|their)\b/i;

/**
 * The count's words end right before "in <a country other than the sender>", and that is the only
 * place after them ("three embassies in Uganda, Angola and Spain were closed" lists the sender's).
 */
function inOneHost(
  text: string,
  count: Count,
  places: ReturnType<typeof placesWithin>,
  sending: string,
): boolean {
  const end = Math.max(...count.parts.map((p) => p.end));
  const after = places.filter((p) => p.start > end);
  const host = after[0];
  return (
    after.length === 1 &&
    host !== undefined &&
    host.start - end <= 6 &&
    host.code !== sending &&
    IN_BEFORE_HOST.test(text.slice(end, host.start))
  );
}

/** Characters between two offsets, and a clause break (", but", ";") counting as far. */
function distance(text: string, a: number, b: number): number {
  const between = text.slice(Math.min(a, b), Math.max(a, b));
  return Math.abs(a - b) + (/[;:]|,\s*(?:but|while|whereas|and|yet)\b/.test(between) ? 1000 : 0);
}

function claimsFor(
  analysis: Analysis,
  sentence: Sentence,
  counts: Count[],
  places: ReturnType<typeof placesWithin>,
): ClaimDraft[] {
  const { text } = analysis;
  const first = counts[0];
  if (!first) return [];
  const clause = clauseAt(sentence, first.number.start);
  const owner = places.find(
    (p) =>
      p.possessive &&
      p.end <= first.number.start &&
      p.start >= clause.start &&
      !speaksFor(text, p) &&
      !SOURCE_AFTER.test(text.slice(p.end, p.end + 40)),
  );
  const subject = subjectState(text, places, clause, first.number.start);
  // "Seoul's Unification Ministry put the number … at 41": Seoul is the source's state, not the subject's.
  const sourceState = places.some(
    (p) =>
      p.code === subject &&
      p.start >= clause.start &&
      p.end <= first.number.start &&
      SOURCE_AFTER.test(text.slice(p.end, p.end + 40)),
  );
  const sending = first.sending ?? owner?.code ?? (sourceState ? null : subject) ?? analysis.home;
  if (!sending) return [];
  // "leases flats to eight diplomatic missions in Singapore": with no state of their own in the
  // sentence, missions counted in one host are many states' missions there, not the home state's
  // network (the quantity stage reads them).
  if (
    !first.sending &&
    !owner &&
    !subject &&
    !places.some((p) => p.code === sending) &&
    !OWN_BEFORE.test(text.slice(clause.start, first.number.start)) &&
    inOneHost(text, first, places, sending)
  )
    return [];
  const citation = analysis.citations.get(sentence.line);
  // A tally line ("Closures announced or in progress: 2") is the publisher's own count.
  const attribution = first.label ? null : sourceOf(analysis, sentence, clause);
  // The date written next to the count (and nearer to it than to another count in the sentence:
  // "44 embassies, up from 40 a year ago"); "now"/"currently" and no date mean the publication day.
  const dates = datesWithin(analysis, clause).filter((d) => !/^\d{4}$/.test(d.date) || d.date >= '1990');
  // A count "since October 2023" (what is left, in total, or closed since then) holds when the text
  // is written, not when the period began: the date after "since" is not its as_of.
  const since = (d: DateMention) =>
    SINCE_BEFORE.test(text.slice(Math.max(0, d.start - 8), d.start)) ||
    SINCE_AFTER_KO.test(text.slice(d.end, d.end + 4));
  const asOfAt = (at: number) => {
    const now = /\b(?:now|currently|today|at present)\b|현재/.test(text.slice(clause.start, at));
    const dated = now
      ? undefined
      : dates.find(
          (d) =>
            Math.abs(d.start - at) <= 60 &&
            !since(d) &&
            !counts.some((o) => distance(text, d.start, o.number.start) < distance(text, d.start, at)),
        );
    return dated?.date ?? citation?.date ?? analysis.published;
  };
  const claim = (c: Pick<Count, 'parts' | 'hedge'>, fields: CountFields, at: number): CountDraft => {
    const span = quoteSpan(text, sentence, c.parts);
    return {
      kind: 'mission_count',
      start: span.start,
      end: span.end,
      attributed_to: attribution,
      hedge: c.hedge,
      sending,
      as_of: asOfAt(at),
      ...fields,
    };
  };
  const out = counts.map((c) =>
    claim(
      c,
      {
        value: c.number.value,
        what: c.what,
        relation: c.relation,
        qualifier: c.number.qualifier,
        derived: false,
      },
      c.number.start,
    ),
  );
  // "47 embassies, three consulates and three representative offices": the total the text implies.
  const totals = counts.filter((c) => c.relation === 'total');
  const kinds = new Set(totals.map((c) => c.what));
  if (totals.length >= 2 && kinds.size === totals.length && !kinds.has('missions')) {
    const qualifier: Qualifier = totals.every((c) => c.number.qualifier === 'exact') ? 'exact' : 'about';
    out.push(
      claim(
        { parts: totals.flatMap((c) => c.parts), hedge: null },
        {
          value: totals.reduce((sum, c) => sum + c.number.value, 0),
          what: 'missions',
          relation: 'total',
          qualifier,
          derived: true,
        },
        first.number.start,
      ),
    );
  }
  return out;
}
