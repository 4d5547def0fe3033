import { describe, expect, it } from "vitest";
import { median, quantile } from "../../src/stats/quantile.js";
import { expectRelativelyClose, reference } from "./reference.js";

describe("quantile", () => {
  it.each(reference.quantile)("matches numpy.quantile (type 7) at p=$p", ({ x, p, value }) => {
    expectRelativelyClose(quantile(x, p), value);
  });

  it("takes the middle value or the mean of the two middle values as median", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("refuses an empty sample and a probability outside [0, 1]", () => {
    expect(() => quantile([], 0.5)).toThrow(/empty/);
    expect(() => quantile([1], 1.5)).toThrow(/\[0, 1\]/);
  });
});
