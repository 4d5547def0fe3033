// Order statistics of the m·n pairwise differences head_j − base_i, the two-sample
// Hodges–Lehmann estimate and the ends of its Moses interval, in O((m + n) log(m·n)) instead of
// sorting all m·n of them.

import { orderStatistics, sortedFinite, type OrderStatistics, type SortedMatrix } from "./select-sorted-matrix.js";

/**
 * Rows are base values ascending, columns head values ascending: entry (i, j) = head_j − base_i
 * ascends along a row and descends down a column, because rounding is monotone, so the floating
 * differences obey it as the exact ones do.
 */
export function pairwiseDifferences(base: readonly number[], head: readonly number[]): OrderStatistics {
  const b = sortedFinite(base, "pairwise differences");
  const h = sortedFinite(head, "pairwise differences");
  const m = b.length;
  const n = h.length;
  const matrix: SortedMatrix = {
    rows: m,
    columns: n,
    count: m * n,
    firstColumn: () => 0,
    value: (i, j) => h[j]! - b[i]!,
    cut(p, strict, out) {
      // Down the rows base grows, so each row's cut moves right: one walk over the columns.
      let total = 0;
      let j = 0;
      for (let i = 0; i < m; i++) {
        const bi = b[i]!;
        if (strict) while (j < n && h[j]! - bi < p) j++;
        else while (j < n && h[j]! - bi <= p) j++;
        out[i] = j;
        total += j;
      }
      return total;
    },
  };
  return orderStatistics(matrix);
}
