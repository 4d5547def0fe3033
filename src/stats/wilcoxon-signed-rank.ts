// Wilcoxon signed-rank test, two-sided, as SciPy 1.10's wilcoxon(d) computes it with its
// defaults: zero_method="wilcox", correction=False, method="auto" (exact for n ≤ 50 without
// zeros, else the normal approximation on the non-zero differences with tie correction).

import { normalSf } from "./normal.js";
import { rankData } from "./rank-data.js";
import type { RankTestMethod } from "./mann-whitney-u.js";

export interface WilcoxonResult {
  /** min(R+, R−), SciPy's `statistic` for the two-sided test. */
  statistic: number;
  p: number;
  method: RankTestMethod;
}

/** Test whether the differences `d` (e.g. per-pair log ratios) are centred on zero. */
export function wilcoxonSignedRank(d: readonly number[]): WilcoxonResult {
  const n = d.length;
  if (n === 0) throw new RangeError("Wilcoxon signed-rank needs at least one difference");
  const zeros = d.filter((v) => v === 0).length;
  let method: RankTestMethod = n <= 50 && zeros === 0 ? "exact" : "asymptotic";
  // SciPy raises when every difference is zero; two identical runs are simply no evidence.
  if (zeros === n) return { statistic: 0, p: 1, method: "asymptotic" };
  const nonZero = method === "asymptotic" ? d.filter((v) => v !== 0) : [...d];
  const count = nonZero.length;
  const { ranks, tieSizes } = rankData(nonZero.map(Math.abs));
  let rPlus = 0;
  let rMinus = 0;
  nonZero.forEach((v, i) => {
    if (v > 0) rPlus += ranks[i] as number;
    else if (v < 0) rMinus += ranks[i] as number;
  });
  const statistic = Math.min(rPlus, rMinus);
  let p: number;
  if (method === "exact") {
    const pmf = signedRankPmf(count);
    // SciPy truncates a half-integer R+ (ties among |d|) before summing the exact pmf; kept so
    // that p matches it exactly.
    const r = Math.trunc(rPlus);
    if (r === (pmf.length - 1) >> 1) {
      p = 1;
    } else {
      let less = 0;
      let greater = 0;
      for (let k = 0; k < pmf.length; k++) {
        if (k <= r) less += pmf[k] as number;
        if (k >= r) greater += pmf[k] as number;
      }
      p = 2 * Math.min(less, greater);
    }
  } else {
    method = "asymptotic";
    const mean = (count * (count + 1)) / 4;
    let variance = count * (count + 1) * (2 * count + 1);
    for (const t of tieSizes) if (t > 1) variance -= 0.5 * t * (t * t - 1);
    const z = (statistic - mean) / Math.sqrt(variance / 24);
    p = 2 * normalSf(Math.abs(z));
  }
  return { statistic, p: Math.min(1, Math.max(0, p)), method };
}

const pmfCache = new Map<number, Float64Array>();

/** Null pmf of R+ for n differences: the coefficients of Π_k (1 + q^k) / 2. */
export function signedRankPmf(n: number): Float64Array {
  const cached = pmfCache.get(n);
  if (cached) return cached;
  const size = (n * (n + 1)) / 2 + 1;
  const pmf = new Float64Array(size);
  pmf[0] = 1;
  let top = 0;
  for (let k = 1; k <= n; k++) {
    top += k;
    for (let u = top; u >= 0; u--) {
      pmf[u] = ((pmf[u] as number) + (u >= k ? (pmf[u - k] as number) : 0)) / 2;
    }
  }
  pmfCache.set(n, pmf);
  return pmf;
}

/** CDF of R+ for n differences, index 0…n(n+1)/2. */
export function signedRankCdf(n: number): Float64Array {
  const pmf = signedRankPmf(n);
  const cdf = new Float64Array(pmf.length);
  let acc = 0;
  pmf.forEach((v, i) => {
    acc += v;
    cdf[i] = acc;
  });
  return cdf;
}
