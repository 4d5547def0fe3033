import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { parseScopedShapes, parseScopedValues, resolveInputs, scopeOf, shapeProblem, suggestedFlags, type ModelInputs } from "../../src/config/init-inputs.js";

// Shaped like silero VAD (symbolic batch shared by three inputs, an int64 scalar) and a model
// with a symbolic batch of its own.
const vad: ModelInputs = { path: "models/vad.onnx", inputs: [
  { name: "input", shape: ["batch", "sequence"] }, { name: "sr", shape: [] },
  { name: "h", shape: [2, "batch", 64] }, { name: "c", shape: [2, "batch", 64] },
] };
const mlp: ModelInputs = { path: "other/mlp.onnx", inputs: [{ name: "input", shape: ["N", 8] }] };
const paths = [vad.path, mlp.path];

describe("init inputs: MODEL:NAME=… scopes a flag to one model, NAME=… applies to every model", () => {
  it("takes the prefix as a model only when it is one of the models", () => {
    expect(scopeOf("models/vad.onnx:input=1x512", paths, "inputShapes")).toEqual({ model: "models/vad.onnx", rest: "input=1x512" });
    // Input names may hold a colon (TensorFlow exports `input_1:0`): no model prefix, all of it is the name.
    expect(scopeOf("input_1:0=1x3", paths, "inputShapes")).toEqual({ rest: "input_1:0=1x3" });
    expect(parseScopedShapes(["input_1:0=1x3"], paths)).toEqual([{ name: "input_1:0", value: [1, 3] }]);
  });

  it("names the models when the prefix looks like a model that is not among them", () => {
    expect(() => scopeOf("gone.onnx:input=1x2", paths, "inputShapes")).toThrow(/^inputShapes: gone\.onnx is not one of the models init set up \(models\/vad\.onnx, other\/mlp\.onnx\)/);
  });

  it("parses shapes and values with their scope, and refuses bad ones naming the field", () => {
    expect(parseScopedShapes(["input=1x512", "other/mlp.onnx:input=4x8"], paths)).toEqual([
      { name: "input", value: [1, 512] }, { model: "other/mlp.onnx", name: "input", value: [4, 8] },
    ]);
    expect(parseScopedValues(["models/vad.onnx:sr=16000"], paths)).toEqual([{ model: "models/vad.onnx", name: "sr", value: [16000] }]);
    expect(() => parseScopedShapes(["input"], paths)).toThrow(InputError);
    expect(() => parseScopedShapes(["input=1e9"], paths)).toThrow(/^inputShapes input: expected a shape/);
  });
});

describe("init inputs: resolving", () => {
  it("lists every dynamic input no flag covers, suggesting symbols already bound", () => {
    const { models, missing } = resolveInputs([vad, mlp], parseScopedShapes(["models/vad.onnx:input=1x512"], paths), []);
    expect(models[0]!.inputs).toEqual([["input", [1, 512]]]);
    expect(missing.map((m) => [m.model, m.name, m.suggested.join("x")])).toEqual([
      ["models/vad.onnx", "h", "2x1x64"], ["models/vad.onnx", "c", "2x1x64"], ["other/mlp.onnx", "input", "1x8"],
    ]);
    // sr is a scalar: static, nothing to ask.
    expect(missing.some((m) => m.name === "sr")).toBe(false);
  });

  it("binds a symbol the user gave a size to in the suggestion", () => {
    const { missing } = resolveInputs([vad], parseScopedShapes(["input=4x512"], paths), []);
    expect(suggestedFlags(missing)).toEqual(["h=2x4x64", "c=2x4x64"]);
  });

  it("prefers a model's own flag over the one for every model", () => {
    const shapes = parseScopedShapes(["input=1x512", "other/mlp.onnx:input=16x8", "h=2x1x64", "c=2x1x64"], paths);
    const { models, missing } = resolveInputs([vad, mlp], shapes, parseScopedValues(["sr=16000"], paths));
    expect(missing).toEqual([]);
    expect(models).toEqual([
      { path: "models/vad.onnx", inputs: [["input", [1, 512]], ["h", [2, 1, 64]], ["c", [2, 1, 64]]], values: [["sr", [16000]]] },
      { path: "other/mlp.onnx", inputs: [["input", [16, 8]]], values: [] },
    ]);
  });

  it("suggests per-model flags when one name needs different shapes", () => {
    const { missing } = resolveInputs([vad, mlp], [], []);
    expect(suggestedFlags(missing)).toEqual(["models/vad.onnx:input=1x1", "other/mlp.onnx:input=1x8", "h=2x1x64", "c=2x1x64"]);
    // The suggested flags, given back, leave nothing missing.
    const again = resolveInputs([vad, mlp], parseScopedShapes(suggestedFlags(missing), paths), []);
    expect(again.missing).toEqual([]);
  });

  it("refuses a flag for an input no model has, a wrong rank and a fixed dimension", () => {
    expect(() => resolveInputs([vad, mlp], parseScopedShapes(["image=1x3"], paths), [])).toThrow(/^inputShapes image: no model has input "image"; their inputs are input, sr, h, c$/);
    expect(() => resolveInputs([vad, mlp], parseScopedShapes(["other/mlp.onnx:h=1"], paths), [])).toThrow(/^inputShapes h: model other\/mlp\.onnx has no input "h"; its inputs are input$/);
    expect(() => resolveInputs([vad], parseScopedShapes(["input=512"], paths), [])).toThrow(/input "input" has rank 2 \(\[batch, sequence\]\); got 1 dimensions/);
    expect(() => resolveInputs([vad], parseScopedShapes(["h=3x1x64"], paths), [])).toThrow(/input "h" dimension 0 is fixed at 2; got 3/);
    expect(() => resolveInputs([vad], [], parseScopedValues(["rate=1"], paths))).toThrow(/^inputValues rate: no model has input "rate"/);
  });

  it("shapeProblem accepts any shape for an input of unknown rank", () => {
    expect(shapeProblem({ name: "x", shape: null }, [1, 2, 3])).toBeUndefined();
    expect(shapeProblem({ name: "x", shape: ["?", 3] }, [7, 3])).toBeUndefined();
  });
});
