// Sample quantiles as numpy's default (Hyndman–Fan type 7, linear interpolation) computes them;
// simple-statistics' quantile uses another definition, so reports would disagree with NumPy.

/** Type-7 quantile of already sorted samples; `p` in [0, 1]. */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) throw new RangeError("quantile of an empty sample");
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile probability must be in [0, 1]; got ${p}`);
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const below = sorted[lo] as number;
  if (lo + 1 >= n) return below;
  const above = sorted[lo + 1] as number;
  // numpy's lerp form: exact at both ends, monotone in p.
  const t = h - lo;
  return t === 0 ? below : below + t * (above - below);
}

/** Type-7 quantile (numpy.quantile's default) of unsorted samples. */
export function quantile(samples: readonly number[], p: number): number {
  return quantileSorted(Float64Array.from(samples).sort(), p);
}

export function median(samples: readonly number[]): number {
  return quantile(samples, 0.5);
}
