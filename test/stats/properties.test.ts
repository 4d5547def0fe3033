// Properties that must hold for any input, beside the SciPy table: symmetry of the two-sided
// tests, exact distributions against brute-force enumeration, and the order of the adjustments.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { benjaminiHochberg } from "../../src/stats/benjamini-hochberg.js";
import { hodgesLehmannShift } from "../../src/stats/hodges-lehmann.js";
import { holm } from "../../src/stats/holm.js";
import { mannWhitneyCdf, mannWhitneyU } from "../../src/stats/mann-whitney-u.js";
import { signedRankPmf } from "../../src/stats/wilcoxon-signed-rank.js";

const sample = fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 12 });

describe("stats properties", () => {
  it("Mann–Whitney p does not depend on which sample comes first", () => {
    fc.assert(
      fc.property(sample, sample, (x, y) => {
        expect(mannWhitneyU(x, y).p).toBeCloseTo(mannWhitneyU(y, x).p, 12);
      }),
    );
  });

  it("the exact U distribution equals counting all splits (m, n ≤ 5)", () => {
    for (let m = 1; m <= 5; m++) {
      for (let n = 1; n <= 5; n++) {
        const counts = new Array<number>(m * n + 1).fill(0);
        // Every choice of m ranks out of m + n gives U = Σ ranks − m(m+1)/2.
        for (let mask = 0; mask < 1 << (m + n); mask++) {
          let bits = 0;
          let sum = 0;
          for (let r = 0; r < m + n; r++) {
            if (mask & (1 << r)) {
              bits++;
              sum += r + 1;
            }
          }
          if (bits === m) counts[sum - (m * (m + 1)) / 2]!++;
        }
        const total = counts.reduce((a, b) => a + b, 0);
        let acc = 0;
        const cdf = mannWhitneyCdf(m, n);
        counts.forEach((c, u) => {
          acc += c / total;
          expect(cdf[u]).toBeCloseTo(acc, 14);
        });
      }
    }
  });

  it("the signed-rank pmf equals counting all sign patterns (n ≤ 10)", () => {
    for (let n = 1; n <= 10; n++) {
      const counts = new Array<number>((n * (n + 1)) / 2 + 1).fill(0);
      for (let mask = 0; mask < 1 << n; mask++) {
        let sum = 0;
        for (let r = 0; r < n; r++) if (mask & (1 << r)) sum += r + 1;
        counts[sum]!++;
      }
      signedRankPmf(n).forEach((p, k) => expect(p).toBeCloseTo(counts[k]! / 2 ** n, 15));
    }
  });

  it("the Hodges–Lehmann interval contains its estimate", () => {
    fc.assert(
      fc.property(sample, sample, (x, y) => {
        const { estimate, lower, upper } = hodgesLehmannShift(x, y);
        expect(lower).toBeLessThanOrEqual(estimate);
        expect(upper).toBeGreaterThanOrEqual(estimate);
      }),
    );
  });

  it("adjusted p-values never fall below the raw ones; BH is never stricter than Holm", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 30 }), (p) => {
        const h = holm(p);
        const bh = benjaminiHochberg(p);
        p.forEach((v, i) => {
          expect(bh[i]).toBeGreaterThanOrEqual(v * (1 - 1e-15));
          expect(h[i]).toBeGreaterThanOrEqual(bh[i]! - 1e-15);
          expect(h[i]).toBeLessThanOrEqual(1);
        });
      }),
    );
  });
});
