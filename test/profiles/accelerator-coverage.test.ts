import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { acceleratorCoverage, acceleratorOfOrtProvider, placementMoves, type PlacedLayer } from "../../src/profiles/accelerator-coverage.js";
import { parseOrtTrace } from "../../src/profiles/ort-trace.js";
import { parseTfliteBenchmark } from "../../src/profiles/tflite-benchmark.js";
import { budget } from "../fuzz/budget.js";

const layer = (name: string, accelerator: string | undefined, timeUs: number, covers: string[] = []): PlacedLayer => ({ name, covers, accelerator, timeUs });

describe("acceleratorCoverage", () => {
  it("counts the share of layers and of time on the accelerator (hand-computed)", () => {
    const coverage = acceleratorCoverage([layer("a", "gpu", 600), layer("b", undefined, 300), layer("c", "gpu", 50), layer("d", "dsp", 50)]);
    // 3 of 4 layers; 700 of 1000 µs.
    expect(coverage).toEqual({
      layers: 4, acceleratorLayers: 3, layerShare: 0.75, timeUs: 1000, acceleratorTimeUs: 700, timeShare: 0.7,
      byAccelerator: { gpu: { layers: 2, timeUs: 650 }, dsp: { layers: 1, timeUs: 50 } },
    });
  });

  it("is zero, not NaN, for no layers or no time", () => {
    expect(acceleratorCoverage([])).toMatchObject({ layerShare: 0, timeShare: 0 });
    expect(acceleratorCoverage([layer("a", "gpu", 0)])).toMatchObject({ layerShare: 1, timeShare: 0 });
  });

  it("reads a real TFLite NNAPI run: 3 of 8 layers, 13.462 of 52.063 ms on NNAPI", () => {
    const { layers } = parseTfliteBenchmark(readFileSync(new URL("../../fixtures/profiles/tflite-benchmark/deeplabv3-nnapi.stdout.txt", import.meta.url), "utf8"), "d.txt");
    const coverage = acceleratorCoverage(layers.map((l) => layer(l.name, l.accelerator, l.averageUs * l.timesCalled)));
    // 11.422 + 0.654 + 1.386 = 13.462 ms delegated; the eight rows sum to 52.063 ms (0.080 + 0.731 + 0.095 + 22.369 + 15.326 on the CPU).
    expect(coverage).toMatchObject({ layers: 8, acceleratorLayers: 3, acceleratorTimeUs: 13462, timeUs: 52063 });
    expect(coverage.timeShare).toBeCloseTo(13462 / 52063, 12);
  });

  it("counts onnxruntime's CPU provider as fallback and every other provider as an accelerator", () => {
    const runs = parseOrtTrace(readFileSync(new URL("../../fixtures/traces/if_branches.ort-trace.json", import.meta.url), "utf8"), "t.json");
    const coverage = acceleratorCoverage(runs[0]!.kernels.map((k) => layer(k.node, acceleratorOfOrtProvider(k.provider), k.durationUs)));
    expect(coverage.acceleratorLayers).toBe(0);
    expect(acceleratorOfOrtProvider("CUDAExecutionProvider")).toBe("CUDAExecutionProvider");
    expect(acceleratorOfOrtProvider("")).toBeUndefined();
  });
});

describe("placementMoves", () => {
  it("lists the ONNX nodes that left or joined the accelerator, node by node across different fusions", () => {
    const base = [layer("gpu-0", "gpu", 10, ["conv1", "relu1"]), layer("[pool]:3", undefined, 2, ["pool"]), layer("gpu-1", "gpu", 5, ["fc"])];
    // Head: relu1 falls off the GPU into its own CPU layer; pool moves onto the GPU in a new fusion.
    const head = [layer("gpu-0", "gpu", 8, ["conv1"]), layer("[relu1]:1", undefined, 3, ["relu1"]), layer("gpu-1", "gpu", 6, ["pool", "fc"])];
    expect(placementMoves(base, head)).toEqual([
      { node: "pool", base: undefined, head: "gpu", baseLayer: "[pool]:3", headLayer: "gpu-1", kind: "onto-accelerator" },
      { node: "relu1", base: "gpu", head: undefined, baseLayer: "gpu-0", headLayer: "[relu1]:1", kind: "off-accelerator" },
    ]);
  });

  it("keys unmapped layers by their runtime name, and ignores nodes present on one side only", () => {
    const base = [layer("[x]:1", "nnapi", 1), layer("gone", "nnapi", 1)];
    const head = [layer("[x]:1", "dsp", 1), layer("new", undefined, 1)];
    expect(placementMoves(base, head)).toEqual([{ node: "[x]:1", base: "nnapi", head: "dsp", baseLayer: "[x]:1", headLayer: "[x]:1", kind: "between-accelerators" }]);
  });

  it("finds no move between a side and itself, and is symmetric in the nodes it reports (random layers)", () => {
    const nodes = ["a", "b", "c", "d", "e"];
    const side = fc.array(fc.record({
      name: fc.constantFrom("L1", "L2", "L3"),
      covers: fc.subarray(nodes),
      accelerator: fc.constantFrom(undefined, "gpu", "dsp"),
      timeUs: fc.nat(100),
    }), { maxLength: 6 });
    fc.assert(fc.property(side, side, (base, head) => {
      expect(placementMoves(base, base)).toEqual([]);
      const there = placementMoves(base, head).map((m) => [m.node, m.base, m.head]);
      const back = placementMoves(head, base).map((m) => [m.node, m.head, m.base]);
      expect(back).toEqual(there);
    }), budget());
  });
});
