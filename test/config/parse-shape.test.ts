import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_INPUT_ELEMENTS, parseNamedShape, parseShape } from "../../src/config/parse-shape.js";
import { parseInputValue } from "../../src/config/parse-input-value.js";
import { InputError } from "../../src/errors.js";

describe("parseShape", () => {
  it("reads x- or comma-separated dimensions and scalars", () => {
    expect(parseShape("1x3x224x224", "inputShapes")).toEqual([1, 3, 224, 224]);
    expect(parseShape("1,64", "inputShapes")).toEqual([1, 64]);
    expect(parseShape("scalar", "inputShapes")).toEqual([]);
    expect(parseShape("[]", "inputShapes")).toEqual([]);
  });

  it("refuses what is not a shape, naming the field and the input", () => {
    for (const text of ["", "1x", "1xx3", "1x-3", "1x3.5", "1x3x48x1e9", "0x1g", "axb"]) {
      expect(() => parseShape(text, "inputShapes", "x"), text).toThrow(/^inputShapes x: expected a shape like 1x3x224x224/);
    }
  });

  it("bounds the elements of a tensor and names the limit", () => {
    expect(() => parseShape("1x3x48x1000000000", "inputShapes", "x")).toThrow(`inputShapes x: shape 1x3x48x1000000000 holds 144000000000 elements; DNNTune synthesizes inputs of at most ${MAX_INPUT_ELEMENTS} elements (256 MiB of float32)`);
    expect(() => parseShape("99999999999999999999", "inputShapes")).toThrow(InputError);
    expect(parseShape(`1x${MAX_INPUT_ELEMENTS}`, "inputShapes")).toEqual([1, MAX_INPUT_ELEMENTS]);
    expect(() => parseShape(`2x${MAX_INPUT_ELEMENTS}`, "inputShapes")).toThrow(/at most 67108864 elements/);
  });

  it("takes NAME=SHAPE", () => {
    expect(parseNamedShape("image=1x3x8x8", "inputShapes")).toEqual(["image", [1, 3, 8, 8]]);
    expect(() => parseNamedShape("=1x3", "inputShapes")).toThrow(/^inputShapes: expected NAME=SHAPE/);
  });

  it("parses any text or fails with an InputError, never anything else", () => {
    fc.assert(fc.property(fc.string(), (text) => {
      try {
        const dims = parseShape(text, "inputShapes");
        expect(dims.reduce((a, b) => a * b, 1)).toBeLessThanOrEqual(MAX_INPUT_ELEMENTS);
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
      }
    }), { seed: 7, numRuns: 500 });
  });
});

describe("parseInputValue", () => {
  it("reads one value or a list", () => {
    expect(parseInputValue("sr=16000", "inputValues")).toEqual(["sr", [16000]]);
    expect(parseInputValue("w=1, 2.5,-3", "inputValues")).toEqual(["w", [1, 2.5, -3]]);
  });

  it("refuses empty, non-numeric and nameless values", () => {
    for (const text of ["sr=", "sr=1,,2", "sr=abc", "=3", "sr", "sr=Infinity"]) {
      expect(() => parseInputValue(text, "inputValues"), text).toThrow(/^inputValues: expected NAME=VALUE/);
    }
  });
});
