import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { median, medianInPlace, quantile, quantileSorted } from "../../src/stats/quantile.js";
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

describe("medianInPlace", () => {
  it("is the sorted median bit for bit, ties, sorted and reversed runs included", () => {
    const values = fc.oneof(
      fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 200 }),
      fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((v) => v + 0), { minLength: 1, maxLength: 200 }),
      fc.integer({ min: 1, max: 300 }).map((n) => Array.from({ length: n }, (_, i) => n - i)),
    );
    fc.assert(
      fc.property(values, (v) => {
        expect(medianInPlace(Float64Array.from(v))).toBe(quantileSorted(Float64Array.from(v).sort(), 0.5));
      }),
      { seed: 20261202, numRuns: 300 },
    );
  });

  it("refuses an empty sample", () => {
    expect(() => medianInPlace(new Float64Array(0))).toThrow(/empty/);
  });
});
