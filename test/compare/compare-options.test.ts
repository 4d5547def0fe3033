import { describe, expect, it } from "vitest";
import { DEFAULT_COMPARE_OPTIONS, readCompareOptions } from "../../src/compare/compare-options.js";
import { InputError } from "../../src/errors.js";

describe("readCompareOptions", () => {
  it("fills the documented defaults", () => {
    expect(readCompareOptions(undefined)).toEqual({ ...DEFAULT_COMPARE_OPTIONS });
    expect(readCompareOptions({})).toMatchObject({ alpha: 0.05, threshold: 0.05, minAbsModelUs: 50, minAbsLayerUs: 20 });
  });

  it("reads a percentage threshold and single file names", () => {
    expect(readCompareOptions({ threshold: "2.5%", baseFiles: "base.json" })).toMatchObject({ threshold: 0.025, baseFiles: ["base.json"] });
  });

  it("names the field, what was expected and what it got", () => {
    expect(() => readCompareOptions({ alpha: 1.5 })).toThrow(new InputError("alpha", "must be a number in (0, 1); got 1.5"));
    expect(() => readCompareOptions({ threshold: "five" })).toThrow(/threshold: must be a percentage such as 5% or a fraction such as 0\.05, below 100 %; got "five"/);
    expect(() => readCompareOptions({ effect: "t-test" })).toThrow(/effect: must be one of hodges-lehmann, bootstrap; got "t-test"/);
    expect(() => readCompareOptions({ minAbsUs: 3 })).toThrow(/minAbsUs: is not a comparison option/);
    expect(() => readCompareOptions(5)).toThrow(/must be an object; got 5/);
  });
});
