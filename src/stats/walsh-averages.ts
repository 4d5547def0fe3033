// Order statistics of the n(n+1)/2 Walsh averages (d_i + d_j)/2, i ≤ j, the one-sample (paired)
// Hodges–Lehmann estimate and the ends of Tukey's interval, in O(n log n) instead of sorting all
// of them (Monahan 1984, ACM TOMS 10(3), Algorithm 616).

import { orderStatistics, sortedFinite, type OrderStatistics, type SortedMatrix } from "./select-sorted-matrix.js";

/**
 * With d sorted, entry (i, j), j ≥ i, is (d_i + d_j)/2: the upper triangle of a matrix that
 * ascends along rows and down columns (floating addition and halving are monotone, and
 * commutative, so the values are exactly those of the unsorted definition).
 */
export function walshAverages(d: readonly number[]): OrderStatistics {
  const s = sortedFinite(d, "Walsh averages");
  const n = s.length;
  const matrix: SortedMatrix = {
    rows: n,
    columns: n,
    count: (n * (n + 1)) / 2,
    firstColumn: (i) => i,
    value: (i, j) => (s[i]! + s[j]!) / 2,
    cut(p, strict, out) {
      // The cut over the whole row moves left as i grows; the triangle starts at column i.
      let total = 0;
      let j = n;
      for (let i = 0; i < n; i++) {
        const si = s[i]!;
        if (strict) while (j > 0 && (si + s[j - 1]!) / 2 >= p) j--;
        else while (j > 0 && (si + s[j - 1]!) / 2 > p) j--;
        const cut = j > i ? j : i;
        out[i] = cut;
        total += cut - i;
      }
      return total;
    },
  };
  return orderStatistics(matrix);
}
