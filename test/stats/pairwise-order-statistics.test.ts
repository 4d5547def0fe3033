// The O(n log n) order statistics against the brute force that sorts every entry: the same
// entries, bit for bit, on random samples full of ties, small and large enough that the
// selection has to narrow by pivots before it gathers the rest.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hodgesLehmannPairedShift, hodgesLehmannShift } from "../../src/stats/hodges-lehmann.js";
import { kendallPairCounts } from "../../src/stats/kendall-tau.js";
import { mannWhitneyCdf, mannWhitneyU } from "../../src/stats/mann-whitney-u.js";
import { pairwiseDifferences } from "../../src/stats/pairwise-differences.js";
import { quantileSorted } from "../../src/stats/quantile.js";
import { walshAverages } from "../../src/stats/walsh-averages.js";
import {
  allPairwiseDifferences,
  allWalshAverages,
  bruteHodgesLehmannPairedShift,
  bruteHodgesLehmannShift,
  bruteKendallCounts,
  recurrenceMannWhitneyCdf,
} from "./brute-force.js";

const SEED = 20261202;
// Few distinct values make many ties; eighths and negatives keep the arithmetic honest.
const tied = fc.array(fc.integer({ min: -6, max: 6 }).map((v) => v / 8), { minLength: 1, maxLength: 60 });
// (v + 0 turns −0 into 0: the two are one value, but sorting orders them and toBe tells them apart.)
const spread = fc.array(fc.double({ min: -50, max: 50, noNaN: true, noDefaultInfinity: true }).map((v) => v + 0), { minLength: 1, maxLength: 80 });
const mixed = fc.oneof(tied, spread);
// Logs of integer-µs kernel times, as compare feeds them: many exact ties.
const logSamples = fc.array(fc.integer({ min: 1, max: 40 }).map(Math.log), { minLength: 1, maxLength: 120 });

describe("pairwiseDifferences", () => {
  it("finds every order statistic the full sort has", () => {
    fc.assert(
      fc.property(mixed, mixed, (base, head) => {
        const sorted = allPairwiseDifferences(base, head);
        const fast = pairwiseDifferences(base, head);
        expect(fast.count).toBe(sorted.length);
        for (let k = 1; k <= sorted.length; k += Math.max(1, Math.floor(sorted.length / 40))) expect(fast.kth(k)).toBe(sorted[k - 1]);
        expect(fast.kth(sorted.length)).toBe(sorted[sorted.length - 1]);
        expect(fast.median()).toBe(quantileSorted(sorted, 0.5));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("refuses an order outside 1…m·n and samples without an order", () => {
    expect(() => pairwiseDifferences([1, 2], [3]).kth(3)).toThrow(/outside 1…2/);
    expect(() => pairwiseDifferences([1, 2], [3]).kth(0)).toThrow(RangeError);
    expect(() => pairwiseDifferences([1, NaN], [3])).toThrow(/finite numbers; got NaN/);
    expect(() => pairwiseDifferences([1], [Infinity])).toThrow(/finite/);
  });
});

describe("walshAverages", () => {
  it("finds every order statistic the full sort has", () => {
    fc.assert(
      fc.property(mixed, (d) => {
        const sorted = allWalshAverages(d);
        const fast = walshAverages(d);
        expect(fast.count).toBe(sorted.length);
        for (let k = 1; k <= sorted.length; k += Math.max(1, Math.floor(sorted.length / 40))) expect(fast.kth(k)).toBe(sorted[k - 1]);
        expect(fast.kth(sorted.length)).toBe(sorted[sorted.length - 1]);
        expect(fast.median()).toBe(quantileSorted(sorted, 0.5));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe("Hodges–Lehmann against the brute force", () => {
  it("gives the same two-sample estimate and interval, exactly", () => {
    fc.assert(
      fc.property(logSamples, logSamples, fc.constantFrom(0.05, 0.01, 0.2), (base, head, alpha) => {
        expect(hodgesLehmannShift(base, head, alpha)).toEqual(bruteHodgesLehmannShift(base, head, alpha));
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it("gives the same paired estimate and interval, exactly", () => {
    const differences = fc.oneof(fc.array(fc.integer({ min: -8, max: 8 }).map((v) => v / 16), { minLength: 1, maxLength: 150 }), spread);
    fc.assert(
      fc.property(differences, fc.constantFrom(0.05, 0.01), (d, alpha) => {
        expect(hodgesLehmannPairedShift(d, alpha)).toEqual(bruteHodgesLehmannPairedShift(d, alpha));
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});

describe("kendallPairCounts", () => {
  it("counts the pairs as comparing every pair does, ties included", () => {
    const series = fc.integer({ min: 0, max: 70 }).chain((n) =>
      fc.tuple(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: n, maxLength: n }), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n })),
    );
    fc.assert(
      fc.property(series, ([x, y]) => {
        const { conMinusDis, discordant } = bruteKendallCounts(x, y);
        expect(kendallPairCounts(x, y)).toEqual({ concordantMinusDiscordant: conMinusDis, discordant });
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe("mannWhitneyCdf", () => {
  it("equals the additions-only recurrence to 1e-12 relative, tails included (m ≤ 8, n ≤ 400)", () => {
    for (let m = 1; m <= 8; m++) {
      for (const n of [1, 2, 7, 8, 9, 30, 101, 400]) {
        const fast = mannWhitneyCdf(m, n);
        const slow = recurrenceMannWhitneyCdf(m, n);
        expect(fast.length).toBe(slow.length);
        slow.forEach((c, u) => expect(Math.abs(fast[u]! - c) / c, `m ${m}, n ${n}, u ${u}`).toBeLessThan(1e-12));
      }
    }
  });

  it("gives the exact p for 8 against 100,000 untied samples", () => {
    // Untied: a sample of 8 against an irrational grid; the recurrence would take minutes here.
    const x = Array.from({ length: 8 }, (_, i) => 1000.123456789 + i * 0.3712345);
    const y = Array.from({ length: 100_000 }, (_, i) => 1001.000071 + i * 0.00110013);
    const result = mannWhitneyU(x, y);
    expect(result.method).toBe("exact");
    expect(result.p).toBeGreaterThan(0);
    expect(result.p).toBeLessThan(1e-6);
  });
});
