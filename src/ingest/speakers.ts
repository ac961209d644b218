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
// A parenthesis after the name holds the speaker's role, riding or outlet, with one level of
// brackets inside: "Q (CCTV):", "The Chair (Mr. Gordon Vail (Kenora—Rainy River, CPC)):".
const LABEL =
  /^(?:\*\*)?(?:\[\d{1,2}:\d{2}(?::\d{2})?\]\s*)?(\p{Lu}[\p{L}.'’-]*(?:[ \u00a0]\p{Lu}[\p{L}.'’-]*){0,3})(?:\s*(\((?:[^()\n]|\([^()\n]{0,80}\)){1,200}\)))?:(?:\*\*)?(\s|$)/u;
// A label alone on its line ("Ms. Danielle Okafor-Brault:", "Mr. Arjun Dhaliwal (Surrey Centre,
// Lib.):") needs an honorific or a parenthesis, so that a heading such as "Background:" is none.
const HONORIFIC =
  /^(?:(?:Mr|Ms|Mrs|Mme|Dr|Prof|Hon|Supt|Sen|Rep)\.?\s|The (?:Chair|Chairman|Chairwoman|Vice-Chair|Acting Chair|Speaker|Deputy Speaker|Clerk|President)$)/;
const QUESTION = /^(?:Q|Question|Reporter|Journalist|Interviewer)$/i;
const ANSWER = /^(?:A|Answer)$/i;
// Labels of a transcript's header or of an article's asides, not of a turn.
const NOT_A_SPEAKER =
  /^(?:Host|Guest|Guests|Moderator|Producer|Note|Notes|Update|Updated|Correction|Source|Sources|Photo|Related|Summary|Subject|Date|From|To|Tags|Key Points|Editor’s Note|Editor's Note|Transcript|Episode)$/i;
const MIN_TURNS = 3;

const HONORIFIC_WORD = /^(?:Mr|Ms|Mrs|Mme|Dr|Prof|Hon|Supt|Sen|Rep)\.?\s+(?=\p{Lu})/u;
const WORD_INITIAL = /(^|[\s'’])(\p{Ll})/gu;

/** "ANTON SEVERIN" → "Anton Severin"; a name already in mixed case is kept. */
function displayName(label: string): string {
  // "Ms. Danielle Okafor-Brault" is Danielle Okafor-Brault: the honorific is not the name.
  const name = label.replace(HONORIFIC_WORD, '');
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(WORD_INITIAL, (_, edge: string, c: string) => edge + c.toUpperCase());
}

/** A speaker's label that opens a line: who speaks, and the parenthesis with their role. */
export interface SpeakerLabel {
  name: string;
  /** Where the parenthesis after the name is, brackets included; null when there is none. */
  role: { start: number; end: number } | null;
}

/** The label that opens `line`, if any. */
export function labelOf(text: string, line: { start: number; end: number }): SpeakerLabel | undefined {
  const head = Math.min(line.end, line.start + 240);
  // Every label ends in a colon: a line without one in its head skips the pattern.
  const colon = text.indexOf(':', line.start);
  if (line.end - line.start < 3 || colon < 0 || colon >= head) return undefined;
  const m = LABEL.exec(text.slice(line.start, head));
  const name = m?.[1];
  if (!m || !name || NOT_A_SPEAKER.test(name)) return undefined;
  // A label alone on its line: the pattern stopped at the line's end.
  if (m[3] === '' && !m[2] && !HONORIFIC.test(name)) return undefined;
  const paren = m[2];
  const at = paren ? line.start + m[0].indexOf(paren, name.length) : -1;
  return { name, role: paren ? { start: at, end: at + paren.length } : null };
}

// "[English]", "[Translation]": the interpretation notes of a transcript do not end a turn.
const INTERPRETATION = /^\[[\p{L} ]{3,30}\]$/u;

/** The speaker of each line (by its index in `lines`), or null outside a speaker's turn. */
export function speakersOf(text: string, lines: readonly LaidOutLine[]): (string | null)[] {
  const labels = lines.map((line) => labelOf(text, line)?.name);
  if (labels.filter((l) => l !== undefined).length < MIN_TURNS) return lines.map(() => null);
  const first = labels.find((l) => l !== undefined && !QUESTION.test(l) && !ANSWER.test(l));
  const out: (string | null)[] = [];
  let current: string | null = null;
  for (const [i, label] of labels.entries()) {
    if (label !== undefined) {
      if (QUESTION.test(label)) current = null;
      else if (ANSWER.test(label)) current = first ? displayName(first) : null;
      else current = displayName(label);
    } else {
      const line = lines[i];
      if (line && line.kind !== 'body' && !INTERPRETATION.test(text.slice(line.start, line.end)))
        current = null;
    }
    out.push(current);
  }
  return out;
}
