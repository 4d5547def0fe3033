// Hodges–Lehmann shift estimates with their distribution-free confidence intervals (Moses for
// two samples, Tukey's Walsh-average interval for paired data). On log samples the shift is a
// log ratio, so exp() turns it into "head is 1.073× base [1.051, 1.096]". The order statistics
// are selected without listing the m·n differences or n(n+1)/2 Walsh averages: O(n log n).

import { mannWhitneyCdf, mannWhitneyMethod, type RankTestMethod } from "./mann-whitney-u.js";
import { normalQuantile } from "./normal.js";
import { pairwiseDifferences } from "./pairwise-differences.js";
import { hasTies, rankData, tieTerm } from "./rank-data.js";
import { walshAverages } from "./walsh-averages.js";
import { signedRankCdf } from "./wilcoxon-signed-rank.js";

export interface ShiftEstimate {
  estimate: number;
  lower: number;
  upper: number;
  /** The null distribution the interval's order statistics came from. */
  method: RankTestMethod;
}

/**
 * Shift of `head` relative to `base`: the median of all differences head_j − base_i, and the
 * interval between the k-th smallest and k-th largest difference, k from the Mann–Whitney null
 * distribution (exact under the same rule as mannWhitneyU, else its normal approximation with
 * tie correction: k = ⌊mn/2 − z₁₋α/₂·σ⌋, at least 1).
 */
export function hodgesLehmannShift(base: readonly number[], head: readonly number[], alpha = 0.05): ShiftEstimate {
  const m = base.length;
  const n = head.length;
  if (m === 0 || n === 0) throw new RangeError("Hodges–Lehmann needs two non-empty samples");
  const diffs = pairwiseDifferences(base, head);
  const { k, method } = shiftIntervalOrder(base, head, alpha);
  return {
    estimate: diffs.median(),
    lower: diffs.kth(k),
    upper: diffs.kth(m * n - k + 1),
    method,
  };
}

/**
 * The order k of the two-sample interval [D(k), D(mn+1−k)] over the sorted differences, and the
 * null distribution it came from. Shared with the brute-force oracle, which checks the selection.
 */
export function shiftIntervalOrder(base: readonly number[], head: readonly number[], alpha: number): { k: number; method: RankTestMethod } {
  const m = base.length;
  const n = head.length;
  const { tieSizes } = rankData([...base, ...head]);
  const method = mannWhitneyMethod(m, n, hasTies(tieSizes));
  if (method === "exact") return { k: orderFromCdf(mannWhitneyCdf(m, n), alpha), method };
  const total = m + n;
  const sigma = Math.sqrt(((m * n) / 12) * (total + 1 - tieTerm(tieSizes) / (total * (total - 1))));
  return { k: Math.max(1, Math.floor((m * n) / 2 - normalQuantile(1 - alpha / 2) * sigma)), method };
}

/**
 * One-sample (paired) shift: the median of the Walsh averages (d_i + d_j)/2, i ≤ j, with the
 * interval from the signed-rank null distribution (exact when n ≤ 50 and the |d| have neither
 * zeros nor ties, else normal with tie correction).
 */
export function hodgesLehmannPairedShift(d: readonly number[], alpha = 0.05): ShiftEstimate {
  const n = d.length;
  if (n === 0) throw new RangeError("Hodges–Lehmann needs at least one difference");
  const walsh = walshAverages(d);
  const count = walsh.count;
  const { k, method } = pairedIntervalOrder(d, alpha);
  return {
    estimate: walsh.median(),
    lower: walsh.kth(k),
    upper: walsh.kth(count - k + 1),
    method,
  };
}

/** The order k of the paired interval [W(k), W(N+1−k)] over the N = n(n+1)/2 sorted Walsh averages. */
export function pairedIntervalOrder(d: readonly number[], alpha: number): { k: number; method: RankTestMethod } {
  const n = d.length;
  const count = (n * (n + 1)) / 2;
  const { tieSizes } = rankData(d.map(Math.abs));
  if (n <= 50 && !d.includes(0) && !hasTies(tieSizes)) return { k: orderFromCdf(signedRankCdf(n), alpha), method: "exact" };
  let variance = (n * (n + 1) * (2 * n + 1)) / 24;
  for (const t of tieSizes) variance -= (t * (t * t - 1)) / 48;
  return { k: Math.max(1, Math.floor(count / 2 - normalQuantile(1 - alpha / 2) * Math.sqrt(variance))), method: "asymptotic" };
}

// The largest k with 2·P(S ≤ k−1) ≤ α, so [D(k), D(N+1−k)] covers at least 1 − α; 1 when the
// samples are too small for that (the interval is then the full range of differences).
function orderFromCdf(cdf: Float64Array, alpha: number): number {
  let k = 1;
  while (k < cdf.length && 2 * (cdf[k - 1] as number) <= alpha) k++;
  return Math.max(1, k - 1);
}

export interface RatioEstimate {
  ratio: number;
  lower: number;
  upper: number;
  method: RankTestMethod;
}

/** Ratio head/base of positive samples: exp of the Hodges–Lehmann shift of their logs. */
export function hodgesLehmannRatio(base: readonly number[], head: readonly number[], alpha = 0.05): RatioEstimate {
  const shift = hodgesLehmannShift(logs(base), logs(head), alpha);
  return { ratio: Math.exp(shift.estimate), lower: Math.exp(shift.lower), upper: Math.exp(shift.upper), method: shift.method };
}

/** Ratio head/base of paired positive samples: exp of the paired shift of log(head_i/base_i). */
export function hodgesLehmannPairedRatio(base: readonly number[], head: readonly number[], alpha = 0.05): RatioEstimate {
  const shift = hodgesLehmannPairedShift(pairedLogRatios(base, head), alpha);
  return { ratio: Math.exp(shift.estimate), lower: Math.exp(shift.lower), upper: Math.exp(shift.upper), method: shift.method };
}

/** log(head_i / base_i) for each pair. */
export function pairedLogRatios(base: readonly number[], head: readonly number[]): number[] {
  if (base.length !== head.length) throw new RangeError(`paired samples differ in length: ${base.length} vs ${head.length}`);
  const b = logs(base);
  return logs(head).map((h, i) => h - (b[i] as number));
}

function logs(samples: readonly number[]): number[] {
  return samples.map((v) => {
    if (!(v > 0) || !Number.isFinite(v)) throw new RangeError(`ratio estimates need positive finite samples; got ${v}`);
    return Math.log(v);
  });
}
