import type { LaidOutLine } from './layout.ts';

/**
 * Who speaks each line of a transcript (a press briefing, a podcast, an interview), so that a
 * claim made in a turn without its own attribution ("according to …") is attributed to the
 * speaker: "A: The DPRK Embassy in China functions normally" is the spokesperson's word.
 *
 * A line opens a turn with a label: "Gao Wenjie:", "ANTON SEVERIN:", "**[00:00:27] ANTON
 * SEVERIN:**", "Q (CCTV):", "A:". A questioner's turn has no speaker (a question is not a
 * statement of the questioner's), and "A:" is the briefing's first named speaker. Only a text
 * with at least `MIN_TURNS` labelled lines is read as a transcript, so that a "Note:" or an
 * "Update:" line in an article makes no speaker.
 */
const LABEL =
  /^(?:\*\*)?(?:\[\d{1,2}:\d{2}(?::\d{2})?\]\s*)?(\p{Lu}[\p{L}.'’-]*(?:[ \u00a0]\p{Lu}[\p{L}.'’-]*){0,3})(?:\s*\([^)\n]{1,40}\))?:(?:\*\*)?\s/u;
const QUESTION = /^(?:Q|Question|Reporter|Journalist|Interviewer)$/i;
const ANSWER = /^(?:A|Answer)$/i;
// Labels of a transcript's header or of an article's asides, not of a turn.
const NOT_A_SPEAKER =
  /^(?:Host|Guest|Guests|Moderator|Producer|Note|Notes|Update|Updated|Correction|Source|Sources|Photo|Related|Summary|Subject|Date|From|To|Tags|Key Points|Editor’s Note|Editor's Note|Transcript|Episode)$/i;
const MIN_TURNS = 3;

const WORD_INITIAL = /(^|[\s'’])(\p{Ll})/gu;

/** "ANTON SEVERIN" → "Anton Severin"; a name already in mixed case is kept. */
function displayName(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(WORD_INITIAL, (_, edge: string, c: string) => edge + c.toUpperCase());
}

/** The speaker of each line (by its index in `lines`), or null outside a speaker's turn. */
export function speakersOf(text: string, lines: readonly LaidOutLine[]): (string | null)[] {
  const labels = lines.map((line) => {
    const head = Math.min(line.end, line.start + 80);
    // Every label ends in a colon: a line without one in its head skips the pattern.
    const colon = text.indexOf(':', line.start);
    if (line.end - line.start < 3 || colon < 0 || colon >= head) return undefined;
    const m = LABEL.exec(text.slice(line.start, head));
    const name = m?.[1];
    return name && !NOT_A_SPEAKER.test(name) ? name : undefined;
  });
  if (labels.filter((l) => l !== undefined).length < MIN_TURNS) return lines.map(() => null);
  const first = labels.find((l) => l !== undefined && !QUESTION.test(l) && !ANSWER.test(l));
  const out: (string | null)[] = [];
  let current: string | null = null;
  for (const [i, label] of labels.entries()) {
    if (label !== undefined) {
      if (QUESTION.test(label)) current = null;
      else if (ANSWER.test(label)) current = first ? displayName(first) : null;
      else current = displayName(label);
    } else if (lines[i]?.kind !== 'body') current = null;
    out.push(current);
  }
  return out;
}
