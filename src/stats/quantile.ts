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

/**
 * The type-7 median of `values`, reordering them in place: Hoare's selection instead of a sort,
 * O(n) expected, for the bootstrap's thousands of resamples. Bit for bit quantileSorted(sorted, 0.5).
 */
export function medianInPlace(values: Float64Array): number {
  const n = values.length;
  if (n === 0) throw new RangeError("quantile of an empty sample");
  const lo = (n - 1) >> 1;
  const below = selectInPlace(values, lo);
  if (n % 2 === 1) return below;
  // Everything right of the selected position is ≥ it: the next order statistic is their minimum.
  let above = Infinity;
  for (let i = lo + 1; i < n; i++) if ((values[i] as number) < above) above = values[i] as number;
  return quantileSorted([below, above], 0.5);
}

/** Put the k-th smallest (0-based) at index k, smaller ones left of it and larger ones right. */
function selectInPlace(a: Float64Array, k: number): number {
  let left = 0;
  let right = a.length - 1;
  while (right > left) {
    // Median of three as the pivot keeps sorted and reversed input linear.
    const mid = (left + right) >> 1;
    const x = a[left] as number;
    const y = a[mid] as number;
    const z = a[right] as number;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = left;
    let j = right;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i] = a[j] as number;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return a[k] as number;
  }
  return a[k] as number;
}
