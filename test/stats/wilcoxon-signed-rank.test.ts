import { describe, expect, it } from "vitest";
import { wilcoxonSignedRank } from "../../src/stats/wilcoxon-signed-rank.js";
import { expectRelativelyClose, reference } from "./reference.js";

// SciPy 1.10 defaults: zero_method="wilcox", correction=False, method="auto".
describe("wilcoxonSignedRank", () => {
  it.each(reference.wilcoxon)("$name: statistic and p as scipy wilcoxon(d)", ({ d, statistic, p, method }) => {
    const result = wilcoxonSignedRank(d);
    expect(result.method).toBe(method);
    expectRelativelyClose(result.statistic, statistic);
    expectRelativelyClose(result.p, p);
  });

  it("calls all-zero differences no evidence (p = 1), where SciPy raises", () => {
    expect(wilcoxonSignedRank([0, 0, 0]).p).toBe(1);
  });
});
