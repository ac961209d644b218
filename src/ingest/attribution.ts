import type { Analysis } from './document.ts';
import { lookupPlace } from './gazetteer.ts';
import type { Sentence } from './segment.ts';
import { type Span, spanKey } from './span.ts';

// Verbs only; "reports" and "claims" are nouns too often ("official media reports said").
const TAIL_VERBS =
  '(?:said|says|reported|claimed|noted|announced|confirmed|stated|told\\s+[^,.;]{1,40}?|added|wrote|warned|revealed|disclosed)';
const LEAD_VERBS = `(?:${TAIL_VERBS.slice(3, -1)}|claims|indicated|indicates|indicate|believes|believe|estimated|estimates|estimate)`;
const ACCORDING =
  /\b(?:according to|as per|cited by)\s+([^,.;:()“”"]+?)(?=\s*(?:,|\.|;|:|\(|$|\s+citing\b|\s+reporting\b))/i;
const CITING = /\bciting\s+([^,.;:()“”"]+?)(?=\s*(?:,|\.|;|$|\s+(?:that|who|which|it)\b))/i;
const TAIL = new RegExp(
  `[,”"]\\s*((?:[\\p{L}’'.-]+\\s+){0,8}?[\\p{L}’'.-]+)\\s+${TAIL_VERBS}(?=\\s*(?:,|\\.|$|\\s+on\\s|\\s+\\p{Lu}\\p{Ll}+day\\b|\\s+in\\b|\\s+after\\b|\\s+last\\b))`,
  'u',
);
const LEAD = new RegExp(
  `^(?:(?:while|whereas|but|and|meanwhile|moreover|additionally|however)[,\\s]+)?((?:[\\p{L}’'.-]+\\s+){0,8}?[\\p{L}’'.-]+)(?<!\\b(?:an|a|the))\\s+${LEAD_VERBS}(?:\\s+(?:on\\s+)?\\p{Lu}\\p{Ll}+day|\\s+last\\s+\\w+|\\s+in\\s+a\\s+\\w+(?:\\s+\\w+){0,6})?\\s+(?:that\\s+)?`,
  'iu',
);
// A stem of every verb of TAIL and LEAD: neither matches text without one.
const REPORTING_HINT =
  /said|says|reported|claim|noted|announced|confirmed|stated|told|added|wrote|warned|revealed|disclosed|indicate|believe|estimate/iu;
const KO_ACCORDING = /([\p{L}\p{N}·]{2,20}(?:\s[\p{L}\p{N}·]{1,20}){0,2})에\s?따르면/u;
// The subject nearest the reporting verb ("... 폐쇄했다고 통일부가 5일 밝혔다"), or the one
// before a quotation ("통일부 당국자는 \"...\"고 말했다").
const KO_SUBJECT =
  /([\uac00-\ud7a3A-Za-z·]{2,20}(?:\s(?:당국자|관계자|대변인|고위\s?당국자|소식통))?)(?:은|는|이|가)\s(?:["“][^"”]*["”]\s?(?:고|라고)\s|(?:\S+\s){0,3}?)(?:밝혔|전했|보도했|말했|발표했|확인했)/u;
// Subjects that are not sources: the actors of the story and pronouns.
const NOT_SOURCE =
  /^(?:it|he|she|they|we|i|you|this|that|there|north korea|pyongyang|the north|the regime|the isolated regime|kim|the closures?|the move|the decision|experts?|analysts?|the country|북한|북|北|전문가들?)$/i;

/** Who the sentence says the claim comes from, as written ("Japan's Yomiuri newspaper"). */
export interface Attribution {
  source: string;
  span: Span;
}

function clean(s: string): string {
  return s
    .replace(/^(?:while|whereas|but|and|meanwhile|moreover|additionally|however)[,\s]+/i, '')

    .replace(/[\s,]+$/, '')
    .replace(/^\[(.+)\]$/, '$1')
    .trim();
}

/**
 * The source a sentence names for what it reports: "according to X", "X reported", "citing
 * X", "X said (that)", "the ministry said", Korean "X에 따르면" and "X는 ... 밝혔다". Looks in
 * the claim's clause first, then the whole sentence. `null` when the text asserts it itself.
 *
 * @example
 * attributionOf('Its embassy in Spain is among the targeted closures, Yonhap reported.', s, s)
 * // { source: 'Yonhap', ... }
 */
export function attributionOf(
  text: string,
  sentence: Span,
  clause: Span,
  memo?: Map<number | string, Attribution | null>,
): Attribution | null {
  // The clause first, then the sentence (a clause that is the whole sentence is read once).
  const inClause = attributionIn(text, clause, memo);
  if (inClause || (clause.start === sentence.start && clause.end === sentence.end)) return inClause;
  return attributionIn(text, sentence, memo);
}

/**
 * The source named inside one span. `memo` keeps each span's answer for the document: a sentence
 * is read once however many of its clauses fall back on it.
 */
function attributionIn(
  text: string,
  span: Span,
  memo?: Map<number | string, Attribution | null>,
): Attribution | null {
  const key = memo ? spanKey(text, span) : 0;
  const known = memo?.get(key);
  if (known !== undefined) return known;
  const found = readAttribution(text, span);
  memo?.set(key, found);
  return found;
}

/** The source named in `text.slice(span.start, span.end)`, read afresh. */
function readAttribution(text: string, span: Span): Attribution | null {
  const s = text.slice(span.start, span.end);
  const korean = /[\uac00-\ud7a3]/.test(s);
  // TAIL and LEAD backtrack over every word; most text has no reporting verb at all.
  const verb = REPORTING_HINT.test(s);
  const found =
    ACCORDING.exec(s) ??
    (verb ? TAIL.exec(s) : null) ??
    (korean && s.includes('따르면') ? KO_ACCORDING.exec(s) : null) ??
    (korean ? KO_SUBJECT.exec(s) : null);
  // "X said (that) ..." covers what follows it: the claim's clause, or the whole sentence when
  // the sentence opens with it ("Two diplomats said the mission ... and is expected to shut").
  const lead = found || !verb ? null : LEAD.exec(s);
  const m = found ?? lead ?? CITING.exec(s);
  const raw = m?.[1];
  if (!m || !raw) return null;
  let source = clean(raw);
  if (!source || NOT_SOURCE.test(source) || source.split(/\s+/).length > 9) return null;
  // "Yonhap News Agency of South Korea reported": the country is not part of the source.
  const of = / of (?:the )?([^ ].*)$/.exec(source);
  if (of?.[1] && lookupPlace(of[1])) source = source.slice(0, of.index);
  const at = span.start + m.index + m[0].indexOf(raw) + raw.indexOf(source);
  return { source, span: { start: at, end: at + source.length } };
}

// "the ministry", "the state news agency": a body named by its kind alone.
const BODY_NOUN =
  /^the\s+(?:[\p{L}-]+\s+){0,2}?(ministry|agency|newspaper|broadcaster|office|council|panel)$/iu;

/**
 * Resolves "the ministry" / "the agency" to the last body of that kind named before `at`
 * ("South Korea's Unification Ministry"); other sources are returned as written.
 */
export function resolveSource(text: string, source: string, at: number): string {
  const head = BODY_NOUN.exec(source)?.[1];
  if (!head) return source;
  const noun = `${head[0]?.toUpperCase()}${head.slice(1).toLowerCase()}`;
  const before = text.slice(Math.max(0, at - 3000), at);
  // The named body ends in the noun as written: without it there is nothing to search for.
  if (!before.includes(noun)) return source;
  const re = namedBody(noun);
  let last: string | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(before); m; m = re.exec(before)) last = m[0];
  return last ?? source;
}

const NAMED_BODY = new Map<string, RegExp>();

/** "South Korea's Unification Ministry" for the noun "Ministry" (compiled once per noun). */
function namedBody(noun: string): RegExp {
  let re = NAMED_BODY.get(noun);
  if (!re) {
    re = new RegExp(`(?:\\p{Lu}[\\p{L}’'.]*\\s+){1,5}${noun}`, 'gu');
    NAMED_BODY.set(noun, re);
  }
  return re;
}

/**
 * Who a claim in `clause` is attributed to: the outlet of the endnote it sits in, else the
 * source its sentence names ("the ministry" resolved to the ministry named before), else null.
 */
export function sourceOf(analysis: Analysis, sentence: Sentence, clause: Span): string | null {
  const outlet = analysis.citations.get(sentence.line)?.outlet;
  if (outlet) return outlet.name;
  const found = attributionOf(analysis.text, sentence, clause, analysis.cache.attributions);
  return found ? resolveSource(analysis.text, found.source, found.span.start) : null;
}

const ACCORDING_BEFORE = /\b(?:according to|citing|cited by|sources? in|officials? in)\s+(?:the\s+)?$/i;
const SPEAKS_AFTER =
  /^(?:’s|'s)\s+(?:[\p{L}-]+\s+){0,4}?(?:said|says|told|reported|reports|announced|estimated|estimates|counted|confirmed|stated|noted|believes)\b/iu;

/**
 * A place that only names who is speaking: "according to South Korea's Ministry of
 * Unification", "Seoul's unification ministry said". It is neither the sending state of the
 * claim nor a host.
 *
 * @example
 * const t = "Seoul's unification ministry said the embassy closed";
 * speaksFor(t, { start: 0, end: 5 }) // true
 */
export function speaksFor(text: string, place: { start: number; end: number }): boolean {
  return (
    ACCORDING_BEFORE.test(text.slice(Math.max(0, place.start - 24), place.start)) ||
    SPEAKS_AFTER.test(text.slice(place.end, place.end + 60))
  );
}
