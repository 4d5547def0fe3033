import { describe, expect, it } from "vitest";
import { synthesizeInputs } from "../../src/bench/synthesize-inputs.js";
import { MAX_INPUT_ELEMENTS } from "../../src/config/parse-shape.js";
import { InputError } from "../../src/errors.js";

describe("synthesizeInputs", () => {
  it("refuses a tensor larger than the limit, whatever shape the model declares, before allocating it", () => {
    const huge = [{ name: "x", dtype: "float32" as const, shape: [1, 3, 48, 1_000_000_000] }];
    expect(() => synthesizeInputs(huge, new Map(), 1, "big.onnx")).toThrow(InputError);
    try {
      synthesizeInputs(huge, new Map(), 1, "big.onnx");
    } catch (error) {
      expect((error as InputError).describe((f) => (f === "inputShapes" ? "--input" : f)))
        .toBe(`--input x: model big.onnx input "x" of shape [1, 3, 48, 1000000000] holds 144000000000 elements; DNNTune synthesizes at most ${MAX_INPUT_ELEMENTS} (give a smaller shape with --input)`);
    }
  });

  it("still fills a tensor below the limit", () => {
    const [tensor] = synthesizeInputs([{ name: "x", dtype: "uint8", shape: [1, 1024] }], new Map(), 1, "m.onnx");
    expect(tensor!.data).toHaveLength(1024);
  });
});
