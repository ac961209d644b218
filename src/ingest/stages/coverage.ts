import { sourceOf } from '../attribution.ts';
import { type Analysis, lineOf, placesWithin } from '../document.ts';
import type { Place } from '../gazetteer.ts';
import { type HostRef, type MissionMention, missionsIn } from '../missions.ts';
import { quoteSpan } from '../quote.ts';
import { clauseAt } from '../segment.ts';
import { matchesWithin, type Span } from '../span.ts';
import type { ClaimDraft, Stage } from '../stage.ts';
import { subjectState } from '../subject.ts';
import { statusColumns } from '../tables.ts';

// "the mission in Rome will provide diplomatic coverage in Spain", "... will cover Portugal",
// "... will also be accredited to Spain", "... will take over relations with Lisbon".
const ACTIVE =
  /^\s*(?:,\s*(?:which|that|whose\s+(?:ambassador|envoy|head of mission)|whose\s+chargé d[’']affaires)\s+)?(?:(?:will|would|shall|is to|is expected to|is set to|has been tasked to|has been designated to|now|also|already|henceforth|concurrently|is|are|to|has|have|had|been|was|were)\s+)*(?:provide|provides|providing)?\s*(?:(?:diplomatic|consular)\s+)?(?:coverage|cover|covers|covered|covering|handle|handles|handled|handling|oversee|oversees|represent|represents|take over|takes over|took over|taken over|assume|assumes|assumed|be responsible for|responsible for|be accredited to|accredited to)\s+(?:(?:for|in|of|to|responsibility for|the|its|affairs in|affairs of|matters in|relations with|ties with|duties for|work for|business in|consular services for|diplomatic relations with)\s+)*$/i;
// "Spain will be covered by the embassy in Rome", "Chad, for example, is covered from Abuja", "Uganda is now covered by an ambassador
// accredited from Dar es Salaam", "expect Zimbabwe to be handled from Pretoria".
const PASSIVE =
  /^(?:[’']s)?\s*(?:,\s*(?:for (?:instance|example)|meanwhile|in turn|too|likewise|similarly),\s*)?(?:(?:affairs|matters|relations|ties|work|business)\s+(?:with\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){1,3})?)?(?:(?:will|would|shall|is|are|was|were|has|have|had|been|be|being|now|also|likely|expected|set|due|to|going|henceforth|hereafter|since|currently|presently|already|from now on|in (?:the )?future)\s+)*(?:covered|handled|served|managed|overseen|conducted|looked after|dealt with|represented|taken over|run|administered|attended to|assumed|routed)\s+(?:by|from|through|out of)\s+(?:(?:the|its|their|an?|North Korean|DPRK|Pyongyang’s|Pyongyang's|\p{Lu}\p{Ll}+(?:an|ish|ese|i))\s+)*(?:(?:ambassador|envoy|mission|embassy|chargé d’affaires|chargé d'affaires)\s+(?:accredited\s+|based\s+|resident\s+)?(?:from|in|at)\s+)?(?:\p{Lu}[\p{L}’'.]*\s+){0,3}$/iu;
// "Algeria's portfolio will pass to the North Korean embassy in Cairo"
const PASSES =
  /^(?:’s|'s)\s+(?:portfolio|affairs|relations|duties|responsibilities|work|consular work)\s+(?:(?:will|would|is to|has|have|had|now|also)\s+)*(?:pass(?:es|ed)?|go(?:es)?|gone|went|move[sd]?|transfer(?:s|red)?|shift(?:s|ed)?)\s+to\s+(?:the\s+)?(?:(?:North Korean|DPRK)\s+)?$/i;
// A word of coverage somewhere in the sentence: the test before any rule is tried. Each word starts
// with a letter some other word starts with ("after by", not "looked after"): a new first letter
// makes the scan try more places.
const COVER_CUE =
  /cover|handl|accredit|responsib|take over|takes over|took over|taken over|oversee|represent|portfolio|pass(?:es|ed)? to|pick up|ollowed by|oes to|transferred|run from|run out of|dealt with|managed by|after by|conducted|ttended to|assumed by|outed through|兼任|겸임|관할|담당|맡|넘겨받|떠안|이관|인수|넘어가|넘어갔/gi;
const HANDED_OVER =
  /\b(?:handled|covered|dealt with|conducted|looked after|taken over|managed)\s+(?:by|from|through)\b|clos|shut|withdr/i;
const COVER_WORD = /cover|handl|accredit|responsib|take|took|oversee|represent|assume/i;
const KO_ACTIVE = /^\s?(?:이|가|은|는|에서)?\s?(?:앞으로\s)?/;
const KO_VERB =
  /^\s?(?:을|를|의\s?(?:업무|관계|공관\s?업무)(?:를|을)?|업무(?:를|을|까지|도)|관할을?)?\s?(?:겸임|관할|담당|맡|대신|커버|넘겨받|떠안|인수|이어받)/;

// "나미비아 관련 업무는 앞으로 …", "모잠비크 업무는 현재 …": the covered place as topic.
// "알바니아 關聯 業務는": the same in 國漢文.
const KO_TOPIC =
  /^\s?(?:관련\s?|關聯\s?|과의\s?|와의\s?)?(?:업무|業務|관계|외교\s?업무|영사\s?업무)(?:는|은|를|을)\s?(?:(?:앞으로|현재|이제|당분간|향후|지금은|모두)\s?)?(?:\S+에\s?있는\s?)?$/;
// "방콕에 있는 주태국 대사관": the covering mission's city before it.
const KO_LOCATED = /^에\s?있는\s?주?$/;
// "이집트 업무는 주시리아 대사관으로 이관되었다": the work passes to the mission.
const KO_PASSES = /^\s?(?:으로|로)\s?(?:모두\s?)?(?:이관|넘어갔|넘어가|넘겨졌|이전되)/;
// "나미비아는 평양에 상주 공관을 두지 않고 …": an accreditation where there never was a mission.
const NEVER_HAD =
  /두지\s?않|상주\s?공관(?:이|을)?\s?없|\b(?:never had|has no resident|have no resident|had no resident|without a resident|does not have a resident|do not have a resident)\b/i;

/** The place a mission is said to cover: after it ("will cover Spain"), or before it in the passive. */
function coveredPlace(
  text: string,
  m: MissionMention,
  places: readonly Place[],
  sentenceStart: number,
  home: string | null,
): Place | null {
  if (m.korean) {
    // "주이탈리아 대사관이 스페인을 겸임"
    const lead = KO_ACTIVE.exec(text.slice(m.end, m.end + 6));
    const at = m.end + (lead?.[0].length ?? 0);
    const p = places.find((x) => x.start >= at && x.start - at <= 2);
    if (p && KO_VERB.test(text.slice(p.end, p.end + 16))) return p;
    // "잠비아 관련 업무는 주남아프리카공화국 대사관이 겸임"
    const after = text.slice(m.end, m.end + 30).replace(/^\([^()]{1,12}\)/, '');
    if (!/^\s?(?:이|가|에서)\s?(?:\S+\s)?(?:겸임|兼任|관할|담당|맡)/.test(after) && !KO_PASSES.test(after))
      return null;
    const first = m.hosts[0]?.start ?? m.start;
    return (
      [...places]
        .reverse()
        .find((x) => x.end <= first && KO_TOPIC.test(text.slice(x.end, first).replace(/[주駐]$/, ''))) ?? null
    );
  }
  // "the embassy in Rome will cover" and "the Jakarta embassy has been accredited to".
  const afterHosts = Math.max(m.end, m.hosts[m.hosts.length - 1]?.end ?? m.end);
  for (const p of places) {
    if (p.start <= afterHosts || p.start - afterHosts > 120) continue;
    const between = text.slice(afterHosts, p.start);
    if (!COVER_WORD.test(between) || !ACTIVE.test(between)) continue;
    // "the embassy in Moscow, whose ambassador is accredited to Kyrgyzstan" says where an envoy
    // is accredited; it is coverage when the work was handed over or a mission closed.
    if (between.includes('whose') && !HANDED_OVER.test(text.slice(sentenceStart, m.start))) continue;
    return p;
  }
  const first = m.hosts[0]?.start ?? m.start;
  for (const p of places) {
    // "North Korea's relations with Mali will be handled from …": the sending state is not covered.
    if (p.end > first || first - p.end > 100 || p.code === (m.sending ?? home)) continue;
    const between = text.slice(p.end, m.start < first ? m.start : first);
    if (PASSIVE.test(between) || PASSES.test(between)) return p;
  }
  return null;
}

// "Its bilateral work will be taken over by the DPRK embassy in Berlin", "its functions were
// transferred to Caracas", "Its duties, including visas for crews, will be handled from …": the work
// of a mission named before passes to another (an aside may stand between the noun and its verb).
// "its residual consular and commercial functions were transferred to …", "its residual work goes
// to …": up to four words between the pronoun and the work.
// "From November, the file will be followed by their embassy in Abuja", "Relations will be handled
// by the embassy in Abuja": the work named without a pronoun, its mission named before.
const ITS_WORK =
  /(?<!\w)(?:(?:its|their|any|all)\s+(?:[\p{L}-]+\s+){0,4}?(?:work|affairs|business|functions|duties|portfolio|responsibilities|tasks)|(?:the\s+)?(?:file|dossier|portfolio)|(?<![\p{L}-]\s)(?:Relations|Affairs|Matters|Consular matters|Bilateral relations))\s*(?:,[^,;.]{1,80},\s*)?(?:(?:will|would|shall|is|are|was|were|has|have|had|been|be|being|to|now|also|then|since|henceforth|thereafter|hereafter)\s+)*(?:taken over|handled|covered|transferred|moved|passed|shifted|run|managed|followed|goes|go|went|gone|passes|assumed|attended to|routed)\s+(?:by|to|from|out of|through)\s+/giu;
// "relations with North Korea will now be conducted through the embassy in Dakar": the host
// whose relations they are is the speaker, not named in the clause; the state after "with" is the
// sending state (checked against the home). "Ghana's relations with …" is read by PASSIVE.
const RELATIONS_WITH =
  /(?<![’']s\s)\b(?:[Rr]elations|[Tt]ies)\s+with\s+((?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s+(?:(?:will|would|shall|is|are|was|were|has|have|had|been|be|being|now|also|then|henceforth|hereafter)\s+)*(?:conducted|handled|covered|managed|looked after|dealt with|taken over)\s+(?:by|through|from|out of)\s+/gu;
const RELATIONS_CUE = /[Rr]elations with|\b[Tt]ies with/;
// What the mission named before did: a closure, which the coverage follows.
const CLOSURE_HINT = /clos|shut|withdr|follow|leav|wound|winding|pull|ceas|stopped/i;

// The cheap test for the work without a pronoun (see ITS_WORK): the noun, then a verb's first word.
const WORK_BEFORE_VERB =
  /(?:file|dossier|portfolio|elations|atters) (?:will|would|shall|is|are|was|were|has|have|had|goes|went|now|also|henceforth)\b/;
/** "its work", "their affairs", "relations with" may be there: plain substring tests, cheaper than any scan for the cue words. */
/** Where the status stage read a closure, and of which host. */
interface Closure {
  at: number;
  host: HostRef;
}

/**
 * Whether a closure (`closures`: where claims of one start) was read in the four sentences
 * before `index`, in its paragraph or the one before (see `antecedent`).
 */
function closureShortlyBefore(analysis: Analysis, index: number, closures: readonly Closure[]): boolean {
  const sentence = analysis.sentences[index];
  if (!sentence || closures.length === 0) return false;
  let from = sentence.start;
  for (let back = 1; back <= 4; back++) {
    const previous = analysis.sentences[index - back];
    if (!previous || sentence.line - previous.line > 1) break;
    from = previous.start;
  }
  return closures.some(({ at }) => at >= from && at < sentence.start);
}

function mayReferBack(s: string): boolean {
  return (
    // "the file will be followed by", "Relations will be handled by": the work without a pronoun,
    // right before its verb.
    WORK_BEFORE_VERB.test(s) ||
    ((s.includes('its ') ||
      s.includes('Its ') ||
      s.includes('their ') ||
      s.includes('Their ') ||
      // "any remaining business".
      s.includes('any ')) &&
      (s.includes('work') ||
        s.includes('affairs') ||
        s.includes('business') ||
        s.includes('function') ||
        s.includes('duties') ||
        s.includes('portfolio') ||
        s.includes('responsib') ||
        s.includes('tasks'))) ||
    // "relations with", "ties with": one scan for what both end with, then the words.
    (s.includes('s with') && RELATIONS_CUE.test(s))
  );
}

/**
 * The mission a pronoun or an unnamed host refers back to: the nearest mission with a host
 * earlier in the sentence, else in one of the two sentences before it, and whether that clause
 * reports a closure.
 */
function antecedent(
  analysis: Analysis,
  index: number,
  missions: readonly MissionMention[],
  at: number,
): { from: HostRef; closure: boolean } | null {
  const { text } = analysis;
  const sentence = analysis.sentences[index];
  if (!sentence) return null;
  const here = missions.findLast((x) => x.end <= at && x.hosts.length > 0)?.hosts[0];
  if (here) return { from: here, closure: CLOSURE_HINT.test(text.slice(sentence.start, at)) };
  // A quote or a remark may stand between: up to four sentences back, in this paragraph or the one before.
  for (const back of [1, 2, 3, 4]) {
    const previous = analysis.sentences[index - back];
    if (!previous || sentence.line - previous.line > 1) return null;
    const before = placesWithin(analysis, previous);
    if (before.length === 0) continue;
    const named = missionsIn(text, previous, before, analysis.home);
    const closure = CLOSURE_HINT.test(text.slice(previous.start, previous.end));
    const from = named.findLast((x) => x.hosts.length > 0)?.hosts[0];
    if (from) return { from, closure };
    // "Mali's foreign ministry announced that the embassy ceased operations": "the embassy"
    // of the one host the sentence names.
    const definite = named.find((x) => x.definite);
    const hosts = before.filter((p) => p.form !== 'demonym' && p.code !== analysis.home);
    const host = hosts[0];
    if (definite && host && hosts.every((p) => p.code === host.code) && host.end <= definite.start)
      return {
        from: {
          start: host.start,
          end: host.end,
          code: host.code,
          city: host.form === 'city' ? host.english : null,
        },
        closure,
      };
  }
  return null;
}

/**
 * Coverage of a mission named before by its pronoun ("Its work will pass to …"), or of the
 * host that speaks ("relations with the DPRK will be conducted through …"), when the clause
 * naming that mission reports a closure. The covering post is the mission or place right
 * after the verb.
 */
function pronounCoverage(
  analysis: Analysis,
  index: number,
  missionsHere: () => readonly MissionMention[],
  places: readonly Place[],
  closures: readonly Closure[],
): { from: HostRef; by: HostRef; at: Span }[] {
  const { text } = analysis;
  const sentence = analysis.sentences[index];
  if (!sentence) return [];
  // The caller has tried `mayReferBack` on the sentence.
  const s = text.slice(sentence.start, sentence.end);
  const out: { from: HostRef; by: HostRef; at: Span }[] = [];
  for (const cue of s.includes('s with') ? [ITS_WORK, RELATIONS_WITH] : [ITS_WORK]) {
    cue.lastIndex = 0;
    for (let m = cue.exec(s); m; m = cue.exec(s)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      // "relations with the DPRK": only the sending state's relations.
      if (
        cue === RELATIONS_WITH &&
        !places.some((p) => p.start >= start && p.end <= end && p.code === analysis.home)
      )
        continue;
      const missions = missionsHere();
      const covering = missions.find((x) => x.start >= end && x.start - end <= 40 && x.hosts.length > 0);
      const place = places.find((p) => p.start >= end && p.start - end <= 4 && p.form !== 'demonym');
      const by: HostRef | undefined =
        covering?.hosts[0] ??
        (place && {
          start: place.start,
          end: place.end,
          code: place.code,
          city: place.form === 'city' ? place.english : null,
        });
      if (!by) continue;
      // "the Embassy will cease operations in Singapore … and its functions will be assumed by":
      // else the closure read earlier in the sentence, whose mission has no place of its own.
      const before = antecedent(analysis, index, missions, start);
      const from = before?.closure
        ? before.from
        : closures.findLast((c) => c.at >= sentence.start && c.at < start)?.host;
      if (from) out.push({ from, by, at: { start, end: by.end } });
    }
  }
  return out;
}

/**
 * Coverage named by a city or country alone: "Zimbabwe will be handled from Pretoria",
 * "Uganda is now covered by an ambassador accredited from Dar es Salaam".
 */
function placeCoverage(text: string, places: readonly Place[]): { from: Place; by: Place; active?: true }[] {
  const out: { from: Place; by: Place; active?: true }[] = [];
  for (const by of places) {
    if (by.form === 'demonym') continue;
    for (const from of places) {
      if (from.end > by.start || by.start - from.end > 100 || from.form === 'demonym') continue;
      const between = text.slice(from.end, by.start);
      if (/\b(?:embass|consul|mission)/i.test(between.replace(/^.*\b(?:by|from)\s+/i, ''))) continue;
      if (PASSIVE.test(between) && /\b(?:from|accredited|out of)\b/i.test(between)) out.push({ from, by });
    }
  }
  // "Berlin would take over Austria": a capital standing for its mission, a country after it.
  for (const by of places) {
    if (by.form !== 'city') continue;
    const from = places.find((p) => p.start > by.end && p.start - by.end <= 50 && p.form === 'country');
    if (from && PLACE_ACTIVE.test(text.slice(by.end, from.start))) out.push({ from, by, active: true });
  }
  return out;
}

const PLACE_ACTIVE =
  /^\s+(?:(?:will|would|could|is to|now|also|then)\s+)+(?:take over|cover|handle|pick up)\s+(?:(?:relations with|ties with|affairs in|the work for)\s+)?$/i;

// "테헤란 대사관 인원은 줄었으며, 업무 일부는 주시리아 대사관으로 넘어가는": the work of the
// mission named before in the sentence passes to this one.
const KO_ITS_WORK =
  /(?:,\s?|며\s|고\s)(?:공관\s?|대사관\s?)?업무(?:\s?일부|\s?전체|\s?대부분)?(?:는|은)\s?(?:(?:앞으로|향후|모두)\s?)?(?:주)?$/;

function koreanItsWork(text: string, m: MissionMention, missions: readonly MissionMention[]): HostRef | null {
  if (!m.korean || m.hosts.length === 0) return null;
  const after = text.slice(m.end, m.end + 30).replace(/^\([^()]{1,12}\)/, '');
  if (!KO_PASSES.test(after)) return null;
  const first = m.hosts[0]?.start ?? m.start;
  const previous = missions.findLast((x) => x.end <= m.start && x.hosts.length > 0);
  if (!previous) return null;
  const gap = text.slice(previous.end, Math.min(first, m.start));
  return KO_ITS_WORK.test(gap) && gap.length <= 60 ? (previous.hosts[0] ?? null) : null;
}

// "the Lagos trade office's remaining functions were transferred to the embassy in Accra": the
// work of the mission named before passes to this one.
const MISSION_PASSES =
  /^[’']s\s+(?:(?:remaining|residual|other|outstanding|consular|trade|diplomatic)\s+)?(?:work|functions|duties|affairs|portfolio|responsibilities|tasks|business)\s+(?:(?:will|would|is|are|was|were|has|have|had|been|be|now|also|then|since|later|subsequently)\s+)*(?:transferred|passed|moved|shifted|handed over)\s+to\s+(?:the\s+)?$/i;

function missionPassedOn(
  text: string,
  m: MissionMention,
  missions: readonly MissionMention[],
): HostRef | null {
  if (m.korean || m.hosts.length === 0 || text[m.start - 1] !== ' ') return null;
  const previous = missions.findLast((x) => x.end <= m.start && x.hosts.length > 0);
  if (!previous || m.start - previous.end > 90) return null;
  return MISSION_PASSES.test(text.slice(previous.end, m.start)) ? (previous.hosts[0] ?? null) : null;
}

// A line of a list that maps a host to the post that covers it: "- Spain → handled from Rome",
// "Uganda -> covered by the embassy in Dar es Salaam"; a bare "Malawi → Lusaka" only under a
// heading about coverage ("Who covers whom").
const ARROW_LINE =
  /^\s{0,6}(?:[-*•·▪◦]\s+|\d{1,2}[.)]\s+)?(?:\*\*)?([^→\n]{2,40}?)(?:\*\*)?\s*(?:→|->|⇒|=>)\s*(?:((?:handled|covered|served|managed|run|looked after|represented|accredited)\s+(?:from|by|through|out of|to)\s+)(?:(?:the|its|an?)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:(?:embassy|consulate(?:[- ]general)?|mission)\s+(?:in|at)\s+)?)?([^\n]{2,40}?)\s*[.;]?\s*$/u;
const COVER_HEADING = /\bcover|accredit|responsib|handled|who\s+(?:handles|runs)/i;

/** The coverage a list of arrows gives (see ARROW_LINE). */
function arrowCoverage(analysis: Analysis): ClaimDraft[] {
  const { text, lines } = analysis;
  const home = analysis.home;
  const out: ClaimDraft[] = [];
  if (!home) return out;
  let covering = false;
  for (const line of lines) {
    const s = text.slice(line.start, line.end);
    const arrow = s.includes('→') || s.includes('->') || s.includes('⇒') || s.includes('=>');
    // A short list item may be laid out as a heading: only a line without an arrow heads a list.
    if (!arrow) {
      if (line.kind === 'heading' || /^#{1,6}\s/.test(s)) covering = COVER_HEADING.test(s);
      continue;
    }
    const m = ARROW_LINE.exec(s);
    if (!m || (!m[2] && !covering)) continue;
    const left = line.start + s.indexOf(m[1] ?? '');
    const places = placesWithin(analysis, line);
    const from = places.find((p) => p.start >= left && p.end <= left + (m[1] ?? '').length);
    const by = places.findLast((p) => p.end <= line.end && from !== undefined && p.start > from.end);
    if (!from || !by || from.form === 'demonym' || by.form === 'demonym') continue;
    if (from.code === by.code || from.code === home || by.code === home) continue;
    const end = line.start + s.trimEnd().replace(/[.;]$/, '').length;
    out.push({
      kind: 'coverage',
      start: from.start,
      end,
      attributed_to: null,
      hedge: null,
      sending: home,
      from_host: from.code,
      by_host: by.code,
      by_city: by.form === 'city' ? by.english : null,
    });
  }
  return out;
}

/**
 * "one mission takes over another host's relations after a closure": the covering mission
 * (its host and city) and the host that lost its own mission.
 */
export const coverageStage: Stage = {
  name: 'coverage',
  version: '1.1.0',
  run({ analysis, earlier }) {
    const { text } = analysis;
    const out: ClaimDraft[] = [];
    // A status table's "Covered by" column: "| Embassy, Bucharest | Closed | … | Embassy in Sofia |".
    for (const row of analysis.tables) {
      const columns = statusColumns(row);
      const first = row.cells[0];
      const cover = columns && columns.cover > 0 ? row.cells[columns.cover] : undefined;
      if (!first || !cover || !analysis.home) continue;
      const from = placesWithin(analysis, first).find((p) => p.form !== 'demonym');
      const by = placesWithin(analysis, cover).find((p) => p.form !== 'demonym');
      if (!from || !by || from.code === by.code || by.code === analysis.home || from.code === analysis.home)
        continue;
      out.push({
        kind: 'coverage',
        start: row.start,
        end: row.end,
        attributed_to: null,
        hedge: null,
        sending: analysis.home,
        from_host: from.code,
        by_host: by.code,
        by_city: by.form === 'city' ? by.english : null,
      });
    }
    if (text.includes('→') || text.includes('->') || text.includes('⇒')) out.push(...arrowCoverage(analysis));
    // Where the status stage read a closure, in text order: the mission a pronoun hands on.
    const closures: Closure[] = [];
    for (const c of earlier)
      if (c.kind === 'mission_status' && (c.status === 'closed' || c.status === 'closing'))
        closures.push({ at: c.start, host: { start: c.start, end: c.end, code: c.host, city: c.city } });
    closures.sort((a, b) => a.at - b.at);
    for (const [index, sentence] of analysis.sentences.entries()) {
      const kind = lineOf(analysis, sentence).kind;
      if (kind !== 'body' && kind !== 'heading') continue;
      // Places first: a lookup, where the cue words take a scan of the sentence. One place is
      // enough only for the work of a mission named before ("Its work will pass to Rome").
      const places = placesWithin(analysis, sentence);
      if (places.length === 0) continue;
      // One place: only the work of a mission named before can be covered ("Its work will pass to
      // Rome"), when the sentence before in the paragraph names a place, or names none and a
      // closure was read shortly before.
      if (places.length === 1) {
        const previous = analysis.sentences[index - 1];
        const named = previous !== undefined && placesWithin(analysis, previous).length > 0;
        // A sentence without a place between ("Relations are not broken."): a closure further back.
        if (named ? previous.line !== sentence.line : !closureShortlyBefore(analysis, index, closures))
          continue;
      }
      const s = text.slice(sentence.start, sentence.end);
      // With one place only the work of a mission named before can be covered: its words are
      // looked for before the cue's scan; with more, after it.
      if (places.length === 1 && !mayReferBack(s)) continue;
      if (!matchesWithin(COVER_CUE, text, sentence)) continue;
      const refersBack = places.length === 1 || mayReferBack(s);
      if (NEVER_HAD.test(s)) continue;
      // The sentence's missions, read once and only when a rule needs them.
      let found: MissionMention[] | undefined;
      const missionsHere = () => {
        found ??= missionsIn(text, sentence, places, analysis.home);
        return found;
      };
      for (const { from, by, at } of refersBack
        ? pronounCoverage(analysis, index, missionsHere, places, closures)
        : []) {
        const sending = analysis.home;
        if (!sending || from.code === by.code || sending === by.code || sending === from.code) continue;
        const span = quoteSpan(text, sentence, [at]);
        out.push({
          kind: 'coverage',
          start: span.start,
          end: span.end,
          attributed_to: sourceOf(analysis, sentence, clauseAt(sentence, at.start)),
          hedge: null,
          sending,
          from_host: from.code,
          by_host: by.code,
          by_city: by.city,
        });
      }
      if (places.length < 2) continue;
      const missions = missionsHere();
      for (const { from, by, active } of placeCoverage(text, places)) {
        if (missions.some((m) => m.hosts.some((h) => h.start === by.start))) continue;
        // In the active form the capital itself is the subject: the sending state is the home's.
        const sending = active
          ? analysis.home
          : (subjectState(text, places, clauseAt(sentence, by.start), from.start) ?? analysis.home);
        if (!sending || sending === by.code || sending === from.code || from.code === by.code) continue;
        const span = quoteSpan(text, sentence, [from, by]);
        out.push({
          kind: 'coverage',
          start: span.start,
          end: span.end,
          attributed_to: sourceOf(analysis, sentence, clauseAt(sentence, by.start)),
          hedge: null,
          sending,
          from_host: from.code,
          by_host: by.code,
          by_city: by.form === 'city' ? by.english : null,
        });
      }
      for (const m of missions) {
        const by = m.hosts[0];
        if (!by) continue;
        const from =
          coveredPlace(text, m, places, sentence.start, analysis.home) ??
          koreanItsWork(text, m, missions) ??
          missionPassedOn(text, m, missions);
        if (!from || from.code === by.code) continue;
        // "주짐바브웨 북한대사관(하라레)": the city in brackets after the mission.
        const bracketed =
          by.city === null && text[m.end] === '('
            ? places.find((p) => p.start === m.end + 1 && p.form === 'city' && p.code === by.code)
            : undefined;
        const located =
          by.city === null && m.korean
            ? places.find(
                (p) =>
                  p.form === 'city' &&
                  p.code === by.code &&
                  p.end < by.start &&
                  KO_LOCATED.test(text.slice(p.end, by.start)),
              )
            : undefined;
        const byCity = bracketed?.english ?? located?.english ?? by.city;
        const clauseStart = clauseAt(sentence, m.start);
        // "covered from the DPRK embassy in Dar es Salaam": the home state named on the mission sends it.
        const named =
          m.sending === null && analysis.home !== null
            ? places.find(
                (p) =>
                  p.code === analysis.home && p.end < m.start && /^\s+$/.test(text.slice(p.end, m.start)),
              )
            : undefined;
        const sending =
          m.sending ?? named?.code ?? subjectState(text, places, clauseStart, m.start) ?? analysis.home;
        if (!sending || sending === by.code || sending === from.code) continue;
        const span = quoteSpan(text, sentence, [m, by, from]);
        out.push({
          kind: 'coverage',
          start: span.start,
          end: span.end,
          attributed_to: sourceOf(analysis, sentence, clauseStart),
          hedge: null,
          sending,
          from_host: from.code,
          by_host: by.code,
          by_city: byCity,
        });
      }
    }
    return out;
  },
};
