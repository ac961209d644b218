import type { ClaimMissionType, ClaimStatus } from '../../domain/claim.ts';
import { sourceOf } from '../attribution.ts';
import { type DateMention, datesIn, pastDate } from '../dates.ts';
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
import {
  defaultStatus,
  type HostRef,
  MAY_HAVE_MISSION,
  type MissionMention,
  missionsIn,
  missionTypeOf,
  placesListedAt,
  type Trigger,
} from '../missions.ts';
import { quoteSpan } from '../quote.ts';
import { clauseAt, type Sentence } from '../segment.ts';
import { contains, matchesWithin, type Span } from '../span.ts';
import type { ClaimDraft, Stage } from '../stage.ts';
import { subjectState } from '../subject.ts';
import { statusColumns, statusWord, type TableRow } from '../tables.ts';

// "has not reopened", "no longer operates"; "denied that it would close" anywhere before.
const NEGATED =
  /(?:\b(?:not|never|no longer|without)|n[’']t)\s+(?:[\p{L}-]+\s+){0,2}$|\bno\s+(?:[\p{L}-]+\s+){0,2}(?:of|for|about|to)?\s*$|\b(?:denied|denies|deny|denying|rejected|rejecting|refuted|refuting|dismissed|dismissing)\b/iu;
// A word of every alternative of NEGATED, with its flags. NEGATED opens each alternative on a
// \b, which under `iu` makes V8 try the whole pattern at every position (twenty times slower
// than this search); most clauses have none of these words.
const NEGATED_HINT =
  /not?\s|never\s|n[’']t\s|without\s|den(?:ied|ies|y)|reject(?:ed|ing)|refut(?:ed|ing)|dismiss(?:ed|ing)/iu;
// "Reports that the embassy would close were dismissed by the ministry as baseless."
// "… would also close, Lan said they were "groundless"", "Posts claiming … "closed" are false".
const REFUTED_AFTER =
  /\b(?:were|was|has been|have been|had been)\s+(?:[\p{L}-]+\s+){0,3}?(?:dismissed|denied|rejected|refuted|debunked)\b|\bas\s+(?:baseless|groundless|false|untrue|fake|unfounded|fabricated)\b|^[^.;]{0,80}\s["“](?:baseless|groundless|false|untrue|fake|unfounded|fabricated)["”]|\b(?:is|are|was|were)\s+(?:(?:completely|totally|entirely|simply|just)\s+)?["“]?(?:baseless|groundless|false|untrue|fake|unfounded|fabricated)\b/iu;
const REFUTED_HINT =
  /dismiss|denied|reject|refut|debunk|baseless|groundless|false|untrue|fake|unfounded|fabricat/i;
// "… was about to close its embassy in Stockholm. That is almost certainly wrong.", "Edit: I was
// wrong about this.", and the
// answer to a question: "A: That report is not true.", "Yes, and that one was just wrong.", "It was not."
const REFUTED_NEXT =
  /^(?:(?:Yes|No|Well|Right|Look|Frankly),?\s+(?:and\s+|but\s+)?)?(?:(?:That|This|It)(?:\s+(?:one|report|claim|rumou?r|story|post))?|(?:The|These|Those)\s+(?:reports?|claims?|rumou?rs?|story|stories|posts?))\s+(?:is|was|were|are|has been|proved|turned out to be)\s+(?:[\p{L}-]+\s+){0,2}?(?:wrong|false|untrue|incorrect|inaccurate|mistaken|baseless|groundless|not true|denied|unfounded)\b|^(?:It|That|This)\s+(?:was|is|did|has)\s*(?:not|n[’']t)(?:\.?$|[,;]\s+(?:and|but)\s)|^(?:I|We)\s+(?:was|were)\s+(?:wrong|mistaken)\s+about\s+(?:this|that|it)\b/iu;
// The speaker's label that opens a turn of a transcript: "A:", "Q (AFP):", "**[00:02:12] ANTON SEVERIN:**".
const SPEAKER_LABEL =
  /^(?:\*\*)?(?:\[[\d:]+\]\s*)?(?:[AQ]|\p{Lu}[\p{Lu}\p{Ll}.’' -]{0,40})(?:\s*\([^)]{0,40}\))?\s*:(?:\*\*)?\s+/u;
// "이는 사실과 다르다", ""사실이 아니다"라며": the report before is refuted.
const KO_REFUTED = /사실이\s?아(?:니|닌)|사실과\s?다르|사실무근|事實無根|근거\s?없는/;
// "…사실입니까?": a question in Korean.
const KO_QUESTION = /[\uac00-\ud7a3][^\uac00-\ud7a3]{0,3}\?\s*$/;
// "폐쇄설은", "閉鎖說은": a rumour of a closure.
const KO_RUMOUR = /^[설說](?:[은는이을도]|\s|$)/;
const KO_RESUMED = /^\s?(?:을|를)?\s?(?:다시\s?)?재개/;
// "CORRECTION: An earlier version of this post said …": a retracted statement.
const RETRACTED_HINT = /version/i;
const RETRACTED =
  /\b(?:an?|the)\s+(?:earlier|previous|original)\s+version\s+of\s+this\s+(?:post|article|story|report|entry|item)\b/i;

// A word that REFUTED_NEXT and SAID_REFUTED each need, with their flags: most sentences have none.
const REFUTING_WORD =
  /wrong|false|untrue|incorrect|inaccurate|mistaken|baseless|groundless|not|n[’']t|denie|deny|reject|dismiss|refute|unfounded|fabricated/i;
// "The ministry denies the report two days later", "Officials rejected those claims": the sentence
// after a report denies it.
const DENIES_REPORT =
  /^[^.;]{0,80}?\b(?:denie[sd]|deny|denying|rejecte?[sd]?|dismisse[sd]|refute[sd]|rebut(?:s|ted)?)\s+(?:the|these|those|that|this|such)\s+(?:(?:press|media|news|earlier|latest)\s+)?(?:reports?|claims?|rumou?rs?|story|stories|accounts?|allegations?)\b/iu;

/**
 * Whether what `index` reports is refuted by the text right after it: the next sentence of its
 * paragraph, or, past any questions left in the paragraph, the first sentence of the next one
 * (the answer, in a transcript), without its speaker label.
 */
function refutedNext(analysis: Analysis, index: number): boolean {
  const { text, sentences } = analysis;
  const sentence = sentences[index];
  if (!sentence) return false;
  let next = sentences[index + 1];
  for (let j = index + 2; next && next.line === sentence.line && text.charAt(next.end - 1) === '?'; j++)
    next = sentences[j];
  if (!next || next.line > sentence.line + 1) return false;
  const s = text.slice(next.start, next.end);
  if (!REFUTING_WORD.test(s)) return false;
  return (
    REFUTED_NEXT.test(next.line === sentence.line ? s : s.replace(SPEAKER_LABEL, '')) ||
    (next.line === sentence.line && (SAID_REFUTED.test(s) || DENIES_REPORT.test(s)))
  );
}
// "The ministry said on Tuesday the report was wrong": a source refutes the report before.
const SAID_REFUTED =
  /^[^.;]{0,80}\b(?:said|says|stated|told [\p{L} ]{1,30}|assess(?:es|ed)?|believes?|believed|concluded|maintains?|maintained)\s+(?:[^.;]{0,30}\s)?(?:that\s+)?(?:the|these|those|such)\s+(?:(?:press|media|news)\s+)?(?:reports?|claims?|rumou?rs?|story|broadcasts?)\s+(?:was|were|is|are)\s+(?:(?:completely|totally|simply|just|largely)\s+)?(?:wrong|false|untrue|incorrect|inaccurate|mistaken|baseless|groundless|not true|unfounded|fabricated)\b/iu;
function negated(before: string): boolean {
  return NEGATED_HINT.test(before) && NEGATED.test(before);
}

// "It remains open", "It is still operating": a state said of the mission named before.
// "It didn't, and it is still operating": the same after a short denial.
const IT_STATE =
  /^(?:And\s+it|It|It\s[^,;.]{1,16}[,;]\s+(?:and|but)\s+it)(?:[’']s|\s+(?:still\s+)?(?:remains|stays|is|has\s+(?:remained|stayed|been)))\s+(?:still\s+|fully\s+)?$/;
// "It closed in March": an event said of the mission named before.
// "It closed in March", "It was opened in 2002", "It's been shut since 2025": an event said of the
// mission named before.
const IT_EVENT = /^(?:And\s+it|It)(?:\s+was|\s+(?:has|had)\s+been|[’']s\s+been)?\s+$/;
// "operated from in or about 2017 until in or about March 2024": the year it opened, and where
// the date it stopped starts.
const OPERATED_FROM =
  /^\s+(?:from|since)\s+(?:(?:in\s+)?or\s+about\s+|in\s+|about\s+|around\s+|circa\s+)?((?:1[89]|20)\d\d)\b(?:(\s+(?:until|till|to)\s+)(?:(?:in\s+)?or\s+about\s+|in\s+)?)?/i;
// "The office" opening a sentence: the mission named just before.
const OFFICE_OPENING = /^(?:The|This|That)\s+office\b(?!\s+of\b)/;
// A sentence that ends on a question mark (and a closing quote or bracket).
const ENDS_ASKING = /\?["”’)]?\s*$/;
// The words a sentence about "it" opens with.
const IT_OPENING = /^(?:And\s+it|It)(?:\s|[’']s\s)/;
// "Dili was always going to be vulnerable.": a foreign capital as the subject of a sentence.
const CAPITAL_VERB = /^\s+(?:(?:was|is|has|had|will|would|could|might|may)\b|\w+ed\b)/;
// "I would be surprised if Pyongyang still has an embassy in Kinshasa next year", "I doubt they
// will still have a mission in Accra by 2027": an open state the speaker expects to end.
const DOUBTED_STILL =
  /\b(?:(?:would|will|'d)\s+be\s+surprised\s+if|doubt(?:s|ed)?(?:\s+(?:that|whether|if))?)\b[^.;?!]{0,60}\bstill\s+(?:(?:will|would)\s+)?$/i;
// An interview's question and the answer right after it: "Q: … the embassy in Oslo …" / "A: It is open."
const QUESTION_LINE = /^(?:\*\*)?Q\b[^:]{0,40}:/;
const ANSWER_LINE = /^(?:\*\*)?A\b[^:]{0,40}:/;

function answersQuestion(analysis: Analysis, questionLine: number, answerLine: number): boolean {
  if (answerLine !== questionLine + 1) return false;
  const q = analysis.lines[questionLine];
  const a = analysis.lines[answerLine];
  if (!q || !a) return false;
  const { text } = analysis;
  // The labels open the lines: their first words are enough.
  const question = text.slice(q.start, Math.min(q.end, q.start + 80));
  const answer = text.slice(a.start, Math.min(a.end, a.start + 80));
  if (QUESTION_LINE.test(question) && ANSWER_LINE.test(answer)) return true;
  // "REP. YI: And the trade office in Nakhodka?" / "VICE MINISTER LEE: It closed in December.": two
  // speakers' turns, the first a question.
  return (
    text.charCodeAt(a.start) !== 32 &&
    ENDS_ASKING.test(text.slice(Math.max(q.start, q.end - 4), q.end)) &&
    SPEAKER_LABEL.test(question) &&
    SPEAKER_LABEL.test(answer)
  );
}

// "is not closing", "isn't closing", "are not closing": the present denial of a closure.
const DENIED_CLOSING = /\b(?:is|are)(?:\s+not|n[’']t)\s+$/i;
// "closed on Sundays and public holidays", "will be closed for three days from 18 February",
// "closed for a public holiday", "close for the day for the founding anniversary": a day off, not a
// status. (A plain "closed on Sunday" dates a closure.)
const DAY_OFF =
  /^[^.;]{0,60}?\b(?:(?:for|over|during)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:holidays?|festival|anniversary)|on\s+(?:(?:public|national|bank|religious|official)\s+)?holidays|on\s+(?:Sundays|Saturdays|Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|weekends)|(?:on|for|over)\s+the\s+weekend|for\s+the\s+day|for\s+(?:one|two|three|four|five|six|seven|a few|several|\d+)\s+(?:days|hours))\b/iu;
const DAY_OFF_HINT = /holiday|Holiday|festival|anniversar|days|hours|the day|weekend/;
// "일요일이라 문을 닫았어요", "공휴일에는 문을 닫는다", "연휴 기간 휴관": the same in Korean, before the word.
const KO_DAY_OFF = /일요일|토요일|주말|휴일|공휴일|명절|연휴|설날|추석|국경일|휴무|휴관/;

/** Whether a closing word is about a day off (see DAY_OFF, KO_DAY_OFF). */
function dayOff(text: string, trigger: Trigger, clause: Span, korean: boolean): boolean {
  if (korean) return KO_DAY_OFF.test(text.slice(Math.max(clause.start, trigger.start - 24), trigger.start));
  const after = text.slice(trigger.end, Math.min(clause.end, trigger.end + 120));
  return DAY_OFF_HINT.test(after) && DAY_OFF.test(after);
}

// "has not left", "hasn't yet closed", "has never been shut": the perfect of a closure, negated.
const NOT_YET_DONE =
  /\b(?:has|have)(?:\s+not|n[’']t|\s+never)\s+(?:(?:yet|actually|even|really)\s+)?(?:been\s+)?$/i;
const DENIAL = /\b(?:denied|denies|deny|denying|rejected|refuted|dismissed)\b/i;
// "If they close Tashkent too", "…, and if the embassy closes": the status word of a condition
// that opens its clause ("surprised if it still has" is read by DOUBTED_STILL).
const CONDITION = /(?:^|[,;:(“"]\s*|\b(?:and|but|so|or)\s+)(?:if|unless)\s+(?:[\p{L}'’-]+\s+){1,4}$/iu;
/**
 * A subject that is the host itself is not the sender ("Malaysia is a different story: …, and the
 * embassy in Kuala Lumpur has stood empty").
 */
function notHost(subject: string | null, hosts: readonly HostRef[]): string | null {
  return subject !== null && hosts.length === 1 && hosts[0]?.code === subject ? null : subject;
}

/** Whether the words before a status word open a condition (see CONDITION); most have no "if". */
function conditional(before: string): boolean {
  return (
    (before.includes('if ') || before.includes('If ') || before.includes('nless ')) && CONDITION.test(before)
  );
}

// "Were Pyongyang to close its embassy in London, …", "if it were to close", "If North Korea
// had kept its embassy": a counterfactual.
const COUNTERFACTUAL =
  /(?:^|[,;:]\s*)(?:Were|Should)\s+[^,;]{1,40}?\s+to\s+$|\bif\s+[^,;]{1,40}?\s+(?:were\s+to|had(?:\s+not|\s+never)?)\s+$/i;
// "once the Lisbon mission closes": a present tense after these words is still to come.
const SUBORDINATE_FUTURE = /\b(?:once|when|until|unless|if|before|after)\b[^,.;]{0,60}$/i;
// "철수하지 않았다", "철수 계획은 없다", "…폐쇄한다는 보도를 부인했다": not a status.
const PAST_PLAN =
  /\bhad\s+(?:been\s+)?(?:expected|scheduled|slated|due|set|supposed|planned|planning|meant|intended)\s+to\s+(?:[\p{L}-]+\s+)?$/iu;
const KO_NEGATED =
  /^\S{0,4}(?:지 않|지 않았|하지 않|안 )|^\S{0,3}\s?(?:계획|방침|예정|의사|생각)\S{0,2}\s?없|^[^.。]{0,24}(?:고|며)\s?(?:부인|일축|반박)/;
// Between a verb and its object: determiners, possessives, a count, adjectives.
const OBJECT_GAP =
  /^\s+(?:(?:its|their|the|a|an|all|his|her|some|several|many|most|both|two|three|four|five|six|seven|eight|nine|ten|\d+|more than a dozen|a dozen|dozens of|[\p{L}-]+’s|[\p{L}-]+'s|own|down|up|remaining|other|diplomatic|overseas|foreign|resident|only|just|still|also|now|North|South|Korean|[\p{Lu}][\p{L}-]*)\s+)*$/u;
const COORDINATED =
  /^\s*(?:,\s*|,?\s*(?:and|or|as well as)\s+)(?:(?:its|their|the|a|an|more than a dozen|over a dozen|a dozen|[\w-]+)\s+){0,4}$/i;

interface Binding {
  trigger: Trigger;
  mission: MissionMention | null;
  hosts: HostRef[];
  /** The host is a capital standing for the home state's mission in it ("shut Ulaanbaatar"). */
  capital?: boolean;
}

// Between a plural mission and the examples that follow it.
// "43 missions abroad: embassies, consulates general and the permanent missions in …": the kinds
// listed after a colon.
const INCLUDING =
  /^[^;:.]{0,80}?,?\s*(?:including|such as|among them|among others|notably|in particular|namely|most recently|the latest being)\s+(?:(?:its|their|the)\s+)?(?:[\p{L}-]+\s+){0,2}$|^\s*(?:abroad|worldwide|overseas|in all|in total)?:\s+$/iu;

const endOf = (m: MissionMention) => (m.hosts.length ? (m.hosts[m.hosts.length - 1]?.end ?? m.end) : m.end);

/** A mission and those coordinated after it: "its embassy in Spain and its consulate in Hong Kong". */
function coordinated(
  text: string,
  missions: readonly MissionMention[],
  first: MissionMention,
): MissionMention[] {
  const out = [first];
  let last = first;
  for (const m of missions) {
    if (m.start <= last.end) continue;
    const from = endOf(last);
    const gap = text.slice(from, m.start);
    // ", leaving the embassy in Abuja": a new verb, not the next item of a list.
    if (m.start < from || !COORDINATED.test(gap) || /\b\w+(?:ing|ed)\s/i.test(gap)) break;
    out.push(m);
    last = m;
  }
  return out;
}

// "대사관(2025년 3월)과": a date in brackets after a mission.
const KO_DATE_NOTE = /^\([^()]{1,20}\)/;
// A verb ending that closes a clause: "… 문을 닫았고 …", "… 밝혔지만 …".
const KO_CLAUSE_END = /[\uac00-\ud7a3](?:고|며|면서|지만|는데|다|면|니|어서|아서)\s/;
const KO_CLOSED_ONES = /^(?:된|한|했던|됐던)\s?(?:공관|대사관|영사관|총영사관)(?:은|는)/;

/**
 * Missions coordinated before `last`: "주쿠웨이트 대사관(2025년 3월)과 주이집트 대사관",
 * "방글라데시·네팔 주재 대사관과 홍콩 총영사관".
 */
function koreanCoordinated(
  text: string,
  missions: readonly MissionMention[],
  last: MissionMention,
): MissionMention[] {
  const out: MissionMention[] = [];
  let current = last;
  for (let i = missions.indexOf(last) - 1; i >= 0; i--) {
    const m = missions[i];
    if (!m?.korean || m.hosts.length === 0) break;
    const to = current.hosts[0]?.start ?? current.start;
    if (m.end > to) break;
    const gap = text.slice(m.end, to).replace(KO_DATE_NOTE, '');
    if (!/^\s?(?:과|와|및|,|·|ㆍ)\s?주?$/.test(gap)) break;
    out.unshift(m);
    current = m;
  }
  return out;
}

/** Missions with places listed before a generic 공관 and closed by 등: "A 대사관과 B 총영사관 등 10개 공관". */
function koreanListBefore(
  text: string,
  missions: readonly MissionMention[],
  triggers: readonly Trigger[],
  generic: MissionMention,
): MissionMention[] {
  const out: MissionMention[] = [];
  let to = generic.start;
  let listed = false;
  for (let i = missions.indexOf(generic) - 1; i >= 0; i--) {
    const m = missions[i];
    if (!m?.korean) break;
    const gap = text.slice(m.end, to);
    if (gap.length > 40 || /[.。]/.test(gap) || triggers.some((o) => o.start >= m.end && o.end <= to)) break;
    listed ||= /등/.test(gap);
    if (!listed) break;
    if (m.hosts.length) out.unshift(m);
    to = m.start;
  }
  return out;
}

/**
 * "Vietnam is the latest. Its embassy in Pyongyang reopened": a sentence that opens on
 * "Its/Their <mission>" belongs to the country the previous sentence opens with.
 */
function antecedentOf(analysis: Analysis, index: number, mission: MissionMention): string | null {
  const sentence = analysis.sentences[index];
  const previous = analysis.sentences[index - 1];
  if (!sentence || !previous || previous.line !== sentence.line) return null;
  const { text } = analysis;
  if (!/^(?:Its|Their)\s+(?:own\s+|new\s+|former\s+)?$/.test(text.slice(sentence.start, mission.start)))
    return null;
  const first = placesWithin(analysis, previous)[0];
  if (!first || first.start !== previous.start || first.form === 'city') return null;
  return first.code;
}

// "Tehran could be next", "Is Prague next?", "Phnom Penh goes before the summer", "Vientiane
// won't be far behind": a closure foreseen, said of the place alone. Read only with a foreign
// capital for subject.
const NEXT_OR_GO = /\b(?:next|goes|go|far behind)\b/g;
// "won't be far behind Singapore": the one it follows.
const BEHIND_AFTER = /^\s+(?:\p{Lu}[\p{L}-]*\s?){1,3}[,.;)]/u;
const BEHIND_BEFORE = /\b(?:won[’']t|will not|wouldn[’']t|would not|can[’']t|cannot)\s+be\s+$/;
const NEXT_BEFORE = /\b(?:be|is|are)\s+$/;
const NEXT_AFTER = /^\s*(?:[,.;?!)]|$|in line\b)/;
const IS_X_NEXT = /^Is\s+(?:\p{Lu}[\p{L}-]*\s+){1,3}next\?/u;
// "let Sofia go", "to go", "did not go": not a closure.
const GO_BEFORE = /\b(?:let|letting|lets|to|and|or|not|n[’']t)\s+$/;
const GO_AFTER = /^\s*(?:[,.;?!)]|$|(?:before|by|next|soon|too|as well|this year|later)\b)/;
const METONYM_HINT = /\b(?:shut|closed|closing|close|next|go|goes|far behind|staying put|stays put)\b/i;

/** "next" and "go" as status words of a closure foreseen (see NEXT_OR_GO). */
function nextOrGo(text: string, sentence: Span): Trigger[] {
  const out: Trigger[] = [];
  const s = text.slice(sentence.start, sentence.end);
  NEXT_OR_GO.lastIndex = 0;
  for (let m = NEXT_OR_GO.exec(s); m; m = NEXT_OR_GO.exec(s)) {
    const before = s.slice(Math.max(0, m.index - 12), m.index);
    const after = s.slice(m.index + m[0].length, m.index + m[0].length + 14);
    const ok =
      m[0] === 'next'
        ? (NEXT_BEFORE.test(before) && NEXT_AFTER.test(after)) || (after.startsWith('?') && IS_X_NEXT.test(s))
        : m[0] === 'far behind'
          ? BEHIND_BEFORE.test(s.slice(Math.max(0, m.index - 16), m.index)) &&
            (NEXT_AFTER.test(after) ||
              BEHIND_AFTER.test(s.slice(m.index + m[0].length, m.index + m[0].length + 30)))
          : !GO_BEFORE.test(before) && GO_AFTER.test(after);
    if (!ok) continue;
    const start = sentence.start + m.index;
    out.push({ start, end: start + m[0].length, cls: 'close', form: 'base', hosts: [], metonym: true });
  }
  return out;
}

// "stopped functioning", "stops operating", "has stopped working": a closure said with "stop",
// where the status word alone ("functioning") reads as open. "returned to full operation": a
// reopening. ("stopped working with local banks" is about something else.)
const STOP_OR_RETURN =
  /\b(?:(stop(?:ped|s|ping)?)\s+(?:functioning|operating|working(?!\s+(?:with|for|on)\b)|(?:all\s+|its\s+|their\s+)?(?:operations|activities|work))|(return(?:ed|s|ing)?)\s+to\s+(?:(?:full|normal)\s+)?(?:operations?|functioning))\b/gi;
const FORM_OF_ENDING: Record<string, Trigger['form']> = {
  ped: 'past',
  ed: 'past',
  s: 'present',
  ping: 'gerund',
  ing: 'gerund',
  '': 'base',
};

/** Adds the "stop …" and "returned to … operation" status words of a sentence (see STOP_OR_RETURN), in place of the open word they hold. */
function stopOrReturn(sentence: Span, s: string, triggers: Trigger[]): void {
  STOP_OR_RETURN.lastIndex = 0;
  for (let m = STOP_OR_RETURN.exec(s); m; m = STOP_OR_RETURN.exec(s)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    const verb = (m[1] ?? m[2] ?? '').toLowerCase();
    const form = FORM_OF_ENDING[verb.replace(/^(?:stop|return)/, '')] ?? 'past';
    for (let i = triggers.length - 1; i >= 0; i--) {
      const t = triggers[i];
      if (t && t.start < end && t.end > start) triggers.splice(i, 1);
    }
    const at = triggers.findIndex((t) => t.start > start);
    const trigger: Trigger = { start, end, cls: m[1] ? 'close' : 'reopen', form, hosts: [] };
    triggers.splice(at < 0 ? triggers.length : at, 0, trigger);
  }
}

// "in the same villa it left in 2003", "the building that it had vacated": the mission, as "it",
// left a place named in a relative clause (the one before the verb may be a reopening).
const IT_LEFT =
  /\b(?:villa|building|premises|compound|house|site|offices|quarters|chancery|residence|mansion|location|address|property)\b[^,.;]{0,40}?\s(?:(?:that|which)\s+)?it\s+(?:had\s+)?(left|vacated|abandoned)\b/gi;
const NO_SET: ReadonlySet<Trigger> = new Set();
const IT_LEFT_HINT = /it (?:had )?(?:left|vacated|abandoned)/;
// The words STOP_OR_RETURN and IT_LEFT need, looked for in one scan of a sentence.
const RARE_WORDS = /stop|return|it (?:had )?(?:left|vacated|abandoned)/;

/** The status words of "… the villa it left" (see IT_LEFT), put in place of the words they cover. */
function itLeft(sentence: Span, s: string, triggers: Trigger[]): ReadonlySet<Trigger> {
  const found = new Set<Trigger>();
  IT_LEFT.lastIndex = 0;
  for (let m = IT_LEFT.exec(s); m; m = IT_LEFT.exec(s)) {
    const verb = m[1] ?? '';
    const start = sentence.start + m.index + m[0].length - verb.length;
    const end = start + verb.length;
    for (let i = triggers.length - 1; i >= 0; i--) {
      const t = triggers[i];
      if (t && t.start < end && t.end > start) triggers.splice(i, 1);
    }
    const at = triggers.findIndex((t) => t.start > start);
    const trigger: Trigger = { start, end, cls: 'close', form: 'past', hosts: [] };
    triggers.splice(at < 0 ? triggers.length : at, 0, trigger);
    found.add(trigger);
  }
  return found;
}

// "after six years shut", "three years after shutting it in late 2023": the same, said with a
// length of time or a gerund.
const AFTER_ABSENCE =
  /^[^.;]{0,60}?\bafter\s+(?:(?:an?|its|their)\s+)?(?:(?:[\w-]+\s+){0,4}?(?:absence|hiatus|closure|suspension|shutdown)\b(?:\s+of\s+(?:almost\s+|nearly\s+|about\s+|more than\s+)?[\w-]+\s+(?:years?|months?))?|(?:being|having been|(?:it|they)\s+(?:was|were|had been))\s+(?:shut|closed|suspended)(?:\s+down)?(?:\s+(?:since|in)\s+(?:1[89]|20)\d\d)?|(?:(?:almost|nearly|about|some|more than)\s+)?[\w-]+\s+(?:years?|months?)\s+(?:shut|closed|of closure)\b|(?:shutting|closing)\s+(?:it|them)(?:\s+down)?(?:\s+in\s+(?:(?:early|late|mid-?)\s*)?(?:1[89]|20)\d\d)?)/i;

/** A capital that can stand for the mission in it: a foreign capital, not a possessor. */
function standsForMission(p: Place, home: string | null): boolean {
  return p.form === 'city' && p.capital && !p.possessive && p.code !== home;
}

const hostOf = (p: Place): HostRef => ({
  start: p.start,
  end: p.end,
  code: p.code,
  city: p.form === 'city' ? p.english : null,
});

// "They shut Ulaanbaatar in March": the capital as object, then the end of the phrase.
const CAPITAL_OBJECT_END =
  /^(?:\s+(?:in|on|last|this|at|after|before|early|late|too|as well|and|earlier|in)\b|\s*[,.;:!?)]|$)/;
// "Vienna, which is said to be closing", "Stockholm, too, is staying put", "Tehran could be next";
// "Doha is not closing" is read to be denied.
const CAPITAL_SUBJECT_GAP =
  /^(?:,\s*(?:which|too|also)\b[^,.;]{0,40}?,?)?\s+(?:(?:is|was|are|has|have|had|been|being|be|will|would|could|might|may|can|said|expected|set|likely|about|due|reported|believed|thought|to|also|now|already|soon|finally|still|too|itself|probably|not|isn[’']t|aren[’']t|won[’']t)\s+)*$/i;
// A capital governed by a preposition, or the object of "let" ("let Sofia go, if it must").
const GOVERNED =
  /\b(?:in|to|from|of|at|by|via|for|with|than|into|toward|towards|through|over|let|lets|letting)\s+$/i;

/**
 * A foreign capital that stands for the mission in it, as the object of a closing verb
 * ("shut Ulaanbaatar in March") or as the subject of an intransitive one ("Vienna, which is
 * said to be closing", "Stockholm, too, is staying put", "Tehran could be next").
 */
function capitalHosts(
  text: string,
  sentence: Span,
  t: Trigger,
  places: readonly Place[],
  home: string | null,
): HostRef[] {
  if (!home || t.form === 'noun' || t.form === 'ko') return [];
  if (t.cls !== 'open' && !t.metonym) {
    const object = places.find((p) => p.start > t.end && p.start - t.end <= 2);
    if (
      object &&
      standsForMission(object, home) &&
      /^\s+$/.test(text.slice(t.end, object.start)) &&
      CAPITAL_OBJECT_END.test(text.slice(object.end, Math.min(sentence.end, object.end + 12)))
    )
      return [hostOf(object)];
  }
  if (!t.metonym && hasOtherObject(text, t, sentence)) return [];
  // "is staying put", "remains open": an open status only as a state.
  if (t.cls === 'open' && t.form !== 'present') return [];
  const at = places.findLastIndex((p) => p.end <= t.start && t.start - p.end <= 50);
  const subject = places[at];
  if (
    !subject ||
    !standsForMission(subject, home) ||
    !CAPITAL_SUBJECT_GAP.test(text.slice(subject.end, t.start))
  )
    return [];
  // "Madrid and Kampala, which closed in 2023": the capitals coordinated before the last one.
  let first = at;
  for (let i = at - 1; i >= 0; i--) {
    const p = places[i];
    const next = places[i + 1];
    if (
      !p ||
      !next ||
      !standsForMission(p, home) ||
      !/^\s*(?:,|,?\s*and|,?\s*or)\s*$/.test(text.slice(p.end, next.start))
    )
      break;
    first = i;
  }
  const lead = places[first] ?? subject;
  if (GOVERNED.test(text.slice(Math.max(sentence.start, lead.start - 12), lead.start))) return [];
  return places.slice(first, at + 1).map(hostOf);
}

// Between a subject and its verb, when nothing else may come between.
const AUXILIARIES =
  /^\s+(?:(?:has|have|had|been|was|were|is|are|will|would|be|also|now|already|finally|reportedly|temporarily|quietly)\s+)*$/;
// "was packing up and is expected to shut": the verb after "and" shares the subject of the one before.
const SHARED_SUBJECT = /^\s+(?:and|or|but)\s+(?:[\p{L}-]+\s+){0,4}$/u;

/** Missions a trigger acts on: its object ("shuttered its embassies in ..."), else its subject. */
function bind(
  text: string,
  sentence: Sentence,
  missions: MissionMention[],
  triggers: Trigger[],
  places: readonly Place[],
  home: string | null,
  relative: ReadonlySet<Trigger>,
): Binding[] {
  const out: Binding[] = [];
  for (const t of triggers) {
    if (t.hosts.length) {
      out.push({ trigger: t, mission: null, hosts: t.hosts });
      continue;
    }
    const objects: MissionMention[] = [];
    if (t.form === 'ko') {
      const before = missions.findLast((m) => m.end <= t.start && t.start - m.end <= 40);
      const gap = before ? text.slice(before.end, t.start).replace(KO_DATE_NOTE, '') : '';
      // "이집트 대사관이 폐쇄", "대사관(2025년 11월)이 차례로 문을 닫아", "빈트후크 대사관은 1990년
      // … 직후 문을 연": its object, or its subject with the adverbs of the same clause between.
      // "이 대사관의 철수", "대사관 운영을 재개": the mission's own withdrawal, its operation resumed.
      const adjacent = /^\s?(?:도|을|를|이|가|은|는|의)?\s?(?:운영(?:을|를)?\s?)?$/.test(gap);
      if (
        before &&
        (adjacent ||
          (before.hosts.length > 0 &&
            /^\s?(?:도|이|가|은|는)\s[^,.;"“”]{1,30}\s$/.test(gap) &&
            !KO_CLAUSE_END.test(gap) &&
            !missions.some((m) => m.start > before.end && m.end <= t.start)))
      ) {
        objects.push(...koreanCoordinated(text, missions, before), before);
        // "A·B 주재 대사관과 홍콩 총영사관 등 모두 10개 공관을 폐쇄": the missions listed before 등.
        if (before.hosts.length === 0) objects.push(...koreanListBefore(text, missions, triggers, before));
      } else if (KO_CLOSED_ONES.test(text.slice(t.end, t.end + 12))) {
        // "폐쇄된 공관은 주스페인 대사관(2023년 11월) 한 곳뿐이다": the missions named as the closed ones.
        const named = missions.find(
          (m) =>
            m.start > t.end &&
            m.hosts.length > 0 &&
            /^(?:된|한|했던|됐던)\s?(?:공관|대사관|영사관|총영사관)(?:은|는)\s?\S{0,6}$/.test(
              text.slice(t.end, m.hosts[0]?.start ?? m.start),
            ),
        );
        if (named) objects.push(named);
      } else {
        // "우간다·앙골라 대사관을 시작으로 … 11곳을 닫았다": the first of the closures.
        const first = missions.find(
          (m) =>
            m.end <= t.start &&
            /^\s?[을를]\s?시작으로/.test(text.slice(m.end, m.end + 8)) &&
            !triggers.some((o) => o.start >= m.end && o.end <= t.start),
        );
        if (first) objects.push(first);
      }
    } else if (t.form === 'noun') {
      const after = missions.find(
        (m) =>
          m.start >= t.end &&
          /^\s+of\s+(?:(?:the|its|their|all)\s+)?(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(t.end, m.start)),
      );
      const before = missions.findLast((m) => m.end <= t.start && /^\s*$/.test(text.slice(m.end, t.start)));
      if (after) objects.push(after);
      else if (before) objects.push(before);
    } else {
      const first = missions.find(
        (m) => m.start >= t.end && m.start - t.end <= 60 && OBJECT_GAP.test(text.slice(t.end, m.start)),
      );
      if (first) objects.push(...coordinated(text, missions, first));
      // "shut nine posts in two years, including its embassies in Spain and Angola"
      const last = objects[objects.length - 1];
      const from = last ? endOf(last) : t.end;
      const example = missions.find(
        (m) =>
          m.start > from &&
          m.start - from <= 120 &&
          INCLUDING.test(text.slice(from, m.start)) &&
          !triggers.some((o) => o.start >= from && o.end <= m.start),
      );
      if (example) objects.push(...coordinated(text, missions, example));
    }
    // A closure foreseen ("next", "go") is read for a capital first (see below).
    if (objects.length === 0 && !t.metonym && !hasOtherObject(text, t, sentence)) {
      const free = relative.size > 0 && relative.has(t);
      // Intransitive or passive: "Its embassy in Spain is among the targeted closures".
      const subject = missions.findLast(
        (m) =>
          m.end <= t.start &&
          t.start - m.end <= 200 &&
          // "The United Kingdom's embassy has been shut": a foreign state's mission, read in the home state.
          (m.hosts.length > 0 ||
            (m.sending !== null &&
              home !== null &&
              m.sending !== home &&
              !m.plural &&
              AUXILIARIES.test(text.slice(m.end, t.start)))) &&
          // "reopened … in the same villa it left in 2003": "it" is the subject, whatever verb stands between.
          (free ||
            !triggers.some(
              (o) =>
                o !== t &&
                o.start > m.end &&
                o.end < t.start &&
                o.hosts.length === 0 &&
                !insideAside(text, m.end, t.start, o) &&
                // "was packing up and is expected to shut": verbs sharing one subject.
                !SHARED_SUBJECT.test(text.slice(o.end, t.start)),
            )),
      );
      if (subject) objects.push(subject);
      else {
        // "An embassy opens in Baku, Azerbaijan": the subject names no place, the verb's "in" does.
        const placed = placedAfterVerb(text, sentence, missions, t, places);
        if (placed) {
          out.push(placed);
          continue;
        }
      }
    }
    for (const m of objects) out.push({ trigger: t, mission: m, hosts: m.hosts });
    if (objects.length === 0) {
      const hosts = capitalHosts(text, sentence, t, places, home);
      if (hosts.length) out.push({ trigger: t, mission: null, hosts, capital: true });
      // "the embassy in Vientiane will not be far behind Singapore": a mission as the subject of
      // a closure foreseen.
      else if (t.metonym) {
        const subject = missions.findLast((m) => m.hosts.length > 0 && endOf(m) <= t.start);
        if (subject && CAPITAL_SUBJECT_GAP.test(text.slice(endOf(subject), t.start)))
          out.push({ trigger: t, mission: subject, hosts: subject.hosts });
      }
    }
  }
  // "reopened its embassy in Laos after a four-year closure": the verb reports the mission's
  // status; a closure noun read back onto the same mission is its history.
  return out.filter(
    (b) =>
      b.trigger.form !== 'noun' ||
      !out.some((o) => o.mission === b.mission && o.mission !== null && o.trigger.form !== 'noun'),
  );
}

// "An embassy", "A new consulate", "The mission": a subject that opens its clause, or the
// clause after "that" ("informed the landlord that the Embassy will cease operations in Lima").
const CLAUSE_SUBJECT =
  /(?:^(?:An?|The|Its|Their)|\bthat\s+(?:an?|the|its|their|An?|The|Its|Their))\s+(?:[\p{L}-]+\s+){0,2}$/u;
const IN_PLACE = /^\s+in\s+(?:the\s+)?/;

/** A mission without a place as the subject of a verb followed by "in" and a place (see `bind`). */
function placedAfterVerb(
  text: string,
  sentence: Sentence,
  missions: readonly MissionMention[],
  t: Trigger,
  places: readonly Place[],
): Binding | null {
  if (t.form === 'noun' || t.form === 'ko' || t.metonym || !text.startsWith(' in ', t.end)) return null;
  const inPlace = IN_PLACE.exec(text.slice(t.end, t.end + 10));
  if (!inPlace) return null;
  const m = missions.findLast((x) => x.end <= t.start);
  if (!m || m.hosts.length > 0 || m.plural || m.korean || !AUXILIARIES.test(text.slice(m.end, t.start)))
    return null;
  const clause = clauseAt(sentence, m.start);
  if (!CLAUSE_SUBJECT.test(text.slice(clause.start, m.start))) return null;
  const hosts = placesListedAt(text, places, t.end + inPlace[0].length, sentence.end);
  return hosts.length ? { trigger: t, mission: m, hosts } : null;
}

// ", which had been expected to close last month,": an aside between a subject and its verb.
const ASIDE = /,\s*(?:which|who|that|once|after|despite)\b[^,;]*,/g;

/** The asides between `from` and `to`, as spans of the text. */
function asidesIn(text: string, from: number, to: number): Span[] {
  const s = text.slice(from, to);
  // An aside opens with a comma: most stretches have none.
  if (!s.includes(',')) return [];
  return [...s.matchAll(ASIDE)].map((m) => ({
    start: from + m.index,
    end: from + m.index + m[0].length,
  }));
}

function insideAside(text: string, from: number, to: number, t: Trigger): boolean {
  return asidesIn(text, from, to).some((a) => contains(a, t));
}

/** The end of the last aside that closes between `from` and `at`, else `from`. */
function afterAsides(text: string, from: number, at: number): number {
  return asidesIn(text, from, at).pop()?.end ?? from;
}

// A verb in the active voice followed by a noun phrase acts on that phrase ("plans to shutter
// a dozen more"), so it cannot be read back onto a mission named earlier in the sentence.
const PASSIVE = /\b(?:is|are|was|were|be|been|being|get|got)\s+(?:\w+ly\s+)?$/i;
const NO_OBJECT =
  /^\s*(?:[,.;:”"’)…]|$|\s*(?:in|on|at|by|after|before|last|this|next|since|for|amid|following|earlier|later|as|due|because|and|or|but|temporarily|permanently|indefinitely|officially|throughout|through|during|until|till|today|now|again|already|yet|despite|while|when|with|without|under|from|only|to|into|out|briefly|quietly|abruptly|recently|soon|entirely|altogether|ever|[\p{L}]+ly)\b)/iu;

const DOORS = /^\s+(?:its|their)\s+doors\b/;

function hasOtherObject(text: string, t: Trigger, sentence: Span): boolean {
  // "stayed open": an adjective, which never has an object.
  if (t.form === 'noun' || t.form === 'ko' || /^open$/i.test(text.slice(t.start, t.end))) return false;
  if (PASSIVE.test(text.slice(Math.max(sentence.start, t.start - 24), t.start))) return false;
  // "opened its doors", "closed their doors": the idiom, said of the mission itself.
  if (DOORS.test(text.slice(t.end, Math.min(sentence.end, t.end + 16)))) return false;
  return !NO_OBJECT.test(text.slice(t.end, Math.min(sentence.end, t.end + 16)));
}

function statusOf(
  cls: Trigger['cls'],
  tense: 'planned' | 'done' | null,
  t: Trigger,
  before: string,
): ClaimStatus | null {
  // "will remain open", "is expected to stay open": a state that holds, whatever the tense.
  if (cls === 'open' && (t.form === 'present' || t.state)) return 'open';
  // "which had been expected to close last month": a plan the text places in the past.
  if (tense === 'planned' && PAST_PLAN.test(before)) return null;
  if (tense === 'planned' || (tense === null && t.form === 'present' && SUBORDINATE_FUTURE.test(before)))
    return cls === 'close' ? 'closing' : null;
  if (tense === 'done') return cls === 'close' ? 'closed' : cls === 'open' ? 'open' : 'reopened';
  return defaultStatus(t);
}

function nearestDate(analysis: Analysis, spans: Span[], at: number, done: boolean): string | null {
  let best: { mention: DateMention; distance: number } | null = null;
  for (const span of spans) {
    for (const d of datesWithin(analysis, span)) {
      const distance = Math.abs(d.start - at);
      if (!best || distance < best.distance) best = { mention: d, distance };
    }
  }
  if (!best) return null;
  return done ? pastDate(best.mention, analysis.published) : best.mention.date;
}

/** The date a table cell gives: "Mar 2025", "Closed (June 2025)", or a year alone ("1974", "(1996)"). */
function cellDate(analysis: Analysis, cell: Span & { text: string }): string | null {
  const year = /^\(?((?:1[89]|20)\d\d)\)?$|\(((?:1[89]|20)\d\d)\)$/.exec(
    cell.text.replace(/^[^(]*\s(?=\()/, ''),
  );
  if (year) return year[1] ?? year[2] ?? null;
  return datesIn(analysis.text, cell, analysis.published)[0]?.date ?? null;
}

/**
 * A table of missions and their status ("| Embassy, Sofia | Operating | — |"): one claim a row,
 * the mission and its host from the first cell (the city from a later cell when the first names
 * only the country), dated by a "Since" column or by the status cell itself ("Closed (June
 * 2025)"); an "Opened" column gives the opening as well.
 */
function tableStatuses(analysis: Analysis, rows: readonly TableRow[]): ClaimDraft[] {
  const { text } = analysis;
  const out: ClaimDraft[] = [];
  for (const row of rows) {
    const columns = statusColumns(row);
    const first = row.cells[0];
    const statusCell = columns ? row.cells[columns.status] : undefined;
    const status = statusCell ? statusWord(statusCell.text) : null;
    if (!columns || !first || !statusCell || !status) continue;
    const places = placesWithin(analysis, first);
    const mission = missionsIn(text, first, places, analysis.home)[0];
    const host = mission?.hosts[0] ?? places.find((p) => p.form !== 'demonym');
    const sending = mission?.sending ?? analysis.home;
    if (!host || !sending || host.code === sending) continue;
    const city =
      'city' in host
        ? host.city
        : host.form === 'city'
          ? host.english
          : (row.cells
              .slice(1, columns.status)
              .flatMap((c) => placesWithin(analysis, c))
              .find((p) => p.form === 'city' && p.code === host.code)?.english ?? null);
    const typeCell = columns.type > 0 ? row.cells[columns.type] : undefined;
    const typeMission = typeCell ? missionsIn(text, typeCell, [], analysis.home)[0] : undefined;
    const type = mission?.type ?? typeMission?.type ?? 'unknown';
    const since = columns.since > 0 ? row.cells[columns.since] : undefined;
    const date =
      (since ? cellDate(analysis, since) : null) ??
      (/\d/.test(statusCell.text) ? cellDate(analysis, statusCell) : null);
    const claim = (status: ClaimStatus, date: string | null, end: number): ClaimDraft => ({
      kind: 'mission_status',
      start: row.start,
      end,
      attributed_to: null,
      hedge: null,
      sending,
      host: host.code,
      city,
      mission_type: type,
      status,
      date,
    });
    out.push(claim(status, date, row.end));
    // "Brazil | Brasília | Embassy | 2005 | Closed (2024)": the opening, quoted up to its year.
    const opened = columns.opened > 0 ? row.cells[columns.opened] : undefined;
    const year = opened ? cellDate(analysis, opened) : null;
    if (opened && year && status !== 'open') out.push(claim('open', year, opened.end));
  }
  return out;
}

// A dataset changelog's entry: "`KP-MM-01` (Embassy, Yangon): status `open` → `closed` on 2 May".
const ARROW =
  /\(\s*((?:Embassy|Consulate(?:[- ]General)?|Trade (?:office|mission)|Permanent mission|Mission|Representation))\s*,\s*([^()\n]{2,40}?)\s*\)\s*:?\s*status\s+`?([a-z_]+)`?\s*(?:→|->|=>)\s*`?([a-z_]+)`?/gi;
const ARROW_STATUS: Record<string, ClaimStatus> = {
  open: 'open',
  active: 'open',
  closed: 'closed',
  suspended: 'closed',
  closing: 'closing',
  reopened: 'reopened',
};
// The entry's ID in a code span, before it: "`KP-MM-01` ".
const CHANGELOG_ID = /`[\p{L}\d_.-]{2,24}`\s*$/u;
// "*Retracted in 3.2.0*", "(withdrawn)": the entry no longer holds.
const ARROW_RETRACTED = /\b(?:retracted|withdrawn|reverted)\b/i;

/** The new status of each changelog entry, from the arrow's right side; an earlier side gives nothing. */
function arrowStatuses(analysis: Analysis): ClaimDraft[] {
  const { text } = analysis;
  if (!text.includes('→') && !text.includes('->') && !text.includes('=>')) return [];
  const out: ClaimDraft[] = [];
  ARROW.lastIndex = 0;
  for (let m = ARROW.exec(text); m; m = ARROW.exec(text)) {
    const status = ARROW_STATUS[(m[4] ?? '').toLowerCase()];
    if (!status || !analysis.home) continue;
    const lineEnd = text.indexOf('\n', m.index);
    const end = m.index + m[0].length;
    const rest = text.slice(end, lineEnd < 0 ? text.length : lineEnd);
    if (ARROW_RETRACTED.test(rest)) continue;
    const cityAt = m.index + m[0].indexOf(m[2] ?? '', (m[1] ?? '').length + 1);
    const place = placesWithin(analysis, { start: cityAt, end: cityAt + (m[2] ?? '').length }).find(
      (p) => p.form !== 'demonym',
    );
    if (!place || place.code === analysis.home) continue;
    // "on 30 January 2026", "(January 2026)": a date right after the arrow is the change's.
    const lead = /^\s*(?:on|in|since|\()\s*/i.exec(rest);
    const date = lead
      ? (datesWithin(analysis, { start: end, end: end + Math.min(rest.length, 40) })[0]?.date ?? null)
      : null;
    // The quote opens at the entry's ID in a code span: "`KP-MM-01` (Embassy, Yangon)".
    const id = CHANGELOG_ID.exec(text.slice(Math.max(0, m.index - 30), m.index));
    const claim: ClaimDraft = {
      kind: 'mission_status',
      start: id ? m.index - id[0].length : m.index,
      end,
      attributed_to: null,
      hedge: null,
      sending: analysis.home,
      host: place.code,
      city: place.form === 'city' ? place.english : null,
      mission_type: missionTypeOf(m[1] ?? ''),
      status,
      date,
    };
    out.push(claim);
    // "`suspended` → `reopened`": the reopening ends a closure the entry states.
    const before = ARROW_STATUS[(m[3] ?? '').toLowerCase()];
    if (status === 'reopened' && before === 'closed') out.push({ ...claim, status: 'closed', date: null });
  }
  return out;
}

// A heading that names closures ("## Slide 4 · Selected closures since 2023", "Closed in 2025:"),
// and not reopenings or plans beside them.
const CLOSURE_HEADING = /\b(?:closures|closed|shut(?:tered)?|withdrawals)\b/i;
const MIXED_HEADING = /\b(?:re-?open|open(?:ed|ing)|resum|plann|expected|possible|rumou?r|next)/i;
// A heading: a Markdown one, or a short line that ends on a colon.
const HEADING_LINE = /^(?:#{1,6}\s|[^\n]{1,80}:\s*$)/;
// A list item's mark, and a bold label that opens it ("**New this year:**").
const BULLET = /^\s{0,6}(?:[-*•·▪◦]|\d{1,2}[.)])\s+(?:\*\*[^*\n]{1,30}:?\*\*:?\s+)?/;
// What may follow the places of an item: nothing, a note in brackets, a mission noun, a comma and a
// few words ("Lilongwe, shut at the end of April 2026").
const ITEM_REST =
  /^(?:\s+(?:embassy|consulate(?:[- ]general)?|trade office|mission|legation))?\s*(?:\([^()\n]{1,30}\)|,\s[^\n]{0,60}|\s*[.;]?)?\s*$/i;
const ITEM_AGAINST = /re-?open|\bopen|resum|\bnot\b|never|rumou?r|plan|expect|\?/i;

/**
 * The items of a list under a heading that names closures ("Selected closures since 2023" /
 * "- Kampala (Oct 2023) and Luanda (Oct 2023)"): each item that is nothing but places, with a
 * mission noun, a date in brackets or a short remark, is a closure of the mission there.
 */
function headedClosures(analysis: Analysis): ClaimDraft[] {
  const { text, lines } = analysis;
  const home = analysis.home;
  const out: ClaimDraft[] = [];
  if (!home) return out;
  let closing = false;
  for (const line of lines) {
    if (line.end === line.start) continue;
    // A list item opens with its mark ("- ", "* ", "1. ") after at most a few spaces: its first
    // characters are enough to tell, without reading the line.
    const head = text.slice(line.start, Math.min(line.end, line.start + 48));
    const bullet = BULLET.exec(head);
    if (!bullet) {
      const heading =
        line.end - line.start <= 100 &&
        (line.kind === 'heading' ||
          text.charCodeAt(line.start) === 35 /* # */ ||
          text.charCodeAt(line.end - 1) === 58); /* : */
      if (heading) {
        const s = text.slice(line.start, line.end);
        closing =
          (line.kind === 'heading' || HEADING_LINE.test(s)) &&
          CLOSURE_HEADING.test(s) &&
          !MIXED_HEADING.test(s);
      } else closing = false;
      continue;
    }
    if (!closing) continue;
    const from = line.start + bullet[0].length;
    const places = placesWithin(analysis, line);
    const listed = placesListedAt(text, places, from, line.end);
    const last = listed[listed.length - 1];
    if (!last || places.some((p) => p.start === listed[0]?.start && (p.form === 'demonym' || p.possessive)))
      continue;
    const rest = text.slice(last.end, line.end);
    if (!ITEM_REST.test(rest) || ITEM_AGAINST.test(rest)) continue;
    const noun = /^\s+(embassy|consulate(?:[- ]general)?|trade office|mission|legation)/i.exec(rest)?.[1];
    for (const [i, host] of listed.entries()) {
      if (host.code === home) continue;
      // The item's own words: up to the next place, else to the line's end.
      const end = listed[i + 1]?.start ?? line.end;
      const item = text.slice(host.start, end).replace(/(?:\s*,?\s*(?:and|or)?\s*)$/i, '');
      const quoteEnd = host.start + item.replace(/[\s.;]+$/, '').length;
      const date = datesWithin(analysis, { start: host.end, end: quoteEnd })[0];
      const year = date ? null : /\(((?:19|20)\d\d)\)/.exec(item)?.[1];
      out.push({
        kind: 'mission_status',
        start: host.start,
        end: quoteEnd,
        attributed_to: null,
        hedge: null,
        sending: home,
        host: host.code,
        city: host.city,
        mission_type: noun ? missionTypeOf(noun) : 'unknown',
        status: 'closed',
        date: date ? pastDate(date, analysis.published) : (year ?? null),
      });
    }
  }
  return out;
}

// "The eleven are the embassies in …", "[^2]: They were its embassies in …": a list that names
// missions an earlier sentence counted. The sentence's opening words, up to the missions.
const LIST_HEAD =
  /^(?:\[\^[\w-]{1,12}\]:\s*|\(\d{1,3}\)\s+)?(?:(?:The|Those|These)\s+([\p{L}\d-]+)|They|These|Those)\s+(?:are|were)\s+(?:the|its|their)\s+$/diu;
// "(87) The other embassies were those in Angola, Bangladesh and Spain.": the rest of a count.
const OTHERS_HEAD =
  /^(?:\[\^[\w-]{1,12}\]:\s*|\(\d{1,3}\)\s+)?The\s+(?:other|remaining)\s+(embassies|missions|consulates|posts)\s+(?:are|were)\s+(?:those\s+)?in\s+/i;
// A note's mark, "[^2]:" in Markdown or "(87)" in a report, and the mark that cites it.
const FOOTNOTE = /^(?:\[\^([\w-]{1,12})\]:|\((\d{1,3})\))\s*/;
// The cheap test before LIST_HEAD: the words a list sentence opens with.
const LIST_OPENING = /^(?:\[\^[\w-]{1,12}\]:\s*|\(\d{1,3}\)\s+)?(?:The|They|These|Those)\s/;
// The count a status word acts on: "closed eleven of its diplomatic missions", "shut 11 embassies".
const COUNTED =
  /^\s+(?:(?:a total of|all|some|another|at least|more than|over|about)\s+)?([\p{L}\d-]+)\s+(?:of\s+(?:its|their)\s+)?(?:(?:diplomatic|overseas|foreign|resident)\s+)?(?:missions|embassies|posts|consulates|outposts)\b/diu;

/**
 * The missions of a list sentence with the status of the count it names: "Pyongyang closed
 * eleven of its missions. The eleven are the embassies in Uganda, Angola, …". The counting
 * sentence is the one before in the paragraph, or, for a footnote, the one that cites it.
 */
function listedBack(analysis: Analysis, index: number, missions: readonly MissionMention[]): ClaimDraft[] {
  const { text, sentences } = analysis;
  const sentence = sentences[index];
  if (!sentence) return [];
  // The listed missions: those named after the head, or the places after "those in".
  let groups: (Span & { type: ClaimMissionType; hosts: HostRef[] })[];
  let head: RegExpExecArray | null = null;
  const others = OTHERS_HEAD.exec(text.slice(sentence.start, sentence.start + 80));
  if (others) {
    const at = sentence.start + others[0].length;
    const hosts = placesListedAt(text, placesWithin(analysis, sentence), at, sentence.end);
    groups = [
      { start: at, end: hosts[hosts.length - 1]?.end ?? at, type: missionTypeOf(others[1] ?? ''), hosts },
    ];
  } else {
    const first = missions.find((m) => m.hosts.length > 0);
    if (!first) return [];
    head = LIST_HEAD.exec(text.slice(sentence.start, first.start));
    if (!head) return [];
    groups = coordinated(text, missions, first);
  }
  if (groups.every((g) => g.hosts.length === 0)) return [];
  let counting: Sentence | undefined;
  const note = FOOTNOTE.exec(text.slice(sentence.start, sentence.start + 16));
  if (note) {
    const at = text.indexOf(note[1] ? `[^${note[1]}]` : `(${note[2]})`);
    if (at < 0 || at >= sentence.start) return [];
    counting = sentences.findLast((x) => x.start < at);
  } else {
    const previous = sentences[index - 1];
    if (previous?.line === sentence.line) counting = previous;
  }
  if (!counting) return [];
  const places = placesWithin(analysis, counting);
  for (const t of triggersWithin(analysis, counting)) {
    if (t.form === 'noun' || t.form === 'ko') continue;
    const count = COUNTED.exec(text.slice(t.end, Math.min(counting.end, t.end + 80)));
    if (!count) continue;
    // "The eleven" names the count it refers to; "They" refers to any.
    const value = (from: number, at: [number, number] | undefined) =>
      at && numbersWithin(analysis, { start: from + at[0], end: from + at[1] })[0]?.value;
    if (head?.[1]) {
      const listed = value(sentence.start, head.indices?.[1]);
      if (listed === undefined || listed !== value(t.end, count.indices?.[1])) return [];
    }
    const clause = clauseAt(counting, t.start);
    if (negated(text.slice(clause.start, t.start))) return [];
    const cue = cueFor(text, t, clause, false);
    const status = statusOf(t.cls, cue.tense, t, text.slice(clause.start, t.start));
    const sending =
      subjectState(text, places, clause, t.start) ??
      subjectState(text, places, counting, t.start) ??
      analysis.home;
    if (!status || !sending) return [];
    const out: ClaimDraft[] = [];
    for (const m of groups) {
      const span = quoteSpan(text, sentence, [m, ...m.hosts]);
      // The quote opens after the footnote's mark: "The eleven are …".
      const start = note ? Math.max(span.start, sentence.start + note[0].length) : span.start;
      for (const host of m.hosts) {
        if (host.code === sending) continue;
        out.push({
          kind: 'mission_status',
          start,
          end: span.end,
          attributed_to: sourceOf(analysis, sentence, sentence),
          hedge: cue.hedge,
          sending,
          host: host.code,
          city: host.city,
          mission_type: m.type,
          status,
          date: null,
        });
      }
    }
    return out;
  }
  return [];
}

// "North Korea hasn't had an embassy in Canberra since 2008", "… hasn't had one in Lima since
// 2019": a mission that closed by that year. ("has never had one" never opened: not read.)
const NOT_HAD_HINT = /n[’']t had|not had/gi;
const NOT_HAD =
  /\b(?:has|have)(?:n[’']t|\s+not)\s+had\s+(?:an?\s+(?:resident\s+|permanent\s+)?(embassy|consulate(?:[- ]general)?|(?:diplomatic\s+)?mission|trade office)|one)\s+in\s+$/i;
const SINCE_YEAR = /^\s+since\s+((?:1[89]|20)\d\d)\b/;

/** The closures a negated "have … since" reports (see NOT_HAD). */
function notHadSince(
  analysis: Analysis,
  sentence: Sentence,
  places: readonly Place[],
  missions: readonly MissionMention[],
): ClaimDraft[] {
  const { text } = analysis;
  const out: ClaimDraft[] = [];
  for (const p of places) {
    if (p.form === 'demonym' || p.possessive) continue;
    const since = SINCE_YEAR.exec(text.slice(p.end, p.end + 16));
    if (!since) continue;
    const before = text.slice(Math.max(sentence.start, p.start - 80), p.start);
    const had = NOT_HAD.exec(before);
    if (!had) continue;
    const at = p.start - before.length + had.index;
    // "one" stands for a mission named before it in the sentence.
    const type = had[1]
      ? missionTypeOf(had[1].replace(/^diplomatic\s+/i, ''))
      : missions.find((m) => m.end <= at)?.type;
    if (!type) continue;
    // The state right before the verb ("North Korea hasn't had"), else the clause's subject.
    const subject = places.findLast(
      (x) => x.end <= at && /^\s+$/.test(text.slice(x.end, at)) && x.form !== 'demonym' && !x.possessive,
    );
    const sending = subject?.code ?? subjectState(text, places, sentence, at) ?? analysis.home;
    if (!sending || sending === p.code) continue;
    out.push({
      kind: 'mission_status',
      start: subject?.start ?? at,
      end: p.end + since[0].length,
      attributed_to: sourceOf(analysis, sentence, clauseAt(sentence, at)),
      hedge: null,
      sending,
      host: p.code,
      city: p.form === 'city' ? p.english : null,
      mission_type: type,
      status: 'closed',
      date: since[1] ?? null,
    });
  }
  return out;
}

// "동남아시아에 남은 북한 대사관은 라오스, 베트남, 인도네시아 등 3곳이다": the missions that remain,
// listed after the topic.
// "평양에 상주하는 외국 대사관은 중국·러시아·몽골 등 13개이며": the foreign missions in the home state.
const KO_REMAINING_HINT = /남은|남아|외국\s?(?:대사관|공관)/g;
const KO_REMAINING =
  /(?:(?:남은|남아\s?있는)\s?(?:북한\s?)?|(?:상주하는|주재하는|남은|남아\s?있는)\s?(외국)\s?)(대사관|총영사관|공관|재외공관)(?:은|는)\s?/g;
const KO_LIST_GAP = /^\s?(?:,|·|ㆍ|와|과|및)\s?$/;
const KO_LIST_END = /^\s?(?:등|뿐|\d+\s?곳|(?:이)?다\b|입니다)/;

/** The missions a Korean sentence lists as those that remain (see KO_REMAINING), as open. */
function koreanRemaining(analysis: Analysis, sentence: Sentence, places: readonly Place[]): ClaimDraft[] {
  const { text } = analysis;
  const home = analysis.home;
  if (!home) return [];
  const out: ClaimDraft[] = [];
  const s = text.slice(sentence.start, sentence.end);
  KO_REMAINING.lastIndex = 0;
  for (let m = KO_REMAINING.exec(s); m; m = KO_REMAINING.exec(s)) {
    let pos = sentence.start + m.index + m[0].length;
    const listed: Place[] = [];
    for (const p of places) {
      if (p.start < pos) continue;
      const gap = text.slice(pos, p.start);
      if (p.form === 'demonym' || !(listed.length === 0 ? gap === '' : KO_LIST_GAP.test(gap))) break;
      listed.push(p);
      pos = p.end;
    }
    if (listed.length === 0 || !KO_LIST_END.test(text.slice(pos, pos + 8))) continue;
    const span = quoteSpan(text, sentence, [{ start: sentence.start + m.index, end: pos }]);
    // Foreign missions are in the home state: in its capital when the text says so (평양에 상주하는).
    const foreign = m[1] !== undefined;
    const at = sentence.start + m.index;
    const capital = foreign
      ? places.findLast((p) => p.code === home && p.form === 'city' && p.end <= at && at - p.end <= 3)
      : undefined;
    for (const p of listed) {
      if (p.code === home) continue;
      out.push({
        kind: 'mission_status',
        start: span.start,
        end: span.end,
        attributed_to: sourceOf(analysis, sentence, sentence),
        hedge: null,
        sending: foreign ? p.code : home,
        host: foreign ? home : p.code,
        city: foreign ? (capital?.english ?? null) : p.form === 'city' ? p.english : null,
        mission_type: missionTypeOf(m[2] ?? ''),
        status: 'open',
        date: null,
      });
    }
  }
  return out;
}

/** The hosts of the last mission the sentence before names, when they are one country (see "이 대사관"). */
function koreanAntecedent(analysis: Analysis, index: number, m: MissionMention): HostRef[] {
  const previous = analysis.sentences[index - 1];
  if (!previous) return [];
  const { text } = analysis;
  const named = missionsIn(text, previous, placesWithin(analysis, previous), analysis.home).findLast(
    (x) => x.korean && x.hosts.length > 0,
  );
  const code = named?.hosts[0]?.code;
  if (!named || named.hosts.some((h) => h.code !== code)) return [];
  return named.hosts.slice(-1).map((h) => ({ ...h, start: m.start, end: m.end }));
}

/**
 * The foreign capital that opens the sentence before `index` in its paragraph as its subject
 * ("Dili was always going to be vulnerable. It was opened in 2002"), as the host "it" stands for.
 */
function capitalSubjectBefore(analysis: Analysis, index: number): HostRef[] | null {
  const sentence = analysis.sentences[index];
  const previous = analysis.sentences[index - 1];
  if (!sentence || !previous || previous.line !== sentence.line) return null;
  const first = placesWithin(analysis, previous)[0];
  if (!first || first.start !== previous.start || !standsForMission(first, analysis.home)) return null;
  if (!CAPITAL_VERB.test(analysis.text.slice(first.end, first.end + 12))) return null;
  return [hostOf(first)];
}

// How many sentences back "The embassy" opening a sentence may reach for the document's one mission.
const TOPIC_REACH = 10;
const THE_OPENING = /^(?:The|This|That)\s+$/;

/** The host of every status claimed so far for the home state's missions, when there is just one. */
function soleHost(claims: readonly ClaimDraft[], home: string | null): string | null {
  let host: string | null = null;
  for (const c of claims) {
    if (c.kind !== 'mission_status' || c.sending !== home) continue;
    if (host !== null && c.host !== host) return null;
    host = c.host;
  }
  return host;
}

/**
 * Reads "a mission of state S in host H is closed, closing, open or reopened" from each
 * sentence: mission nouns with their hosts, the status word that governs them, and the
 * cue around it (plan, hedge, tense). Sending state: the mention's own ("Spain's"), else
 * the clause's subject, else the document's home state.
 */
export const missionStatusStage: Stage = {
  name: 'mission_status',
  version: '1.1.0',
  run({ analysis }) {
    const { text } = analysis;
    const out: ClaimDraft[] = [];
    const rows = analysis.tables;
    out.push(...tableStatuses(analysis, rows));
    out.push(...arrowStatuses(analysis));
    // A list under a heading: only a document with list items can have one.
    if (text.includes('\n- ') || text.includes('\n* ') || text.includes('\n• '))
      out.push(...headedClosures(analysis));
    const tableLines = new Set(rows.filter((r) => statusColumns(r)).map((r) => r.line));
    const seen = new Map<string, number>();
    // Words that few documents have, looked for once a document rather than in every sentence.
    KO_REMAINING_HINT.lastIndex = 0;
    const remainingWords = KO_REMAINING_HINT.test(text);
    // "n't had", "n’t had", "not had".
    const notHad = text.includes('t had');
    // Hosts whose closure a sentence denies ("Tashkent is not closing"), and where.
    const denied: { code: string; at: number }[] = [];
    let recent: { hosts: HostRef[]; line: number; sentence: number; type: ClaimMissionType } | null = null;
    // A sentence without status words yields nothing; its missions matter only as the `recent`
    // ones of the next sentence, so they are read when that sentence has status words.
    let unread: { sentence: Sentence; index: number; places: Place[] } | null = null;
    // The hosts of the last sentence whose status words found a mission, when they are one.
    let bound: { index: number; line: number; hosts: HostRef[] } | null = null;
    analysis.sentences.forEach((sentence, index) => {
      const line = lineOf(analysis, sentence);
      if (reportsNothing(line) || tableLines.has(line.index)) return;
      const missionWords = matchesWithin(MAY_HAVE_MISSION, text, sentence);
      // Without a mission word, only a foreign capital standing for its mission can be read.
      const places = placesWithin(analysis, sentence);
      const capital = places.some((p) => standsForMission(p, analysis.home));
      const pending: { sentence: Sentence; index: number } | null = unread;
      // "It …", or "LEE: It …" after a speaker's label, which only opens a line.
      const first = text.charCodeAt(sentence.start);
      const it =
        ((first === 73 /* I */ || first === 65) /* A */ &&
          IT_OPENING.test(text.slice(sentence.start, sentence.start + 8))) ||
        (sentence.start === line.start &&
          text.slice(sentence.start, sentence.start + 48).includes(':') &&
          IT_OPENING.test(text.slice(sentence.start, sentence.start + 60).replace(SPEAKER_LABEL, '')));
      const near =
        it &&
        recent !== null &&
        ((recent.line === sentence.line && index - recent.sentence <= 2) ||
          (index - recent.sentence <= 3 && answersQuestion(analysis, recent.line, sentence.line)));
      // "Yes, in the trade office in Hanoi. It closed in May.": the mission of the sentence just before.
      // "REP. KIM: And the trade office in Nakhodka?" / "LEE: It closed in December.": the question just before.
      const adjacent =
        it &&
        pending !== null &&
        pending.index === index - 1 &&
        (pending.sentence.line === sentence.line ||
          answersQuestion(analysis, pending.sentence.line, sentence.line));
      // "Dili was always going to be vulnerable. It was opened in 2002": no mission before, a capital.
      // "Last year's deck said Vientiane would close. It didn't, …": else the one host the sentence
      // just before in the paragraph gave a status to (even one its denial takes back).
      const capitalBefore =
        it && !near && !adjacent
          ? (capitalSubjectBefore(analysis, index) ??
            (bound?.index === index - 1 && bound.line === sentence.line ? bound.hosts : null))
          : null;
      const pronoun = it && (near || adjacent || capitalBefore !== null);
      if (!missionWords && !pronoun && !(capital && matchesWithin(METONYM_HINT, text, sentence))) return;
      // Read only for a Korean status word.
      let koQuestion: boolean | undefined;
      const asks = () => (koQuestion ??= KO_QUESTION.test(text.slice(sentence.start, sentence.end)));
      const triggers = triggersWithin(analysis, sentence).filter(
        (t) =>
          t.form !== 'ko' ||
          // "폐쇄설", "철수설": a rumour of a closure; "사실입니까?": a question asks, it does not say.
          (!KO_RUMOUR.test(text.slice(t.end, t.end + 2)) &&
            !asks() &&
            // "운영을 재개했다": the resumption, not the operation, is the status.
            !(t.cls === 'open' && KO_RESUMED.test(text.slice(t.end, t.end + 8)))),
      );
      if (capital) triggers.push(...nextOrGo(text, sentence));
      // "stopped functioning", "returned to full operation"; "the villa it left": one scan for the
      // words of both, then the patterns.
      const said = text.slice(sentence.start, sentence.end);
      const rare = RARE_WORDS.test(said);
      if (rare) stopOrReturn(sentence, said, triggers);
      const relative = rare && IT_LEFT_HINT.test(said) ? itLeft(sentence, said, triggers) : NO_SET;
      if (remainingWords && matchesWithin(KO_REMAINING_HINT, text, sentence))
        out.push(...koreanRemaining(analysis, sentence, places));
      if (triggers.length === 0) {
        unread = { sentence, index, places };
        // "The eleven are the embassies in …": a list for a count named before.
        if (LIST_OPENING.test(text.slice(sentence.start, sentence.start + 24)))
          out.push(...listedBack(analysis, index, missionsIn(text, sentence, places, analysis.home)));
        return;
      }
      if (unread?.index === index - 1) {
        for (const m of missionsIn(text, unread.sentence, unread.places, analysis.home))
          if (m.hosts.length > 0 && !m.korean)
            recent = { hosts: m.hosts, line: unread.sentence.line, sentence: unread.index, type: m.type };
      }
      unread = null;
      // The missions named before this sentence, for "It remains open".
      const before = recent;
      const missions = missionsIn(text, sentence, places, analysis.home);
      if (notHad && matchesWithin(NOT_HAD_HINT, text, sentence))
        out.push(...notHadSince(analysis, sentence, places, missions));
      // "The office, opened in 2016, …": a bare "office" that opens the sentence is the mission
      // named in the sentence just before.
      const office =
        recent && index - recent.sentence <= 1 && text.charCodeAt(sentence.start) === 84 /* T */
          ? OFFICE_OPENING.exec(text.slice(sentence.start, sentence.start + 20))
          : null;
      if (office && recent && (missions[0]?.start ?? sentence.end) > sentence.start + office[0].length) {
        const start = sentence.start + office[0].length - 6;
        missions.unshift({
          start,
          end: start + 6,
          type: recent.type,
          hosts: [],
          sending: null,
          definite: true,
          plural: false,
          korean: false,
        });
      }
      for (const m of missions) {
        if (m.korean) {
          // "이 대사관": the one mission the sentence before names.
          // "주쿠웨이트 대사관 폐쇄설은 …, 해당 대사관은 …": one named earlier in the sentence comes first.
          if (m.definite) {
            const here = missions.findLast((x) => x.korean && x.end <= m.start && x.hosts.length > 0);
            const code = here?.hosts[0]?.code;
            m.hosts = here?.hosts.every((h) => h.code === code)
              ? here.hosts.slice(-1).map((h) => ({ ...h, start: m.start, end: m.end }))
              : koreanAntecedent(analysis, index, m);
          }
        } else if (
          m.hosts.length === 0 &&
          m.definite &&
          !m.plural &&
          recent &&
          index - recent.sentence <= 1
        ) {
          // "the consulate" after "a trade office in Hong Kong": same mission place.
          m.hosts = recent.hosts.map((h) => ({ ...h, start: m.start, end: m.end }));
        } else if (
          m.hosts.length === 0 &&
          m.definite &&
          !m.plural &&
          recent &&
          recent.type === m.type &&
          index - recent.sentence <= TOPIC_REACH &&
          m.start - sentence.start <= 5 &&
          THE_OPENING.test(text.slice(sentence.start, m.start)) &&
          soleHost(out, analysis.home) === recent.hosts[0]?.code
        ) {
          // "The embassy, which opened in 1982, …" opening a sentence after a quote and a subhead:
          // the one mission the document has given a status so far.
          m.hosts = recent.hosts.map((h) => ({ ...h, start: m.start, end: m.end }));
        } else if (m.hosts.length > 0 && !m.korean) {
          recent = { hosts: m.hosts, line: sentence.line, sentence: index, type: m.type };
        }
      }
      if (
        matchesWithin(RETRACTED_HINT, text, sentence) &&
        RETRACTED.test(text.slice(sentence.start, sentence.end))
      )
        return;
      // "It remains open": the mission named in the sentences just before, in the same paragraph,
      // else the capital that the sentence before is about.
      const antecedent =
        before &&
        ((before.line === sentence.line && index - before.sentence <= 2) ||
          (index - before.sentence <= 3 && answersQuestion(analysis, before.line, sentence.line)))
          ? before.hosts
          : capitalBefore;
      if (antecedent) {
        const hosts = antecedent;
        // The sentence's opening words without a speaker's label, read for the first status
        // word that can take "It".
        let head: string | null = null;
        let lead = '';
        for (const [i, t] of triggers.entries()) {
          // "It is still operating": a gerund after "is" is a state too.
          const state =
            t.cls === 'open' &&
            (t.form === 'present' || (t.form === 'gerund' && text.startsWith('operating', t.start)));
          if (!state && t.form !== 'past') continue;
          // "It closed its consulate": "it" is the state, not a mission, when the verb has an object.
          if (antecedent === capitalBefore && hasOtherObject(text, t, sentence)) continue;
          if (head === null) {
            head = text.slice(sentence.start, sentence.start + 40);
            lead = head.replace(SPEAKER_LABEL, '');
          }
          const said = lead.slice(0, Math.max(0, t.start - sentence.start - (head.length - lead.length)));
          if (state ? IT_STATE.test(said) : IT_EVENT.test(said))
            // A copy: the sentence's status words are shared with the count stage.
            triggers[i] = { ...t, hosts: hosts.map((h) => ({ ...h, start: t.start, end: t.end })) };
        }
      }
      // Read only for a binding that gets as far as needing it.
      let refuted: boolean | undefined;
      const asksEn = ENDS_ASKING.test(text.slice(sentence.end - 3, sentence.end));
      const bindings = triggers.length
        ? bind(text, sentence, missions, triggers, places, analysis.home, relative)
        : [];
      const citation = analysis.citations.get(sentence.line);
      const boundHosts = bindings.flatMap((b) => b.hosts);
      if (boundHosts.length > 0)
        bound = boundHosts.every((h) => h.code === boundHosts[0]?.code)
          ? { index, line: sentence.line, hosts: boundHosts.slice(0, 1) }
          : null;
      for (const { trigger, mission, hosts, capital } of bindings) {
        const korean = trigger.form === 'ko';
        const clause = clauseAt(sentence, trigger.start);
        // "won't be far behind": the negation belongs to the idiom.
        const denies =
          !korean &&
          !(trigger.metonym && text.startsWith('far behind', trigger.start)) &&
          negated(text.slice(clause.start, trigger.start));
        // "the embassy has not left Sudan", "has never been closed": a closure that has not
        // happened is a mission that stays open (not a denial by someone else: "denied it had closed").
        const stays =
          denies &&
          trigger.cls === 'close' &&
          trigger.form === 'past' &&
          NOT_YET_DONE.test(text.slice(Math.max(clause.start, trigger.start - 32), trigger.start)) &&
          !DENIAL.test(text.slice(clause.start, trigger.start));
        // "Tashkent is not closing.", "the embassy in Oslo isn't closing": a denial of the closure
        // foreseen before it.
        if (
          denies &&
          trigger.cls === 'close' &&
          trigger.form === 'gerund' &&
          DENIED_CLOSING.test(text.slice(Math.max(clause.start, trigger.start - 12), trigger.start))
        )
          for (const h of hosts) denied.push({ code: h.code, at: sentence.start });
        if (
          korean
            ? KO_NEGATED.test(text.slice(trigger.end, trigger.end + 32))
            : (denies && !stays) ||
              COUNTERFACTUAL.test(text.slice(sentence.start, trigger.start)) ||
              // "If they close Tashkent too, …": a condition, not a plan.
              ((trigger.form === 'base' || trigger.form === 'present') &&
                trigger.start - clause.start <= 120 &&
                conditional(text.slice(clause.start, trigger.start))) ||
              // "Did they ever have a mission in Lima?", "… claiming the embassy is closing too?": a
              // question asks; "Is Prague next?" foresees a closure and is read as one.
              (!trigger.metonym && asksEn)
        )
          continue;
        // The words of an aside before the verb ("…, which had been expected to close, is
        // still operating") are not its cue.
        const region = {
          start: korean
            ? clause.start
            : Math.max(clause.start, afterAsides(text, sentence.start, trigger.start)),
          end: clause.end,
        };
        const cue = cueFor(text, trigger, region, korean);
        // "was already packing up": a progressive is under way, not done.
        const progressive =
          trigger.form === 'gerund' &&
          cue.tense === 'done' &&
          /\b(?:was|were|is|are|been)\s+(?:\w+\s+)?$/i.test(text.slice(region.start, trigger.start));
        const doubted =
          trigger.cls === 'open' && DOUBTED_STILL.test(text.slice(sentence.start, trigger.start));
        const status = stays
          ? 'open'
          : doubted
            ? 'closing'
            : statusOf(
                trigger.cls,
                progressive ? null : cue.tense,
                trigger,
                text.slice(region.start, trigger.start),
              );
        if (!status) continue;
        if (trigger.cls === 'close' && trigger.form !== 'noun' && dayOff(text, trigger, clause, korean))
          continue;
        const rest = text.slice(trigger.end, sentence.end);
        refuted ??= refutedNext(analysis, index);
        if (refuted || (korean ? KO_REFUTED.test(rest) : REFUTED_HINT.test(rest) && REFUTED_AFTER.test(rest)))
          continue;
        const span = quoteSpan(text, sentence, [trigger, ...(mission ? [mission] : []), ...hosts]);
        const sending = capital
          ? analysis.home
          : (mission?.sending ??
            (mission ? antecedentOf(analysis, index, mission) : null) ??
            notHost(subjectState(text, places, clause, trigger.start), hosts) ??
            notHost(
              subjectState(text, places, sentence, Math.min(trigger.start, mission?.start ?? trigger.start)),
              hosts,
            ) ??
            analysis.home);
        const type: ClaimMissionType = mission?.type ?? 'unknown';
        // Source and date (chrono) are the dearest reads: only for a binding that yields a claim.
        let found: { attribution: string | null; date: string | null } | null = null;
        // "Bulgaria reopened its embassy in March" in a text about North Korea: a foreign state's
        // mission without a place is the one in the home state.
        // "The United Kingdom's embassy has been shut since 2021": the same, with the state on the mention.
        const targets =
          hosts.length === 0 &&
          (status === 'reopened' || (mission?.sending && mission.sending !== analysis.home)) &&
          mission &&
          !mission.plural &&
          analysis.home &&
          sending &&
          sending !== analysis.home
            ? [{ start: mission.start, end: mission.end, code: analysis.home, city: null }]
            : hosts;
        for (const host of targets) {
          if (!sending || host.code === sending) continue;
          const key = `${host.code}|${status}|${span.start}`;
          const earlier = seen.get(key);
          // Two words for one status in one sentence: the hedged one says more.
          if (earlier !== undefined && !(out[earlier]?.hedge === null && cue.hedge !== null)) continue;
          seen.set(key, earlier ?? out.length);
          found ??= {
            attribution: sourceOf(analysis, sentence, clause),
            date:
              nearestDate(
                analysis,
                [clause, ...(mission ? [clauseAt(sentence, mission.start)] : [])],
                // "주스페인 대사관(2023년 11월)": a date in brackets after the mission is its own.
                korean && mission && text.charAt(mission.end) === '(' ? mission.end : trigger.start,
                status !== 'closing',
              ) ?? (citation?.date && /^\d{4}-\d{2}/.test(citation.date) ? citation.date.slice(0, 7) : null),
          };
          const { attribution } = found;
          // "operated from in or about 2017 until …": the opening is the year after "from".
          const operated =
            trigger.cls === 'open' &&
            trigger.form === 'past' &&
            /^operated$/i.test(text.slice(trigger.start, trigger.end))
              ? OPERATED_FROM.exec(text.slice(trigger.end, sentence.end))
              : null;
          const date = operated?.[1] ?? found.date;
          const claim: ClaimDraft = {
            kind: 'mission_status',
            start: span.start,
            end: span.end,
            attributed_to: attribution,
            hedge: cue.hedge,
            sending,
            host: host.code,
            city: host.city,
            mission_type: type,
            status,
            date,
          };
          if (earlier === undefined) out.push(claim);
          else out[earlier] = claim;
          // "reopened … after an absence of almost six years", "after being shut since 2020": the
          // closure the reopening ends.
          // "… until in or about March 2024", "… until 2022": the closure that ended it.
          const until = operated?.[2] !== undefined ? trigger.end + operated[0].length : -1;
          if (until > 0 && earlier === undefined && !seen.has(`${host.code}|closed|${span.start}`)) {
            const at = datesWithin(analysis, { start: until, end: Math.min(sentence.end, until + 30) })[0];
            const year = /^(?:1[89]|20)\d\d\b/.exec(text.slice(until, until + 5));
            const closed =
              at?.start === until
                ? { end: at.end, date: pastDate(at, analysis.published) }
                : year
                  ? { end: until + 4, date: year[0] }
                  : null;
            if (closed) {
              seen.set(`${host.code}|closed|${span.start}`, out.length);
              out.push({
                ...claim,
                end: Math.max(span.end, closed.end),
                status: 'closed',
                date: closed.date,
              });
            }
          }
          const absence =
            status === 'reopened' ? AFTER_ABSENCE.exec(text.slice(trigger.end, sentence.end)) : null;
          if (absence && earlier === undefined && !seen.has(`${host.code}|closed|${span.start}`)) {
            seen.set(`${host.code}|closed|${span.start}`, out.length);
            const end = trigger.end + absence.index + absence[0].length;
            const since =
              /(?:since|in)\s+(?:(?:early|late|mid-?)\s*)?((?:1[89]|20)\d\d)$/.exec(absence[0])?.[1] ?? null;
            out.push({
              ...claim,
              start: span.start,
              end: Math.max(span.end, end),
              status: 'closed',
              hedge: null,
              date: since,
            });
          }
        }
      }
    });
    // A closure foreseen before its denial does not stand ("Is Tashkent next?" … "Tashkent is not closing.").
    if (denied.length === 0) return out;
    return out.filter(
      (c) =>
        c.kind !== 'mission_status' ||
        c.status !== 'closing' ||
        !denied.some((d) => d.code === c.host && c.start < d.at),
    );
  },
};
