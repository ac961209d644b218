import type {
  MissionCountClaim,
  MissionCountRelation,
  MissionCountWhat,
  Qualifier,
} from '../../domain/claim.ts';
import { sourceOf, speaksFor } from '../attribution.ts';
import { type Analysis, datesWithin, lineOf, numbersWithin, placesWithin } from '../document.ts';
import { cueFor } from '../hedges.ts';
import { reportsNothing } from '../layout.ts';
import { KO_MISSION_NOUN, MAY_COUNT_MISSIONS, type Trigger, triggersIn } from '../missions.ts';
import type { NumberMention } from '../numbers.ts';
import { quoteSpan } from '../quote.ts';
import { clauseAt, type Sentence } from '../segment.ts';
import { matchesWithin, type Span } from '../span.ts';
import type { ClaimDraft, Stage } from '../stage.ts';
import { subjectState } from '../subject.ts';
import { CHANGE_HEADER, cellNumber, type TableRow } from '../tables.ts';

const NOUN_AFTER =
  /^(?:\s+more|\s+other)?[”"’*_]*\s+(?:(?:diplomatic|overseas|foreign|remaining|active|official|resident|other|North Korean|of its|of their|of the|its|separate|full|permanent|African|Asian|European|Latin American|Middle Eastern|Arab|Western|Southeast Asian|South American|Central American|Caribbean|Pacific)\s+){0,3}(consulates?[- ]general|consulates?|embass(?:y|ies)|representative offices?|trade offices?|permanent missions?|(?:diplomatic\s+)?(?:missions?|establishments?|facilities|posts?|outposts?|offices?|legations?))\b/i;
const COUNTRIES_AFTER = /^\s+(?:more\s+)?(?:countries|nations|states)\b/i;
const CLOSURES_AFTER = /^\s+(?:more\s+)?(?:(?:embassy|mission|diplomatic)\s+)?(?:closures|shutdowns)\b/i;
const NETWORK_BEFORE =
  /\bnetwork of\s*(?:(?:about|around|some|roughly|nearly|almost|more than|over|up to)\s*)?$/i;
const ANAPHOR =
  /\b(?:the|that|this|its)\s+(?:number|figure|total|count|tally)\s+(?:[\p{L}-]+\s+){0,4}?(?:to|at|is|was|of)\s+(?:(?:about|around|roughly|some|nearly|almost|just|only|fewer than|less than|more than|under|over)\s+)?$/iu;
const ANAPHOR_HINT = /\b(?:number|figure|total|tally)\b/i;
const MORE_AFTER = /^\s+more\b(?!\s+(?:than|of|and)\b)/i;
// "two of them", "some of the shells"; but "eight of its embassies" counts embassies.
const PARTITIVE =
  /^\s+of\s+(?:the|these|those|them)\b|^\s+of\s+(?:its|their)\b(?!\s+(?:(?:diplomatic|overseas|foreign)\s+)?(?:embass|consulate|missions|posts))/i;
const KO_NOUN_BEFORE =
  /(?:재외공관|해외공관|외교공관|공관|대사관|영사관|총영사관|대표부)(?:은|는|이|가|을|를|도|수는|수가|수를)?\s?(?:(?:현재|지금|모두|총|약|전체)\s?)?$/;
const KO_FROM_TO = /^\s?(?:에서|에서\s[^.,]{0,12}?\d+\s?(?:곳|개)\s?으?로)|^\s?으?로\s?(?:줄|감소|축소|늘)/;
const KO_CLOSED_AFTER = /^\s?(?:을|를|이|가)?\s?(?:더\s)?(?:닫|폐쇄|철수|정리)/;
const KO_NOUN_AFTER =
  /^\s?(?:이던|이었던|인)?\s?(?:북한(?:의)?\s?)?(?:의\s)?(?:재외공관|해외공관|외교공관|공관|대사관|영사관|총영사관|대표부)/;
const REMAINING =
  /\b(?:remaining|remain|left|leaving|leaves|(?:fallen|fell|dropped|declined|decreased|shrunk|shrank|been reduced|been cut|down)\s+to|(?:leaves?|leaving|left)\b[^.;]{0,30}\bwith|down to|reduc(?:e|es|ed|ing)\b[^.;]{0,40}\bto|cut\b[^.;]{0,40}\bto|shr(?:ink|inks|ank|unk)\b[^.;]{0,40}\bto|trim(?:s|med)?\b[^.;]{0,40}\bto)\s*(?:(?:about|around|roughly|some|nearly|almost|just|only|approximately|fewer than|less than|more than|over|under|at least|at most)\s+)?$/i;
const REMAINING_AFTER = /^\s?(?:로|으로)\s?(?:축소|감소|줄)|^\s+(?:remaining|remain|left)\b/;

const MISSION_BEFORE = /\b(?:missions|embassies|consulates|posts|establishments)\b/i;

/** A closing word right before the number ("shutter a dozen more", "withdrawal completed from 7"). */
function closesDirectly(triggers: readonly Trigger[], n: NumberMention): boolean {
  return triggers.some((t) => t.cls === 'close' && t.end <= n.start && n.start - t.end <= 30);
}

function whatOf(noun: string): MissionCountWhat {
  if (/^consulate/i.test(noun) || /영사관/.test(noun)) return 'consulates';
  if (/^embass/i.test(noun) || /대사관/.test(noun)) return 'embassies';
  if (/^representative/i.test(noun)) return 'representative_offices';
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
    // The kind of mission the last count was of, for "the number has since dropped to 44".
    let lastWhat: MissionCountWhat | null = null;
    for (const sentence of analysis.sentences) {
      const line = lineOf(analysis, sentence);
      if (reportsNothing(line) || tableLines.has(line.index)) continue;
      // The quantity stage reads every sentence's numbers anyway (shared through the analysis
      // cache), so their absence is the cheaper test.
      const numbers = numbersWithin(analysis, sentence);
      if (numbers.length === 0) continue;
      if (
        !matchesWithin(MAY_COUNT_MISSIONS, text, sentence) &&
        !(lastWhat && matchesWithin(ANAPHOR_HINT, text, sentence))
      )
        continue;
      const places = placesWithin(analysis, sentence);
      const triggers = triggersIn(text, sentence, places);
      const counts: Count[] = [];
      for (const n of numbers) {
        if (n.currency || n.yearLike || n.value <= 0) continue;
        const after = text.slice(n.end, Math.min(sentence.end, n.end + 80));
        if (PARTITIVE.test(after)) continue;
        let noun: Span | null = null;
        let what: MissionCountWhat = 'missions';
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
          const kb = KO_NOUN_BEFORE.exec(before);
          const ka = KO_NOUN_AFTER.exec(after);
          if (kb) noun = { start: n.start - kb[0].length, end: n.end };
          else if (ka) noun = { start: n.end, end: n.end + ka[0].length };
          else if (
            n.counter === '개국' &&
            triggers.some((t) => t.cls === 'close' && t.start >= n.end && t.start - n.end < 10)
          )
            noun = n;
          else if (
            KO_FROM_TO.test(text.slice(n.end, n.end + 24)) &&
            KO_MISSION_NOUN.test(text.slice(sentence.start, n.start))
          )
            // "재외공관은 2023년 초 53곳에서 지금 40곳으로 줄었다": both ends of the change.
            noun = n;
          else if (
            n.counter !== '개국' &&
            KO_CLOSED_AFTER.test(after) &&
            KO_MISSION_NOUN.test(text.slice(sentence.start, sentence.end))
          )
            // "11곳을 닫았다", "3곳을 정리했다" in a sentence about missions.
            noun = n;
          if (noun) what = whatOf(text.slice(noun.start, noun.end));
        }
        const before = text.slice(Math.max(sentence.start, n.start - 60), n.start);
        let network = false;
        // The kind counted last, in this sentence or before it.
        const previous = counts[counts.length - 1]?.what ?? lastWhat;
        if (!noun && NETWORK_BEFORE.test(before)) {
          noun = n;
          network = true;
        } else if (!noun && previous && ANAPHOR.test(before)) {
          // "53 missions in 2023, but the number has since dropped to 44"
          noun = n;
          what = previous;
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
          (MORE_AFTER.test(after) || (COUNTRIES_AFTER.test(after) && /\b(?:from|in)\s+$/i.test(before)))
        ) {
          // "plans to shutter a dozen more", "withdrawal completed from 7 countries"
          noun = {
            start: n.start,
            end: n.end + ((MORE_AFTER.exec(after) ?? COUNTRIES_AFTER.exec(after))?.[0].length ?? 0),
          };
        }
        if (!noun) continue;
        const read = relationOf(analysis, sentence, n, noun, triggers);
        const { trigger } = read;
        const hedge = network ? null : read.hedge;
        const relation = network ? 'total' : read.relation;
        counts.push({ number: n, what, relation, parts: [n, noun, ...(trigger ? [trigger] : [])], hedge });
      }
      if (counts.length === 0) continue;
      counts.push(...elidedCounts(text, numbers, counts));
      lastWhat = counts[counts.length - 1]?.what ?? lastWhat;
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
    const what = ROW_WHAT.find(([re]) => re.test(label))?.[1];
    if (!what) continue;
    for (const [i, cell] of row.cells.entries()) {
      const value = i === 0 ? null : cellNumber(cell);
      const header = row.headers[i] ?? '';
      if (value === null || CHANGE_HEADER.test(header)) continue;
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

// "down to 41 missions, from 53 in early 2023": the noun is left out of the second number.
const ELIDED_AFTER =
  /^,?\s*(?:(?:up|down)\s+)?(?:from|compared (?:with|to)|against|versus|vs\.?)\s+(?:(?:about|around|some|roughly|nearly|almost|more than|over)\s+)?$/i;
// "fell from 53 to 44 missions": the first number's noun comes after the second.
const ELIDED_BEFORE = /^\s+to\s+(?:(?:about|around|some|roughly|nearly|almost|just|only)\s+)?$/i;

/** Numbers that count the same missions as a neighbouring count, written without the noun: totals at another time. */
function elidedCounts(text: string, numbers: readonly NumberMention[], counts: readonly Count[]): Count[] {
  const out: Count[] = [];
  for (const n of numbers) {
    if (n.currency || n.yearLike || n.value <= 1 || counts.some((c) => c.number === n)) continue;
    const sibling = counts.find((c) => {
      const noun = c.parts[1] ?? c.number;
      if (noun.end <= n.start) return ELIDED_AFTER.test(text.slice(noun.end, n.start));
      return (
        c.number.start >= n.end &&
        ELIDED_BEFORE.test(text.slice(n.end, c.number.start)) &&
        /\bfrom\s+$/i.test(text.slice(Math.max(0, n.start - 6), n.start))
      );
    });
    if (sibling) out.push({ number: n, what: sibling.what, relation: 'total', parts: [n], hedge: null });
  }
  return out;
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
    (p) => p.possessive && p.end <= first.number.start && p.start >= clause.start && !speaksFor(text, p),
  );
  const sending = owner?.code ?? subjectState(text, places, clause, first.number.start) ?? analysis.home;
  if (!sending) return [];
  const citation = analysis.citations.get(sentence.line);
  const attribution = sourceOf(analysis, sentence, clause);
  // The date written next to the count (and nearer to it than to another count in the sentence:
  // "44 embassies, up from 40 a year ago"); "now"/"currently" and no date mean the publication day.
  const dates = datesWithin(analysis, clause).filter((d) => !/^\d{4}$/.test(d.date) || d.date >= '1990');
  const asOfAt = (at: number) => {
    const now = /\b(?:now|currently|today|at present)\b|현재/.test(text.slice(clause.start, at));
    const dated = now
      ? undefined
      : dates.find(
          (d) =>
            Math.abs(d.start - at) <= 60 &&
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
