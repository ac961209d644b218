import type { EntityType } from '../domain/claim.ts';
import { isNotEntity, KNOWN_ORGS, ORG_CUES, ORG_CUES_AFTER } from './lexicon/organizations.ts';
import {
  CHINESE_SURNAMES,
  FIRST_NAMES,
  isChineseGivenName,
  isKoreanGivenName,
  KNOWN_PEOPLE,
  KOREAN_SURNAMES,
  PEERAGE,
  PERSON_CUES,
  TITLE_WORDS,
} from './lexicon/people.ts';
import { isKeyword, type NameRun, type NameToken, particleLength } from './names.ts';
import type { Span } from './span.ts';

/** A person or organisation named in the text, before the document-wide checks. */
export interface NameMention extends Span {
  type: EntityType;
  name: string;
  role: string | null;
  /** How sure the reading is: `strong` (name pattern, keyword, lexicon) or `context` (cue words only). */
  evidence: 'strong' | 'context';
}

// Capitalised words that open sentences or clauses but never names.
const LEADING = new Set(
  `The A An In On At As For But And Since While According After Before Last This That These Those Its His Her Their
  Our It He She We They I If When Although Though Because However Meanwhile Yet So Moreover Additionally Furthermore
  Unlike Despite During Until From With By Of To Instead Indeed Perhaps Recently Currently Then Other Some Many Most
  Both Each Every One Two Three Four Five Six Seven Eight Nine Ten First Second Third Elsewhere Previously
  Concurrently Given Showcasing Starting Following Once Today Yesterday Thus Therefore Still Also Even More Less Nearby
  Here There Why What How Who Where Diplomatically Economically Unfortunately Similarly Firstly Secondly Finally
  Such Among Beyond Through Under Over Between Without Within Against Like Via Per Whereas Although Amid Read
  Photo Reporting Writing Editing Additional Senior Junior Ex Former Several Several Another Any No Not Only Just
  Analysts Experts Officials Diplomats Reports Sources Critics Observers Residents Authorities Lawmakers Outposts
  Missions Embassies Representatives Personnel Cooperation Diplomatic Recent Signs Efforts Tactical Strategic Adaptation
  Public Private Unofficial See Cf
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September
  October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec`.split(/\s+/),
);
const SMALL_WORDS = new Set(['of', 'for', 'and', 'the', 'on']);
const MISSION_WORDS = new Set([
  'Embassy',
  'Embassies',
  'Consulate',
  'Consulates',
  'Mission',
  'Missions',
  'Consulate-General',
]);
const COMPANY =
  /\b(?:Corp\.?|Corporation|Co\.|Company|Ltd\.?|Inc\.?|Group|Associated|Trading|Holdings|Industries)$/;
const APPOSITION_ROLE =
  /^,\s+((?:who\s+(?:served|serves|worked|works|is|was|had been|has been)\s+as\s+)?(?:a|an|the)?\s*[^,.;“”"]{3,90}?)(?=\s*(?:,|\.|;|$))/;
const ROLE_NOUN =
  /\b(?:director|manager|analyst|fellow|professor|researcher|scholar|expert|minister|ambassador|diplomat|official|spokes(?:person|man|woman)|chairman|head|chief|leader|lawmaker|president|secretary|envoy|defector|founder|editor|adviser|advisor|officer|economist|commander|member|deputy|counsellor|counselor|attaché|colonel|general)\b/i;
const LEGAL_ACT = /^(?:Regulation|Directive|Resolution|Act|Code|Treaty|Convention|Decree|Ordinance)$/;
const ANONYMISED_BEFORE =
  /\b(?:accused|defendant|suspect|convict|case\s+of|trial\s+of|charges\s+against|identified\s+(?:only\s+)?as|named\s+only\s+as)\s*,?\s*$/i;
const ANONYMISED_AFTER = /^,?\s+(?:(?:the|a)\s+)?(?:accused|defendant|suspect|aged\s+\d|\d{2},)/;
// Legal forms of companies around the world, as the last word of a name: "Danubia Privatbank AG",
// "Tsiry Import-Export SARL", "Cedar Orient Trading SAL" (Lebanon), "Baltic Feeder SIA" (Latvia).
const LEGAL_FORM_WORDS = new Set(
  `AG SA SE NV BV KG AB ASA Oy Oyj SpA Srl SRL SARL Sarl SAL SAS SNC SAC SAU SL SLU Ltda LDA Lda GmbH OHG UG ApS OÜ SIA UAB AD EAD EOOD OOD DOO Kft Zrt Nyrt PJSC OJSC CJSC OOO OAO ZAO TOO FZE FZCO WLL SPC Bhd Sdn Tbk KK PLC Pty Pte Pvt EIRL Limitada Cía Cia`.split(
    ' ',
  ),
);
// A dotted legal form read as the run's last word: "S.L.", "S.A.", "B.V.".
// "S.A. de C.V." (Mexico) ends with "C.V.".
const DOTTED_FORM = /^(?:S\.L|S\.A|B\.V|N\.V|C\.V|C\.A|S\.A\.R\.L|S\.A\.S|S\.R\.L|S\.A\.C|E\.I\.R\.L)\.$/;
const STREET = /^(?:Road|Street|Avenue|Boulevard|Lane|Drive|Highway|Square)$/;
const POSTED_TO =
  /((?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Ambassador|Envoy|Consul|Consul-General|Consul General|Representative)\s+to\s+(?:the\s+)?)$/u;
const THE_BEFORE = /\bthe\s+$/i;
// "The late King Norodom Sihanouk": a figure of history, not an actor in the story.
const LATE_BEFORE = /\b[Tt]he\s+late\s+$/;
// "Asked by Baroness Fenwick-Hale": who tables a written question only asks.
const ASKED_BY = /\b(?:[Aa]sked|[Tt]abled)\s+by\s+$/;
// "our senior analyst, Miriam Castellanos,": the publication's own writer, as a byline is.
const OWN_STAFF_BEFORE =
  /\bour\s+(?:[\p{L}-]+\s+){0,2}(?:analyst|correspondent|editor|reporter|writer|columnist|contributor|researcher|economist)\s*,?\s*$/iu;
// "The bulk carrier Aylin Star", "the tanker Sea Pearl": a vessel is not an entity.
const VESSEL_BEFORE =
  /\b(?:ship|vessel|tanker|freighter|trawler|ferry|yacht|barge|tugboat|dredger|(?:bulk|cargo|ore|oil|container|LNG|LPG|gas|car|vehicle|livestock)\s+carrier)\s+$/i;
// "North Asia and Oceania" after a title: a compass word does not open a person's name.
const COMPASS =
  /^(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|Central|Upper|Lower|Greater)$/;
// What a company is called in apposition: "a trading company, Tsiry Import-Export SARL," and
// "Bosphorus Star Denizcilik, a company they accuse of …". A company's people ("a company
// director") are not the company.
const ORG_NOUN =
  '(?:company|firm|bank|conglomerate|subsidiary|business|enterprise|insurer|lender|shipowner|exporter|importer|supplier|manufacturer|consortium|corporation)';
const ORG_NOUNS = new Set(ORG_NOUN.slice(3, -1).split('|'));

/** The word before the comma and space that end `before`. */
function lastWord(before: string): string {
  const end = before.length - 2;
  return before.slice(before.lastIndexOf(' ', end - 1) + 1, end).toLowerCase();
}
const ORG_APPOSED_BEFORE = new RegExp(`\\b(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}${ORG_NOUN},\\s*$`, 'iu');
// "a shell company named Vantor Ridge".
const ORG_NAMED = new RegExp(`\\b${ORG_NOUN}\\s+(?:named|called)\\s+["“‘']?$`, 'i');

/** Whether `before` ends with "named " or "called ", and perhaps an opening quotation mark. */
function endsWithNamed(before: string): boolean {
  const c = before.charCodeAt(before.length - 1);
  const end = c === 32 ? before.length : BEFORE_NAME.has(c) ? before.length - 1 : -1;
  return end > 0 && (before.endsWith('named ', end) || before.endsWith('called ', end));
}
const ORG_APPOSED_AFTER = new RegExp(
  `^,\\s+(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}${ORG_NOUN}(?![\\p{L}-]|\\s+(?:spokes|official|executive|director|manager|employee|worker|lawyer|boss|owner|chief|head|founder|insider|source))`,
  'iu',
);
// "Aline Uwizeye, spokesperson of the ministry": a role of some body in apposition.
const ROLE_OF_AFTER =
  /^,\s+(?:(?:chief|deputy|senior|acting|former|principal)\s+)?(?:spokes(?:person|man|woman)|director|minister|ambassador|chair(?:man|woman|person)?|president|secretary|professor|envoy|consul|adviser|advisor)\s+(?:of|for|at|to)\b/;
const PERSON_VERB_AFTER =
  /^\s+(?:said|says|told|added|argued|argues|noted|wrote|explained|warned|stressed|believes)\b/;

// Hoisted: the bundle's target rewrites a \p{} literal as `new RegExp`, built again at every call.
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const INITIAL = /^\p{Lu}\.$/u;
const WORD_CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
// A word of a name, double-barrelled ones too: "Mbewe", "Bühlmann-Rossi".
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
// "Ana Roth-Keller, Municipal President, said": an office in capitals in apposition.
const TITLE_AFTER =
  /^,\s+(?:(?:\p{Lu}\p{Ll}+|of|for|the)\s+){0,4}(?:President|Minister|Mayor|Secretary|Director|Ambassador|Spokesperson|Spokesman|Spokeswoman|Chair|Chairman|Chairwoman|Governor|Commissioner|Councillor|Councilor)(?:\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})?(?=\s*[,;.]|\s*$)/u;
const WEEKDAY_LIKE = /^\p{Lu}\p{Ll}*day$/u;
const UPPER_FIRST = /^\p{Lu}/u;
const PARTICLE = /^(?:van|von|der|de|du|da|das|dos|di|del|la|le|bin|ibn|bint|al|el)$/;

/**
 * A word of a person's name at `i` of `n`: capitalised, a middle initial ("Dana R. Whitfield"), a
 * particle inside it ("von der", "bin") or a surname with its article ("al-Saadi").
 */
function isNameWord(t: NameToken, i: number, n: number): boolean {
  if (CAPITALISED.test(t.text)) return true;
  if (i === 0) return false;
  if (particleLength(t.text, 0) > 0) return true;
  return i < n - 1 && (INITIAL.test(t.text) || PARTICLE.test(t.text));
}

function joinTokens(text: string, tokens: readonly NameToken[]): string {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  return first && last ? text.slice(first.start, last.end) : '';
}

// "Central Bank of Nigeria", "Monetary Authority of Singapore": the country is part of the name.
const KEEPS_COUNTRY = new Set(['Bank', 'Academy', 'Authority']);
const STATE_FORMS = new Set(['PDR', 'SAR', 'DPR']);

/** Leading sentence words come off the front of a run, and a trailing "of <country>" off its end. */
function trimRun(run: NameRun): NameToken[] {
  const tokens = [...run.tokens];
  while (tokens.length && (LEADING.has(tokens[0]?.text ?? '') || SMALL_WORDS.has(tokens[0]?.text ?? '')))
    tokens.shift();
  // "the Board of Directors of Acme Holdings Limited": the company's board speaks as the company.
  if (tokens[0]?.text === 'Board' && tokens[2]?.text === 'Directors' && tokens[3]?.text === 'of') {
    tokens.splice(0, tokens[4]?.text === 'the' ? 5 : 4);
  }
  // "Office of Foreign Assets Control of the US", "Yonhap News Agency of South Korea".
  while (tokens.length > 2) {
    const n = tokens.length;
    const tail = tokens[n - 1];
    const before = tokens.slice(0, -1).map((t) => t.text);
    const ofAt = before.lastIndexOf('of');
    // "Foreign Trade Bank of the DPRK", "Central Bank of Nigeria": a bank's country is its name.
    if (
      !tail ||
      !(tail.place || STATE_FORMS.has(tail.text)) ||
      ofAt < 2 ||
      KEEPS_COUNTRY.has(tokens[ofAt - 1]?.text ?? '')
    )
      break;
    const rest = tokens.slice(ofAt + 1);
    // "of the Lao PDR": a state's form after its name.
    if (
      !rest.every((t) => t.place || t.text === 'the' || STATE_FORMS.has(t.text)) ||
      !rest.some((t) => t.place)
    )
      break;
    tokens.splice(ofAt);
  }
  return tokens;
}

/** Titles and nationality words in front of a person's name ("Russian Defense Minister"). */
function splitTitles(tokens: readonly NameToken[]): { prefix: NameToken[]; core: NameToken[] } {
  const core = [...tokens];
  const prefix: NameToken[] = [];
  while (core.length > 1 && (core[0]?.place?.form === 'demonym' || TITLE_WORDS.has(core[0]?.text ?? ''))) {
    const t = core.shift();
    if (t) prefix.push(t);
  }
  return { prefix, core };
}

function isKoreanName(core: readonly NameToken[]): boolean {
  const [surname, ...given] = core;
  if (!surname || !KOREAN_SURNAMES.has(surname.text) || given.length < 1 || given.length > 2) return false;
  if (given.length === 1 && !given[0]?.text.includes('-') && (given[0]?.text.length ?? 0) < 4) return false;
  return given.every((g) => isKoreanGivenName(g.text));
}

// The word that ends a title and names the office: "Chief Cabinet Secretary", "Director General".
const HEAD_TITLES = new Set(
  `Secretary Minister Spokesperson Spokesman Spokeswoman Director General Ambassador Envoy Consul Chairman
  Chairwoman Chair President Premier Commissioner Superintendent Inspector Governor Mayor Chancellor`.split(
    /\s+/,
  ),
);

/** Two words that can only be a name: capitalised, neither a title, an opener nor a place. */
function isBareName(core: readonly NameToken[]): boolean {
  return core.every(
    (t) => NAME_WORD.test(t.text) && !TITLE_WORDS.has(t.text) && !LEADING.has(t.text) && !t.possessive,
  );
}

/**
 * "Chief Cabinet Secretary Takeshi Morioka", "Chinese Ambassador to the DPRK Chen Haoran": a
 * name by its pattern after titles, office words and places, which are its role.
 */
function titledPerson(text: string, tokens: readonly NameToken[]): NameMention | null {
  for (const size of [3, 2]) {
    if (tokens.length <= size) continue;
    const core = tokens.slice(-size);
    const prefix = tokens.slice(0, -size);
    const first = core[0];
    const last = core[core.length - 1];
    if (!first || !last || core.some((t) => t.place || isKeyword(t.text))) continue;
    const named =
      isKoreanName(core) ||
      (FIRST_NAMES.has(first.text) &&
        core.every((t, i) => CAPITALISED.test(t.text) || (i > 0 && INITIAL.test(t.text)))) ||
      // "Chief Cabinet Secretary Kuroda Shinji": two words right after a title that ends in a
      // title word, although an organisation word stands inside the title.
      (size === 2 &&
        HEAD_TITLES.has(prefix[prefix.length - 1]?.text ?? '') &&
        prefix.every((t) => UPPER_FIRST.test(t.text)) &&
        isBareName(core));
    if (!named || !prefix.some((t) => TITLE_WORDS.has(t.text))) continue;
    const role = text.slice(prefix[0]?.start ?? first.start, prefix[prefix.length - 1]?.end ?? first.start);
    return {
      start: first.start,
      end: last.end,
      type: 'person',
      name: joinTokens(text, core),
      role,
      evidence: 'strong',
    };
  }
  return null;
}

// The last words of LATE_BEFORE, OWN_STAFF_BEFORE and VESSEL_BEFORE, looked up before they run.
const NOT_AN_ENTITY_CUES = new Set(
  `late analyst correspondent editor reporter writer columnist contributor researcher economist ship vessel tanker
  freighter trawler ferry yacht barge tugboat dredger carrier by`.split(/\s+/),
);

// "MV Aylin Star", "HMS Dauntless": a ship's prefix.
const BEFORE_NAME = new Set([32, 44, 34, 0x201c, 0x2018, 39]);
const VESSEL_PREFIX = new Set(['MV', 'M/V', 'MT', 'M/T', 'SS', 'HMS', 'USS', 'FV', 'RV']);
const LIFESPAN = /^\s\((?:c\.\s?)?\d{3,4}\s?[–-]\s?\d{2,4}\)/;

const CUE_ENDS = new Set([...NOT_AN_ENTITY_CUES].map((w) => w.charCodeAt(w.length - 1)));

/** Whether the words before `head` say that the name there is history, the publication's own, or a vessel. */
function afterNotAnEntity(text: string, head: number): boolean {
  let end = head;
  // Spaces, a comma and an opening quotation mark: 'the tanker "Sea Crest"'.
  while (end > 0 && BEFORE_NAME.has(text.charCodeAt(end - 1))) end--;
  if (end === head) return false;
  // Every cue ends in one of these letters: most words before a name do not.
  if (!CUE_ENDS.has(text.charCodeAt(end - 1))) return false;
  const start = text.lastIndexOf(' ', end - 1) + 1;
  if (end - start > 12) return false;
  const word = text.slice(start, end);
  if (!NOT_AN_ENTITY_CUES.has(word)) return false;
  const before = text.slice(Math.max(0, head - 60), end + 1);
  if (word === 'late') return LATE_BEFORE.test(before);
  if (word === 'by') return ASKED_BY.test(before);
  return OWN_STAFF_BEFORE.test(before) || VESSEL_BEFORE.test(before);
}

/**
 * Reads a capitalised run as a person, an organisation, or neither. Organisations need a
 * keyword ("Ministry", "Corp.", "News Agency"), a known name, or a cue ("news agency X");
 * people need a name pattern (Korean "Kim Jong Un", a common first name, a known figure), a
 * title ("Professor Nam") or a cue ("lawmaker Yoo Sang-bum", "said King Mallory, director").
 */
export function classifyRun(text: string, run: NameRun): NameMention | null {
  const m = readRun(text, run);
  // Figures of history, the publication's own writers and vessels are not entities: read only
  // for the few runs that name one.
  if (!m) return null;
  let head: NameToken | undefined;
  for (const t of run.tokens) {
    if (LEADING.has(t.text) || SMALL_WORDS.has(t.text)) continue;
    head = t;
    break;
  }
  if (head && VESSEL_PREFIX.has(head.text)) return null;
  // An organisation by its keyword or legal form is a body whatever comes before it.
  if (m.type === 'organization' && m.evidence === 'strong') return m;
  // "King Norodom Sihanouk (1922–2012)": a life's dates make a figure of history.
  if (m.type === 'person' && text.startsWith(' (', m.end) && LIFESPAN.test(text.slice(m.end, m.end + 24)))
    return null;
  return head && afterNotAnEntity(text, head.start) ? null : m;
}

function readRun(text: string, run: NameRun): NameMention | null {
  const only = run.tokens.length === 1 ? run.tokens[0] : undefined;
  // Most runs are one capitalised word: a sentence opener, a place, a month.
  if (only && (only.place || LEADING.has(only.text) || (only.text.length < 2 && !only.possessive)))
    return null;
  const trimmed = trimRun(run);
  if (trimmed.length === 0 || trimmed.every((t) => t.place)) return null;
  // Figures of history, the publication's own writers and vessels are not entities.
  // "Chinese Ambassador to the DPRK Chen Haoran": the place of the posting heads the name's run.
  if (
    trimmed[0]?.place &&
    (text.startsWith('to ', run.start - 3) || text.startsWith('to the ', run.start - 7))
  ) {
    const posted = POSTED_TO.exec(text.slice(Math.max(0, run.start - 60), run.start));
    const k = trimmed.findIndex((t) => !t.place);
    const rest = trimmed.slice(k);
    const place = trimmed[k - 1];
    if (posted && place && rest[0]) {
      const person = classifyRun(text, { start: rest[0].start, end: run.end, tokens: rest });
      if (person?.type === 'person')
        return { ...person, role: `${posted[1]}${text.slice(run.start, place.end)}` };
    }
  }
  const afterTitles = titledPerson(text, trimmed);
  if (afterTitles) return afterTitles;
  const org = classifyOrganization(text, trimmed);
  if (org !== undefined) return org;
  const { prefix, core } = splitTitles(trimmed);
  const first = core[0];
  const last = core[core.length - 1];
  if (!first || !last) return null;
  const name = joinTokens(text, core).replace(/[’']$/, '');
  if (isNotEntity(name) || WEEKDAY_LIKE.test(name)) return null;
  // "the embassy on Ali Hassan Mwinyi Road": a street named after a person is a place.
  if (STREET.test(last.text)) return null;
  // Cue words are read on the name's own line: "A shrinking network" above it is a heading.
  const before = sameLineBefore(text.slice(Math.max(0, first.start - 40), first.start));
  const after = sameLineAfter(text.slice(last.end + (last.possessive ? 2 : 0), last.end + 140));
  const { start } = first;
  const { end } = last;
  if (core.some((t) => isKeyword(t.text) || t.place)) return null;
  // "a trading company, Tsiry Import-Export SARL": the apposition names what the run is.
  if (
    core.length <= 6 &&
    ((before.endsWith(', ') && ORG_NOUNS.has(lastWord(before)) && ORG_APPOSED_BEFORE.test(before)) ||
      (endsWithNamed(before) && ORG_NAMED.test(before)) ||
      ((after.startsWith(', a ') || after.startsWith(', an ')) && ORG_APPOSED_AFTER.test(after)))
  )
    return { start, end, type: 'organization', name, role: orgRole(before), evidence: 'context' };
  const korean = isKoreanName(core);
  // "Shen Liqun", "Gao Wenjie": a Chinese surname and a pinyin given name. Surnames that are
  // Korean too ("Kang", "Yang") are left to the Korean rule, and a number after the name makes it
  // a ship's ("Kang Hae 3").
  const chinese =
    core.length === 2 &&
    CHINESE_SURNAMES.has(first.text) &&
    !KOREAN_SURNAMES.has(first.text) &&
    !last.possessive &&
    isChineseGivenName(last.text) &&
    !/^\s+\d/.test(after);
  const western = FIRST_NAMES.has(first.text) && core.length >= 2 && core.length <= 4;
  const famous = KNOWN_PEOPLE.has(last.text) && core.length <= 3;
  // The role is read only for the runs that are people: most runs are not.
  if ((korean || western || famous || chinese) && core.length <= 4)
    return { start, end, type: 'person', name, role: personRole(before, after, prefix), evidence: 'strong' };
  const titled = prefix.some((t) => TITLE_WORDS.has(t.text));
  if (
    core.length >= 2 &&
    !COMPASS.test(first.text) &&
    core.length <= 3 &&
    (titled || isCued(before, after) || PERSON_VERB_AFTER.test(after)) &&
    // "seen by the Nile Current, the ...": an article comes before a title or a thing, not a name.
    (titled || !THE_BEFORE.test(before)) &&
    // Words, or a middle initial ("Dana R. Whitfield").
    core.every((t, i) => isNameWord(t, i, core.length))
  )
    return { start, end, type: 'person', name, role: personRole(before, after, prefix), evidence: 'context' };
  // "the case of Marek W.": a name cut to its initial, as courts and some papers print the accused.
  if (
    core.length === 2 &&
    INITIAL.test(last.text) &&
    WORD_CAPITALISED.test(first.text) &&
    (ANONYMISED_BEFORE.test(before) || ANONYMISED_AFTER.test(after))
  )
    return { start, end, type: 'person', name, role: null, evidence: 'context' };
  // "Lord Ashcombe-Reid, Minister of State": a peer is named by title and one name, both.
  const peer = prefix[prefix.length - 1];
  if (
    core.length === 1 &&
    peer &&
    PEERAGE.has(peer.text) &&
    CAPITALISED.test(first.text) &&
    !TITLE_WORDS.has(first.text)
  ) {
    const role = personRole(sameLineBefore(text.slice(Math.max(0, peer.start - 40), peer.start)), after, []);
    return {
      start: peer.start,
      end,
      type: 'person',
      name: text.slice(peer.start, end),
      role,
      evidence: 'context',
    };
  }
  if (
    core.length === 1 &&
    KOREAN_SURNAMES.has(first.text) &&
    (titled || PERSON_CUES.test(before) || /\baccording to\s+$/i.test(before))
  )
    return { start, end, type: 'person', name, role: personRole(before, after, prefix), evidence: 'context' };

  // "according to Chainalysis", "news agency Yonhap", "Yomiuri newspaper".
  if (core.length <= 3 && (ORG_CUES.test(before) || ORG_CUES_AFTER.test(after)))
    return { start, end, type: 'organization', name, role: orgRole(before), evidence: 'context' };
  if (
    core.length === 1 &&
    /\baccording to\s+$/i.test(before) &&
    !FIRST_NAMES.has(first.text) &&
    !KOREAN_SURNAMES.has(first.text)
  )
    return { start, end, type: 'organization', name, role: null, evidence: 'context' };
  return null;
}

/** The part of `before` on the name's line. */
function sameLineBefore(before: string): string {
  const nl = before.lastIndexOf('\n');
  return nl < 0 ? before : before.slice(nl + 1);
}

/** The part of `after` on the name's line. */
function sameLineAfter(after: string): string {
  const nl = after.indexOf('\n');
  return nl < 0 ? after : after.slice(0, nl);
}

/** A cue for a person around the name: "defector Thae Yong-ho", "said Kim Mallory", "Lee, a professor". */
function isCued(before: string, after: string): boolean {
  return (
    PERSON_CUES.test(before) ||
    /\bsaid\s+$/i.test(before) ||
    (after.charCodeAt(0) === 44 &&
      (/^,\s+(?:who|a|an|the)\b/.test(after) || ROLE_OF_AFTER.test(after) || TITLE_AFTER.test(after)))
  );
}

/** An organisation reading of the run, `null` for "certainly not an entity", `undefined` for "not an organisation". */
function classifyOrganization(text: string, tokens: readonly NameToken[]): NameMention | null | undefined {
  const core = [...tokens];
  // "the Russian Defense Ministry" is the Defense Ministry; the country is not part of the name,
  // nor is where it is based ("the Vienna-based Open Nuclear Network").
  // A foreign mission keeps its country's adjective: "the Ugandan High Commission", "the Swiss Embassy".
  const foreignMission =
    core.some((t) => MISSION_WORDS.has(t.text)) || /\bHigh Commission$/.test(joinTokens(text, core));
  while (
    core.length > 2 &&
    ((core[0]?.place?.form === 'demonym' && !foreignMission) || /-based$/.test(core[0]?.text ?? ''))
  )
    core.shift();
  // "the DPRK Foreign Ministry" is the Foreign Ministry, as "the DPRK's Foreign Ministry" would be.
  if (
    core.length > 2 &&
    core[0]?.place?.form === 'country' &&
    core[core.length - 1]?.text === 'Ministry' &&
    !core[1]?.place
  )
    core.shift();
  const first = core[0];
  const last = core[core.length - 1];
  if (!first || !last) return null;
  const name = joinTokens(text, core).replace(/[’']$/, '');
  if (isNotEntity(name)) return null;
  // Courts are where a case is heard, not actors in it ("the Regional Court in Gdańsk", "the
  // U.S. District Court"), and a law is not a body ("Council Regulation (EU) 2017/1509").
  if (core.some((t) => t.text === 'Court' || t.text === 'Tribunal') || LEGAL_ACT.test(last.text)) return null;
  // "Company Registration No. 199804417K": the label of a number, not a body.
  if (last.text === 'No' || last.text === 'Number') return null;
  const keywords = core.filter((t) => isKeyword(t.text));
  // A legal form in capitals ends a company's name: "Danubia Privatbank AG", "Nordsee Logistik SE".
  if (core.length >= 2 && LEGAL_FORM_WORDS.has(last.text)) keywords.push(last);
  // A dotted legal form after the run: "Estrella Ecuatorial Obras S.L.", "Vortex Trading S.A.".
  if (
    core.length >= 2 &&
    core.length <= 5 &&
    (DOTTED_FORM.test(last.text) || legalFormEnd(text, last.end, last.end + 24) > last.end)
  )
    keywords.push(last);
  // "the Dubai Trade Office": a city's trade office is a mission, not an organisation.
  if (
    core.length === 3 &&
    core[0]?.place?.form === 'city' &&
    core[1]?.text === 'Trade' &&
    /^(?:Office|Mission)$/.test(last.text)
  )
    return null;
  // "the Supervisory Board of a creditor": a company's organ; "the National Board of Revenue" is a body.
  if (core.length < 3 && keywords.length === 1 && keywords[0]?.text === 'Board') return undefined;
  const mission = core.some((t) => MISSION_WORDS.has(t.text));
  const known = KNOWN_ORGS.has(name) || KNOWN_ORGS.has(first.text);
  // "the Chief Cabinet Secretary", "the Foreign Ministry Spokesperson": an office-holder's title
  // names a person, not a body.
  if (!known && keywords.length > 0 && HEAD_TITLES.has(last.text)) return null;
  if (!known && (keywords.length === 0 || core.length < 2)) return mission ? null : undefined;
  if (mission && keywords.length === 0) return null;
  const before = sameLineBefore(text.slice(Math.max(0, first.start - 50), first.start));
  return {
    start: first.start,
    end: last.end,
    type: 'organization',
    name,
    role: orgRole(before),
    evidence: 'strong',
  };
}

const ORG_ROLE =
  /((?:[\p{L}-]+\s+){0,3}(?:news agency|agency|newspaper|daily|broadcaster|think tank|company|firm|entity|arms dealer|insurer|airline|outlet))\s+(?:the\s+)?$/iu;
const ROLE_STOP = /^(?:by|of|to|from|for|with|in|on|at|the|a|an|according|as|per|and|or|that|which|said)$/i;

function orgRole(before: string): string | null {
  if (
    !/agency|newspaper|daily|broadcaster|think tank|company|firm|entity|dealer|insurer|airline|outlet/i.test(
      before,
    )
  )
    return null;
  const m = ORG_ROLE.exec(before);
  return trimRole(m?.[1]);
}

/** Keeps the descriptive words of a role and drops what led up to it ("by UK think tank" → "UK think tank"). */
function trimRole(raw: string | undefined): string | null {
  if (!raw) return null;
  const words = raw.trim().split(/\s+/);
  let i = words.length - 1;
  while (i > 0 && !ROLE_STOP.test(words[i - 1] ?? '')) i--;
  const role = words.slice(i).join(' ');
  return role || null;
}

// "North Korean lawmaker Kim": up to three words and a role noun right before the name.
const LEAD_WORDS =
  'lawmaker legislator minister leader defector diplomat official ambassador envoy analyst researcher professor spokesperson spokesman spokeswoman president chairman director expert scholar premier secretary successor daughter sister'.split(
    ' ',
  );
const LEAD_ROLE = new RegExp(`((?:[\\p{L}-]+\\s+){0,3}(?:${LEAD_WORDS.join('|')}))\\s*,?\\s*$`, 'u');

/** JavaScript's `\s`. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Whether a role noun ends `before`, but for spaces and a comma: what LEAD_ROLE needs. Most
 * text before a name has none, and the check is far cheaper than the expression, which
 * tries every position of `before`.
 */
function endsWithLeadWord(before: string): boolean {
  let k = before.length;
  while (k > 0 && isSpace(before.charCodeAt(k - 1))) k--;
  if (before.charCodeAt(k - 1) === 44) k--;
  while (k > 0 && isSpace(before.charCodeAt(k - 1))) k--;
  return LEAD_WORDS.some((w) => before.endsWith(w, k));
}

function personRole(before: string, after: string, prefix: readonly NameToken[]): string | null {
  const titles = prefix.map((t) => t.text).join(' ');
  if (titles) return titles;
  if (!ROLE_NOUN.test(before) && !/^,/.test(after)) return null;
  const lead = endsWithLeadWord(before) ? LEAD_ROLE.exec(before) : null;
  const leading = trimRole(lead?.[1]?.replace(/,$/, ''));
  if (leading) return leading;
  const appo = APPOSITION_ROLE.exec(after);
  if (appo?.[1] && ROLE_NOUN.test(appo[1]))
    return appo[1]
      .replace(/^who\s+\w+(?:\s+been)?\s+as\s+/i, '')
      .replace(/^(?:a|an|the)\s+/i, '')
      .trim();
  return null;
}

/** True when an organisation's letters spell an acronym ("Joint Chiefs of Staff" → JCS). */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => UPPER_FIRST.test(w))
    .map((w) => w[0])
    .join('');
}

// The legal form after a company's name, which the capitalised run leaves out: "Co., Ltd.",
// "sp. z o.o." (Poland), "s.r.o." (Czechia), "S.p.A." (Italy), "B.V." (the Netherlands).
const LEGAL_FORM =
  /^(?:,\s*(?:Co\.,\s*)?(?:Ltd|Inc|LLC|LLP|PLC|Corp|S\.A|Pte\.?\s+Ltd|Pvt\.?\s+Ltd|Sdn\.?\s+Bhd|GmbH|AG|JSC)\.?|\s+(?:[Ss]p\.\s?z\s?o\.\s?o\.|s\.r\.o\.|[Ss]\.p\.A\.|S\.r\.l\.|B\.V\.|N\.V\.|a\.s\.|S\.A\.|S\.L\.|S\.A\.R\.L\.|Lda\.|Pty\.?\s+Ltd\.?|Sp\.\s?j\.|Sp\.\s?k\.))(?![\p{L}\p{N}])/u;

/** Where a company's name ends once its legal form is read: `end` when none follows. */
export function legalFormEnd(text: string, end: number, limit: number): number {
  const c = text.charCodeAt(end);
  // Only a comma or a space can lead to a legal form.
  if (c !== 44 && c !== 32) return end;
  const m = LEGAL_FORM.exec(text.slice(end, Math.min(limit, end + 24)));
  return m ? end + m[0].length : end;
}

/** Companies keep their entity even when named as someone's employer. */
export function isCompany(name: string): boolean {
  return COMPANY.test(name);
}
