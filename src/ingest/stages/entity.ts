import type { EntityClaim } from '../../domain/claim.ts';
import { type Analysis, lineOf, placesWithin } from '../document.ts';
import { classifyRun, initialsOf, isCompany, legalFormEnd, type NameMention } from '../entity-kinds.ts';
import { lookupPlace, type Place } from '../gazetteer.ts';
import { KOREAN_ORGS } from '../lexicon/organizations.ts';
import { capitalisedRuns, isKeyword, type NameRun } from '../names.ts';
import { quoteSpan } from '../quote.ts';
import type { Sentence } from '../segment.ts';
import type { Span } from '../span.ts';
import { labelOf } from '../speakers.ts';
import type { ClaimDraft, Stage, StagedDraft } from '../stage.ts';

interface Found extends NameMention {
  sentence: Sentence;
  /** Read only so that the organisation after it is known as their workplace (court officers). */
  dropped?: boolean;
}

// An organisation named as a person's workplace or party is part of their role, not an actor:
// "King Mallory, director of the Rand Center", "Lee, a manager at the Vienna-based ...".
const AFFILIATION =
  /\b(?:director|manager|analyst|fellow|professor|member|researcher|scholar|lecturer|expert|intern|associate|student|founder|editor|correspondent|adviser|advisor|economist|specialist|chair|head)\s+(?:\w+\s+){0,3}(?:of|at|for|with|from|in)\s+(?:the\s+)?(?:(?:[\p{Ll}][\p{L}-]*|\p{Lu}[\p{L}]*-based)\s+){0,3}$/u;
// "Farouk, who follows the Korean peninsula at the Cairo Centre": the workplace in a relative clause
// (a country's adjective before it is dropped from the name, and read here).
const WHO_WORKS_AT =
  /\bwho\s+(?:works?|worked|follows|studies|studied|teaches|taught|researches|tracks|covers|monitors|watches|heads|leads|runs|directs|is\s+based)\b[^,;]{0,60}?\b(?:at|with|for)\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?$/;
const OF_PERSON = /\bof\s+(?:the\s+)?$/;
// "Kim of the Ministry", "Dvorak of the Moravian Branch of the Regional Prosecutor's Office".
const PERSON_OF_GAP = /^\s+of\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}’'-]*\s+){1,4}of\s+(?:the\s+)?)?$/u;
const PRONOUN_BIO =
  /^(?:He|She|They)\b[^.]*\b(?:member of|elected to|works? (?:for|at)|worked (?:for|at)|joined|graduated from|studied at)\b/;
// An organisation used as a modifier ("a UN Security Council permanent member") is not named as an actor.
const MODIFIER_AFTER =
  /^\s+(?:permanent\s+member|members?|member\s+states?|resolutions?|sanctions?|-sanctioned)\b/;
/** Whether `before` ends with "of" or "of the" and spaces: what MODIFIER_BEFORE needs, cheaply. */
function endsWithOf(before: string): boolean {
  const t = before.trimEnd();
  return t.endsWith(' of') || t.endsWith(' of the');
}
const MISSION_TO = /\b(?:Mission|Delegation|Representation|Observer)\s+to\s+the\s+$/;
const NAME_AFTER = /^,\s+\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}-]+(?:,|\s+(?:said|says|who|told))/u;
const MANDATE_AFTER = /^(?:’s|'s)?\s+(?:mandate|[Cc]ode\s+of)\b/;
// "For the Town Council (executive):" opens its line; "Minutes: Ana Roth, " comes before the body.
const FOR_LABEL_BEFORE = /^For\s+the\s+$/;
const LABEL_AFTER = /^\s*(?:\([^()\n]{1,30}\))?:/;
const CREDIT_BEFORE = /^[\p{L} ]{2,30}:\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){1,2},\s+$/u;

const MASTHEAD_REST = /^\s*(?:\([^()\n]{1,40}\))?\s*$/;

/** Whether the body `m` fills a line of the document's first lines, but for a parenthesis. */
function isMastheadLine(text: string, line: Span, m: Span): boolean {
  if (m.start !== line.start || !MASTHEAD_REST.test(text.slice(m.end, line.end))) return false;
  // Only the lines before the first blank one: the document's header.
  return !text.slice(0, line.start).includes('\n\n');
}

const ATTENDANCE_LABEL =
  /^(?:For\s+the\s+[^:\n]{2,60}|Present|Chair|Minutes|Attendance|Excused|In\s+attendance|Also\s+present|Apologies)(?:\s*\([^()\n]{1,30}\))?:\s/;

/** Whether the name at `at` is on an attendance line of minutes, after its label. */
function isAttendance(text: string, lineStart: number, at: number): boolean {
  const colon = text.indexOf(':', lineStart);
  return (
    colon > 0 &&
    colon < at &&
    colon - lineStart <= 80 &&
    ATTENDANCE_LABEL.test(text.slice(lineStart, colon + 2))
  );
}

/** Whether the body `m` names where the people of an attendance or credit line sit. */
function isCreditLine(text: string, lineStart: number, m: Span): boolean {
  if (m.start - lineStart > 60) return false;
  const before = text.slice(lineStart, m.start);
  if (FOR_LABEL_BEFORE.test(before)) return LABEL_AFTER.test(text.slice(m.end, m.end + 34));
  return before.includes(':') && CREDIT_BEFORE.test(before);
}
const MODIFIER_BEFORE = /\b(?:resolutions?|sanctions|member\s+states?)\s+of\s+(?:the\s+)?$/;
// The turn label of a briefing transcript that names the questioner's outlet: "Q (AFP):".
const QUESTIONER = /^[\s*]*(?:Q|Question|QUESTION|Reporter|Journalist)\s*\($/;
// "The Regional Court in Gdańsk, III Criminal Division": a unit of the court that comes before it.
const COURT_UNIT = /\b(?:Court|Tribunal)(?:\s+(?:in|of|for)(?:\s+the)?(?:\s+\p{Lu}[\p{L}.]*)+)?,\s*$/u;
// Judges and clerks hear a case; prosecutors and lawyers named as "handling the case" are its credits.
const BENCH_TITLE = /\b(?:Judge|Magistrate|Clerk)$/;
const COUNSEL_TITLE = /\b(?:Prosecutor|Attorney)$/;
const CASE_CREDIT = /\b(?:(?:handling|prosecuting|trying)\s+the\s+case|with\s+the\s+participation\s+of)\b/i;

// "Haebit Maritime Trading Ltd. Arranged": a dotted legal form, then the next sentence's first word.
const DOTTED_FORM_THEN_WORD = /^(.*\b(?:Ltd|Inc|Corp|Co|S\.A|S\.L)\.)\s+\p{Lu}\p{Ll}+$/u;
const LOWER_WORD_NEXT = /^\s+\p{Ll}/u;
// The first half of a two-part legal form ("Pte. Ltd.", "Pvt. Ltd.", "Sdn. Bhd.", "Cía. Ltda.") and the second.
const SPLIT_FORM_HEAD = / (?:Pte|Pvt|Sdn|Cía|Cia)$/;
const SPLIT_FORM_TAIL = /^\.\s(?:Ltda|Ltd|Limited|Bhd)\.?/;
const PURSUANT =
  /^\s+(?:established\s+)?pursuant\s+to\s+(?:Security\s+Council\s+)?resolutions?\s+\d{3,4}\s*\(\d{4}\)/;
const WORD_CHAR_FIRST = /^[\p{L}\p{N}]/u;
const ACRONYM = /^\p{Lu}{2,6}$/u;
const UN_PREFIX = /^(?:UN|U\.N\.|United Nations) $/;

function isCourtOfficer(role: string, sentence: string): boolean {
  return BENCH_TITLE.test(role) || (COUNSEL_TITLE.test(role) && CASE_CREDIT.test(sentence));
}
const KO_PERSON =
  /([\uac00-\ud7a3]{2,4})(?:\([^()\n]{1,80}\))?\s?(국무위원장|위원장|총비서|대사대리|대사|장관|외무상|부상|대변인|의원|교수|대통령|총리|국장|참사관|서기관|공사|연구위원|부부장|외교관|전\s?공사|전\s?대사)(?![\uac00-\ud7a3]{0,1}(?:관|부|실|단|국))/gu;
// "박세영 국립외교원 교수는": a name, the workplace, then the title.
const KO_PERSON_AT =
  /(?<![\uac00-\ud7a3])([\uac00-\ud7a3]{3})(?:\([^()\n]{1,80}\))?\s(?:전\s)?(?:[\uac00-\ud7a3]{2,12}\s){1,2}(교수|연구위원|선임연구위원|연구원|소장|원장|대표|의원|대변인|국장|실장|센터장|부상|차관|장관|대사|공사|참사관|부장|위원장)(?=[은는이가의와과,\s]|$)/gu;
// After a country's name: "나미비아 국제관계협력부는".
const KO_COUNTRY_MINISTRY = /\s([\uac00-\ud7a3]{1,11}(?:부|청))(?=[은는이가의에도와과로(]|\s|$)/uy;
// Words in -부 that are not ministries: government, headquarters, regions, parts, cadres, and
// missions (대표부, 영사부).
const NOT_MINISTRY =
  /(?:^.부$|^.청$|정부|본부|내부|외부|일부|전부|남부|북부|동부|서부|중부|간부|대부|세부|학부|지부|부부|대표부|영사부|요청|신청|초청|경청|방청|간청)$/u;
const KO_LABEL =
  /^○\s?([\uac00-\ud7a3]{1,10}(?:부|처|청|원))\s?(장관|차관|청장|원장|처장|대변인)\s([\uac00-\ud7a3]{2,4})(?=\s|$)/u;
// "통일부(장관 한정민)": the title, then the name.
// "마지막엔 외교관": a word with a particle on it ("at the end") is not a name.
const KO_PARTICLE_END = /(?:엔|에|께|에서|까지|부터|마다|처럼)$/u;
// A firm named in quotation marks after the word for it: "부동산 업체 '도룸 나크레트니네'".
// In mixed script (國漢文) the word and the name may be in Chinese characters: "會社 '白頭山무역'".
const KO_QUOTED_FIRM =
  /(?:업체|회사|기업|법인|은행|무역회사|건설사|선사|會社|企業|業體|銀行|法人)인?\s?['‘"“「『]([\uac00-\ud7a3\u4e00-\u9fffA-Za-z][\uac00-\ud7a3\u4e00-\u9fffA-Za-z0-9&.\- ]{0,28}[\uac00-\ud7a3\u4e00-\u9fffA-Za-z0-9.])['’"”」』]/gu;
// "韓哲民 氏는", "金大使": a name in Chinese characters, then "Mr" (氏) or a title in them.
const KO_HANJA_PERSON =
  /(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,3})\s?(氏|大使|長官|次官|委員長|參事官|公使|敎授|教授|議員|代辯人|局長)(?![\u4e00-\u9fff])/gu;
const HANJA_SURNAME =
  /^[金李朴崔鄭姜趙尹張林任韓吳徐申權黃安宋柳劉洪全田高文孫梁裵白許南沈盧河郭成車朱禹具閔羅陳池嚴蔡元千方孔玄咸卞廉呂秋都蘇石宣薛馬吉延魏表明奇潘王琴玉陸印孟諸牟卓魚殷片龍芮慶奉太]/u;
const HANJA = /[\u4e00-\u9fff]/;
// Quoted words that are speech, not a name: they end as a sentence does.
const KO_NOT_A_NAME = /(?:[겠었았했한된이없있]다|니다|어요|아요|해요|죠|까)$/u;
const KO_TITLE_NAME = /\((장관|차관|대변인|대사|국장|위원장|원장|청장)\s([\uac00-\ud7a3]{3})\)/gu;
const KO_SURNAME =
  /^[김이리박최정강조윤장임림한오서신권황안송류유홍전고문양량손배백허남심노로하곽성차주우구민진나지엄채원천방공현함변염렴여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉사부태]/u;
const MINISTRY =
  /\b(?:Ministry of (?:the )?\p{Lu}[\p{L}]+(?: (?:and )?\p{Lu}[\p{L}]+)*|(?:\p{Lu}[\p{L}]+ )+Ministry)\b/gu;

const AFFILIATION_OF =
  /\b(?:spokes(?:man|woman|person)|official|officials|minister|director|head|chief|adviser|advisor|diplomat|envoy|member|staff|employee|source|sources|aide)\s+(?:at|for|of|from|with|in)\s+(?:the\s+)?$/i;
const LOWER_MINISTRY =
  /\b\p{Lu}[\p{L}.]*(?:\s(?:of\s(?:the\s)?)?\p{Lu}[\p{L}.]*){0,4}(?:’s|'s)\s+(?:own\s+)?((?:foreign|unification|defen[cs]e|finance|trade|interior|justice|commerce|economy|information|culture|security|external affairs|home affairs)\s+ministry)\b/gu;
// Read back from each "ministry": the scan of a whole sentence costs far more.
const DEMONYM_MINISTRY =
  /\b[Tt]he\s+(\p{Lu}\p{Ll}+)\s+((?:foreign|unification|defen[cs]e|finance|trade|interior|justice|commerce|economy|information|culture|security|external affairs|home affairs)\s+)$/u;
const HANGUL = /[\uac00-\ud7a3]/;
const ACRONYM_CAPS = /^[A-Z]{2,6}$/;
const APPOSED_NOUN =
  /\b(?:company|firm|utility|agency|regulator|operator|authority|broadcaster|insurer|airline|carrier|bank|council|network|newspaper|outlet)$/;
const DEMONYM_MFA = /\b[Tt]he\s+(\p{Lu}\p{Ll}+)\s+(MFA|MOFA)\b/gu;
// "Ri, who ...", "Mallory, director of ...": the person an organisation that follows belongs to.
const APPOSITIVE =
  /(\p{Lu}[\p{L}.-]*),\s+(?:who|a|an|the|director|head|chief|professor|senior|former)\b[^,;]*$/u;
const PORTFOLIO_HEAD = /^(?:Ministry|Department|Ministère|Secretariat)\s(?:of|for)\s/;
const PORTFOLIO =
  /^,\s((?:\p{Lu}[\p{L}-]*\s){0,3}\p{Lu}[\p{L}-]*\s(?:and|&)\s\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,2})(?![\p{L}\p{N}-]|\s\p{Lu}|\s(?:of|for)\s)/u;

/** Where a ministry's name ends once the portfolios after its comma are read: `end` when none are. */
function portfolioEnd(text: string, end: number, limit: number): number {
  const m = PORTFOLIO.exec(text.slice(end, Math.min(limit, end + 80)));
  const tail = m?.[1];
  if (!m || !tail) return end;
  // Portfolios are neither organisations nor places: "…, Trade and Development", not "…, Canada and Peru".
  for (const word of tail.split(' ')) {
    if (word === 'and' || word === '&') continue;
    if (isKeyword(word) || (lookupPlace(word)?.form ?? 'demonym') !== 'demonym') return end;
  }
  return end + m[0].length;
}
// "from the Department of X, Ms. Name", "an official at the Ministry of Y, Mr. Name".
const AFFILIATED_BEFORE =
  /\b(?:from|(?:official|officer|director|head|deputy|representative|adviser|advisor|analyst|researcher|employee|member|inspector|investigator|expert)s?\s+(?:at|of|from|with|in))\s+(?:the\s+)?$/i;
const TITLED_AFTER =
  /^,\s+(?:(?:Mr|Ms|Mrs|Mme|Dr|Prof|Supt)\.?|Superintendent|Inspector|Commissioner|Professor|Director|Ambassador|Deputy)\s+\p{Lu}/u;
const DATELINE = /^\p{Lu}[\p{Lu} .]+(?:\s*[-–—,(]|$)/u;

const IGNORED = /[\p{P}\p{Z}\s]/gu;
// The same class for ASCII text, listed from the Unicode one so that the two agree.
const IGNORED_ASCII = new RegExp(`[${asciiIn(/^[\p{P}\p{Z}\s]$/u)}]`, 'g');

/** The ASCII characters a one-character pattern matches, escaped for a character class. */
function asciiIn(re: RegExp): string {
  let out = '';
  for (let c = 0; c < 128; c++)
    if (re.test(String.fromCharCode(c))) out += `\\x${c.toString(16).padStart(2, '0')}`;
  return out;
}
const NON_ASCII = /[\u0080-\uffff]/;

function norm(name: string): string {
  // ASCII is its own NFKC form.
  if (!NON_ASCII.test(name)) return name.toLowerCase().replace(IGNORED_ASCII, '');
  return name.toLowerCase().normalize('NFKC').replace(IGNORED, '');
}

/** What a document contains at all, so that sentences skip the checks it can never pass. */
interface DocumentTraits {
  hangul: boolean;
  ministry: boolean;
}

function traitsOf(text: string): DocumentTraits {
  return { hangul: HANGUL.test(text), ministry: text.includes('ministry') };
}

function mentionsIn(analysis: Analysis, sentence: Sentence, traits: DocumentTraits): Found[] {
  const { text } = analysis;
  const places = placesWithin(analysis, sentence);
  const out: Found[] = [];
  const s = text.slice(sentence.start, sentence.end);
  const bio = PRONOUN_BIO.test(s);
  // Read off the runs on the way: whether two words in capitals stand side by side (court papers'
  // parties), and the one-word acronyms between commas ("the power company, ETPC,").
  let capitals = false;
  const apposed: NameRun[] = [];
  for (const run of capitalisedRuns(text, sentence, places)) {
    if (!capitals) capitals = hasCapitalsPair(run);
    if (run.tokens.length === 1 && isBetweenCommas(text, run)) apposed.push(run);
    const m = classifyRun(text, run);
    if (!m) continue;
    if (m.type === 'organization') {
      // "Dalian Haixin Ship Agency Co., Ltd.", "Nordmar Crew Services sp. z o.o."
      const end = legalFormEnd(text, m.end, sentence.end);
      if (end > m.end) {
        m.name = text.slice(m.start, end);
        m.end = end;
      }
      // "Harbour Line Pte. Ltd.": the dot of "Pte." ended the sentence; the form runs on past it.
      if (text.charCodeAt(m.end) === 46 && SPLIT_FORM_HEAD.test(m.name)) {
        const rest = SPLIT_FORM_TAIL.exec(text.slice(m.end, m.end + 12));
        if (rest) {
          m.end += rest[0].length;
          m.name = text.slice(m.start, m.end);
        }
      }
      // "the Ministry of Foreign Affairs, Regional Integration and Togolese Abroad": a ministry's
      // name lists its portfolios after a comma.
      if (text.charCodeAt(m.end) === 44 && PORTFOLIO_HEAD.test(m.name)) {
        const end = portfolioEnd(text, m.end, sentence.end);
        if (end > m.end) {
          m.name = text.slice(m.start, end);
          m.end = end;
        }
      }
      // "the Security Council Committee established pursuant to resolution 1718 (2006)": a UN
      // committee's name runs on to its resolution.
      if (m.name.endsWith('Committee')) {
        const pursuant = PURSUANT.exec(text.slice(m.end, Math.min(sentence.end, m.end + 90)));
        if (pursuant) {
          m.end += pursuant[0].length;
          m.name = text.slice(m.start, m.end).replace(/\s+/g, ' ');
        }
      }
      // "Director of Haebit Maritime Trading Ltd. Arranged the sale": the dotted legal form ended
      // the sentence, and the capitalised word after it opens the next one.
      const cut = DOTTED_FORM_THEN_WORD.exec(m.name);
      if (cut?.[1] && LOWER_WORD_NEXT.test(text.slice(m.end, m.end + 3))) {
        m.name = cut[1];
        m.end = m.start + cut[1].length;
      }
    }
    // "WASHINGTON -", "SEOUL, Oct 31": a dateline's city in capitals.
    if (run.start === lineOf(analysis, sentence).start && DATELINE.test(text.slice(run.start, run.end + 3)))
      continue;
    if (m.type === 'organization') {
      const before = text.slice(Math.max(sentence.start, m.start - 90), m.start);
      const personBefore = out.some((p) => p.type === 'person' && p.end <= m.start && m.start - p.end <= 120);
      // The expression tries every capital of `before`; it needs a comma.
      const appositive = before.includes(',') ? APPOSITIVE.exec(before) : null;
      const apposition = appositive?.[1] !== undefined && lookupPlace(appositive[1]) === null;
      const affiliated =
        (AFFILIATION.test(before) && (personBefore || bio || apposition)) ||
        (apposition && WHO_WORKS_AT.test(before)) ||
        (OF_PERSON.test(before) &&
          out.some((p) => p.type === 'person' && PERSON_OF_GAP.test(text.slice(p.end, m.start))));
      if (affiliated && !isCompany(m.name)) continue;
      // "from the Royal Mounted Police, Superintendent Laurent Girouard": the body a named person
      // comes from or works at is their role.
      if (
        text.charCodeAt(m.end) === 44 &&
        TITLED_AFTER.test(text.slice(m.end, m.end + 40)) &&
        AFFILIATED_BEFORE.test(before) &&
        !isCompany(m.name)
      )
        continue;
      if (PART_OF.test(before) && !isCompany(m.name)) continue;
      // "its Permanent Mission to the United Nations Office at Geneva": the body names the mission.
      if (before.endsWith(' to the ') && MISSION_TO.test(before)) continue;
      // "the new member for the Green Party, Lea Marti": the body is the named person's.
      if (
        text.charCodeAt(m.end) === 44 &&
        AFFILIATION.test(before) &&
        NAME_AFTER.test(text.slice(m.end, m.end + 60)) &&
        !isCompany(m.name)
      )
        continue;
      // An attendance or credit line: "For the Town Council (executive): …", "Minutes: Ana Roth,
      // Council Services." The bodies there are where the people sit.
      if (isCreditLine(text, lineOf(analysis, sentence).start, m)) continue;
      // "Town Parliament (Stadtrat)" alone on a line at the top: the masthead of the publishing body.
      if (m.start < 400 && isMastheadLine(text, lineOf(analysis, sentence), m)) continue;
      // "the Panel of Experts mandate", "the network's code of principles": the body as a modifier.
      if (MANDATE_AFTER.test(text.slice(m.end, m.end + 12))) continue;
      // "the resolutions of the Security Council": the same modifier, after "of".
      if (endsWithOf(before) && MODIFIER_BEFORE.test(before) && !isCompany(m.name)) continue;
      // "Q (Kyodo News):": who asks a question at a briefing is not part of the story.
      if (
        text.charCodeAt(m.start - 1) === 40 &&
        /^\s*\)\s*:/.test(text.slice(m.end, m.end + 4)) &&
        QUESTIONER.test(text.slice(lineOf(analysis, sentence).start, m.start))
      )
        continue;
      // "Security Council resolutions": a modifier, dropped when weak or a UN body.
      if (
        MODIFIER_AFTER.test(text.slice(m.end, m.end + 30)) &&
        (m.evidence !== 'strong' || /\bU\.?N\.?\b|\bSecurity Council\b/.test(m.name))
      )
        continue;
    }
    // "Present: …", "For the Town Council (executive): Ana Roth, Mayor": who attends a sitting is
    // not an actor by attending (who answers for a body is read apart, see `answerers`).
    if (m.type === 'person' && isAttendance(text, lineOf(analysis, sentence).start, m.start)) continue;
    if (
      m.type === 'organization' &&
      text.charCodeAt(m.start - 2) === 44 &&
      COURT_UNIT.test(text.slice(Math.max(sentence.start, m.start - 80), m.start))
    )
      continue;
    const { start, end, type, name, role, evidence } = m;
    const dropped = type === 'person' && role !== null && isCourtOfficer(role, s);
    out.push({ start, end, type, name, role, evidence, sentence, ...(dropped ? { dropped } : {}) });
  }
  if (capitals) out.push(...capitalsMentions(text, sentence, s, out));
  if (traits.hangul && HANGUL.test(s)) out.push(...koreanMentions(sentence, s, places));
  // Wire style writes ministries in lower case: "Seoul's unification ministry said".
  if (traits.ministry && s.includes('ministry')) {
    // A lower-case ministry named at `start`, owned by what stands at `owner` (role).
    const ministry = (start: number, name: string, owner: number, role: string) => {
      if (out.some((o) => o.start <= start && start < o.end)) return;
      // "a spokesman for Uganda's foreign ministry": someone's workplace, not an actor.
      if (AFFILIATION_OF.test(text.slice(Math.max(sentence.start, owner - 60), owner))) return;
      out.push({
        start,
        end: start + name.length,
        type: 'organization',
        name,
        role,
        evidence: 'strong',
        sentence,
      });
    };
    for (const m of s.matchAll(LOWER_MINISTRY)) {
      const name = m[1] ?? '';
      // The owner tells one foreign ministry from another: role "South Korea's".
      const role = m[0]
        .slice(0, m[0].length - name.length)
        .trim()
        .replace(/\s+own$/, '');
      ministry(sentence.start + m.index + m[0].length - name.length, name, sentence.start + m.index, role);
    }
    // "The Lao foreign ministry said": the country's adjective, not its possessive.
    for (let at = s.indexOf('ministry'); at >= 0; at = s.indexOf('ministry', at + 8)) {
      const from = Math.max(0, at - 50);
      const m = DEMONYM_MINISTRY.exec(s.slice(from, at));
      if (!m || WORD_CHAR_FIRST.test(s.slice(at + 8, at + 9))) continue;
      const demonym = m[1] ?? '';
      const name = `${m[2] ?? ''}ministry`;
      if (lookupPlace(demonym)?.form !== 'demonym') continue;
      ministry(sentence.start + at + 8 - name.length, name, sentence.start + from + m.index, demonym);
    }
  }
  // "The state power company, ETPC, says": an acronym named in apposition to what it is.
  // "The state power company, ETPC, says": an acronym named in apposition to what it is.
  for (const run of apposed) {
    const name = text.slice(run.start, run.end);
    if (
      !ACRONYM_CAPS.test(name) ||
      !APPOSED_NOUN.test(text.slice(Math.max(sentence.start, run.start - 16), run.start - 2))
    )
      continue;
    if (out.some((o) => o.start <= run.start && run.start < o.end)) continue;
    out.push({
      start: run.start,
      end: run.end,
      type: 'organization',
      name,
      role: null,
      evidence: 'strong',
      sentence,
    });
  }
  // "The Uzbek MFA spokesman": a foreign ministry by its initials after its country's adjective.
  if (s.includes('MFA') || s.includes('MOFA')) {
    for (const m of s.matchAll(DEMONYM_MFA)) {
      const name = m[2] ?? '';
      const start = sentence.start + m.index + m[0].length - name.length;
      if (lookupPlace(m[1] ?? '')?.form !== 'demonym' || out.some((o) => o.start === start)) continue;
      out.push({
        start,
        end: start + name.length,
        type: 'organization',
        name,
        role: m[1] ?? null,
        evidence: 'strong',
        sentence,
      });
    }
  }
  return out.filter((m) => !m.dropped).sort((a, b) => a.start - b.start);
}

/** A word of two capitals or more: "KIM", "PTE.", "L.L.C." does not count (a dot second). */
function isCapitalsWord(word: string): boolean {
  const a = word.charCodeAt(0);
  const b = word.charCodeAt(1);
  return a >= 65 && a <= 90 && b >= 65 && b <= 90;
}

function hasCapitalsPair(run: NameRun): boolean {
  let previous = false;
  for (const t of run.tokens) {
    const caps = isCapitalsWord(t.text);
    if (caps && previous) return true;
    previous = caps;
  }
  return false;
}

/** ", ETPC,": a run with a comma and a space before it and a comma right after it. */
function isBetweenCommas(text: string, run: Span): boolean {
  return (
    text.charCodeAt(run.end) === 44 &&
    text.charCodeAt(run.start - 1) === 32 &&
    text.charCodeAt(run.start - 2) === 44
  );
}

// Court papers print parties in capitals: "Defendant PARK SONG-IL", "OCEAN STAR SHIPPING PTE. LTD.".
const CAPS_WORD = "[A-Z][A-Z'’-]*[A-Z]";
// A defendant named by the indictment's own word for them.
const CAPS_PERSON = new RegExp(
  `\\b(?:[Dd]efendants?|[Aa]ccused)\\s+(${CAPS_WORD}(?:\\s+${CAPS_WORD}){1,3})(?![\\p{L}\\p{N}])`,
  'gu',
);
// A company in capitals is told by its legal form at the end.
const CAPS_COMPANY = new RegExp(
  `(?<![\\p{L}\\p{N}.])((?:${CAPS_WORD}\\s+){1,6}(?:PTE\\.?\\s+LTD\\.?|L\\.L\\.C\\.|LLC|LTD\\.?|LIMITED|INC\\.|CORP\\.|CORPORATION|CO\\.,?\\s+LTD\\.?|JSC|GMBH|S\\.A\\.))(?![\\p{L}\\p{N}])`,
  'gu',
);

/** People and companies printed in capitals, where no capitalised run reads a name. */
function capitalsMentions(text: string, sentence: Sentence, s: string, found: readonly Found[]): Found[] {
  const out: Found[] = [];
  const add = (type: Found['type'], name: string, at: number) => {
    const start = sentence.start + at;
    const end = start + name.length;
    if (found.some((f) => f.start < end && start < f.end)) return;
    out.push({ start, end, type, name, role: null, evidence: 'strong', sentence });
  };
  for (const m of s.matchAll(CAPS_PERSON)) {
    const name = m[1] ?? '';
    add('person', name, m.index + m[0].length - name.length);
  }
  // The dots of "PTE. LTD." may end the sentence early: the legal form is read past its end.
  const reach = text.slice(sentence.start, Math.min(text.length, sentence.end + 24));
  for (const m of reach.matchAll(CAPS_COMPANY))
    if (m.index < s.length) add('organization', m[1] ?? '', m.index);
  return out;
}

/** Korean people with a title (김정은 위원장, 이 대사) and organisations by name (통일부). */
function koreanMentions(sentence: Sentence, s: string, places: readonly Place[]): Found[] {
  const out: Found[] = [];
  const hanja = HANJA.test(s);
  const person = (name: string, at: number, role: string | undefined) => {
    const start = sentence.start + at;
    if (
      !(KO_SURNAME.test(name) || (hanja && HANJA_SURNAME.test(name))) ||
      KO_PARTICLE_END.test(name) ||
      lookupPlace(name) ||
      out.some((o) => o.start === start)
    )
      return;
    out.push({
      start,
      end: start + name.length,
      type: 'person',
      name,
      role: role ?? null,
      evidence: 'strong',
      sentence,
    });
  };
  for (const m of s.matchAll(KO_PERSON)) {
    const name = m[1] ?? '';
    if (!lookupPlace(name.slice(1))) person(name, m.index, m[2]);
  }
  for (const m of s.matchAll(KO_PERSON_AT)) {
    const name = m[1] ?? '';
    // "주기니 대사관": 주 and a country name a mission, not a person.
    if (!lookupPlace(name.slice(1))) person(name, m.index, m[2]);
  }
  for (const m of s.matchAll(KO_TITLE_NAME)) person(m[2] ?? '', m.index + m[0].indexOf(m[2] ?? '', 1), m[1]);
  if (hanja) {
    for (const m of s.matchAll(KO_HANJA_PERSON)) {
      const name = m[1] ?? '';
      if (HANJA_SURNAME.test(name)) person(name, m.index, m[2] === '氏' ? undefined : m[2]);
    }
  }
  // "○통일부장관 류정아  네, …": a minutes' speaker label, the office then the name. The body in
  // the label is the speaker's title, not an organisation named in the turn.
  const label = s.startsWith('○') ? KO_LABEL.exec(s) : null;
  if (label) person(label[3] ?? '', label[0].length - (label[3] ?? '').length, `${label[1]}${label[2]}`);
  const from = label ? label[0].length : 0;
  const org = (name: string, at: number, role: string | null) => {
    const start = sentence.start + at;
    if (out.some((o) => o.start === start)) return;
    out.push({
      start,
      end: start + name.length,
      type: 'organization',
      name,
      role,
      evidence: 'strong',
      sentence,
    });
  };
  // "부동산 업체 '도룸 나크레트니네'에": a firm's name in quotation marks after what it is.
  if (
    s.includes('업체') ||
    s.includes('회사') ||
    s.includes('기업') ||
    s.includes('은행') ||
    (hanja && (s.includes('會社') || s.includes('企業') || s.includes('業體') || s.includes('銀行')))
  ) {
    for (const m of s.matchAll(KO_QUOTED_FIRM)) {
      const name = m[1] ?? '';
      if (!KO_NOT_A_NAME.test(name)) org(name, m.index + m[0].length - name.length - 1, null);
    }
  }
  for (const name of KOREAN_ORGS) {
    const at = s.indexOf(name, from);
    if (at >= 0) org(name, at, null);
  }
  // "나미비아 국제관계협력부는": a ministry (-부) of a country named just before it.
  for (const place of places) {
    if (place.form !== 'country' || place.possessive || !HANGUL.test(place.name)) continue;
    KO_COUNTRY_MINISTRY.lastIndex = place.end - sentence.start;
    const m = KO_COUNTRY_MINISTRY.exec(s);
    const name = m?.[1];
    if (!m || !name || NOT_MINISTRY.test(name)) continue;
    org(name, m.index + m[0].length - name.length, place.name);
  }
  return out;
}

// A reference-list entry without a number, as wikis print them: '"Title". Outlet. 2 April 2026.',
// 'Surname, Given (2011). Title. Place: Publisher.'
const REFERENCE =
  /^(?:["“][^"”\n]{3,200}(?:["”]\.|\.["”])\s+\p{Lu}|\p{Lu}[\p{L}'’-]+,\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*\s*\(\d{4}[a-z]?\)\.\s)/u;
// It ends with its date, year or pages, and reports no speech.
const REFERENCE_END = /(?:\b\d{4}|\bpp?\.\s*\d+(?:[–-]\d+)?)\.?\s*$/;
const SPEECH = /\b(?:said|says|told|added)\b/;

/**
 * Whether a line is an entry of a reference list that no other stage took a claim from: its
 * journals and publishers are where the article's sources are printed, not actors.
 */
function isUnclaimedReference(text: string, line: Span, earlier: readonly StagedDraft[]): boolean {
  const c = text.charCodeAt(line.start);
  // An entry opens with a quoted title or an author's surname and a bracketed year.
  if (c !== 34 && c !== 0x201c && !text.slice(line.start, Math.min(line.end, line.start + 60)).includes('('))
    return false;
  const s = text.slice(line.start, line.end);
  if (!REFERENCE.test(s) || !REFERENCE_END.test(s.slice(-24)) || SPEECH.test(s)) return false;
  return !earlier.some((e) => e.kind !== 'entity' && e.start >= line.start && e.end <= line.end);
}

// A numbered reference whose outlet is in italics after the quoted title:
// '4. Surname, Given (4 August 2025). "Title". *Outlet Name*.'
// or a footnote's: '[^5]: Reporting by *Outlet Name* (City), 25 September 2026.'
const NUMBERED_REFERENCE = /^(?:(\d{1,3})\.\s|\[\^(\w{1,8})\]:\s)/;
const ITALIC_OUTLET =
  /(?:["”]\.?|\b(?:[Rr]eporting|[Pp]ublished|[Rr]eported)\s+(?:by|in))\s+\*(\p{Lu}[^*\n]{1,80}?)\*[.,]?(?:\s+[^*\n]{0,40})?$/u;

/** Whether a footnote's marker stands in the text besides its own definition. */
function citedElsewhere(text: string, marker: string): boolean {
  return text.indexOf(marker) !== text.lastIndexOf(marker);
}

/**
 * The outlet of a numbered reference that the text cites ("[4]"): a source of the article, as
 * an endnote's outlet is. Read in the sentence that holds it.
 */
function referenceOutlet(text: string, line: Span, sentence: Sentence): Found | null {
  const s = text.slice(line.start, line.end);
  const number = NUMBERED_REFERENCE.exec(s);
  if (!number || !s.includes('*')) return null;
  const m = ITALIC_OUTLET.exec(s);
  const name = m?.[1]?.trim();
  // The text cites it: "[4]" for a numbered reference, "[^5]" elsewhere for a footnote.
  if (!m || !name) return null;
  if (number[1] ? !text.includes(`[${number[1]}]`) : !citedElsewhere(text, `[^${number[2]}]`)) return null;
  const start = line.start + m.index + m[0].indexOf(name);
  if (start < sentence.start || start + name.length > sentence.end) return null;
  return {
    start,
    end: start + name.length,
    type: 'organization',
    name,
    role: null,
    evidence: 'strong',
    sentence,
  };
}

/** What an endnote names, read once for all its sentences. */
interface NoteNames {
  ministries: (Span & { name: string })[];
  /** Whether another stage read a claim from the note, which makes its outlet a source. */
  claimed: boolean;
}

function noteNames(
  analysis: Analysis,
  sentence: Sentence,
  earlier: readonly StagedDraft[],
): NoteNames | null {
  const citation = analysis.citations.get(sentence.line);
  if (!citation) return null;
  const line = lineOf(analysis, sentence);
  const ministries: NoteNames['ministries'] = [];
  const title = analysis.text.slice(citation.title.start, citation.title.end);
  // Both forms of MINISTRY spell the word out.
  if (title.includes('Ministry')) {
    for (const m of title.matchAll(MINISTRY)) {
      const start = citation.title.start + m.index;
      ministries.push({ start, end: start + m[0].length, name: m[0] });
    }
  }
  const claimed = earlier.some((c) => c.kind !== 'entity' && c.start >= line.start && c.end <= line.end);
  return { ministries, claimed };
}

/** Outlets and ministries of an endnote; the outlet counts only when the note carries a claim. */
function citationMentions(
  analysis: Analysis,
  sentence: Sentence,
  earlier: readonly StagedDraft[],
  notes: Map<number, NoteNames | null>,
): Found[] {
  let note = notes.get(sentence.line);
  if (note === undefined) {
    note = noteNames(analysis, sentence, earlier);
    notes.set(sentence.line, note);
  }
  const citation = analysis.citations.get(sentence.line);
  if (!note || !citation) return [];
  const out: Found[] = [];
  for (const { start, end, name } of note.ministries) {
    if (start >= sentence.start && end <= sentence.end)
      out.push({ start, end, type: 'organization', name, role: null, evidence: 'strong', sentence });
  }
  const outlet = citation.outlet;
  if (
    outlet &&
    note.claimed &&
    outlet.start >= sentence.start &&
    outlet.end <= sentence.end &&
    !out.some((o) => o.start === outlet.start)
  ) {
    out.push({
      start: outlet.start,
      end: outlet.end,
      type: 'organization',
      name: outlet.name,
      role: null,
      evidence: 'strong',
      sentence,
    });
  }
  return out;
}

// "Ri Chol-gwang (also romanised Lee Cheol-kwang)", "Jong Song-ho, also known as Chong Song Ho".
const ALIAS_GAP =
  /^[*\s]*[(,]?\s*(?:(?:also|otherwise|sometimes|variously)\s+)?(?:known\s+as|romani[sz]ed(?:\s+as)?|spel(?:led|t)(?:\s+as)?|written\s+as|transliterated(?:\s+as)?|a\.?k\.?a\.?|alias|formerly)\s+[*"“]*$/i;
// "Ri Song-nam, or Lee Seong-nam as some newspapers spell it"
const OR_GAP = /^\s*[(,]?\s*or\s+$/i;
const SPELL_AFTER =
  /^\s+as\s+(?:[\p{L}-]+\s+){0,3}(?:spells?|writes?|romani[sz]es?|renders?|transliterates?)\b/iu;

// "gave his name as Dr Choe Un-hyok and is listed in company papers as Choi Eun-hyuk".
const LISTED_AS =
  /\b(?:is|was|are|were)\s+(?:listed|named|registered|recorded|identified)\s+(?:in\s+[\p{L}\s]{1,30}?\s+)?as\s+$/u;
// "the Office of Financial Sanctions Implementation (OFSI), part of HM Treasury": the parent
// body in an apposition is where the organisation sits, not another actor.
const PART_OF = /,\s+(?:a\s+|an\s+)?(?:part|unit|division|arm|branch)\s+of\s+(?:the\s+)?$/;
const SPELT_BEFORE =
  /\b(?:writes?|spells?|romani[sz]es?|renders?|transliterates?)\s+(?:it|him|her|his\s+name|her\s+name|the\s+name)\s+(?:as\s+)?$/i;

// 'PARK SONG-IL,\n also known as "Peter Park,"': another name for a party printed in capitals.
const CAPS_ALIAS_BEFORE = /[A-Z][A-Z'’-]*[A-Z],?\s+(?:also\s+known\s+as|a\.k\.a\.?)\s+["“]?$/;

/** A second spelling of the name just before it is the same entity, not another one. */
function isAlias(text: string, prev: Found | undefined, m: Found): boolean {
  if (!prev || prev.type !== m.type || prev.end > m.start) return false;
  // "The consul general is Jo Myong-chol. The Russian papers write it Cho Myung-chul."
  if (m.start - prev.end <= 150 && SPELT_BEFORE.test(text.slice(Math.max(prev.end, m.start - 40), m.start)))
    return true;
  if (m.start - prev.end <= 80 && LISTED_AS.test(text.slice(Math.max(prev.end, m.start - 50), m.start)))
    return true;
  if (m.start - prev.end > 40) return false;
  const gap = text.slice(prev.end, m.start);
  return ALIAS_GAP.test(gap) || (OR_GAP.test(gap) && SPELL_AFTER.test(text.slice(m.end, m.end + 50)));
}

// "An Kwang-il (Ahn Kwang Il in Cuban state media)", "김성철(Kim Song-chol, 일부 매체 표기 Kim Song
// Chul)", "the General Association (Chongryon)": what opens a parenthesis right after a name, or
// follows only other spellings inside it, is another form of that name.
const PAREN_ALIAS_GAP =
  /^\s*\((?:[^()\p{Ll}\n]|\p{Lu}[\p{L}-]*|\b(?:also|spelled|spelt|known|as|or|written|transliterated|romani[sz]ed)\b)*$/u;

function inAliasParenthesis(text: string, found: readonly Found[], m: Found): boolean {
  return found.some(
    (f) =>
      f !== m &&
      f.type === m.type &&
      f.end <= m.start &&
      m.start - f.end <= 80 &&
      PAREN_ALIAS_GAP.test(text.slice(f.end, m.start)),
  );
}

/** `whole` is `part` followed by more words: "Kim Jong Un" and "Kim". */
function startsWithWord(whole: string, part: string): boolean {
  return whole.length > part.length && whole.charCodeAt(part.length) === 32 && whole.startsWith(part);
}

/** `whole` is more words followed by `part`: "Kim Jong Un" and "Un". */
function endsWithWord(whole: string, part: string): boolean {
  return (
    whole.length > part.length &&
    whole.charCodeAt(whole.length - part.length - 1) === 32 &&
    whole.endsWith(part)
  );
}

/**
 * `whole` is the ministry `part` with more portfolios: "Ministry of Foreign Affairs and International
 * Cooperation" is another country's ministry than a "Ministry of Foreign Affairs", not its full name.
 */
function isOtherPortfolio(whole: string, part: string): boolean {
  return whole.startsWith(' and ', part.length) && PORTFOLIO_HEAD.test(part);
}

const PERIODICAL =
  /^(?:Quarterly|Weekly|Monthly|Review|Bulletin|Digest|Newsletter|Yearbook|Annual|Magazine|Journal)$/;

/** `whole` is `part` and a periodical's word: "Korea Mission Monitor Quarterly" and "Korea Mission Monitor". */
function isPeriodicalOf(whole: string, part: string): boolean {
  return startsWithWord(whole, part) && PERIODICAL.test(whole.slice(part.length + 1));
}

function creditedTo(names: readonly string[], name: string): boolean {
  return names.some(
    (n) =>
      n === name ||
      endsWithWord(n, name) ||
      startsWithWord(n, name) ||
      endsWithWord(name, n) ||
      startsWithWord(name, n),
  );
}

// A sanctions listing's annex entry: "2. KIM Yong Hui (a.k.a. GIM Yong-hui; KIM Yong-hee)" on a
// line of its own, then the entry's particulars ("DOB: …", "Address: …") on the next line.
const LISTING_ENTRY =
  /^\d{1,3}\.\s+(\p{Lu}[^\n(;:]{2,80}?)\s*(?:\((?:a\.k\.a\.|also known as|alias)\s*([^)\n]{1,200})\))?\s*\n(?=(?:DOB|Date of birth|POB|Place of birth|Address|Nationality|Passport|Reasons)\s*:)/gimu;
const NATURAL_PERSONS = /\b(?:natural persons|individuals)\b/i;
const LEGAL_PERSONS = /\b(?:legal persons|entities|bodies)\b/i;

function underPersons(text: string, at: number): boolean {
  let end = at;
  for (let i = 0; i < 80 && end > 0; i++) {
    const start = text.lastIndexOf('\n', end - 2) + 1;
    const line = text.slice(start, end);
    if (line.length < 80 && LEGAL_PERSONS.test(line)) return false;
    if (line.length < 80 && NATURAL_PERSONS.test(line)) return true;
    if (start === 0) break;
    end = start;
  }
  return false;
}

// The UN's sanctions list by reference number: "QDi.123   Name: ABU SALIM" (i for an individual,
// e for an entity), then the particulars, "A.k.a.: …" among them, on the lines below.
const UN_LIST_ENTRY = /^[A-Z]{2}([ie])\.\d{2,4}[ \t]+Name:[ \t]*(\p{Lu}[^\n]{1,100}?)[ \t]*$/gmu;
const UN_ALIAS = /^\n[ \t]*(?:A\.k\.a\.|Alias|Also known as):[ \t]*([^\n]{1,200})/i;

/** The entries of the UN's list by reference number, one entity each, with their aliases as the role. */
function unListEntries(analysis: Analysis): Found[] {
  const { text } = analysis;
  const out: Found[] = [];
  for (const m of text.matchAll(UN_LIST_ENTRY)) {
    const name = m[2] ?? '';
    const start = m.index + m[0].indexOf(name, 8);
    const sentence = analysis.sentences.find((x) => x.start <= start && start < x.end);
    if (!sentence) continue;
    const end = start + name.length;
    const alias = UN_ALIAS.exec(text.slice(end, end + 240))?.[1]?.trim();
    out.push({
      start,
      end,
      type: m[1] === 'i' ? 'person' : 'organization',
      name,
      role: alias ? `a.k.a. ${alias}` : null,
      evidence: 'strong',
      sentence,
    });
  }
  return out;
}

/** The entries of a sanctions listing's annex, one entity each, with their aliases as the role. */
function listingEntries(analysis: Analysis): Found[] {
  const { text } = analysis;
  const out: Found[] = text.includes('Name:') ? unListEntries(analysis) : [];
  if (!text.includes('\nDOB') && !text.includes('\nAddress')) return out;
  for (const m of text.matchAll(LISTING_ENTRY)) {
    const name = (m[1] ?? '').trim();
    const start = m.index + m[0].indexOf(name);
    const sentence = analysis.sentences.find((x) => x.start <= start && start < x.end);
    if (!sentence) continue;
    // The section heading above the entry ("A. Natural persons") tells people from entities; a
    // legal form settles it.
    const type = isCompany(name) || !underPersons(text, m.index) ? 'organization' : 'person';
    const aliases = m[2] ? `a.k.a. ${m[2].split(/\s*;\s*/).join(', ')}` : null;
    out.push({ start, end: start + name.length, type, name, role: aliases, evidence: 'strong', sentence });
  }
  return out;
}

// "Answer of the Town Council (Mayor Keller):": who gives a body's answer in minutes, by title
// and surname; the full name stands earlier, in the attendance.
const ANSWER_BY =
  /^(?:Answer|Reply|Response)\s+(?:of|by|from)\s+[^()\n:]{2,60}\((?:\p{Lu}[\p{L}-]*\s+){1,3}(\p{Lu}[\p{L}-]+)\)\s*:/gmu;

/**
 * The person who answers for a body in minutes, at the first mention of their full name. The
 * answer's label is the speaker's title, as a transcript's is: what it names goes to `labels`.
 */
function answerers(analysis: Analysis, found: readonly Found[], labels: Span[]): Found[] {
  const { text } = analysis;
  if (!text.includes('Answer') && !text.includes('Reply') && !text.includes('Response')) return [];
  const out: Found[] = [];
  for (const m of text.matchAll(ANSWER_BY)) {
    labels.push({ start: m.index, end: m.index + m[0].length });
    const surname = m[1] ?? '';
    if (found.some((f) => f.type === 'person' && (f.name === surname || f.name.endsWith(` ${surname}`))))
      continue;
    // The surname is letters and hyphens only: nothing in it needs escaping.
    const full = new RegExp(`(?<![\\p{L}-])\\p{Lu}\\p{Ll}+ ${surname}(?![\\p{L}-])`, 'u').exec(
      text.slice(0, m.index),
    );
    if (!full) continue;
    const start = full.index;
    const sentence = analysis.sentences.find((x) => x.start <= start && start < x.end);
    if (!sentence) continue;
    out.push({
      start,
      end: start + full[0].length,
      type: 'person',
      name: full[0],
      role: null,
      evidence: 'context',
      sentence,
    });
  }
  return out;
}

// A legislator's label names their riding and party: "(Surrey Centre, Lib.)", "(D-Ohio)".
const RIDING_PARTY =
  /^\(([^,()]{2,60}),\s*(?:\p{Lu}[\p{L}]{0,4}\.?|\p{Lu}{2,6})\)$|^\([DRI]-\p{Lu}[\p{L}. ]{1,15}\)$/u;
const OFFICE_WORD =
  /\b(?:Director|Minister|Secretary|Officer|Chief|Head|Commissioner|Superintendent|Inspector|President|Analyst|Adviser|Advisor|Counsel|General|Deputy|Assistant|Manager|Ambassador)\b/;
// Who chairs a hearing: "The Chair (Mr. Gordon Vail (…))".
const CHAIR =
  /^(?:The\s+)?(?:Chair|Chairman|Chairwoman|Chairperson|Vice-Chair|Acting Chair|Speaker|Deputy Speaker)$/;

/** Whether a label's parenthesis names a riding and party, or the speaker chairs. */
function isLegislatorLabel(name: string, paren: string): boolean {
  if (CHAIR.test(name)) return true;
  // The chair's own riding sits in a bracket inside the parenthesis: read the innermost.
  const inner = paren.lastIndexOf('(');
  const m = RIDING_PARTY.exec(paren.slice(inner, paren.indexOf(')', inner) + 1));
  return m !== null && !OFFICE_WORD.test(m[1] ?? '');
}

/**
 * In a hearing's transcript, what is not an entity: whatever a speaker's label holds in its
 * parenthesis (their office, riding and party are their role), and the legislators and the
 * chair when their turns carry no claim (they only ask, as in h09, h33 and h46).
 */
function transcriptDrops(
  analysis: Analysis,
  found: readonly Found[],
  earlier: readonly StagedDraft[],
): Set<Found> {
  const drops = new Set<Found>();
  const { text, lines } = analysis;
  // Only a label with a parenthesis leads to a drop.
  if (!text.includes('):')) return drops;
  interface Speaker {
    legislator: boolean;
    claims: boolean;
    people: string[];
  }
  const speakers = new Map<string, Speaker>();
  let turn: Speaker | null = null;
  let turnStart = 0;
  const close = (end: number) => {
    if (turn && !turn.claims)
      turn.claims = earlier.some((c) => c.kind !== 'entity' && c.start >= turnStart && c.start < end);
  };
  for (const line of lines) {
    const label = labelOf(text, line);
    if (!label) continue;
    close(line.start);
    let speaker = speakers.get(label.name);
    if (!speaker) {
      speaker = { legislator: false, claims: false, people: [] };
      speakers.set(label.name, speaker);
    }
    turn = speaker;
    turnStart = line.start;
    const role = label.role;
    if (!role) continue;
    for (const f of found) if (f.start >= role.start && f.end <= role.end) drops.add(f);
    if (!isLegislatorLabel(label.name, text.slice(role.start, role.end))) continue;
    speaker.legislator = true;
    for (const f of found)
      if (f.type === 'person' && f.start >= line.start && f.end <= role.end) speaker.people.push(f.name);
  }
  close(text.length);
  const askers = [...speakers.values()].filter((s) => s.legislator && !s.claims).flatMap((s) => s.people);
  if (askers.length)
    for (const f of found) if (f.type === 'person' && creditedTo(askers, f.name)) drops.add(f);
  return drops;
}

// "- Designated by OFAC in 2025; its director, …", "*Source: Ministry of Unification (ROK)*": a
// list item or a source line without a full stop is laid out as a heading, but is not one.
const ITEM_OR_SOURCE = /^\s*(?:[-*•]\s+\S[^\n]*\s\p{Ll}[^\n]*\s\p{Ll}|[*_]*Source:\s+\p{Lu})/u;

/** Whether a line laid out as a heading is a list item of running words or a table's source line. */
function isItemOrSource(text: string, line: Span): boolean {
  const c = text.charCodeAt(line.start);
  // A list item opens with its marker, a source line with "Source" or its emphasis.
  if (c !== 45 && c !== 42 && c !== 0x2022 && c !== 83 && c !== 95 && c !== 32) return false;
  return ITEM_OR_SOURCE.test(text.slice(line.start, Math.min(line.end, line.start + 200)));
}

/**
 * People and organisations named in the story: actors, sources, companies. Left out:
 * bylines and photo credits, the publisher, workplaces named only in someone's role, states,
 * the UN as a whole, and names in headings and page furniture. One claim per name, quoted
 * at its first mention; a later "Mallory" or "Yonhap" counts as the full name seen before.
 */
export const entityStage: Stage = {
  name: 'entity',
  version: '1.1.0',
  run({ analysis, earlier }) {
    const { text, credits } = analysis;
    const found: Found[] = [];
    const notes = new Map<number, NoteNames | null>();
    const traits = traitsOf(text);
    const references = new Map<number, boolean>();
    for (const sentence of analysis.sentences) {
      const line = lineOf(analysis, sentence);
      const { kind } = line;
      if (kind === 'citation') found.push(...citationMentions(analysis, sentence, earlier, notes));
      else if (kind === 'body' || (kind === 'heading' && isItemOrSource(text, line))) {
        let skip = references.get(sentence.line);
        if (skip === undefined) {
          skip = isUnclaimedReference(text, line, earlier);
          references.set(sentence.line, skip);
        }
        if (!skip) found.push(...mentionsIn(analysis, sentence, traits));
        const c = text.charCodeAt(line.start);
        if ((c >= 48 && c <= 57) || (c === 91 && text.charCodeAt(line.start + 1) === 94)) {
          const outlet = referenceOutlet(text, line, sentence);
          if (outlet) found.push(outlet);
        }
      }
    }
    const labels: Span[] = [];
    const answering = answerers(analysis, found, labels);
    if (answering.length) found.push(...answering);
    const listed = listingEntries(analysis);
    if (answering.length && !listed.length) found.sort((a, b) => a.start - b.start);
    // An entry comes before the run read from the same words, so its role (the aliases) is kept.
    if (listed.length)
      found.splice(0, found.length, ...[...listed, ...found].sort((a, b) => a.start - b.start));
    const dropped = transcriptDrops(analysis, found, earlier);
    const kept = found.filter((m, i) => {
      if (dropped.has(m)) return false;
      if (labels.length && labels.some((l) => l.start <= m.start && m.end <= l.end)) return false;
      if (m.type === 'person' && creditedTo(credits.bylines, m.name)) return false;
      if (m.type === 'organization' && creditedTo(credits.publishers, m.name)) return false;
      return (
        !isAlias(text, found[i - 1], m) &&
        !inAliasParenthesis(text, found, m) &&
        !CAPS_ALIAS_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))
      );
    });
    const people = kept.filter((m) => m.type === 'person');
    const orgs = kept.filter((m) => m.type === 'organization');
    const out: ClaimDraft[] = [];
    const seen = new Set<string>();
    // A name comes up again and again; it is normalised once.
    const keys = new Map<string, string>();
    for (const m of kept) {
      let normal = keys.get(m.name);
      if (normal === undefined) {
        normal = norm(m.name);
        keys.set(m.name, normal);
      }
      const key = `${m.type}|${normal}`;
      if (seen.has(key)) continue;
      if (m.type === 'person' && m.name.split(/\s+/).length === 1) {
        // "Mallory said", "Thae said": the surname of someone named in full elsewhere.
        if (people.some((p) => p !== m && (startsWithWord(p.name, m.name) || endsWithWord(p.name, m.name))))
          continue;
      }
      if (m.type === 'organization') {
        // "Korea Monitor Quarterly" is the monitor's own publication: the body is named once.
        if (orgs.some((o) => isPeriodicalOf(m.name, o.name))) continue;
        if (
          orgs.some(
            (o) =>
              startsWithWord(o.name, m.name) &&
              !isPeriodicalOf(o.name, m.name) &&
              !isOtherPortfolio(o.name, m.name),
          )
        )
          continue;
        // "the Panel of Experts" after "the UN Panel of Experts": the same body without "UN".
        if (orgs.some((o) => endsWithWord(o.name, m.name) && UN_PREFIX.test(o.name.slice(0, -m.name.length))))
          continue;
        if (ACRONYM.test(m.name) && orgs.some((o) => o !== m && initialsOf(o.name) === m.name)) continue;
      }
      seen.add(key);
      const span = quoteSpan(text, m.sentence, [m]);
      const claim: Omit<EntityClaim, 'doc' | 'quote' | 'stage'> = {
        kind: 'entity',
        start: span.start,
        // The quote keeps the name whole when it ends with a dot ("Marek W.", "Co., Ltd.").
        end: Math.max(span.end, m.end),
        attributed_to: null,
        hedge: null,
        entity_type: m.type,
        name: m.name,
        role: m.role,
      };
      out.push(claim);
    }
    return out;
  },
};
