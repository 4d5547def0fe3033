import { describe, expect, it } from "vitest";
import { benjaminiHochberg } from "../../src/stats/benjamini-hochberg.js";
import { holm } from "../../src/stats/holm.js";
import { expectRelativelyClose, reference } from "./reference.js";

// statsmodels is not packaged with SciPy here; the script applies multipletests' formulas.
describe("multiple-testing adjustment", () => {
  it.each(reference.pAdjust)("holm and fdr_bh of $p.length p-values", ({ p, holm: holmExpected, bh }) => {
    holm(p).forEach((v, i) => expectRelativelyClose(v, holmExpected[i] as number));
    benjaminiHochberg(p).forEach((v, i) => expectRelativelyClose(v, bh[i] as number));
  });

  it("never lowers a p-value and keeps the order", () => {
    const p = [0.04, 0.01, 0.03];
    expect(holm(p)).toEqual([0.06, 0.03, 0.06]);
    expect(benjaminiHochberg(p)).toEqual([0.04, 0.03, 0.04]);
    expect(holm([])).toEqual([]);
  });
});
