// Average ranks with tie bookkeeping (scipy.stats.rankdata, method "average"): every rank test
// here starts from them.

export interface Ranked {
  /** 1-based average ranks, in the order of the input. */
  ranks: Float64Array;
  /** Size of every group of tied values (groups of one included). */
  tieSizes: number[];
}

export function rankData(values: ArrayLike<number>): Ranked {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (i, j) => (values[i] as number) - (values[j] as number),
  );
  const ranks = new Float64Array(n);
  const tieSizes: number[] = [];
  let start = 0;
  while (start < n) {
    let end = start + 1;
    const value = values[order[start] as number] as number;
    while (end < n && values[order[end] as number] === value) end++;
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[order[k] as number] = rank;
    tieSizes.push(end - start);
    start = end;
  }
  return { ranks, tieSizes };
}

/** Σ (t³ − t) over tie groups: the variance correction of the rank tests. */
export function tieTerm(tieSizes: readonly number[]): number {
  let sum = 0;
  for (const t of tieSizes) sum += t * t * t - t;
  return sum;
}

/** Whether any value occurs more than once. */
export function hasTies(tieSizes: readonly number[]): boolean {
  return tieSizes.some((t) => t > 1);
}
