// Kendall's tau-b with its two-sided p-value as SciPy 1.10's kendalltau(method="auto"): exact
// without ties when n ≤ 33 (or nearly perfect order), else the normal approximation with tie
// corrections. The drift check uses it on samples against run index, so it must stay cheap at
// 10⁵ samples: the pairs are counted in O(n log n) with Knight's (1966) merge sort, not one by one.

import { normalSf } from "./normal.js";

export interface KendallResult {
  tau: number;
  p: number;
  method: "exact" | "asymptotic";
}

export function kendallTau(x: readonly number[], y: readonly number[]): KendallResult {
  const size = x.length;
  if (size !== y.length) throw new RangeError(`kendallTau needs samples of one length; got ${size} and ${y.length}`);
  const tx = tieStats(x);
  const ty = tieStats(y);
  const tot = (size * (size - 1)) / 2;
  const { concordantMinusDiscordant: conMinusDis, discordant: dis } = pairCounts(x, y, tx.pairs, ty.pairs);
  // No ordering on one axis (all values equal, or fewer than two): SciPy returns NaN; here it
  // means "no trend", which is what a drift check must conclude.
  if (size < 2 || tx.pairs === tot || ty.pairs === tot) return { tau: 0, p: 1, method: "asymptotic" };
  const tau = Math.min(1, Math.max(-1, conMinusDis / Math.sqrt(tot - tx.pairs) / Math.sqrt(tot - ty.pairs)));
  const noTies = tx.pairs === 0 && ty.pairs === 0;
  if (noTies && (size <= 33 || Math.min(dis, tot - dis) <= 1)) {
    return { tau, p: kendallExactP(size, tot - dis), method: "exact" };
  }
  const m = size * (size - 1);
  const variance =
    (m * (2 * size + 5) - tx.v1 - ty.v1) / 18 + (2 * tx.pairs * ty.pairs) / m + (tx.v0 * ty.v0) / (9 * m * (size - 2));
  const z = conMinusDis / Math.sqrt(variance);
  return { tau, p: Math.min(1, 2 * normalSf(Math.abs(z))), method: "asymptotic" };
}

export interface KendallPairCounts {
  /** Σ sign(x_i − x_j)·sign(y_i − y_j) over all pairs i < j. */
  concordantMinusDiscordant: number;
  /** Pairs ordered oppositely on the two axes, ties on either excluded. */
  discordant: number;
}

/**
 * Knight's (1966) O(n log n) pair counts: sort by x, then y (so pairs tied in x are never
 * inversions), count the inversions of y while merge-sorting it (the discordant pairs), and the
 * pairs tied on both axes from runs of the sort.
 */
export function kendallPairCounts(x: readonly number[], y: readonly number[]): KendallPairCounts {
  if (x.length !== y.length) throw new RangeError(`kendallPairCounts needs samples of one length; got ${x.length} and ${y.length}`);
  return pairCounts(x, y, tieStats(x).pairs, tieStats(y).pairs);
}

function pairCounts(x: readonly number[], y: readonly number[], xTiedPairs: number, yTiedPairs: number): KendallPairCounts {
  const n = x.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => x[i]! - x[j]! || y[i]! - y[j]!);
  let jointTies = 0;
  let run = 1;
  for (let k = 1; k <= n; k++) {
    const same = k < n && x[order[k]!] === x[order[k - 1]!] && y[order[k]!] === y[order[k - 1]!];
    if (same) {
      run++;
    } else {
      jointTies += (run * (run - 1)) / 2;
      run = 1;
    }
  }
  let values = Float64Array.from(order, (i) => y[i]!);
  let scratch = new Float64Array(n);
  let discordant = 0;
  for (let width = 1; width < n; width *= 2) {
    for (let start = 0; start < n; start += 2 * width) {
      const middle = Math.min(start + width, n);
      const end = Math.min(start + 2 * width, n);
      let left = start;
      let right = middle;
      let out = start;
      while (left < middle && right < end) {
        // Equal values are not discordant: the left one goes first.
        if (values[right]! < values[left]!) {
          discordant += middle - left;
          scratch[out++] = values[right++]!;
        } else {
          scratch[out++] = values[left++]!;
        }
      }
      while (left < middle) scratch[out++] = values[left++]!;
      while (right < end) scratch[out++] = values[right++]!;
    }
    [values, scratch] = [scratch, values];
  }
  // Untied pairs are concordant or discordant; pairs tied on both axes are in both tie counts.
  const total = (n * (n - 1)) / 2;
  const untied = total - xTiedPairs - yTiedPairs + jointTies;
  return { concordantMinusDiscordant: untied - 2 * discordant, discordant };
}

function tieStats(values: readonly number[]): { pairs: number; v0: number; v1: number } {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let pairs = 0;
  let v0 = 0;
  let v1 = 0;
  for (const c of counts.values()) {
    if (c < 2) continue;
    pairs += (c * (c - 1)) / 2;
    v0 += c * (c - 1) * (c - 2);
    v1 += c * (c - 1) * (2 * c + 5);
  }
  return { pairs, v0, v1 };
}

// Two-sided exact p from the distribution of concordant pairs (Kendall 1970), mirroring
// scipy.stats._mstats_basic._kendall_p_exact, special cases included.
function kendallExactP(n: number, concordant: number): number {
  const tot = (n * (n - 1)) / 2;
  const c = Math.min(concordant, tot - concordant);
  if (n <= 2) return 1;
  if (c === 0) return n < 171 ? 2 / factorial(n) : 0;
  if (c === 1) return n < 172 ? 2 / factorial(n - 1) : 0;
  if (4 * c === n * (n - 1)) return 1;
  // Counts of permutations by inversions ≤ c, divided by j at each step so n! never overflows;
  // the start [1, 1] is n = 2 counted twice, which makes the sum the two-sided p directly.
  let dist = new Float64Array(c + 1);
  dist[0] = 1;
  dist[1] = 1;
  for (let j = 3; j <= n; j++) {
    const next = new Float64Array(c + 1);
    let acc = 0;
    for (let k = 0; k <= c; k++) {
      acc += dist[k] as number;
      next[k] = acc / j;
    }
    if (j <= c) for (let k = c; k >= j; k--) next[k] = (next[k] as number) - (next[k - j] as number);
    dist = next;
  }
  let p = 0;
  for (const v of dist) p += v;
  return Math.min(1, Math.max(0, p));
}

function factorial(n: number): number {
  let f = 1;
  for (let i = 2; i <= n; i++) f *= i;
  return f;
}
