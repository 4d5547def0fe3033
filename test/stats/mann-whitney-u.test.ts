import { describe, expect, it } from "vitest";
import { mannWhitneyU } from "../../src/stats/mann-whitney-u.js";
import { expectRelativelyClose, reference } from "./reference.js";

describe("mannWhitneyU", () => {
  it.each(reference.mannWhitneyU)("$name: U and two-sided p as scipy mannwhitneyu(method='auto')", ({ x, y, u1, p, method }) => {
    const result = mannWhitneyU(x, y);
    expect(result.method).toBe(method);
    expectRelativelyClose(result.u1, u1);
    expectRelativelyClose(result.p, p);
  });

  it("covers both paths, ties and tiny p-values in the table", () => {
    const methods = new Set(reference.mannWhitneyU.map((c) => c.method));
    expect(methods).toEqual(new Set(["exact", "asymptotic"]));
    expect(Math.min(...reference.mannWhitneyU.map((c) => c.p))).toBeLessThan(1e-90);
  });

  it("refuses an empty sample", () => {
    expect(() => mannWhitneyU([], [1])).toThrow(/non-empty/);
  });
});
