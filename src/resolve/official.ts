import { placesIn } from '../ingest/gazetteer.ts';

// Words that make an attribution a government or its media speaking.
const GOVERNMENT =
  /\b(?:government|ministry|minister|foreign office|state department|spokes(?:wo)?man|spokesperson|president|embassy|official media|state media|state-run|KCNA|Korean Central News Agency|Rodong Sinmun|외교부|정부|조선중앙통신|노동신문)\b/i;
const STATE_MEDIA_OF_KP = /\b(?:KCNA|Korean Central News Agency|Rodong Sinmun|조선중앙통신|노동신문)\b/i;
const UNNAMED_STATE_MEDIA = /\b(?:official media|state media|official reports)\b/i;
// "a spokesman for the embassy": the mission itself speaking, i.e. the sending government.
const THE_MISSION_ITSELF =
  /\b(?:spokes(?:wo)?man|spokesperson|ambassador|envoy|charg[ée] d'affaires|diplomat|official)s? (?:for|of|at) the (?:mission|embassy|consulate(?: general)?)\b/i;

/**
 * Whether a report comes from the sending or the host government or its state media: the only
 * kind of source that confirms a mission's status without a reviewer. "South Korea's
 * Unification Ministry" on a North Korean embassy in Spain is a government, but neither of the two.
 * Unnamed "official media" in a report on a state's missions is read as that state's, and
 * "a spokesman for the embassy" as the mission itself, i.e. the sending government.
 */
export function isOfficial(
  speaker: { attributedTo: string | null; publisher: string; publisherType: string },
  mission: { sending: string; host: string },
): boolean {
  const parties = new Set([mission.sending, mission.host]);
  for (const text of [
    speaker.attributedTo,
    speaker.publisherType === 'official' || speaker.publisherType === 'state_media'
      ? speaker.publisher
      : null,
  ]) {
    if (!text) continue;
    if (THE_MISSION_ITSELF.test(text)) return true;
    if (!GOVERNMENT.test(text)) continue;
    if (STATE_MEDIA_OF_KP.test(text)) return parties.has('KP');
    const countries = placesIn(text).map((p) => p.code);
    if (countries.length === 0 && UNNAMED_STATE_MEDIA.test(text)) return true;
    if (countries.some((c) => parties.has(c))) return true;
  }
  return false;
}
