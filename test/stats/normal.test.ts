import { describe, expect, it } from "vitest";
import { erfc, normalCdf, normalQuantile, normalSf } from "../../src/stats/normal.js";
import { expectRelativelyClose, reference } from "./reference.js";

describe("normal distribution", () => {
  it.each(reference.erfc)("erfc($x) matches scipy.special.erfc", ({ x, erfc: expected }) => {
    expectRelativelyClose(erfc(x), expected, 1e-12);
  });

  it.each(reference.normalSf)("sf($z) matches scipy.stats.norm.sf, far tails included", ({ z, sf }) => {
    expectRelativelyClose(normalSf(z), sf, 1e-12);
  });

  it.each(reference.normalQuantile)("ppf($p) matches scipy.stats.norm.ppf", ({ p, z }) => {
    expectRelativelyClose(normalQuantile(p), z, 1e-12);
  });

  it("is symmetric and handles the infinities", () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalSf(Infinity)).toBe(0);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
  });
});
