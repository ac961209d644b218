/** Latency samples of one query, in milliseconds. */
export interface Latency {
  iterations: number;
  p50: number;
  p95: number;
}

/** Nearest-rank percentile of unsorted samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

export function summarize(samples: readonly number[]): Latency {
  return { iterations: samples.length, p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

/** How long to measure one query: `iterations` runs after `warmup`, unless the budget runs out first. */
export interface MeasurePlan {
  iterations: number;
  warmup: number;
  /** Wall time for warm-up and measured runs together; at least one run is always measured. */
  budgetMs: number;
}

/**
 * Runs `fn` up to `plan.warmup` times unmeasured, then up to `plan.iterations` times one after
 * another, and returns each measured run's wall time. `fn` gets the iteration number (warm-up
 * runs count too) so that it can draw its parameters from a seeded generator. A slow query is
 * warmed up once only (a run over a tenth of the budget), and one whose warm-up run outlasts
 * the whole budget is not run again: that run is its one sample.
 */
export async function measure(
  plan: MeasurePlan,
  fn: (iteration: number) => Promise<void>,
): Promise<number[]> {
  const started = performance.now();
  let next = 0;
  while (next < plan.warmup) {
    const t = performance.now();
    await fn(next++);
    const took = performance.now() - t;
    if (took >= plan.budgetMs) return [took];
    if (took >= plan.budgetMs / 10) break;
  }
  const samples: number[] = [];
  while (
    samples.length < plan.iterations &&
    (samples.length === 0 || performance.now() - started < plan.budgetMs)
  ) {
    const t = performance.now();
    await fn(next++);
    samples.push(performance.now() - t);
  }
  return samples;
}

/** mulberry32: a small seeded generator, so that every run asks the same questions. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
