import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { benchModel, modelResult, prepareModel, type BenchModelOptions } from "../../src/bench/bench-model.js";
import { invariantViolations } from "../helpers/check-invariants.js";

const fixtures = new URL("../../fixtures/", import.meta.url).pathname;
const protocol = { warmupRuns: 2, runs: 7, profileRuns: 4 };
const options = (extra: Partial<BenchModelOptions> = {}): BenchModelOptions => ({
  ...protocol,
  ort: { threads: 1, optimization: "all", providers: ["cpu"] },
  inputShapes: new Map(),
  inputValues: new Map(),
  seed: 1,
  ...extra,
});
const phases: string[] = [];
const progress = (phase: string, run: number, of: number) => phases.push(`${phase} ${run}/${of}`);

describe("benchModel on every fixture model (real onnxruntime-node)", () => {
  for (const file of readdirSync(`${fixtures}models`)) {
    it(`${file}: N latency samples, M samples per layer, covers/folded partition, output bytes`, async () => {
      const result = await benchModel(`${fixtures}models/${file}`, options(), progress);
      expect(invariantViolations(result, { runs: protocol.runs, profileRuns: protocol.profileRuns })).toEqual([]);
      expect(result.layers.length).toBeGreaterThan(0);
      expect(result.latency.samples.every((s) => s > 0)).toBe(true);
      expect(result.sha256).toMatch(/^[0-9a-f]{64}$/);
      for (const layer of result.layers) expect(layer.provider === "" || layer.provider === "CPUExecutionProvider").toBe(true);
    });
  }

  it("reports progress by phase and run", () => {
    expect(phases).toContain("warm-up 2/2");
    expect(phases).toContain("timing 7/7");
    expect(phases).toContain("profiling 4/4");
  });

  it("binds a dynamic batch from --input and names unnamed nodes", async () => {
    const result = await benchModel(`${fixtures}test/dynamic_unnamed.onnx`, options({ inputShapes: new Map([["x", [4, 64]]]) }), progress);
    expect(invariantViolations(result, protocol)).toEqual([]);
    expect(result.inputs).toEqual({ x: { dtype: "float32", shape: [4, 64] } });
    expect(result.graph.tensors.y!.shape).toEqual([4, 32]);
    expect(result.graph.nodes.map((n) => n.name)).toEqual(["MatMul_0", "Relu_1", "MatMul_2", "Add_3", "Tanh_4"]);
  });

  it("attributes an If body to the If layer and keeps its outer-scope read as an input", async () => {
    const result = await benchModel(`${fixtures}test/if_branches.onnx`, options({ inputValues: new Map([["mode", [1]]]) }), progress);
    expect(invariantViolations(result, protocol)).toEqual([]);
    expect(result.layers.map((l) => l.name)).not.toContain("then_op");
    const branch = result.graph.nodes.find((n) => n.op === "If")!;
    expect(branch.subgraphNodes).toBe(2);
    expect(branch.inputs).toContain("relu_in_out");
  });

  it("reads int64 kernel outputs from the profile (vgg's Shape chain runs when nothing is folded)", async () => {
    const result = await benchModel(`${fixtures}models/vgg.onnx`, options({ ort: { threads: 1, optimization: "disabled", providers: ["cpu"] } }), progress);
    expect(invariantViolations(result, protocol)).toEqual([]);
    expect(result.layers.find((l) => l.name === "shape")).toMatchObject({ op: "Shape", outputBytes: 32, outputs: [{ dtype: "int64", shape: [4] }] });
  });

  it("without optimizations, each layer covers exactly its own node", async () => {
    const result = await benchModel(`${fixtures}models/resnet.onnx`, options({ ort: { threads: 1, optimization: "disabled", providers: ["cpu"] } }), progress);
    expect(invariantViolations(result, protocol)).toEqual([]);
    for (const layer of result.layers) expect(layer.covers).toEqual([layer.name]);
    expect(result.layers).toHaveLength(result.graph.nodes.length);
  });
});

describe("modelResult: layers whose profiled times dwarf the model's latency", () => {
  // mlp's nodes, profiled at `totalUs` together; its end-to-end latency 100 µs.
  const warned = (totalUs: number) => {
    const prepared = prepareModel(`${fixtures}models/mlp.onnx`, options());
    const us = totalUs / prepared.model.graph.nodes.length;
    try {
      const run = { durationUs: totalUs, kernels: prepared.model.graph.nodes.map((n) => ({ node: n.name, op: n.op, provider: "CPUExecutionProvider", durationUs: us, outputBytes: 0, outputs: [], nested: false })) };
      return modelResult(prepared, [100, 100, 100], [run, run], undefined).warnings.filter((w) => w.code === "profile-overhead");
    } finally {
      prepared.target.dispose();
    }
  };

  it("warns when they add up to over twice the model's latency, saying by how much", () => {
    expect(warned(250)).toEqual([{ code: "profile-overhead", message: expect.stringMatching(/^the layers' profiled times add up to 2\.5× the model's end-to-end latency \(250 vs 100 µs\): profiling overhead dominates them/) }]);
  });

  it("says nothing when they do not", () => {
    expect(warned(200)).toEqual([]);
  });
});
