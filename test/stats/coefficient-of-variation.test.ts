import { describe, expect, it } from "vitest";
import { coefficientOfVariation } from "../../src/stats/coefficient-of-variation.js";
import { expectRelativelyClose, reference } from "./reference.js";

describe("coefficientOfVariation", () => {
  it.each(reference.coefficientOfVariation)("matches scipy.stats.variation(x, ddof=1)", ({ x, cv }) => {
    expectRelativelyClose(coefficientOfVariation(x), cv);
  });

  it("is 0 for a single sample", () => {
    expect(coefficientOfVariation([5])).toBe(0);
  });
});
