import type { ClaimMissionType, ClaimStatus } from '../domain/claim.ts';
import type { Place } from './gazetteer.ts';
import type { Span } from './span.ts';

/** Where a mission is: a country, and the city when the text names one. */
export interface HostRef extends Span {
  code: string;
  city: string | null;
}

/** A mission named in a sentence: "its consulate in Hong Kong", "the Luanda embassy", "스페인 대사관". */
export interface MissionMention extends Span {
  type: ClaimMissionType;
  hosts: HostRef[];
  /** The sending state when the mention names it ("Spain's embassy", "North Korean embassy"). */
  sending: string | null;
  /** "the embassy" without a place: it refers back to a mission named just before. */
  definite: boolean;
  plural: boolean;
  korean: boolean;
}

export type TriggerClass = 'close' | 'open' | 'reopen';
export type TriggerForm = 'past' | 'present' | 'gerund' | 'base' | 'noun' | 'ko';

/** A word that changes a mission's status: "shuttered", "closure", "reopen", "폐쇄". */
export interface Trigger extends Span {
  cls: TriggerClass;
  form: TriggerForm;
  /** Hosts named directly after the word: "withdrawn from Guinea, Nepal and Spain", "스페인에서 철수". */
  hosts: HostRef[];
  /** A state that holds whatever the tense: 유지될 것 ("will be kept open"). */
  state?: boolean;
  /** "next", "go": a closure foreseen, said only of a capital ("Tehran could be next"). */
  metonym?: boolean;
}

const NOUNS: [RegExp, ClaimMissionType][] = [
  [/^consulates?[- ]general$/i, 'consulate'],
  [/^consulates?$/i, 'consulate'],
  [/^(?:embass(?:y|ies)|chancer(?:y|ies)|high commissions?)$/i, 'embassy'],
  [/^permanent missions?$/i, 'permanent_mission'],
  [/^trade (?:offices?|missions?|representations?)$/i, 'trade_office'],
  [/^(?:representative|representation|liaison) (?:offices?|missions?)$/i, 'representative_office'],
  [/^(?:대사관|대사관들|大使館)$/, 'embassy'],
  [/^(?:총영사관|영사관|總領事館|領事館)$/, 'consulate'],
  [/^무역대표부$/, 'trade_office'],
  [/^대표부$/, 'representative_office'],
];

const MISSION =
  /\b(?:consulates?[- ]general|consulates?|embass(?:y|ies)|chancer(?:y|ies)|high commissions?|permanent missions?|trade (?:offices?|missions?|representations?)|(?:representative|representation|liaison) (?:offices?|missions?)|(?:diplomatic|overseas|foreign) (?:missions?|establishments?|facilities|facility|posts?|outposts?|offices?)|missions?|outposts?|legations?|counterparts?|those|posts?)\b|(?:총영사관|영사관|대사관|무역대표부|대표부|재외공관|해외공관|외교공관|공관|總領事館|領事館|大使館)/gi;

const TRIGGERS: [RegExp, TriggerClass, TriggerForm][] = [
  [
    /^(?:closed|shuttered|withdrew|withdrawn|vacated|abandoned|scrapped|shut down|closed down|pulled out|wound down|wound up|suspended(?: .*)?|ceased(?: .*)?|stood empty|been empty|lies empty|lay empty|remains empty|stands empty)$/i,
    'close',
    'past',
  ],
  [
    /^(?:closes|shutters|withdraws|shuts|shuts down|vacates|abandons|scraps|winds down|winds up|suspends(?: .*)?|ceases(?: .*)?)$/i,
    'close',
    'present',
  ],
  [
    /^(?:closing|shuttering|withdrawing|shutting|shutting down|vacating|abandoning|scrapping|pulling out|winding down|winding up|suspending(?: .*)?|ceasing(?: .*)?|packing up)$/i,
    'close',
    'gerund',
  ],
  [
    /^(?:close|shutter|withdraw|shut|vacate|abandon|scrap|pull out|wind down|wind up|suspend(?: .*)?|cease(?: .*)?)$/i,
    'close',
    'base',
  ],
  [/^(?:closures?|withdrawals?|pullouts?|pull-outs?|shutdowns?)$/i, 'close', 'noun'],
  [/^(?:reopened|re-opened|resumed (?:work|operations|activities|functioning))$/i, 'reopen', 'past'],
  // "is left with four embassies in …", "the update lists 43 missions: …": the missions that remain.
  [/^(?:left with|lists|counts)$/i, 'open', 'present'],
  [/^(?:left|departed)$/i, 'close', 'past'],
  [/^(?:leaving|departing)$/i, 'close', 'gerund'],
  [/^(?:leave|depart)$/i, 'close', 'base'],
  [/^(?:reopens|re-opens)$/i, 'reopen', 'present'],
  [/^(?:reopening|re-opening)$/i, 'reopen', 'gerund'],
  [/^(?:reopen|re-open)$/i, 'reopen', 'base'],
  [/^(?:opened|established|inaugurated|set up|operated)$/i, 'open', 'past'],
  [
    /^(?:opens|establishes|inaugurates|operates|maintains|maintained|keeps|keep|kept|has|have|had|survives?|survived|operational|fully staffed|functions|functioning|function normally|relocated|moved|with|work(?:s|ing)? (?:normally|as usual)|continu(?:es?|ed|ing) (?:to operate|to function|to work|operating|functioning|its work)|(?:stay|stays|stayed|staying) put|staying|stays|active|still there)$/i,
    'open',
    'present',
  ],
  [/^(?:opening|establishing|inaugurating|inauguration|operating)$/i, 'open', 'gerund'],
  [/^(?:open)$/i, 'open', 'base'],
];
// A hard-wrapped text breaks a phrase across lines ("ceased all\nactivities"): its spaces are \s.
const TRIGGER = new RegExp(
  String.raw`\b(?:resumed (?:work|operations|activities|functioning)|ceas(?:ed|es|ing|e) (?:its |all )?(?:operations|work|activities|functioning|functions)|still there(?=[,.;]|\s+(?:and|but)\b|$)|work(?:s|ing)? (?:normally|as usual)|continu(?:es?|ed|ing) (?:to operate|to function|to work|operating|functioning|its work)|(?:stay|stays|stayed|staying) put|active(?=[,.;]|\s+(?:and|but|despite|for now)\b|$)|(?:staying|stays)(?=[,.;]|\s+(?:because|for now|as it is)\b)|w(?:ound|inds|inding|ind) (?:down|up)|suspend(?:ed|s|ing)? (?:its |their |all )?(?:work|operations|activities|functions)|(?:stood|stands|been|lies|lay|remains) empty|packing up|survive[sd]?|operational|fully staffed|function(?:s|ing)?(?= normally)|functioning|function normally|relocated|moved(?= (?:to|into|out)\b)|(?:lists|counts)(?= (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:[\w-]+ ){0,3}?(?:embassies|consulates|missions|trade offices)\b)|left with(?= (?:just |only |about |some )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:[\w-]+ ){0,2}?(?:embass|consulates|missions|trade offices))|left|leav(?:e|ing)|depart(?:ed|ing)?|shut(?:s|ting)? down|closed down|pull(?:ed|ing|s)? out|re-?open(?:ed|ing|s)?|open(?:ed|ing|s)?|clos(?:ed|es|ing|ures?|e)|shutter(?:ed|ing|s)?|shut(?:s|ting)?|shutdowns?|withdr(?:ew|awn|awing|aws|awals?|aw)|vacat(?:ed|es|ing|e)|abandon(?:ed|ing|s)?|scrap(?:ped|ping|s)?|pull-?outs?|establish(?:ed|es|ing)?|inaugurat(?:ed|es|ing|ion)|set up|operat(?:es|ing|ed(?= (?:from|since|between)\b))|maintain(?:s|ed)|keeps|keep|kept|has|have|had|with(?= (?:an?|its|their) (?:resident |own |full )?(?:embass|mission|consulate)))\b|(?:재개설|재개관|재개|폐쇄|閉鎖|철수|기능을 멈(?=춘|췄|추|춰)|개설|개관|문을 닫|다시 (?:문을 )?(?:열|연)|문을 열|문을 연|운영(?=되|하|중|을)|닫(?=았|는다|기로|을|고|아|겠|혔)|정리(?=했|하|할|될|됐|되|\s?대상)|유지(?=되|하|될|돼|된))`.replaceAll(
    ' ',
    '\\s',
  ),
  'gi',
);
// The words before a bare "active" or "staying" that make it a state: "remains active", "is
// staying". Tested after a match rather than as a lookbehind in TRIGGER, which made that
// pattern five times slower at every word.
const ACTIVE_AFTER = /\b(?:remains?|remained|stays?|stayed|is still|are still) $/i;
const STAYING_AFTER = /\b(?:is|are|was|were) $/i;
// "which is still there": a mission that stays, said with "is" or "remains" before it.
const STILL_THERE_AFTER = /\b(?:is|are|remains?) $/i;
const KO_TRIGGER: Record<string, TriggerClass> = {
  재개설: 'reopen',
  재개관: 'reopen',
  재개: 'reopen',
  폐쇄: 'close',
  閉鎖: 'close',
  // "사실상 기능을 멈춘 상태": a mission that has stopped working.
  '기능을 멈': 'close',
  철수: 'close',
  '문을 닫': 'close',
  닫: 'close',
  정리: 'close',
  유지: 'open',
  개설: 'open',
  개관: 'open',
  '문을 열': 'open',
  '문을 연': 'open',
  운영: 'open',
  '다시 열': 'reopen',
  '다시 연': 'reopen',
  '다시 문을 열': 'reopen',
  '다시 문을 연': 'reopen',
};
const OTHER_MODIFIER =
  /\b(?:border|borders|school|factory|plant|mine|road|airport|port|bank|market|shop|store|lockdown|pandemic|covid-19|office|plant|government|budget)\s+$/i;
const LEAVERS =
  /\b(?:diplomats?|staff|personnel|envoys?|ambassador|embassy|mission|consulate|officials|employees)\b/i;
// A status word whose object is something other than a mission ("reopening its borders").
const OTHER_OBJECT =
  /^\s+(?:(?:its|their|the|a|an|all|his|her|of|down|up|off)\s+)*(?:borders?|ties|relations|talks|accounts?|doors?(?=\s+(?:to|for)\s+(?!good\b))|markets?|deals?|gaps?|eyes|investigations?|cases?|economy|factories|factory|mines?|schools?|airports?|airspace|routes?|sessions?|ranks|loopholes?|fire|season|channels?|lines?|hotlines?|trade(?!\s+(?:offices?|missions?|representations?))|dialogue|negotiations?|violation|questions?|bank)\b/i;

// What makes a bare "open" a state: "remains open", "stayed open", "is still open", "kept open".
// "lists the embassy in Lusaka as accredited and open": the same, as a register has it.
const OPEN_STATE =
  /\b(?:remain(?:s|ed|ing)?|stay(?:s|ed|ing)?|is|are|was|were|be|been|still|kept|keeps|keep|as(?:\s+(?:accredited|active|operating|staffed)\s+and)?)\s+(?:(?:still|fully|partly|largely)\s+)?$/i;
// Words after which "shut" is the bare verb, not its past tense.
const BASE_BEFORE =
  /\b(?:to|will|would|could|can|may|might|must|should|shall|did|does|do|not|never|n't|cannot|let|make|help)\s+(?:\w+\s+)?$/i;

const HAS_MISSION =
  /^\s+(?:(?:only|just|still|also|now|an?|its|their|two|three|four|five|six|seven|eight|nine|ten|\d+|several|diplomatic|trade|overseas|resident|own|full)\s+)*(?:embass|consulate|(?:permanent |diplomatic )?mission|representative office|trade office|legation)/i;
const COUNTRY_WITH = /\b(?:country|countries|state|states|nation|nations)\b[^,.;]{0,30}$/i;
const PAST_STATE = /\b(?:until|till|before|formerly|previously|once|used to|at the time|back then)\b/i;
const LEFT_IN_CHARGE =
  /^\s+[^,.;]{0,50}?\s+(?:to\s+(?!(?:return|go|head|move|relocate|fly|travel|leave)\b)\w+|in charge|responsible|alone|behind)\b/i;

/** A Korean mission noun anywhere in a text: 공관, 대사관, 영사관, 대표부. */
export const KO_MISSION_NOUN = /공관|대사관|영사관|대표부/;

// Cheap tests that let a stage skip a sentence before any real work.
export const MAY_HAVE_MISSION =
  /embass|consul|mission|outpost|legation|chancer|commission|office|post|establishment|facilit|counterpart|representation|withdr|pull|left|leav|depart|대사관|영사관|공관|대표부|철수|폐쇄|大使館|領事館|閉鎖/gi;
export const MAY_COUNT_MISSIONS =
  /embass|consul|mission|establishment|facilit|post|office|countr|network|closure|shutdown|공관|대사관|영사관|개국/gi;
export const MAY_COVER =
  /cover|handl|accredit|responsib|take over|takes over|took over|taken over|oversee|represent|portfolio|pass(?:es|ed)? to|transferred|run from|run out of|dealt with|managed by|겸임|관할|담당|맡|넘겨받|떠안|이관|인수|넘어가|넘어갔/gi;

export function missionTypeOf(noun: string): ClaimMissionType {
  for (const [re, type] of NOUNS) if (re.test(noun)) return type;
  return 'unknown';
}

/** The status a trigger reports when no cue around it says otherwise. */
export function defaultStatus(trigger: Trigger): ClaimStatus | null {
  // A bare "open" only gets here as "remains open" / "is open".
  if (trigger.cls === 'open') return 'open';
  if (trigger.cls === 'reopen') return trigger.form === 'base' ? null : 'reopened';
  if (trigger.form === 'gerund' || trigger.form === 'base') return 'closing';
  return 'closed';
}

// Hangul, or the hanja of a text in mixed script (國漢文: 大使館, 閉鎖).
function isKorean(s: string): boolean {
  return /[\uac00-\ud7a3\u4e00-\u9fff]/.test(s);
}

// "Hong Kong, China": a territory written with the state it belongs to is one host.
const PARENT: Record<string, string> = { HK: 'CN', MO: 'CN' };

/** Places listed one after another from `at` ("Spain, Angola and Uganda"), as hosts. */
export function placesListedAt(text: string, places: readonly Place[], at: number, limit: number): HostRef[] {
  const hosts: HostRef[] = [];
  let pos = at;
  for (const p of places) {
    if (p.start < pos || p.start > limit) continue;
    const gap = text.slice(pos, p.start);
    const allowed =
      hosts.length === 0
        ? /^\s*(?:the\s+)?(?:(?:neighbouring|neighboring|nearby|northern|southern|eastern|western|central)\s+)?$/i
        : // "Hong Kong (consulate general), Senegal": a note in brackets after an item.
          gap.includes('(')
          ? /^\s*\([^()]{1,30}\)\s*(?:,|,?\s*and|,?\s*or|·|ㆍ|,\s*and\s+the|and\s+the)?\s*(?:the\s+)?$/i
          : /^\s*(?:,|,?\s*and|,?\s*or|·|ㆍ|,\s*and\s+the|and\s+the)?\s*(?:the\s+)?$/i;
    // "…in Algeria, Seoul's unification ministry said": a possessor starts a new phrase.
    if (!allowed.test(gap) || p.form === 'demonym' || (hosts.length > 0 && p.possessive)) break;
    const prev = hosts[hosts.length - 1];
    // "Kampala, Uganda": the city and its country are one host.
    if (
      prev &&
      ((prev.city && p.code === prev.code) || PARENT[prev.code] === p.code) &&
      p.form === 'country' &&
      /^,\s*$/.test(gap)
    ) {
      prev.end = p.end;
    } else {
      hosts.push({ start: p.start, end: p.end, code: p.code, city: p.form === 'city' ? p.english : null });
    }
    pos = p.end;
  }
  return hosts;
}

/**
 * Missions named in `span`, with the hosts written after ("in Uganda and Angola") or before
 * them ("the Hong Kong consulate", "기니·세네갈 대사관") and a sending state when the mention
 * carries one ("Spain's embassy", "the North Korean embassy").
 */
export function missionsIn(
  text: string,
  span: Span,
  places: readonly Place[],
  home: string | null,
): MissionMention[] {
  const out: MissionMention[] = [];
  const s = text.slice(span.start, span.end);
  MISSION.lastIndex = 0;
  for (let m = MISSION.exec(s); m; m = MISSION.exec(s)) {
    const start = span.start + m.index;
    const end = start + m[0].length;
    const noun = nounOf(m[0]);
    const korean = noun.korean;
    // "the Hong Kong post": a bare "post" is a mission only right after a place; "its counterpart
    // in X" and "including those in X" stand for a mission named before.
    if (noun.post && !(noun.lowercasePost && placeRightBefore(text, places, start))) continue;
    if (
      noun.counterpart &&
      !(
        COUNTERPART_BEFORE.test(text.slice(Math.max(0, start - 6), start)) &&
        IN_AFTER.test(text.slice(end, end + 4))
      )
    )
      continue;
    if (
      noun.those &&
      !(
        THOSE_BEFORE.test(text.slice(Math.max(0, start - 14), start)) &&
        IN_AFTER.test(text.slice(end, end + 4))
      )
    )
      continue;
    const mention: MissionMention = {
      start,
      end,
      // "including those in Libya": the kind of mission named before.
      type: noun.those ? (out[out.length - 1]?.type ?? 'unknown') : noun.type,
      hosts: [],
      sending: null,
      definite: false,
      plural: noun.plural,
      korean,
    };
    if (korean) attachKorean(text, mention, places, home);
    else attachEnglish(text, mention, places, span, home);
    out.push(mention);
  }
  return out;
}

/** What a mission noun as written is: its type, number, and the nouns that need context. */
interface MissionNoun {
  type: ClaimMissionType;
  plural: boolean;
  korean: boolean;
  post: boolean;
  /** "post" or "posts" in lower case: only those follow a place. */
  lowercasePost: boolean;
  counterpart: boolean;
  those: boolean;
}

// The same few spellings recur in every sentence: each is read once.
const MISSION_NOUNS = new Map<string, MissionNoun>();

function nounOf(word: string): MissionNoun {
  let noun = MISSION_NOUNS.get(word);
  if (!noun) {
    noun = {
      type: missionTypeOf(word),
      plural: /(?:ies|s|들|those)$/i.test(word),
      korean: isKorean(word),
      post: /^posts?$/i.test(word),
      lowercasePost: /^posts?$/.test(word),
      counterpart: /^counterparts?$/i.test(word),
      those: /^those$/i.test(word),
    };
    if (MISSION_NOUNS.size >= 1000) MISSION_NOUNS.clear();
    MISSION_NOUNS.set(word, noun);
  }
  return noun;
}

// "in the North Korean capital", "in the North Korean port city of Chongjin"
const DESCRIBED_PLACE =
  /^\s+(?:capital|(?:(?:port|border|northern|southern|eastern|western|coastal|second|largest)\s+)*(?:city|town|port))\b(?:\s+of\s+)?/i;

/** A host named by its country's adjective and a place noun, after "in the" at `from`. */
function describedPlace(text: string, places: readonly Place[], from: number): HostRef[] {
  const d = places.find((p) => p.form === 'demonym' && p.start >= from && p.start - from <= 12);
  if (!d || !/^\s+(?:in|to)\s+the\s+$/i.test(text.slice(from, d.start))) return [];
  const noun = DESCRIBED_PLACE.exec(text.slice(d.end, d.end + 40));
  if (!noun) return [];
  const end = d.end + noun[0].length;
  const city = /\bof\s+$/.test(noun[0])
    ? places.find((p) => p.start === end && p.code === d.code)
    : undefined;
  if (city) return [{ start: d.start, end: city.end, code: d.code, city: city.english }];
  return [{ start: d.start, end: d.end + noun[0].trimEnd().length, code: d.code, city: null }];
}

const COUNTERPART_BEFORE = /\b(?:its|their)\s$/i;
const THOSE_BEFORE = /\b(?:including|among them|notably|such as|as well as|and|especially)\s+$/i;
const IN_AFTER = /^\s+(?:in|at)\s/i;

function placeRightBefore(text: string, places: readonly Place[], at: number): boolean {
  return places.some((p) => p.end < at && at - p.end <= 3 && /^\s+$/.test(text.slice(p.end, at)));
}

// "the embassy", "the Mongolian embassy": a determiner, and up to two words, before the noun.
// `(?<!\w)` is the \b before the determiner: under `iu` a \b makes V8 try the whole pattern at
// every position, many times slower.
const DEFINITE_BEFORE = /(?<!\w)(?:the|its|that|this)\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}$/iu;

function attachEnglish(
  text: string,
  mention: MissionMention,
  places: readonly Place[],
  span: Span,
  home: string | null,
): void {
  const after = text.slice(mention.end, Math.min(span.end, mention.end + 60));
  const link =
    /^\s+(?:(?:located|based)\s+)?(?:in|to|at)\s+(?:(?:countries|places|nations|states)\s+(?:like|such as|including)\s+|(?:Latin America|South America|Central America|the Caribbean|Africa|sub-Saharan Africa|Europe|Asia|Southeast Asia|the Middle East|the Gulf|the Pacific|the region|the area|the hemisphere|the continent)\s*[,:(]\s*(?:in\s+|including\s+|namely\s+)?|(?:the\s+)?(?:United Nations|UN|U\.N\.|international organi[sz]ations|UN agencies)(?:\s+(?:Office|agencies))?\s+(?:in|at)\s+)?/i.exec(
      after,
    );
  if (link) mention.hosts = placesListedAt(text, places, mention.end + link[0].length, span.end);
  if (link && mention.hosts.length === 0) mention.hosts = describedPlace(text, places, mention.end);
  const of = /^\s+of\s+(?:the\s+)?/i.exec(after);
  if (of) {
    const owner = places.find((p) => p.start === mention.end + of[0].length && p.form === 'country');
    if (owner) {
      mention.sending = owner.code;
      const rest = text.slice(owner.end, Math.min(span.end, owner.end + 40));
      const inHost = /^\s+(?:in|to)\s+/i.exec(rest);
      if (inHost) {
        mention.hosts = placesListedAt(text, places, owner.end + inHost[0].length, span.end);
        if (mention.hosts.length === 0) mention.hosts = describedPlace(text, places, owner.end);
      }
    }
  }
  // Words directly before the noun: places (hosts), a possessive or adjective (sender).
  let pos = mention.start;
  const pre: HostRef[] = [];
  // The places ending at most 60 characters before the noun, nearest first.
  for (let i = places.length - 1; i >= 0; i--) {
    const p = places[i];
    if (!p || p.end > mention.start || p.end < mention.start - 60) continue;
    const gap = text.slice(p.end, pos);
    const adjacent = /^\s*(?:(?:diplomatic|overseas|foreign|former|new|main|own|trade|general|s)\s+)*$/i.test(
      gap.replace(/^(?:’s|'s)/, ''),
    );
    const listed = pre.length > 0 && /^\s*(?:,|,?\s*and|·|or)\s*$/i.test(gap);
    if (!adjacent && !listed) break;
    // "the DPRK embassy": the home state written before the noun sends the mission.
    if (p.possessive || p.form === 'demonym' || (p.code === home && p.form === 'country')) {
      if (pre.length === 0) mention.sending ??= p.code;
      break;
    }
    pre.unshift({ start: p.start, end: p.end, code: p.code, city: p.form === 'city' ? p.english : null });
    pos = p.start;
  }
  if (mention.hosts.length === 0) mention.hosts = pre;
  // "Bucharest, where the North Koreans still keep an embassy": the place the clause is about.
  const window =
    mention.hosts.length === 0 ? text.slice(Math.max(span.start, mention.start - 80), mention.start) : '';
  if (window.includes('where')) {
    const before = window;
    const where = /,\s+where\s+[^,.;]{0,60}$/.exec(before);
    const at = where ? mention.start - before.length + where.index : -1;
    const p = where ? places.find((x) => x.end === at && x.form !== 'demonym') : undefined;
    if (p)
      mention.hosts = [
        { start: p.start, end: p.end, code: p.code, city: p.form === 'city' ? p.english : null },
      ];
  }
  // "Diplomats in Libreville expect the embassy there to close": the place named before "there".
  if (mention.hosts.length === 0 && /^\s+there\b/.test(after)) {
    const p = places.findLast(
      (x) => x.end <= mention.start && x.start >= span.start && x.form !== 'demonym' && !x.possessive,
    );
    if (p)
      mention.hosts = [
        { start: p.start, end: p.end, code: p.code, city: p.form === 'city' ? p.english : null },
      ];
  }
  // "Bulgaria, whose embassy in Pyongyang closed": the state the relative clause is about.
  const whose =
    mention.sending || !text.startsWith('whose', mention.start - 6)
      ? null
      : /,\s+whose\s+$/.exec(text.slice(Math.max(span.start, mention.start - 12), mention.start));
  if (whose) {
    const at = mention.start - whose[0].length;
    mention.sending = places.find((x) => x.end === at && x.form === 'country')?.code ?? null;
  }
  // "the embassy", "the Mongolian embassy": a definite mention that may refer back.
  const det = text.slice(Math.max(0, mention.start - 40), mention.start);
  mention.definite = mention.hosts.length === 0 && DEFINITE_BEFORE.test(det);
}

const KO_DEMONSTRATIVE = /(?:^|[^\uac00-\ud7a3])(?:이|그|해당)\s?$/;

function attachKorean(
  text: string,
  mention: MissionMention,
  places: readonly Place[],
  home: string | null,
): void {
  // Listed places run back from the noun: "앙골라·우간다·스페인·네팔 주재 대사관".
  let pos = mention.start;
  const hosts: HostRef[] = [];
  // The places ending at most 120 characters before the noun, nearest first.
  for (let i = places.length - 1; i >= 0; i--) {
    const p = places[i];
    if (!p || p.end > mention.start || p.end < mention.start - 120) continue;
    const gap = text.slice(p.end, pos);
    const listed = hosts.length > 0 && /^\s*(?:·|ㆍ|,|와|과|및|(?:에\s*)?이어)\s*$/.test(gap);
    // "러시아 쪽 공관", "마닐라에 두고 있던 무역대표부": the place's side, or where the mission was kept.
    // "도하에 있던 무역대표부", "와가두구에 대사관을": the place the mission is in.
    if (!listed && !/^\s*(?:주재|에\s*있(?:는|던)|내|쪽|측|에\s*두고\s*있(?:던|는)|에)?\s*$/.test(gap)) break;
    const stationed = /주재|에/.test(gap) || p.resident;
    // Without 주/주재, the home state written before the noun is the sender (북한 대사관).
    if (!stationed && p.code === home) {
      mention.sending ??= p.code;
      pos = p.start;
      continue;
    }
    hosts.unshift({ start: p.start, end: p.end, code: p.code, city: p.form === 'city' ? p.english : null });
    pos = p.start;
  }
  mention.hosts = hosts;
  // "이 대사관", "해당 공관": a mission named before.
  mention.definite =
    hosts.length === 0 && KO_DEMONSTRATIVE.test(text.slice(Math.max(0, mention.start - 4), mention.start));
  // "평양 주재 인도네시아 대사관", "평양에서는 … 인도네시아 대사관이": the embassy of the country
  // written last, in the home state's capital.
  const adjacent = hosts[hosts.length - 1];
  if (!home || !adjacent || adjacent.code === home || adjacent.end < mention.start - 1) return;
  const inHome = places.find(
    (p) =>
      p.code === home &&
      p.end <= adjacent.start &&
      (p.form === 'city' || p.capital) &&
      /^\s?(?:주재|에서|에\s?(?:있는|상주하는|주재하는))/.test(text.slice(p.end, p.end + 8)),
  );
  if (!inHome || hosts.some((h) => h.code !== adjacent.code && h.code !== home)) return;
  mention.sending = adjacent.code;
  mention.hosts = [{ start: inHome.start, end: inHome.end, code: home, city: inHome.english }];
}

/** A status word as written: its class and form, and the words that need a closer look. */
interface TriggerKind {
  cls: TriggerClass;
  form: TriggerForm;
  /** "left", "leaving", "departed": a departure of people. */
  departs: boolean;
  /** "left", "leaving": which may also be "left in charge". */
  leaves: boolean;
  /** "has", "have": a status word only before a mission. */
  has: boolean;
  /** "keeps", "kept", "maintained": a status word only before its object. */
  keeps: boolean;
  /** "shut": the past or the bare verb. */
  shut: boolean;
  /** "withdraw", "pull out": hosts follow "from". */
  withdraws: boolean;
  /** "active", "staying": a status word only after the words this tests ("remains active"). */
  stateOnly: RegExp | null;
}

// The same few status words recur in every sentence: each spelling is classified once.
const TRIGGER_KINDS = new Map<string, TriggerKind | null>();

/** The class and form of a status word as written, or null when no pattern takes it. */
function triggerKindOf(word: string): TriggerKind | null {
  let kind = TRIGGER_KINDS.get(word);
  if (kind === undefined) {
    let found: [TriggerClass, TriggerForm] | null = null;
    if (isKorean(word)) {
      const cls = KO_TRIGGER[word];
      if (cls) found = [cls, 'ko'];
    } else {
      const entry = TRIGGERS.find(([re]) => re.test(word));
      if (entry) found = [entry[1], entry[2]];
    }
    kind = found && {
      cls: found[0],
      form: found[1],
      departs: /^(?:left(?! with)|leav|depart)/i.test(word),
      leaves: /^(?:left(?! with)|leav)/i.test(word),
      has: /^(?:ha(?:s|ve|d)|with)$/i.test(word),
      keeps: /^(?:keeps|keep|kept|maintained)$/i.test(word),
      shut: /^shut$/i.test(word),
      withdraws: /^(?:withdr|pull)/i.test(word),
      stateOnly: /^active$/i.test(word)
        ? ACTIVE_AFTER
        : /^(?:stays|staying)$/i.test(word)
          ? STAYING_AFTER
          : /^still there$/i.test(word)
            ? STILL_THERE_AFTER
            : null,
    };
    if (TRIGGER_KINDS.size >= 1000) TRIGGER_KINDS.clear();
    TRIGGER_KINDS.set(word, kind);
  }
  return kind;
}

const STREET_BEFORE = /(?:^|\s)\d{1,5}[A-Z]?\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,2}$/u;

/** The last place (in text order) that ends at most `reach` characters before `at`. */
function lastPlaceEndingBefore(places: readonly Place[], at: number, reach: number): Place | undefined {
  for (let i = places.length - 1; i >= 0; i--) {
    const p = places[i];
    if (p && p.end <= at && at - p.end <= reach) return p;
  }
  return undefined;
}

/** Status words in `span`; a word whose object is plainly not a mission is left out. */
export function triggersIn(text: string, span: Span, places: readonly Place[]): Trigger[] {
  const out: Trigger[] = [];
  const s = text.slice(span.start, span.end);
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(s); m; m = TRIGGER.exec(s)) {
    const start = span.start + m.index;
    const end = start + m[0].length;
    const word = m[0].includes('\n') ? m[0].replace(/\s+/g, ' ') : m[0];
    const kind = triggerKindOf(word);
    if (!kind) continue;
    // A window longer than the words it tests, so that their \b sees the character before.
    if (kind.stateOnly && !kind.stateOnly.test(s.slice(Math.max(0, m.index - 16), m.index))) continue;
    // "7 Dunearn Close": a street in an address, after its number and name.
    if (word === 'Close' && STREET_BEFORE.test(s.slice(Math.max(0, m.index - 30), m.index))) continue;
    const { cls } = kind;
    let { form } = kind;
    const after = text.slice(end, Math.min(span.end, end + 40));
    // "has embassies in Cuba and Mexico": "has" is a status word only with a mission as its object.
    if (kind.has && !HAS_MISSION.test(after)) continue;
    // "the only country in the region with a resident embassy in Pyongyang": a country's mission.
    if (/^with$/i.test(word) && !COUNTRY_WITH.test(text.slice(Math.max(span.start, start - 50), start)))
      continue;
    // "had an embassy in Lima until 2019": a state that ended.
    if (kind.has && /^had$/i.test(word) && PAST_STATE.test(text.slice(end, span.end))) continue;
    // "staff have left the embassy", "diplomats are leaving Dakar"; not "Kim left Pyongyang".
    if (kind.departs && !LEAVERS.test(text.slice(Math.max(span.start, start - 80), start))) continue;
    if (OTHER_OBJECT.test(after)) continue;
    // "leaving the embassy in Abuja to cover Equatorial Guinea": left in charge, not departed.
    if (kind.leaves && LEFT_IN_CHARGE.test(after)) continue;
    // "it would be left with just two embassies": what remains, not a departure.
    if (
      kind.leaves &&
      /^\s+with\s+(?:just\s+|only\s+|about\s+|some\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a handful|fewer|more)\b/i.test(
        after,
      )
    )
      continue;
    // "the border closures of 2020", "school closures": closures of something else.
    if (form === 'noun' && OTHER_MODIFIER.test(text.slice(Math.max(span.start, start - 20), start))) continue;
    // A bare "open" reports a status only as "remains open" / "is open"; "to open" is a plan.
    if (cls === 'open' && form === 'base') {
      if (!OPEN_STATE.test(text.slice(Math.max(span.start, start - 28), start))) continue;
      // "will remain open", "is expected to stay open": a state that holds, not a plan.
      form = 'present';
    }
    // "kept its mission open" is a state; "kept" before anything else is not a status word.
    // "keeps eight embassies on the continent, among them …": a count of missions as the object.
    if (
      kind.keeps &&
      !/^\s+(?:(?:its|their|the|a|an|one|only)\s+|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\p{L}-]+\s+){0,2}?(?:embass|consulates|missions|trade offices))/iu.test(
        after,
      )
    )
      continue;
    // "North Korea shut its embassy" is past; "to shut", "will shut", "did not shut" are not.
    if (kind.shut && !BASE_BEFORE.test(text.slice(Math.max(span.start, start - 24), start))) form = 'past';
    const trigger: Trigger = {
      start,
      end,
      cls,
      form,
      hosts: [],
      ...(word === '유지' || word === '운영' ? { state: true } : {}),
    };
    if (form === 'ko') {
      // 콩고민주공화국에서 철수: the place with 에서 right before the word.
      const from = lastPlaceEndingBefore(places, start, 4);
      if (from && /^에서\s*$/.test(text.slice(from.end, start))) {
        trigger.hosts = [
          {
            start: from.start,
            end: from.end,
            code: from.code,
            city: from.form === 'city' ? from.english : null,
          },
        ];
      }
    } else if (kind.withdraws) {
      const from = /^\s+(?:(?:its|their|all)\s+\w+\s+)?(?:from|out of|of)\s+/i.exec(after);
      if (from) trigger.hosts = placesListedAt(text, places, end + from[0].length, span.end);
    } else if (kind.departs) {
      const object = /^\s+(?:from\s+)?/i.exec(after);
      trigger.hosts = placesListedAt(text, places, end + (object?.[0].length ?? 0), span.end);
    }
    out.push(trigger);
  }
  return out;
}
