// A re-export that renames every node, tensor and weight must compare as the same model. Both
// models are real ONNX files benchmarked by onnxruntime; the head's samples are then replaced by
// the base's through the known renaming (ground truth from `covers`, independent of the matcher),
// so a layer matched to the wrong counterpart shows as a ratio other than 1.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { benchModel, type BenchModelOptions } from "../../src/bench/bench-model.js";
import { compare } from "../../src/compare/index.js";
import { ModelProtoType } from "../../src/onnx/onnx-proto.js";
import { RESULTS_SCHEMA, type ModelResult, type Results } from "../../src/results/types.js";

const fixtures = new URL("../../fixtures/models/", import.meta.url).pathname;
const options: BenchModelOptions = {
  warmupRuns: 1, runs: 5, profileRuns: 3, ort: { threads: 1, optimization: "all", providers: ["cpu"] },
  inputShapes: new Map(), inputValues: new Map(), seed: 1,
};

interface Node { name?: string; input: string[]; output: string[] }
interface Graph { node: Node[]; initializer: { name: string }[]; input: { name: string }[]; output: { name: string }[]; value_info: { name: string }[] }

/** Rename every node and every tensor but the graph's inputs and outputs; returns the node map. */
function renamed(file: string): { bytes: Uint8Array; nodes: Map<string, string> } {
  const message = ModelProtoType.decode(readFileSync(file)) as unknown as { graph: Graph };
  const graph = message.graph;
  const keep = new Set([...graph.input, ...graph.output].map((v) => v.name));
  const tensors = new Map<string, string>();
  const rename = (t: string) => (t === "" || keep.has(t) ? t : (tensors.get(t) ?? tensors.set(t, `onnx::t${tensors.size}`).get(t)!));
  const nodes = new Map<string, string>();
  graph.node.forEach((node, i) => {
    const name = `/export/${node.name}/op${i}`;
    nodes.set(node.name!, name);
    node.name = name;
    node.input = node.input.map(rename);
    node.output = node.output.map(rename);
  });
  for (const init of graph.initializer) init.name = rename(init.name);
  for (const info of graph.value_info) info.name = rename(info.name);
  return { bytes: ModelProtoType.encode(message as never).finish(), nodes };
}

function results(model: ModelResult): Results {
  return { schema: RESULTS_SCHEMA, createdAt: "2026-11-30T00:00:00Z", device: { name: "local", transport: "local", tool: "onnxruntime-node", fingerprint: {} }, models: [model] };
}

describe("compare on a renamed re-export", () => {
  for (const name of ["resnet", "inception", "mobilenet_v2"]) {
    it(`${name}: matches at least 95 % of layers and calls nothing a regression`, async () => {
      const dir = mkdtempSync(join(tmpdir(), "renamed-"));
      const { bytes, nodes } = renamed(join(fixtures, `${name}.onnx`));
      writeFileSync(join(dir, `${name}.onnx`), bytes);
      const base = await benchModel(join(fixtures, `${name}.onnx`), options, () => {});
      const head = await benchModel(join(dir, `${name}.onnx`), options, () => {});
      expect(head.layers.map((l) => l.name)).not.toEqual(base.layers.map((l) => l.name));

      // Ground truth: the head layer covering the renamed versions of a base layer's nodes. Kernels
      // the runtime inserted cover none: they have no ground truth and keep their own samples.
      const baseOf = new Map(base.layers.filter((l) => l.covers.length > 0).map((l) => [l.covers.map((n) => nodes.get(n)).join("|"), l]));
      for (const layer of head.layers) {
        const truth = baseOf.get(layer.covers.join("|"));
        if (truth) layer.samples = [...truth.samples];
      }
      head.latency = { ...base.latency };

      const comparison = compare(results(base), results(head));
      const layers = comparison.endpoints.filter((e) => e.metric === "layer");
      const matched = layers.filter((e) => e.verdict !== "missing");
      // A layer that covers ONNX nodes is the same layer whatever onnxruntime called it: every
      // one is matched. The kernels it inserted (NCHWc reorders) it numbers per session and runs,
      // like the parallel branches around them, in another order each session: they are matched
      // by op, outputs and neighbours, and may not cost the 95 % either.
      const covering = new Set(head.layers.filter((l) => l.covers.length > 0).map((l) => l.name));
      expect(layers.filter((e) => e.verdict === "missing" && covering.has(e.layer!)).map((e) => e.layer)).toEqual([]);
      expect(matched.length / head.layers.length).toBeGreaterThanOrEqual(0.95);
      expect(comparison.endpoints.filter((e) => e.verdict === "regression" || e.verdict === "improvement")).toEqual([]);
      // Kernels the runtime inserted (NCHWc reorders) cover no ONNX node: no ground truth to check.
      for (const e of matched.filter((m) => covering.has(m.layer!))) expect(e.ratio, `${e.layer} matched the wrong base layer`).toBeCloseTo(1, 9);
    });
  }
});
