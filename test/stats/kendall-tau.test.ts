import { describe, expect, it } from "vitest";
import { driftTest } from "../../src/stats/drift-test.js";
import { kendallTau } from "../../src/stats/kendall-tau.js";
import { expectRelativelyClose, reference } from "./reference.js";

describe("kendallTau", () => {
  it.each(reference.kendallTau)("$name: tau-b and p as scipy kendalltau", ({ x, y, tau, p }) => {
    const result = kendallTau(x, y);
    expectRelativelyClose(result.tau, tau);
    expectRelativelyClose(result.p, p);
  });

  it("calls a constant series trend-free (tau 0, p 1), where SciPy returns NaN", () => {
    expect(kendallTau([0, 1, 2], [5, 5, 5])).toEqual({ tau: 0, p: 1, method: "asymptotic" });
  });
});

describe("driftTest", () => {
  it("is Kendall's tau of the samples against run index", () => {
    const rising = reference.kendallTau.find((c) => c.name === "asymptotic rising 60");
    if (!rising) throw new Error("reference case missing");
    const result = driftTest(rising.y);
    expectRelativelyClose(result.tau, rising.tau);
    expectRelativelyClose(result.p, rising.p);
    expect(result.tau).toBeGreaterThan(0);
  });
});
