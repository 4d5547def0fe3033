// Benchmark one ONNX model on the local device: read and name its nodes, bind input shapes,
// synthesize inputs, run the protocol, map the runtime's kernels back to ONNX nodes, and build
// the model's entry of the results file.
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { DeviceError, InputError } from "../errors.js";
import { bindShapes } from "../onnx/bind-shapes.js";
import { tensorBytes } from "../onnx/dtype.js";
import { mapFusedNodes } from "../onnx/map-fused-nodes.js";
import { encodeModel, readModel, type OnnxGraph, type OnnxModel, type OnnxTensor } from "../onnx/read-model.js";
import type { ProfiledRun } from "../profiles/ort-trace.js";
import type { Layer, ModelResult, ResultsGraph, TensorInfo, Warning } from "../results/types.js";
import { OrtTarget, type OrtOptions } from "../devices/onnxruntime-node.js";
import { measure, type Progress, type ProtocolOptions } from "./protocol.js";
import { stabilityWarnings } from "./stability.js";
import { synthesizeInputs } from "./synthesize-inputs.js";

export interface BenchModelOptions extends ProtocolOptions {
  ort: OrtOptions;
  /** `--input NAME=SHAPE`, applied to every model that has that input. */
  inputShapes: ReadonlyMap<string, number[]>;
  /** `--input-value NAME=V`. */
  inputValues: ReadonlyMap<string, number[]>;
  seed: number;
}

export function loadModel(path: string): { model: OnnxModel; bytes: Uint8Array } {
  let bytes: Uint8Array;
  try {
    if (!statSync(path).isFile()) throw new InputError("--model", `${path} is not a file`);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError("--model", `cannot read ${path}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message}`);
  }
  return { model: readModel(bytes, path), bytes };
}

export async function benchModel(path: string, options: BenchModelOptions, progress: Progress, loaded = loadModel(path)): Promise<ModelResult> {
  const { model, bytes } = loaded;
  const graph = model.graph;
  // Shapes and values given on the command line apply to the models that have those inputs.
  const shapes = new Map([...options.inputShapes].filter(([name]) => graph.inputs.includes(name)));
  const values = new Map([...options.inputValues].filter(([name]) => graph.inputs.includes(name)));
  const bound = bindShapes(graph, shapes, path);
  const inputs = synthesizeInputs(
    graph.inputs.map((name) => ({ name, dtype: graph.tensors.get(name)?.dtype ?? "float32", shape: bound.inputs.get(name)! })),
    values, options.seed, path);

  const name = basename(path).replace(/\.onnx$/i, "");
  const target = new OrtTarget(name, encodeModel(model), inputs, options.ort);
  let measured;
  try {
    measured = await measure(target, options, progress);
  } catch (error) {
    if (error instanceof DeviceError && error.step.startsWith("run ")) {
      const flags = shapes.size + values.size > 0 ? "check the --input shapes and --input-value values you gave" : "give the inputs' shapes with --input and values with --input-value";
      throw new InputError("--input-value", `model ${path}: onnxruntime rejected the inputs (${error.message.replace(/^.*?onnxruntime: /, "")}); ${flags}`);
    }
    throw error;
  } finally {
    target.dispose();
  }

  const optimized = target.optimizedModel ? readModel(target.optimizedModel, `${path} (optimized by onnxruntime)`).graph : null;
  const mapping = mapFusedNodes(graph, optimized);
  const layers = buildLayers(measured.profiledRuns, mapping.covers, optimized, graph);
  const tensors = new Map(bound.tensors);
  learnShapesFromProfile(tensors, measured.profiledRuns[0], optimized);

  const warnings: Warning[] = [...stabilityWarnings(measured.latencyUs, "end-to-end latency")];
  const silent = layers.filter((l) => l.covers.length > 0 && l.samples.every((s) => s === 0));
  if (silent.length > 0) warnings.push({ code: "no-kernel-events", message: `${silent.length} layer(s) reported no kernel time in the profile (${silent.slice(0, 3).map((l) => l.name).join(", ")}); their samples are 0` });

  return {
    name,
    path,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    graph: resultsGraph(graph, tensors, mapping.folded),
    inputs: Object.fromEntries(inputs.map((i) => [i.name, { dtype: i.dtype, shape: i.shape }])),
    latency: { unit: "us", samples: measured.latencyUs.map(round3) },
    layers,
    warnings,
  };
}

// One layer per kernel the runtime ran at the top level of the graph (nested If/Loop bodies are
// inside their parent's time), plus kernels that cover nodes but never reported time.
function buildLayers(runs: ProfiledRun[], covers: Map<string, string[]>, optimized: OnnxGraph | null, original: OnnxGraph): Layer[] {
  const topLevel = new Set((optimized ?? original).nodes.map((n) => n.name));
  const order = new Map((optimized ?? original).nodes.map((n, i) => [n.name, i]));
  const layers = new Map<string, Layer>();
  runs.forEach((run, r) => {
    for (const kernel of run.kernels) {
      if (kernel.nested || (!topLevel.has(kernel.node) && topLevel.size > 0 && isInsideSubgraph(kernel.node, original))) continue;
      let layer = layers.get(kernel.node);
      if (!layer) {
        const shapesBytes = kernel.outputs.reduce<number | null>((sum, o) => {
          const b = tensorBytes(o.dtype, o.shape);
          return sum === null || b === null ? null : sum + b;
        }, 0);
        layer = {
          name: kernel.node,
          op: kernel.op,
          covers: covers.get(kernel.node) ?? (original.nodes.some((n) => n.name === kernel.node) ? [kernel.node] : []),
          provider: kernel.provider,
          outputBytes: shapesBytes ?? kernel.outputBytes,
          outputs: kernel.outputs,
          samples: new Array<number>(runs.length).fill(0),
        };
        layers.set(kernel.node, layer);
      }
      layer.samples[r] = round3(layer.samples[r]! + kernel.durationUs);
    }
  });
  // Nodes the runtime never timed still own their covered ONNX nodes.
  for (const [node, covered] of covers) {
    if (covered.length > 0 && !layers.has(node)) {
      const op = optimized?.nodes.find((n) => n.name === node)?.op ?? "";
      layers.set(node, { name: node, op, covers: covered, provider: "", outputBytes: 0, samples: new Array<number>(runs.length).fill(0) });
    }
  }
  return [...layers.values()].sort((a, b) => (order.get(a.name) ?? Infinity) - (order.get(b.name) ?? Infinity));
}

function isInsideSubgraph(name: string, graph: OnnxGraph): boolean {
  return graph.nodes.some((n) => n.subgraphs.some((g) => g.nodes.some((inner) => inner.name === name || isInsideSubgraph(name, g))));
}

// The profile reports each kernel's output shapes at run time: they settle dynamic dimensions
// the file left open, for tensors whose names survived optimization.
function learnShapesFromProfile(tensors: Map<string, OnnxTensor>, run: ProfiledRun | undefined, optimized: OnnxGraph | null): void {
  if (!run || !optimized) return;
  const byName = new Map(optimized.nodes.map((n) => [n.name, n]));
  for (const kernel of run.kernels) {
    const node = byName.get(kernel.node);
    if (!node) continue;
    node.outputs.forEach((tensor, k) => {
      const reported = kernel.outputs[k];
      const known = tensors.get(tensor);
      if (!reported || (known && known.bytes !== null)) return;
      const dtype = known?.dtype && known.dtype !== "unknown" ? known.dtype : reported.dtype;
      tensors.set(tensor, { dtype, shape: reported.shape, bytes: tensorBytes(dtype, reported.shape) });
    });
  }
}

function resultsGraph(graph: OnnxGraph, tensors: Map<string, OnnxTensor>, folded: string[]): ResultsGraph {
  const used = new Set<string>([...graph.inputs, ...graph.outputs]);
  for (const node of graph.nodes) for (const t of [...node.inputs, ...node.implicitInputs, ...node.outputs]) if (t !== "") used.add(t);
  const tensorInfo: Record<string, TensorInfo> = {};
  for (const name of [...used].sort()) {
    if (graph.initializers.has(name)) continue; // weights are not data that moves between layers
    const t = tensors.get(name);
    tensorInfo[name] = t ? { dtype: t.dtype, shape: t.shape, bytes: t.bytes } : { dtype: "unknown", shape: null, bytes: null };
  }
  return {
    nodes: graph.nodes.map((n) => ({
      name: n.name,
      op: n.op,
      inputs: [...n.inputs, ...n.implicitInputs],
      outputs: n.outputs,
      ...(n.subgraphs.length > 0 ? { subgraphNodes: countNodes(n.subgraphs) } : {}),
    })),
    tensors: tensorInfo,
    inputs: graph.inputs,
    outputs: graph.outputs,
    folded,
  };
}

function countNodes(graphs: OnnxGraph[]): number {
  return graphs.reduce((sum, g) => sum + g.nodes.length + g.nodes.reduce((s, n) => s + countNodes(n.subgraphs), 0), 0);
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

