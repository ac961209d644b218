/**
 * Who made the article: the publisher (dateline, copyright line, "Most Read from X") and the
 * people in bylines and photo credits. Neither is an entity of the story itself.
 */
export interface Credits {
  publishers: string[];
  bylines: string[];
}

// Each pattern with a cheap test of the literal it needs, so that most texts skip most patterns.
const PUBLISHER: [RegExp, RegExp][] = [
  [/\)\s*(?:--|—|–|-\s)/, /^\s*\((\p{Lu}[\p{L}\p{N} .&'-]{1,40})\)\s*(?:--|—|–|-\s)/gmu],
  // Datelines: "SEOUL, Oct 31 (Reuters) -", "VLADIVOSTOK, August 14. /TASS/."
  [/\)\s*(?:--|—|–|-\s)/, /\b\p{Lu}{2,}[^()\n]{0,30}\((\p{Lu}[\p{L}\p{N} .&'-]{1,40})\)\s*(?:--|—|–|-\s)/gu],
  [/\/\s*\p{Lu}/u, /^\p{Lu}{2,}[^/\n]{0,30}\/(\p{Lu}[\p{L}\p{N}&-]{1,20})\/\.?/gmu],
  // "BANGKOK, Sept. 17 Kyodo -": an agency after the date, without brackets.
  [
    /\d\s+\p{Lu}/u,
    /^\p{Lu}{2,}[\p{Lu} ]*,\s+\p{Lu}\p{Ll}{2,}\.?\s+\d{1,2}\s+(\p{Lu}[\p{L}]{1,20})\s+(?:--|—|–|-)\s/gmu,
  ],
  // A dateline that starts with the date: "March 6 (Reuters) -".
  [
    /\)\s*(?:--|—|–|-\s)/,
    /^\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}\s+\((\p{Lu}[\p{L}\p{N} .&'-]{1,40})\)\s*(?:--|—|–|-\s)/gmu,
  ],
  // A paper's name, then the date it appeared: "The Harbour Times, Dec. 8, 2025".
  [
    /,\s+\d{4}/,
    /^(?:The\s+)?(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){0,3}),\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\b/gmu,
  ],
  // Photo credits: "(Xinhua/Li Ming)".
  [/\//, /\((\p{Lu}[\p{L}]{1,20})\/\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2}\)/gu],
  [/©/, /©\s*(?:\d{4}\s*)?(?:by\s+)?(\p{Lu}[^.\n©]{1,60}?)(?:\s+L\.P\.|\s+Inc\.|\s+Ltd\.?|\.|,|$)/gmu],
  [/copyright/i, /\bcopyright\s+(?:\d{4}\s+)?(\p{Lu}[^.\n]{1,60}?)(?:\.|,|$)/gimu],
  [/Most Read from/, /^Most Read from (\p{Lu}[\p{L} ]+?)\s*$/gmu],
  [/not from/, /\bnot from (\p{Lu}[\p{L} ]+?)\./gu],
  [/Made with/, /^Made with\b.*?\bby (\p{Lu}[\p{L} ]+?)\s*$/gmu],
  [/Photo by/, /\bPhoto by [^/\n]+\/(\p{Lu}[\p{L}]+)/gu],
  [/=/, /\((?:[^=()\n]{1,10})=([^)\n]{2,20})\)/gu],
];
const BYLINE_LINE =
  /^(?:-{1,2}\s*|\()?(?:by|compiled by|reporting by|writing by|editing by|edited by|with assistance from|additional reporting by|written by)\s+(.+)$/gimu;
// "The Peninsula Hour is produced by Sam Okafor": a programme's own credits.
const PRODUCED_BY =
  /\b(?:is|are)\s+(?:produced|hosted|presented|edited|mixed|engineered)\s+by\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})/gu;
const NAME_DATE = /^(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})\s*[|｜]\s*\d{4}/gmu;
const PHOTO = /\bPhoto by ([^/\n]+)\//gu;
// "(Xinhua/Li Ming)": the photographer after the agency.
const PHOTO_CREDIT = /\(\p{Lu}[\p{L}]{1,20}\/(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})\)/gu;
const KO_REPORTER = /(?:^|\s|\))([\uac00-\ud7a3]{2,4})\s?기자\b/gu;

const MASTHEAD = /^\s*(?:THE\s+)?(\p{Lu}[\p{Lu}'&]+(?:\s+\p{Lu}[\p{Lu}'&]+){0,4})[ \t]*\n[^\n]*\b\d{4}\b/u;

// At module level: the bundle rewrites a `\p{…}` literal as `new RegExp`, built at every call.
const WORKED_IN = /\s+in\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?$/u;
const CAPITALISED = /^\p{Lu}/u;

function names(list: string): string[] {
  return (
    list
      .split(/[,;&]|\band\b|\b(?:editing|writing|reporting|additional reporting)\s+by\b/i)
      // "Compiled by Min-ji Seo in Seoul": where the credited person worked is not their name.
      .map((s) =>
        s
          .replace(/[.;:)]+$/, '')
          .replace(WORKED_IN, '')
          .trim(),
      )
      .filter((s) => CAPITALISED.test(s) || /^[\uac00-\ud7a3]/.test(s))
  );
}

// Only lines that can carry a credit are searched: short ones, and ones with a dateline,
// copyright sign or photo credit.
// (기자 is looked for apart: a Korean word among the English ones makes the scan slower.)
const CREDIT_LINE =
  /©|opyright|Most Read|not from|Made with|Photo by|\(|=|\/[A-Z]|^[A-Z]{3,}[A-Z ]*,|(?:produced|hosted|presented) by/;

/** The lines that can carry a credit, joined by line breaks. */
function creditLines(text: string): string {
  const kept: string[] = [];
  for (let at = 0; at <= text.length; ) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    const line = text.slice(at, nl);
    if (line.length < 160 || CREDIT_LINE.test(line) || line.includes('기자')) kept.push(line);
    at = nl + 1;
  }
  return kept.join('\n');
}

export function creditsOf(text: string): Credits {
  const candidates = creditLines(text);
  const publishers = new Set<string>();
  for (const [needs, re] of PUBLISHER) {
    if (!needs.test(candidates)) continue;
    for (const m of candidates.matchAll(re)) {
      const name = m[1]?.trim();
      if (name && name.length > 1) publishers.add(name.replace(/^by\s+/i, '').replace(/\s+\d{4}$/, ''));
    }
  }
  // A masthead in capitals over a dated line: "THE HARBOUR TIMES" / "Mombasa | Monday, May 4, 2026".
  const mast = MASTHEAD.exec(text);
  if (mast?.[1]) publishers.add(mast[1].toLowerCase().replace(/\b\p{Ll}/gu, (c) => c.toUpperCase()));
  const bylines = new Set<string>();
  const patterns = [BYLINE_LINE];
  if (/[|｜]/.test(candidates)) patterns.push(NAME_DATE);
  if (candidates.includes('Photo by')) patterns.push(PHOTO);
  if (/(?:produc|host|present|edit|mix|engineer)ed by/.test(candidates)) patterns.push(PRODUCED_BY);
  if (candidates.includes('/')) patterns.push(PHOTO_CREDIT);
  for (const re of patterns) {
    for (const m of candidates.matchAll(re)) {
      const raw = m[1] ?? '';
      if (raw.split(/\s+/).length > 14) continue;
      for (const n of names(raw)) {
        // "NKR Intern Alfred Han": every tail of two or more words may be how the name is written.
        const words = n.split(/\s+/);
        for (let i = 0; i + 1 < words.length; i++) bylines.add(words.slice(i).join(' '));
        if (words.length === 1) bylines.add(n);
      }
    }
  }
  if (text.includes('기자')) for (const m of text.matchAll(KO_REPORTER)) if (m[1]) bylines.add(m[1]);
  return { publishers: [...publishers], bylines: [...bylines] };
}
