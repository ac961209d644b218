import type { CoverageClaim, MissionStatusClaim } from '../domain/claim.ts';
import { CITIES } from './lexicon/cities.ts';

/** A registry mission as the matcher sees it. */
export interface KnownMission {
  id: string;
  sending: string;
  host: string;
  city: string;
  type: string;
}

export interface MissionRef {
  sending: string;
  host: string;
  city: string | null;
  type: string;
}

export function refOfStatus(c: MissionStatusClaim): MissionRef {
  return { sending: c.sending, host: c.host, city: c.city, type: c.mission_type };
}

export function refOfCoverage(c: CoverageClaim): MissionRef {
  return { sending: c.sending, host: c.by_host, city: c.by_city, type: 'unknown' };
}

const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function capitalOf(host: string): string | null {
  return (
    CITIES.find((c) => c.code === host && c.capital && /^[\p{Script=Latin} .'-]+$/u.test(c.name))?.name ??
    null
  );
}

export type MissionMatch =
  | { kind: 'known'; id: string }
  | { kind: 'ambiguous' }
  | { kind: 'new'; mission: KnownMission }
  | { kind: 'unplaceable' };

/**
 * Finds the registry mission a claim speaks of: same sending state and host, then the same
 * type and city when the claim gives them. Returns the mission, `ambiguous` when several fit,
 * or a new mission to create when none does (only when the claim says what kind of mission).
 */
export function matchMission(ref: MissionRef, known: readonly KnownMission[]): MissionMatch {
  let fit = known.filter((m) => m.sending === ref.sending && m.host === ref.host);
  if (ref.type !== 'unknown' && fit.some((m) => m.type === ref.type))
    fit = fit.filter((m) => m.type === ref.type);
  const city = ref.city?.toLowerCase();
  if (city && fit.some((m) => m.city.toLowerCase() === city))
    fit = fit.filter((m) => m.city.toLowerCase() === city);
  const [only] = fit;
  if (fit.length === 1 && only) return { kind: 'known', id: only.id };
  if (fit.length > 1) {
    // "Its mission in Spain" when the registry also has a consulate there: the embassy.
    const embassies = fit.filter((m) => m.type === 'embassy');
    const [embassy] = embassies;
    return embassies.length === 1 && embassy && ref.type === 'unknown'
      ? { kind: 'known', id: embassy.id }
      : { kind: 'ambiguous' };
  }
  if (ref.type === 'unknown') return { kind: 'unplaceable' };
  const cityName = ref.city ?? capitalOf(ref.host);
  if (!cityName || !slug(cityName)) return { kind: 'unplaceable' };
  const id = `${ref.sending}-${ref.host}-${slug(cityName)}-${ref.type.replaceAll('_', '-')}`.toLowerCase();
  return {
    kind: 'new',
    mission: { id, sending: ref.sending, host: ref.host, city: cityName, type: ref.type },
  };
}
