// A small seeded PRNG so that every random choice in stats/ (the bootstrap) is reproducible:
// the pure core never calls Math.random.

/** Uniform numbers in [0, 1). */
export type Rng = () => number;

/**
 * mulberry32: 32-bit state, period 2^32, passes the usual smoke tests; more than enough for
 * bootstrap resampling, and cheap to reconstruct from the seed stored in a report.
 */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform integer in [0, n). */
export function randomIndex(rng: Rng, n: number): number {
  return Math.min(n - 1, Math.floor(rng() * n));
}
