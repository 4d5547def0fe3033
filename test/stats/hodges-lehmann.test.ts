import { describe, expect, it } from "vitest";
import { hodgesLehmannPairedRatio, hodgesLehmannRatio, hodgesLehmannShift } from "../../src/stats/hodges-lehmann.js";
import { expectRelativelyClose, reference } from "./reference.js";

// SciPy has no Hodges–Lehmann interval: the reference script computes it with NumPy from the
// definition (median of pairwise differences, order statistics from SciPy's null distributions).
describe("hodgesLehmannRatio", () => {
  it.each(reference.hodgesLehmann)("$name, alpha $alpha", ({ base, head, alpha, ratio, lower, upper, method }) => {
    const result = hodgesLehmannRatio(base, head, alpha);
    expect(result.method).toBe(method);
    expectRelativelyClose(result.ratio, ratio);
    expectRelativelyClose(result.lower, lower);
    expectRelativelyClose(result.upper, upper);
  });

  it("is the median pairwise difference on a hand-checked example", () => {
    // Differences head − base: 3,2,1 / 4,3,2 / 5,4,3 → median 3; n = 3 is too small for 95 %,
    // so the interval is the full range.
    expect(hodgesLehmannShift([1, 2, 3], [4, 5, 6])).toEqual({ estimate: 3, lower: 1, upper: 5, method: "exact" });
  });

  it("refuses non-positive samples, which have no log", () => {
    expect(() => hodgesLehmannRatio([0, 1], [1, 2])).toThrow(/positive/);
  });
});

describe("hodgesLehmannPairedRatio", () => {
  it.each(reference.hodgesLehmannPaired)("$name", ({ base, head, alpha, ratio, lower, upper, method }) => {
    const result = hodgesLehmannPairedRatio(base, head, alpha);
    expect(result.method).toBe(method);
    expectRelativelyClose(result.ratio, ratio);
    expectRelativelyClose(result.lower, lower);
    expectRelativelyClose(result.upper, upper);
  });
});
