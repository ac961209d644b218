import { containment, sharedCount } from './shingles.ts';

/**
 * When a document is a syndicated rewrite of another, so that it is not a second witness.
 * Thresholds come from the seed set (rewrite 0.28 three-word containment, independent pieces
 * ≤ 0.05) and leave margin both ways; an identical headline lowers the bar, because rewrite
 * sites keep the headline while rewording the body.
 */
export const NEAR_DUPLICATE_CONTAINMENT = 0.15;
export const SAME_TITLE_CONTAINMENT = 0.08;
/**
 * Below this many shared three-word runs nothing is called a rewrite: two short briefs about the
 * same closure share "closed its embassy" by necessity, not by copying.
 */
export const MIN_SHARED_SHINGLES = 12;

export interface Fingerprint {
  title: string | null;
  shingles: Uint32Array;
}

function normalTitle(title: string | null): string | null {
  const t = title
    ?.toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return t ? t : null;
}

/** Whether `a` and `b` are the same story syndicated, and how strongly. */
export function nearDuplicate(a: Fingerprint, b: Fingerprint): { match: boolean; containment: number } {
  const c = containment(a.shingles, b.shingles);
  if (sharedCount(a.shingles, b.shingles) < MIN_SHARED_SHINGLES) return { match: false, containment: c };
  const ta = normalTitle(a.title);
  const sameTitle = ta !== null && ta === normalTitle(b.title);
  return {
    match: c >= NEAR_DUPLICATE_CONTAINMENT || (sameTitle && c >= SAME_TITLE_CONTAINMENT),
    containment: c,
  };
}
