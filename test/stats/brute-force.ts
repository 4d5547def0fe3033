// The dumbest correct versions of the rank statistics whose fast forms live in src/stats/: every
// pairwise difference, every Walsh average and every pair of observations, materialised and
// sorted or counted. The property tests check the fast versions against them; the scaling bench
// times them side by side. Kept as they were before the O(n log n) versions replaced them.

import { pairedIntervalOrder, shiftIntervalOrder, type ShiftEstimate } from "../../src/stats/hodges-lehmann.js";
import { quantileSorted } from "../../src/stats/quantile.js";

/** All m·n differences head_j − base_i, sorted. */
export function allPairwiseDifferences(base: readonly number[], head: readonly number[]): Float64Array {
  const diffs = new Float64Array(base.length * head.length);
  let i = 0;
  for (const b of base) for (const h of head) diffs[i++] = h - b;
  return diffs.sort();
}

/** All n(n+1)/2 Walsh averages (d_i + d_j)/2, i ≤ j, sorted. */
export function allWalshAverages(d: readonly number[]): Float64Array {
  const n = d.length;
  const walsh = new Float64Array((n * (n + 1)) / 2);
  let w = 0;
  for (let i = 0; i < n; i++) for (let j = i; j < n; j++) walsh[w++] = (d[i]! + d[j]!) / 2;
  return walsh.sort();
}

// The intervals' order k comes from src/stats/ (checked against SciPy in hodges-lehmann.test.ts):
// what these check is the selection of the k-th difference or Walsh average, by sorting them all.
export function bruteHodgesLehmannShift(base: readonly number[], head: readonly number[], alpha = 0.05): ShiftEstimate {
  const diffs = allPairwiseDifferences(base, head);
  const { k, method } = shiftIntervalOrder(base, head, alpha);
  return { estimate: quantileSorted(diffs, 0.5), lower: diffs[k - 1]!, upper: diffs[diffs.length - k]!, method };
}

export function bruteHodgesLehmannPairedShift(d: readonly number[], alpha = 0.05): ShiftEstimate {
  const walsh = allWalshAverages(d);
  const { k, method } = pairedIntervalOrder(d, alpha);
  return { estimate: quantileSorted(walsh, 0.5), lower: walsh[k - 1]!, upper: walsh[walsh.length - k]!, method };
}

/** Σ sign(x_i − x_j)·sign(y_i − y_j) over i < j, and the number of strictly discordant pairs. */
export function bruteKendallCounts(x: readonly number[], y: readonly number[]): { conMinusDis: number; discordant: number } {
  let conMinusDis = 0;
  let discordant = 0;
  for (let i = 0; i < x.length; i++) {
    for (let j = i + 1; j < x.length; j++) {
      const s = Math.sign(x[i]! - x[j]!) * Math.sign(y[i]! - y[j]!);
      conMinusDis += s;
      if (s < 0) discordant++;
    }
  }
  return { conMinusDis, discordant };
}

/** The pair counts alone: what the O(n²) kendallTau spent its time on. */
export function bruteKendallTau(x: readonly number[], y: readonly number[]): number {
  const { conMinusDis } = bruteKendallCounts(x, y);
  return conMinusDis;
}

/** The null CDF of U by Mann and Whitney's (1947) recurrence, additions only: O(m²n²). */
export function recurrenceMannWhitneyCdf(m: number, n: number): Float64Array {
  const small = Math.min(m, n);
  const large = Math.max(m, n);
  const size = small * large + 1;
  const counts = Array.from({ length: small + 1 }, () => {
    const row = new Float64Array(size);
    row[0] = 1;
    return row;
  });
  for (let np = 1; np <= large; np++) {
    for (let j = 1; j <= small; j++) {
      const row = counts[j]!;
      const prev = counts[j - 1]!;
      for (let u = j * np; u >= np; u--) row[u] = row[u]! + prev[u - np]!;
    }
  }
  const full = counts[small]!;
  let total = 0;
  for (const c of full) total += c;
  const cdf = new Float64Array(size);
  let acc = 0;
  for (let u = 0; u < size; u++) {
    acc += full[u]! / total;
    cdf[u] = acc;
  }
  return cdf;
}
