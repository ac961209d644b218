import { sourceOf } from '../attribution.ts';
import { type Analysis, lineOf, numbersWithin, placesWithin } from '../document.ts';
import { reportsNothing } from '../layout.ts';
import { type NounPhrase, nounPhraseAfter } from '../noun-phrase.ts';
import type { NumberMention } from '../numbers.ts';
import { quoteSpan } from '../quote.ts';
import { clauseAt } from '../segment.ts';
import type { Span } from '../span.ts';
import type { ClaimDraft, Stage } from '../stage.ts';
import { CHANGE_HEADER, cellNumber, type TableRow } from '../tables.ts';
import { KO_MISSION_NOUN, quotesCheckedClaim } from './mission-count.ts';

// Nouns whose counts matter for sanctions and arms transfers even when small ("two diplomats").
const SALIENT = new Set(
  `people persons individuals diplomats officials workers laborers labourers trainers instructors advisers advisors
  troops soldiers officers personnel staff employees members defectors elites refugees students hackers businessmen
  businesspeople nationals citizens engineers doctors technicians pilots experts agents spies operatives entities
  companies firms institutions organizations organisations banks ships vessels tankers containers shipments shells
  rounds missiles rockets launchers tanks weapons rifles guns munitions drones aircraft jets helicopters satellites
  tons tonnes barrels projects contracts statues monuments vehicles trucks crates wagons railcars deliveries
  consignments transactions wallets cargoes carriers freighters bulkers boats trawlers barges accounts
  fishermen fishers sailors seafarers seamen mariners crew crewmen crewmembers deckhands miners loggers builders
  cooks chefs waitresses nurses medics dentists artists painters sculptors programmers
  developers researchers scientists athletes coaches guards drivers mechanics welders electricians carpenters
  masons farmers traders servicemen workmen craftsmen tradesmen`.split(/\s+/),
);
// Durations, measures and the like are not reported quantities in this sense.
const EXCLUDED = new Set(
  `year years month months week weeks day days hour hours minute minutes second seconds decade decades century
  centuries time times percent per cent mm cm km kilometers kilometres miles meters metres feet inches points pages
  countries nations states embassies embassy consulates consulate missions mission offices establishments facilities
  posts outposts legations anniversary comments reposts shares likes views upvotes replies followers
  subscribers votes abstentions`.split(/\s+/),
);
// Few companies or people are a reported figure only when designated, listed or sanctioned ("designated
// six front companies"); "two numbered companies in Richmond" and "charged three people" are minor numbers.
const GENERIC_COMPANIES = new Set(['companies', 'firms', 'entities']);
const GENERIC_PEOPLE = new Set(['people', 'persons', 'individuals']);
const LISTED = /designat|sanction|blacklist|\blist|\bnamed\b|froze|frozen|seiz|penalt|fined/i;
const CHARGED_BEFORE =
  /\b(?:charged|arrested|detained|indicted|convicted|sentenced|prosecuted|questioned|extradited)\s+(?:(?:a\s+total\s+of|at\s+least|another)\s+)?$/i;
// Counts of abductees are left out: they are not about the missions (the held-out rule).
const ABDUCTEES = /\babduct/i;
const PEOPLE = new Set(['people', 'persons', 'individuals', 'nationals', 'citizens']);

function minorCount(text: string, n: NumberMention, head: string, clause: Span): boolean {
  if (GENERIC_COMPANIES.has(head)) return n.value < 10 && !LISTED.test(text.slice(clause.start, clause.end));
  if (
    GENERIC_PEOPLE.has(head) &&
    n.value < 10 &&
    CHARGED_BEFORE.test(text.slice(Math.max(clause.start, n.start - 40), n.start))
  )
    return true;
  return PEOPLE.has(head) && ABDUCTEES.test(text.slice(clause.start, clause.end));
}

// The states of Central Africa whose CFA franc is XAF; "CFA francs" elsewhere are West African (XOF).
const CENTRAL_CFA = new Set(['CM', 'CF', 'TD', 'CG', 'GQ', 'GA']);

/** "1.2 million CFA francs" in a line about Brazzaville or Yaoundé are Central African francs. */
function cfaFranc(analysis: Analysis, line: Span): string {
  return placesWithin(analysis, line).some((p) => CENTRAL_CFA.has(p.code)) ? 'XAF' : 'XOF';
}

const LAST_BEFORE = /\bthe\s+(?:last|final)\s+$/i;
// "crew of 17", "a staff of seven": a group's size, the noun before the number.
const GROUP_OF =
  /\b(?<noun>crew|staff|team|workforce|contingent|delegation)\s+of\s+(?:(?:about|around|some|roughly|nearly|almost|at least|more than|over|up to|just|only)\s+)?$/i;
// A plural head: "-s", and "-men" ("fishermen"), "children".
const PLURAL = /(?:s|men|children)$/i;

// Verbs the phrase reader does not stop at, as it stops at "-ed" ones: irregular pasts and the
// present of staying and leaving ("four diplomats left", "three workers remain").
const VERB_AFTER_NOUN = new Set(
  `left went fled came took built ran flew drove rode got made gave held kept met paid sold spent stood brought
  bought caught fought found lost heard wrote began became remain remains stay stays live lives work works leave
  leaves return returns`.split(/\s+/),
);

/**
 * The noun phrase cut after a salient word that a verb follows ("four remaining diplomats left",
 * "Sixteen workers built"): the phrase reader stops at "-ed" verbs, not at these.
 */
function cutAtSalient(text: string, np: NounPhrase): NounPhrase {
  const { core } = np;
  if (!core.includes(' ') || SALIENT.has(np.head.toLowerCase())) return np;
  // The verb is the head ("diplomats left") or the word before it ("workers built homes").
  let end = core.length;
  for (let k = 0; k < 2; k++) {
    const space = core.lastIndexOf(' ', end - 1);
    if (space < 0) return np;
    if (VERB_AFTER_NOUN.has(core.slice(space + 1, end).toLowerCase())) {
      const kept = core.slice(0, space);
      const noun = kept.slice(kept.lastIndexOf(' ') + 1);
      if (!SALIENT.has(noun.toLowerCase())) return np;
      // The words are separated by spaces or emphasis: find where the kept word ends.
      let at = np.start;
      for (const w of kept.split(' ')) at = text.indexOf(w, at) + w.length;
      return { start: np.start, end: at, core: kept, head: noun, full: kept };
    }
    end = space;
  }
  return np;
}

const KO_UNIT: Record<string, string> = {
  명: 'people',
  발: 'rounds',
  척: 'ships',
  톤: 'tons',
  곳: 'entities',
  개: 'items',
  건: 'cases',
  대: 'vehicles',
};
const EVIDENTIAL =
  /\b(?:reportedly|allegedly|apparently|estimated|is believed to|are believed to|is said to)\b/i;

const VERB =
  /\s(?:used|priced|would|will|is|was|were|are|exceeds?|exceeded|reach(?:ed|es)?|total(?:ed|ing|ling)?|costs?|worth|valued|at|has|have|had|earned|made|generated|stole|stolen|hacked|raised|spent|paid|received|lost|laundered|owed|seized|froze|frozen)\b/i;
// At top level: a \p{…} pattern inside a function is rebuilt on each call once bundled.
const THREE_LETTERS = /\p{L}{3}/u;

function moneyWhat(text: string, n: NumberMention, clause: Span): string {
  if (/^[\uac00-\ud7a3]/.test(text.slice(n.end - 1, n.end))) {
    // "코인 2조원": the thing counted is the Korean word before the amount.
    const words = text
      .slice(Math.max(clause.start, n.start - 24), n.start)
      .split(/\s+/)
      .filter((w) => /^[\uac00-\ud7a3]+$/.test(w) && !/^(?:약|연간|대략|최대|최소|모두|총|무려)$/.test(w));
    return words.pop()?.replace(/(?:으로|로|에|를|을|이|가|은|는|의|도)$/, '') || 'amount';
  }
  const after = /^\s+(?:worth\s+of|in|of|for|from)?\s*(?:(?:the|its|their|a|an)\s+)?/.exec(
    text.slice(n.end, n.end + 24),
  );
  const np = nounPhraseAfter(text, n.end + (after?.[0].length ?? 0), clause.end);
  if (np && !/^(?:each|apiece|a|per|year|month|week|day|annually)$/i.test(np.core)) return np.full;
  // "$2 billion a year from illicit activities": the phrase after from/in/of/for.
  const rest = text.slice(n.end, Math.min(clause.end, n.end + 40));
  const prep = /\b(?:from|in|of|for|on)\s+(?:(?:the|its|their|a|an)\s+)?/.exec(rest);
  const later = prep ? nounPhraseAfter(text, n.end + prep.index + prep[0].length, clause.end) : null;
  if (later && !/^(?:year|month|week|day|cash|total)$/i.test(later.core)) return later.full;
  // "the 155 mm shells used by NATO forces priced at about $3,000 each": the subject of the
  // nearest comma-separated stretch that has one.
  const segments = text.slice(clause.start, n.start).split(',').reverse();
  for (const segment of segments) {
    const verb = VERB.exec(` ${segment}`);
    const subject = (verb ? ` ${segment}`.slice(0, verb.index) : segment)
      .replace(/^\s*(?:with|and|but|while|particularly|especially|which)\b/i, '')
      .trim()
      .split(/\s+/)
      .slice(-6)
      .join(' ');
    if (THREE_LETTERS.test(subject)) return subject;
  }
  return 'amount';
}

// A sentence that opens with its number and a verb: "More than 150 have left", "About 40 remain".
const ELLIPTIC_START =
  /^[\s"“'‘]*(?:(?:more than|over|fewer than|less than|at least|about|around|nearly|almost|some|only)\s+)?$/i;
const ELLIPTIC_VERB = /^\s+(?:have|had|are|were|remain|remained|still|left|returned|went)\b/i;
// The units of counts of people, which a next sentence may count again without naming.
const PEOPLE_COUNTED = new Set(
  'people workers labourers laborers nationals diplomats staff employees officials citizens residents'.split(
    ' ',
  ),
);
const MISSIONS_HEAD = /^(?:missions|embassies)$/;
const IN_HOST = /^\s+in\s+$/;
const SOURCE_BEFORE = /\b(?:according to|citing|quoting)\s+(?:the\s+)?$/i;
const ATTENDANCE_BEFORE = /^\s*(?:present|absent|excused|apologies|in attendance|attendance)\s*:\s*$/i;
const SAID_AFTER = /^,?\s+(?:said|say|says|told|added)\b/i;

const ELIDED_AFTER =
  /^(?:\[\d{1,3}\])?,?(?:\[\d{1,3}\])?\s*(?:(?:up|down)\s+)?(?:from|compared (?:with|to)|against|versus|vs\.?)\s+(?:(?:about|around|some|roughly|nearly|almost|more than|over)\s+)?$|^\s+(?:in|by|as of)\s+[^,;]{1,20}?\s+(?:and\s+(?:only\s+|just\s+)?|(?:up\s+|down\s+)?from\s+(?:(?:about|around|some|roughly|nearly|almost)\s+)?)$/i;
// "cut its diplomatic staff from 11 to 5": the noun before the change.
const NOUN_FROM = /\b(?<noun>[\p{L}-]+)\s+from\s+(?:(?:about|around|some|roughly|nearly|almost)\s+)?$/u;
const NUMBER_OF_AT =
  /\bnumber of\s+(?<words>[^,;.]{1,60}?)\s+(?:at|to|as|was|is|stood at|stands at)\s+(?:(?:about|around|roughly|some|nearly|almost|just|only|fewer than|less than|more than|over|under)\s+)?$/u;
const CHANGE_TO = /^\s+to\s+(?:(?:about|around|some|roughly|nearly|almost|just|only)\s+)?$/i;
// "12 countries now have resident embassies in Pyongyang": the countries' own embassies.
const HAVE_EMBASSIES =
  /^\s+(?:(?:that|which)\s+)?(?:(?:now|still|currently|already)\s+)?(?:have|had|maintain|maintained|keep|kept|run|operate)\s+(?:(?:resident|their own|their|full)\s+)*(embassies|consulates|missions)\s+in\s+/i;
// "니카라과에 1곳이 새로 문을 열었다": places opened or closed, which the count stage reads.
const QUOTED = /^['‘"“].*['’"”]$/s;
const PROPORTION_AFTER = /^\s?(?:가운데|중)\s?(?:한|1)\s?(?:곳|명|개)\s?꼴|^\s?꼴/;
const KO_OPEN_CLOSE_AFTER =
  /^\s?(?:이|가|을|를)?\s?(?:새로\s|더\s|추가로\s)?(?:문을\s?)?(?:열|닫|개설|개관|폐쇄|철수|정리)/;
const ELIDED_BEFORE =
  /^\s+(?:[^,;.]{0,30}?\s)?to\s+(?:(?:about|around|some|roughly|nearly|almost|just|only)\s+)?$/i;

/** Whether `n` is the same kind of thing as the quantity `q` (with its noun ending at `noun`), its noun left out. */
function elides(text: string, q: NumberMention, noun: Span, n: NumberMention): boolean {
  if (noun.end <= n.start) return ELIDED_AFTER.test(text.slice(noun.end, n.start));
  return (
    q.start >= n.end &&
    /\bfrom\s+(?:(?:about|around|some|roughly|nearly|almost)\s+)?$/i.test(
      text.slice(Math.max(0, n.start - 20), n.start),
    ) &&
    ELIDED_BEFORE.test(text.slice(n.end, q.start))
  );
}

// Words before a Korean count that are not what is counted: "수를" (the number of), "현재" (now).
const KO_NOT_WHAT = /^(?:수|현재|지금|약|총|모두|당시|이후|최근|한때|올해|작년|지난해|무려|대략|최대|최소)$/;

/** The noun a Korean count is of: "외교관 수를 10여 명" → 외교관, "대사관 직원은 현재 5명" → 직원. */
function koreanWhat(before: string): string | null {
  const words = before
    .split(/\s+/)
    .filter((w) => /^[\uac00-\ud7a3]+$/.test(w))
    .map((w) => w.replace(/(?:에서|으로|로|을|를|은|는|이|가|의|도)$/, ''))
    .filter((w) => w && !KO_NOT_WHAT.test(w) && !/(?:명|곳|개)$/.test(w));
  return words.pop() ?? null;
}

// Columns of years ("Opened", "Since") hold dates, not figures.
const YEAR_HEADER = /^(?:year|opened|closed|since|established|founded|date|연도|개설|수교|시기)$/i;
// Rows that count missions are the count stage's.
const MISSION_ROW =
  /^(?:embass|consulate|representative office|missions?$|total$|대사관|총영사관|영사관|대표부|합계|계$|총계|전체)/i;

// "(단위: 천 달러)", "(in thousands of US dollars)", "(US$ million)": what a table's figures are in.
const KO_CAPTION_UNIT = /단위\s*[:：]\s*(천|만|백만|억)?\s*(달러|원|유로|엔|위안)/;
const EN_CAPTION_UNIT =
  /\bin\s+(thousands|millions|billions)\s+of\s+(US dollars|dollars|euros|won|yuan)\b|\b(US\$|USD|EUR|€|\$)\s?(thousand|million|mn|bn|billion|'000)\b/i;
const KO_SCALE: Record<string, number> = { 천: 1e3, 만: 1e4, 백만: 1e6, 억: 1e8 };
const EN_SCALE: Record<string, number> = {
  thousand: 1e3,
  thousands: 1e3,
  "'000": 1e3,
  million: 1e6,
  millions: 1e6,
  mn: 1e6,
  billion: 1e9,
  billions: 1e9,
  bn: 1e9,
};
const CAPTION_CURRENCY: Record<string, string> = {
  달러: 'USD',
  원: 'KRW',
  유로: 'EUR',
  엔: 'JPY',
  위안: 'CNY',
  'us dollars': 'USD',
  dollars: 'USD',
  euros: 'EUR',
  won: 'KRW',
  yuan: 'CNY',
  us$: 'USD',
  usd: 'USD',
  $: 'USD',
  eur: 'EUR',
  '€': 'EUR',
};

function captionUnit(caption: string): { scale: number; currency: string } | null {
  const ko = KO_CAPTION_UNIT.exec(caption);
  if (ko?.[2]) return { scale: KO_SCALE[ko[1] ?? ''] ?? 1, currency: CAPTION_CURRENCY[ko[2]] ?? 'USD' };
  const en = EN_CAPTION_UNIT.exec(caption);
  const scale = en?.[1] ?? en?.[4];
  const currency = en?.[2] ?? en?.[3];
  if (!scale || !currency) return null;
  return {
    scale: EN_SCALE[scale.toLowerCase()] ?? 1,
    currency: CAPTION_CURRENCY[currency.toLowerCase()] ?? 'USD',
  };
}

const ESTIMATED = /\best(?:\.|imated?)|approx/i;

/**
 * The unit a column's header gives its figures: the bracketed word ("Cargo discharged (tonnes)"),
 * a salient noun ("Staff (est.)"), else its last plural noun ("Calls"); null for a header of
 * missions, years, changes or shares.
 */
function columnUnit(header: string): string | null {
  if (!header || CHANGE_HEADER.test(header) || header.includes('%') || YEAR_HEADER.test(header)) return null;
  const bracket = /\(([\p{L}-]+)\)/u.exec(header)?.[1]?.toLowerCase();
  if (bracket && !ESTIMATED.test(bracket)) return EXCLUDED.has(bracket) ? null : bracket;
  const words = header
    .replace(/\(.*?\)/g, '')
    .toLowerCase()
    .match(/[\p{L}-]+/gu);
  const unit = words?.find((w) => SALIENT.has(w)) ?? words?.filter((w) => /s$/.test(w)).pop();
  return unit && !EXCLUDED.has(unit) ? unit : null;
}

/**
 * Figures in a table whose rows name what is counted: "Refined petroleum in (barrels, est.) |
 * 410,000 | -8%". The unit is the bracketed word, else the row's last plural noun. Where the
 * row names no unit (a year, a country), each column's header gives it ("Staff (est.)",
 * "Cargo discharged (tonnes)"), or the caption's currency ("(단위: 천 달러)"). Change columns and
 * mission rows are left out.
 */
function tableQuantities(rows: readonly TableRow[]): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  // A table with rows of missions counts missions in all its rows ("Other (UN, trade) | 3 | 3"):
  // the rows of one table share their headers.
  const missionTables = new Set(
    rows.filter((r) => MISSION_ROW.test(r.cells[0]?.text.replace(/[*_]/g, '') ?? '')).map((r) => r.headers),
  );
  for (const row of rows) {
    const label = row.cells[0]?.text.replace(/[*_]/g, '') ?? '';
    if (!label || missionTables.has(row.headers)) continue;
    const bracket = /\(([\p{L}-]+)/u.exec(label)?.[1];
    // A plural noun of the label ("Refined petroleum in"), not a name in it ("United States").
    const noun = /^\d/.test(label)
      ? undefined
      : [...label.replace(/\(.*?\)/g, '').matchAll(/\b[\p{L}-]+s\b/gu)]
          .filter((m) => m.index === 0 || !/^\p{Lu}/u.test(m[0]))
          .pop()?.[0];
    const unit = (bracket ?? noun)?.toLowerCase();
    if (!unit) {
      out.push(...columnQuantities(row, label));
      continue;
    }
    const estimated = ESTIMATED.test(label);
    for (const [i, cell] of row.cells.entries()) {
      const value = i === 0 ? null : cellNumber(cell);
      const header = row.headers[i] ?? '';
      if (value === null || CHANGE_HEADER.test(header) || header.includes('%') || YEAR_HEADER.test(header))
        continue;
      out.push({
        kind: 'quantity',
        start: row.start,
        end: row.end,
        attributed_to: null,
        hedge: null,
        what: label.replace(/\s*\(.*?\)\s*/g, ' ').trim(),
        value,
        unit,
        qualifier: estimated ? 'about' : 'exact',
      });
    }
  }
  return out;
}

/** A row whose label is not a unit ("2023", "Guinea-Bissau"): each figure in the unit of its column. */
function columnQuantities(row: TableRow, label: string): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  const money = captionUnit(row.caption);
  for (const [i, cell] of row.cells.entries()) {
    const value = i === 0 ? null : cellNumber(cell);
    const header = row.headers[i] ?? '';
    if (value === null || value === 0) continue;
    if (CHANGE_HEADER.test(header) || header.includes('%') || YEAR_HEADER.test(header)) continue;
    const unit = money ? money.currency : columnUnit(header);
    if (!unit) continue;
    out.push({
      kind: 'quantity',
      start: row.start,
      end: row.end,
      attributed_to: null,
      hedge: null,
      what: `${header.replace(/\s*\(.*?\)\s*/g, ' ').trim()}, ${label}`,
      value: money ? Number((value * money.scale).toPrecision(15)) : value,
      unit,
      qualifier: ESTIMATED.test(header) ? 'about' : 'exact',
    });
  }
  return out;
}

/**
 * Other numbers the text reports as fact: money ("$1.7 billion" → 1700000000 USD), counts of
 * people and materiel ("more than 1 million artillery shells", "two diplomats", "3곳").
 * Years, durations, measures, percentages and vague amounts ("hundreds of") are left out.
 */
export const quantityStage: Stage = {
  name: 'quantity',
  version: '1.1.0',
  run({ analysis, earlier }) {
    const { text } = analysis;
    const out: ClaimDraft[] = [];
    // A number already read as a count of missions ("11곳을 닫았다") is not a quantity too.
    const counted = earlier.filter((c) => c.kind === 'mission_count' && !c.derived);
    const isCount = (n: NumberMention) =>
      counted.some(
        (c) => c.kind === 'mission_count' && c.value === n.value && c.start <= n.start && n.end <= c.end,
      );
    const rows = analysis.tables;
    out.push(...tableQuantities(rows));
    const tableLines = new Set(rows.map((r) => r.line));
    // The people counted last, and the sentence they were in: "212 workers held permits. "More
    // than 150 have left," he said." counts the same people without naming them again.
    let lastPeople: { what: string; unit: string; index: number } | null = null;
    for (const [index, sentence] of analysis.sentences.entries()) {
      const line = lineOf(analysis, sentence);
      if (reportsNothing(line) || tableLines.has(line.index) || quotesCheckedClaim(text, line)) continue;
      const citation = analysis.citations.get(sentence.line);
      const from = citation ? Math.max(sentence.start, citation.title.start) : sentence.start;
      if (from >= sentence.end) continue;
      const numbers = numbersWithin(analysis, { start: from, end: sentence.end });
      const read: {
        n: NumberMention;
        clause: Span;
        parts: Span[];
        what: string;
        unit: string;
        /** Read as the start of a change ("staff from 11 to 5"). */
        from?: boolean;
        /** Counted with the people of the sentence before ("More than 150 have left"). */
        elliptic?: boolean;
      }[] = [];
      // Numbers without a noun after them, which may share a neighbour's.
      const skipped: { n: NumberMention; clause: Span }[] = [];
      for (const n of numbers) {
        if (isCount(n)) continue;
        const clause = clauseAt(sentence, n.start);
        let what: string;
        let unit: string;
        let parts: Span[] = [n];
        if (n.currency) {
          what = moneyWhat(text, n, clause);
          unit = n.currency === 'XOF' ? cfaFranc(analysis, line) : n.currency;
        } else if (n.counter) {
          const unitName = KO_UNIT[n.counter];
          const before = text.slice(Math.max(clause.start, n.start - 12), n.start);
          // "공관 44곳" counts missions (the count stage's); "대사관 직원 5명" counts people.
          const placeCounter = n.counter === '곳' || n.counter === '개';
          if (
            !unitName ||
            // "'46곳'은 2024년 초 집계로": a figure named in quotes; "다섯 곳 가운데 한 곳꼴": a proportion.
            (placeCounter &&
              (QUOTED.test(text.slice(n.start - 1, n.end + 1)) ||
                PROPORTION_AFTER.test(text.slice(n.end, n.end + 12)))) ||
            (!n.digits && n.value === 1) ||
            (placeCounter &&
              ((KO_MISSION_NOUN.test(before) && !/외국\s?(?:대사관|공관)/.test(before)) ||
                KO_MISSION_NOUN.test(text.slice(n.end, n.end + 6)) ||
                KO_OPEN_CLOSE_AFTER.test(text.slice(n.end, n.end + 12))))
          )
            continue;
          what = koreanWhat(text.slice(Math.max(clause.start, n.start - 24), n.start)) ?? unitName;
          unit = unitName;
        } else {
          if (/^\s+of\s+(?:the|its|these|those|their|them)\b/i.test(text.slice(n.end, n.end + 12))) continue;
          const lead = text.slice(Math.max(clause.start, n.start - 24), n.start);
          // "according to two officials": the story's sources; "Present: 38 members": attendance.
          if (SOURCE_BEFORE.test(lead) || ATTENDANCE_BEFORE.test(text.slice(sentence.start, n.start)))
            continue;
          // "the last two diplomats drove to the airport": who was left at the end, a minor number.
          if (n.value < 10 && LAST_BEFORE.test(text.slice(Math.max(clause.start, n.start - 12), n.start)))
            continue;
          // "four remaining diplomats left", "Sixteen workers built": the phrase ran on into a verb.
          // A hard-wrapped line may break between the number and its noun ("79 individuals and 74⏎entities"):
          // a line that goes on in lower case is the same sentence.
          const wrapped = text.charCodeAt(n.end) === 10 && /[a-z]/.test(text.charAt(n.end + 1));
          const after = nounPhraseAfter(text, wrapped ? n.end + 1 : n.end, clause.end);
          const phrase = after && cutAtSalient(text, after);
          // "the vessel's crew of 17 was repatriated", "a staff of seven led by": the noun before "of".
          const group =
            !n.yearLike &&
            (!phrase || !(SALIENT.has(phrase.head.toLowerCase()) || PLURAL.test(phrase.head))) &&
            text.slice(Math.max(clause.start, n.start - 24), n.start).includes(' of ')
              ? GROUP_OF.exec(text.slice(Math.max(clause.start, n.start - 40), n.start))
              : null;
          if (group?.groups?.noun) {
            const at = n.start - group[0].length + group[0].indexOf(group.groups.noun);
            const noun = group.groups.noun.toLowerCase();
            read.push({ n, clause, parts: [{ start: at, end: n.end }], what: noun, unit: noun });
            continue;
          }
          if (!phrase) {
            // "cut its diplomatic staff from 11 to 5": the noun before "from".
            const before = text.slice(Math.max(clause.start, n.start - 40), n.start);
            const from = before.includes('from') ? NOUN_FROM.exec(before) : null;
            const noun = from?.groups?.noun?.toLowerCase();
            // "put the number of North Korean workers in Ghana at about 120": the noun of "number of".
            const wider = text.slice(Math.max(clause.start, n.start - 90), n.start);
            const numberOf = wider.includes('number of') ? NUMBER_OF_AT.exec(wider) : null;
            const counted = numberOf?.groups?.words
              ?.toLowerCase()
              .split(/\s+/)
              .slice(0, 5)
              .find((w) => SALIENT.has(w));
            if (!noun && counted && numberOf && !n.yearLike) {
              const at = n.start - numberOf[0].length + numberOf[0].indexOf('number of');
              read.push({ n, clause, parts: [{ start: at, end: n.end }], what: counted, unit: counted });
              continue;
            }
            if (noun && SALIENT.has(noun) && !n.yearLike) {
              const at = n.start - (from?.[0].length ?? 0);
              read.push({
                n,
                clause,
                parts: [{ start: at, end: at + noun.length }, n],
                what: noun,
                unit: noun,
                from: true,
              });
            } else skipped.push({ n, clause });
            continue;
          }
          const head = phrase.head.toLowerCase();
          const have = /^(?:countries|nations|states)$/.test(head)
            ? HAVE_EMBASSIES.exec(text.slice(phrase.end, Math.min(clause.end, phrase.end + 60)))
            : null;
          if (have?.[1] && !n.yearLike) {
            // Other countries' embassies (in Pyongyang): a quantity, not a count of the state's own.
            const unit = have[1].toLowerCase();
            const end = phrase.end + have[0].length;
            read.push({
              n,
              clause,
              parts: [n, { start: phrase.start, end }],
              what: `${phrase.full} with ${unit}`,
              unit,
            });
            continue;
          }
          // "leases properties to eight diplomatic missions in Singapore": the missions in one host,
          // which the count stage leaves (they are not one state's), are a quantity.
          const hosted =
            MISSIONS_HEAD.test(head) &&
            !n.yearLike &&
            placesWithin(analysis, { start: phrase.end, end: Math.min(clause.end, phrase.end + 40) }).some(
              (p) => IN_HOST.test(text.slice(phrase.end, p.start)),
            );
          if (hosted) {
            read.push({ n, clause, parts: [n, phrase], what: phrase.full, unit: head });
            continue;
          }
          if (EXCLUDED.has(head) || EXCLUDED.has(phrase.core.toLowerCase())) continue;
          // "two South Korean officials said": the count of a story's sources, not a reported figure.
          if (SAID_AFTER.test(text.slice(phrase.end, phrase.end + 12))) continue;
          const salient = SALIENT.has(head);
          if (!salient && (n.value < 10 || n.yearLike || !PLURAL.test(head))) continue;
          if (!n.digits && n.value === 1) continue;
          if (minorCount(text, n, head, clause)) continue;
          what = phrase.full;
          unit = head;
          parts = [n, phrase];
        }
        read.push({ n, clause, parts, what, unit });
      }
      // "fell from 30 to 12 diplomats", "three diplomats, down from nine in 2019": the same noun.
      for (const { n, clause } of skipped) {
        if (n.yearLike) continue;
        const sibling = read.find(
          (q) =>
            (q.from && q.n.end <= n.start && CHANGE_TO.test(text.slice(q.n.end, n.start))) ||
            elides(text, q.n, q.parts[1] ?? q.n, n),
        );
        if (sibling) read.push({ n, clause, parts: [n], what: sibling.what, unit: sibling.unit });
        else if (
          lastPeople?.index === index - 1 &&
          n.value >= 10 &&
          ELLIPTIC_START.test(text.slice(sentence.start, n.start)) &&
          ELLIPTIC_VERB.test(text.slice(n.end, n.end + 16))
        )
          read.push({ n, clause, parts: [n], what: lastPeople.what, unit: lastPeople.unit, elliptic: true });
      }
      // Only a count that names its people carries them on: elliptic counts do not chain.
      const people = read.findLast((q) => !q.elliptic && PEOPLE_COUNTED.has(q.unit));
      if (people) lastPeople = { what: people.what, unit: people.unit, index };
      read.sort((a, b) => a.n.start - b.n.start);
      for (const { n, clause, parts, what, unit } of read) {
        const span = quoteSpan(text, sentence, parts);
        out.push({
          kind: 'quantity',
          start: span.start,
          end: span.end,
          attributed_to: sourceOf(analysis, sentence, clause),
          hedge: EVIDENTIAL.exec(text.slice(clause.start, clause.end))?.[0] ?? null,
          what,
          value: n.value,
          unit,
          qualifier: n.qualifier,
        });
      }
    }
    return out;
  },
};
