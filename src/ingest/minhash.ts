/**
 * MinHash signatures over shingle hashes, for finding candidate near-duplicates without
 * comparing a new document against every stored one. With one row per band, two documents
 * become candidates when any of their `PERMUTATIONS` minima agree, so even a loose rewrite
 * (shingle Jaccard ≈ 0.08) is found with probability > 0.99; candidates are then confirmed by
 * exact containment (`shingles.ts`).
 */

export const PERMUTATIONS = 128;

/** A fixed, seeded family of universal hash functions h(x) = (a·x + b) mod p. */
const PRIME = 4294967311; // the first prime above 2^32
const COEFFS: { a: number; b: number }[] = (() => {
  let state = 0x9e3779b9;
  const next = () => {
    // xorshift32: deterministic coefficients, so signatures are comparable across runs.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return state >>> 0;
  };
  return Array.from({ length: PERMUTATIONS }, () => ({ a: (next() % (PRIME - 1)) + 1, b: next() % PRIME }));
})();

/** (a·x + b) mod p without losing precision: split a into 16-bit halves so each product stays < 2^53. */
function permute(a: number, b: number, x: number): number {
  const hi = Math.floor(a / 65536);
  const lo = a % 65536;
  const t = ((hi * x) % PRIME) * 65536;
  return ((t % PRIME) + ((lo * x) % PRIME) + b) % PRIME;
}

/** The MinHash signature of a set of 32-bit shingle hashes. An empty set gets all -1. */
export function signature(hashes: Uint32Array): number[] {
  const sig = new Array<number>(PERMUTATIONS).fill(Number.POSITIVE_INFINITY);
  for (const x of hashes) {
    for (let i = 0; i < PERMUTATIONS; i++) {
      const c = COEFFS[i]!;
      const v = permute(c.a, c.b, x);
      if (v < sig[i]!) sig[i] = v;
    }
  }
  // Stored as int4: fold the 33-bit range into a signed 32-bit value.
  return sig.map((v) => (Number.isFinite(v) ? v | 0 : -1));
}

/** Estimated Jaccard similarity: the share of agreeing minima. */
export function estimateJaccard(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let i = 0; i < PERMUTATIONS; i++) if (a[i] === b[i]) same++;
  return same / PERMUTATIONS;
}
