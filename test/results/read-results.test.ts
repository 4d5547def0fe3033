import { describe, expect, it } from "vitest";
import { FormatError } from "../../src/errors.js";
import { validateResults } from "../../src/results/read-results.js";

const valid = () => ({
  schema: "dnntune.results/v1",
  createdAt: "2026-11-30T00:00:00Z",
  device: { name: "local", transport: "local", tool: "onnxruntime-node", fingerprint: {} },
  models: [{
    name: "m", path: "m.onnx", sha256: "", warnings: [],
    graph: { nodes: [{ name: "a", op: "Conv", inputs: ["x"], outputs: ["y"] }], tensors: {}, inputs: ["x"], outputs: ["y"], folded: [] },
    latency: { unit: "us", samples: [1, 2, 3, 4], groups: [2, 2] },
    layers: [{ name: "a", op: "Conv", covers: ["a"], provider: "", outputBytes: 4, samples: [1, 2], groups: [1, 1] }],
  }],
});

describe("validateResults", () => {
  it("accepts results with replicate groups", () => {
    expect(validateResults(valid(), "r.json").models[0]!.latency.groups).toEqual([2, 2]);
  });

  it.each([
    ["another schema", (r: ReturnType<typeof valid>) => { (r as { schema: string }).schema = "dnntune.results/v9"; }, /r\.json: schema: "dnntune\.results\/v9" is newer than this dnntune reads \(dnntune\.results\/v1\); upgrade dnntune/],
    ["empty latency samples", (r: ReturnType<typeof valid>) => { r.models[0]!.latency.samples = []; }, /models\[0\]\.latency\.samples: expected a non-empty array/],
    ["groups that do not add up", (r: ReturnType<typeof valid>) => { r.models[0]!.latency.groups = [2, 3]; }, /models\[0\]\.latency\.groups: expected positive integers adding up to the 4 samples/],
    ["a layer's groups of zero", (r: ReturnType<typeof valid>) => { r.models[0]!.layers[0]!.groups = [0, 2]; }, /models\[0\]\.layers\[0\]\.groups: expected positive integers/],
    ["a negative layer sample", (r: ReturnType<typeof valid>) => { r.models[0]!.layers[0]!.samples = [1, -2]; }, /models\[0\]\.layers\[0\]\.samples\[1\]: expected a finite number ≥ 0; got -2/],
  ])("refuses %s, naming the file and field", (_, spoil, message) => {
    const results = valid();
    spoil(results);
    expect(() => validateResults(results, "r.json")).toThrow(FormatError);
    expect(() => validateResults(results, "r.json")).toThrow(message);
  });
});
