// Fuzz `--input NAME=SHAPE` parsing and binding: any text is a shape written in digits or an
// InputError naming the flag; a shape too large to synthesize is refused before any allocation.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { bindShapes, parseShape } from "../../src/onnx/bind-shapes.js";
import type { OnnxGraph } from "../../src/onnx/read-model.js";
import { budget } from "./budget.js";

const shapeText = fc.oneof(
  fc.array(fc.oneof(fc.nat(300).map(String), fc.constantFrom("", " 3", "1e9", "0x10", "1.0", "-1", "NaN", "Infinity", "9007199254740993", "٣")), { minLength: 1, maxLength: 5 })
    .chain((dims) => fc.constantFrom("x", ",").map((sep) => dims.join(sep))),
  fc.string({ maxLength: 12 }),
  fc.constantFrom("[]", "scalar", " [] ", "x", ",", "1xx2"),
);

function graphWithInput(shape: (number | string)[]): OnnxGraph {
  return { nodes: [], inputs: ["x"], outputs: [], initializers: new Set(), tensors: new Map([["x", { dtype: "float32", shape, bytes: null }]]) };
}

describe("parseShape and bindShapes under fuzzing", () => {
  it("parse any text into digits-only dimensions, or refuse it naming the flag", () => {
    fc.assert(fc.property(shapeText, (text) => {
      let dims: number[];
      try {
        dims = parseShape(text, "--input x");
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
        expect((error as InputError).input).toBe("--input x");
        return;
      }
      if (["[]", "scalar"].includes(text.trim())) {
        expect(dims).toEqual([]);
        return;
      }
      // A round trip: the dimensions printed back are the text, less spaces and leading zeros.
      expect(dims.join("x")).toBe(text.trim().split(/[x,]/).map((d) => String(BigInt(d.trim()))).join("x"));
    }), budget());
  });

  it("bind any parsed shape, or refuse it before anything is allocated", () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.nat(64), fc.constantFrom(4096, 1e6, 2 ** 40)), { maxLength: 5 }), (dims) => {
      try {
        const bound = bindShapes(graphWithInput(dims.map(() => "d")), new Map([["x", dims]]), "m.onnx");
        expect(4 * dims.reduce((a, b) => a * b, 1)).toBeLessThanOrEqual(256 * 2 ** 20);
        expect(bound.inputs.get("x")).toEqual(dims);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
      }
    }), budget());
  });

  it.each([["1e9"], ["1x"], ["0x1e1"], ["1.0"], [""], ["-1x3"]])("refuses the shape %j", (text) => {
    expect(() => parseShape(text, "--input x")).toThrow(/^--input x: expected a shape like 1x3x224x224/);
  });

  it("refuses --input x=1x3x48x1000000000, naming the flag and the size", () => {
    expect(() => bindShapes(graphWithInput(["n", 3, 48, "w"]), new Map([["x", [1, 3, 48, 1e9]]]), "m.onnx"))
      .toThrow(/^--input x: 1x3x48x1000000000 is 536 GiB of float32; .*up to 256 MiB/);
  });

  it("refuses a model that declares an input too large to synthesize, naming --model", () => {
    expect(() => bindShapes(graphWithInput([100000, 100000]), new Map(), "m.onnx")).toThrow(/^--model: model m\.onnx: input "x", declared 100000x100000, is 37\.3 GiB of float32; .*export the model with a smaller or dynamic input shape$/);
  });
});
