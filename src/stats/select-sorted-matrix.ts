// The k-th smallest entry of an implicit matrix whose rows ascend (and whose row boundaries move
// monotonically), without materialising it: the selection behind the Hodges–Lehmann estimates,
// whose m·n pairwise differences or n(n+1)/2 Walsh averages do not fit in memory at 10⁵ samples.
// Randomised pivot selection in the manner of Monahan (1984), ACM TOMS 10(3) "Algorithm 616":
// each round draws pivots from the entries still in play, counts the entries below them in
// O(rows + cols) with a two-pointer walk, and keeps only the part that holds the k-th; when few
// entries remain they are gathered and sorted. Expected O((rows + cols) · log(rows · cols))
// time, O(rows) memory.
// The answer is an entry of the matrix itself, so it is exactly the order statistic that sorting
// every entry would give; the seeded pivots change only the running time.

import { quantileSorted } from "./quantile.js";
import { mulberry32 } from "./rng.js";

export interface SortedMatrix {
  rows: number;
  /** Total number of entries. */
  count: number;
  /** First column of row i (rows may start late, as the upper triangle of the Walsh averages). */
  firstColumn(i: number): number;
  /** One past the last column of every row. */
  columns: number;
  value(i: number, j: number): number;
  /**
   * For every row, the first column whose entry is ≥ p (`strict`) or > p (not strict), never
   * before the row's first column, written to `out`; returns how many entries lie before them.
   */
  cut(p: number, strict: boolean, out: Float64Array): number;
}

export interface OrderStatistics {
  /** Number of entries (m·n differences, or n(n+1)/2 Walsh averages). */
  count: number;
  /** The k-th smallest entry, 1-based, as indexing the sorted array of all entries at k − 1. */
  kth(k: number): number;
  /** Their median as numpy's default quantile computes it (the mean of the middle two when even). */
  median(): number;
}

/** The k-th smallest entry (1-based) of the matrix, ties counted with their multiplicity. */
export function selectSortedMatrix(matrix: SortedMatrix, k: number): number {
  const { rows, columns } = matrix;
  if (!Number.isInteger(k) || k < 1 || k > matrix.count) throw new RangeError(`order ${k} is outside 1…${matrix.count}`);
  // Row i's entries still in play are columns [lo_i, hi_i); everything left of them is smaller
  // than every entry in play, everything right of them larger.
  const first = new Float64Array(rows);
  for (let i = 0; i < rows; i++) first[i] = matrix.firstColumn(i);
  const lo = Float64Array.from(first);
  const hi = new Float64Array(rows).fill(columns);
  const less = new Float64Array(rows);
  const atMost = new Float64Array(rows);
  const rng = mulberry32(0x5eed ^ k);
  const gatherAt = Math.max(64, rows + columns);
  let narrowed = true;
  for (;;) {
    let active = 0;
    let below = 0;
    for (let i = 0; i < rows; i++) {
      active += hi[i]! - lo[i]!;
      below += lo[i]! - first[i]!;
    }
    const rank = k - below;
    if (active <= gatherAt) return gatherAndPick(matrix, lo, hi, active, rank);
    // Floyd–Rivest style: two pivots from a random sample, just below and just above where the
    // k-th should fall, keep a few per cent of the entries; a single random pivot when that
    // failed to narrow (many equal entries), which always removes at least the pivot's value.
    let lower: number;
    let upper: number;
    if (narrowed) {
      const sample = sampleActive(matrix, lo, hi, active, SAMPLE_SIZE, rng);
      const at = ((rank - 0.5) / active) * SAMPLE_SIZE;
      lower = sample[Math.max(0, Math.floor(at - SAMPLE_SPREAD))]!;
      upper = sample[Math.min(SAMPLE_SIZE - 1, Math.ceil(at + SAMPLE_SPREAD))]!;
    } else {
      lower = upper = sampleActive(matrix, lo, hi, active, 1, rng)[0]!;
    }
    const lessTotal = matrix.cut(lower, true, less);
    const atMostTotal = matrix.cut(upper, false, atMost);
    if (k <= lessTotal) {
      for (let i = 0; i < rows; i++) if (less[i]! < hi[i]!) hi[i] = less[i]!;
    } else if (k > atMostTotal) {
      for (let i = 0; i < rows; i++) if (atMost[i]! > lo[i]!) lo[i] = atMost[i]!;
    } else {
      if (lower === upper) return lower;
      for (let i = 0; i < rows; i++) {
        if (less[i]! > lo[i]!) lo[i] = less[i]!;
        if (atMost[i]! < hi[i]!) hi[i] = atMost[i]!;
      }
    }
    let left = 0;
    for (let i = 0; i < rows; i++) left += hi[i]! - lo[i]!;
    narrowed = left < active;
  }
}

const SAMPLE_SIZE = 512;
// About two standard deviations of the k-th's position in the sample.
const SAMPLE_SPREAD = Math.sqrt(SAMPLE_SIZE);

/** `size` entries drawn uniformly (with replacement) from those in play, sorted. */
function sampleActive(matrix: SortedMatrix, lo: Float64Array, hi: Float64Array, active: number, size: number, rng: () => number): Float64Array {
  const ranks = new Float64Array(size);
  for (let s = 0; s < size; s++) ranks[s] = Math.floor(rng() * active);
  ranks.sort();
  const sample = new Float64Array(size);
  let s = 0;
  let offset = 0;
  for (let i = 0; i < matrix.rows && s < size; i++) {
    const rowSize = hi[i]! - lo[i]!;
    while (s < size && ranks[s]! < offset + rowSize) {
      sample[s] = matrix.value(i, lo[i]! + ranks[s]! - offset);
      s++;
    }
    offset += rowSize;
  }
  return sample.sort();
}

function gatherAndPick(matrix: SortedMatrix, lo: Float64Array, hi: Float64Array, active: number, rank: number): number {
  const rest = new Float64Array(active);
  let at = 0;
  for (let i = 0; i < matrix.rows; i++) for (let j = lo[i]!; j < hi[i]!; j++) rest[at++] = matrix.value(i, j);
  rest.sort();
  return rest[rank - 1]!;
}

/**
 * Sorted copy of samples, refusing what has no order (NaN) or makes one (∞ − ∞ is NaN), so that
 * selection always terminates.
 */
export function sortedFinite(samples: readonly number[], what: string): Float64Array {
  const sorted = Float64Array.from(samples);
  for (const v of sorted) if (!Number.isFinite(v)) throw new RangeError(`${what} needs finite numbers; got ${v}`);
  return sorted.sort();
}

/** The order statistics of the matrix's entries, each found by selection. */
export function orderStatistics(matrix: SortedMatrix): OrderStatistics {
  const kth = (k: number) => selectSortedMatrix(matrix, k);
  return {
    count: matrix.count,
    kth,
    median() {
      const count = matrix.count;
      if (count === 0) throw new RangeError("median of no entries");
      const lo = Math.floor((count - 1) / 2);
      if (count % 2 === 1) return kth(lo + 1);
      // The same type-7 interpolation quantileSorted applies between the middle two.
      return quantileSorted([kth(lo + 1), kth(lo + 2)], 0.5);
    },
  };
}
