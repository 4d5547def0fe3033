// Benchmark one ONNX model on the local device: read and name its nodes, bind input shapes,
// synthesize inputs, run the protocol, map the runtime's kernels back to ONNX nodes, and build
// the model's entry of the results file.
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { DeviceError, InputError } from "../errors.js";
import { bindShapes, type BoundShapes } from "../onnx/bind-shapes.js";
import { tensorBytes } from "../onnx/dtype.js";
import { mapFusedNodes } from "../onnx/map-fused-nodes.js";
import { restoreGraph, type NameMap } from "../onnx/sanitize-names.js";
import { allNodes, readModel, type OnnxGraph, type OnnxModel, type OnnxTensor } from "../onnx/read-model.js";
import type { ProfiledRun } from "../profiles/ort-trace.js";
import type { Layer, ModelResult, ResultsGraph, TensorInfo, Warning } from "../results/types.js";
import { OrtTarget, type OrtOptions } from "../devices/onnxruntime-node.js";
import { modelName } from "./find-models.js";
import { measure, measurePaired, type Adaptive, type Progress, type Stopped, type ProtocolOptions } from "./protocol.js";
import { stabilityWarnings } from "./stability.js";
import type { DeviceBackend, InputTensor, OrtModelTarget } from "../devices/bench-target.js";
import { measureEnergy, measureEnergyPaired, type EnergyOptions } from "./energy-phase.js";
import { median } from "../stats/quantile.js";
import { sessionModel, type SessionModel } from "./session-model.js";
import { synthesizeInputs } from "./synthesize-inputs.js";

export interface BenchModelOptions extends ProtocolOptions {
  ort: OrtOptions;
  /** Where the model runs; the runner's own onnxruntime-node when not given. */
  backend?: DeviceBackend;
  /** With a meter: the energy phase after profiling (idle power measured once, before). */
  energy?: EnergyOptions & { idleW: number };
  /** `--input NAME=SHAPE`, applied to every model that has that input. */
  inputShapes: ReadonlyMap<string, number[]>;
  /** `--input-value NAME=V`. */
  inputValues: ReadonlyMap<string, number[]>;
  seed: number;
  /** dnntune.yml's `siblings` of the model: its exports for tools that do not read ONNX. */
  siblings?: Readonly<Record<string, string>>;
}

/** A model read from its file, and the bytes its sessions are created from. */
export interface LoadedModel {
  model: OnnxModel;
  /** The file's bytes. */
  bytes: Uint8Array;
  session: SessionModel;
  /** Of the file, or with external data of the model as it runs (weights written in), so a
   *  change of weights alone changes it too. */
  sha256: string;
  /** Its name in the results; the file's basename (less `.onnx`) unless the caller chose one. */
  name?: string;
}

export function loadModel(path: string, flag = "models"): LoadedModel {
  let bytes: Uint8Array;
  try {
    if (!statSync(path).isFile()) throw new InputError(flag, `${path} is not a file`);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(flag, `cannot read ${path}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message}`);
  }
  const model = readModel(bytes, path);
  const session = sessionModel(model, path, flag);
  const sha256 = createHash("sha256").update(session.dataFiles.length > 0 ? session.bytes : bytes).digest("hex");
  return { model, bytes, session, sha256 };
}

/** A model made ready to run: inputs bound and synthesized, a target to open sessions on. */
export interface PreparedModel {
  path: string;
  name: string;
  model: OnnxModel;
  bytes: Uint8Array;
  sha256: string;
  /** Names the session knows some nodes and tensors by (see onnx/sanitize-names.ts). */
  names: NameMap;
  bound: BoundShapes;
  inputs: InputTensor[];
  userInputs: boolean;
  target: OrtModelTarget;
}

export function prepareModel(path: string, options: BenchModelOptions, loaded = loadModel(path)): PreparedModel {
  const { model, bytes, session, sha256 } = loaded;
  const graph = model.graph;
  // Shapes and values given on the command line apply to the models that have those inputs.
  const shapes = new Map([...options.inputShapes].filter(([name]) => graph.inputs.includes(name)));
  const values = new Map([...options.inputValues].filter(([name]) => graph.inputs.includes(name)));
  const bound = bindShapes(graph, shapes, path);
  const inputs = synthesizeInputs(
    graph.inputs.map((name) => ({ name, dtype: graph.tensors.get(name)?.dtype ?? "float32", shape: bound.inputs.get(name)! })),
    values, options.seed, path);
  const name = loaded.name ?? modelName(path);
  const feeds = inputs.map((input) => ({ ...input, name: session.names.forward(input.name) }));
  return { path, name, model, bytes, sha256, names: session.names, bound, inputs, userInputs: shapes.size + values.size > 0, target: options.backend ? options.backend.target(name, session.bytes, feeds, options.ort, { path, siblings: options.siblings ?? {} }) : new OrtTarget(name, session.bytes, feeds, options.ort) };
}

/** Runs `work` on prepared models, turning onnxruntime's refusal of the inputs into an InputError. */
export async function withPrepared<T>(models: PreparedModel[], work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const model = models.find((m) => error instanceof DeviceError && error.step === `run ${m.name}`);
    if (model && error instanceof DeviceError) {
      const fix = (name: (field: string) => string) => (model.userInputs ? `check the ${name("inputShapes")} shapes and ${name("inputValues")} values you gave` : `give the inputs' shapes with ${name("inputShapes")} and values with ${name("inputValues")}`);
      throw new InputError("models", (name) => `model ${model.path}: onnxruntime rejected the inputs (${error.message.replace(/^.*?onnxruntime: /, "")}); ${fix(name)}`);
    }
    throw error;
  } finally {
    for (const m of models) m.target.dispose();
  }
}

export async function benchModel(path: string, options: BenchModelOptions, progress: Progress, loaded = loadModel(path), adaptive?: Adaptive): Promise<ModelResult> {
  const prepared = prepareModel(path, options, loaded);
  const measured = await withPrepared([prepared], async () => {
    const m = await measure(prepared.target, options, progress, adaptive);
    const energy = options.energy ? await measureEnergy(prepared.target, median(m.latencyUs), options.energy, options.energy.idleW) : undefined;
    return { ...m, probe: await probe(prepared), energy };
  });
  const result = modelResult(prepared, measured.latencyUs, measured.profiledRuns, measured.probe, measured);
  if (measured.energy && options.energy) result.energy = measuredEnergy(measured.energy, options.energy);
  return result;
}

/** Shapes of every original tensor, from one unoptimized profiled run (see OrtTarget.probeShapes). */
async function probe(prepared: PreparedModel): Promise<ProfiledRun | undefined> {
  return (await prepared.target.probeShapes()).at(-1);
}

/** Layers whose profiled times add up to more than this many times the model's latency get a warning. */
const PROFILE_OVERHEAD_RATIO = 2;

/** The results entry of one measured model. */
export function modelResult(prepared: PreparedModel, latencyUs: number[], sessionRuns: ProfiledRun[], sessionProbe: ProfiledRun | undefined, adaptive: { looks: number; stopped?: Stopped; busyCores?: number } = { looks: 1 }): ModelResult {
  const { looks, stopped, busyCores } = adaptive;
  const { path, name, model, sha256, names, bound, inputs, target } = prepared;
  const graph = model.graph;
  // The runtime reports the session's names: map them back to the file's before anything else.
  const profiledRuns = sessionRuns.map((run) => restoreRun(run, names));
  const probed = sessionProbe && restoreRun(sessionProbe, names);
  const optimized = target.optimizedModel ? restoreGraph(readModel(target.optimizedModel, `${path} (optimized by onnxruntime)`).graph, names) : null;
  const mapping = mapFusedNodes(graph, optimized);
  // A vendor tool says itself which ONNX nodes its layers compute (restored to the file's names).
  const toolCovers = target.layerCovers && new Map([...target.layerCovers].map(([layer, nodes]) => [names.restore(layer), nodes.map((n) => names.restore(n))]));
  const layers = buildLayers(profiledRuns, toolCovers ?? mapping.covers, optimized, graph);
  const tensors = new Map(bound.tensors);
  learnShapesFromProfile(tensors, profiledRuns[0], optimized);
  learnShapesFromProfile(tensors, probed, graph);

  const warnings: Warning[] = [...stabilityWarnings(latencyUs, "end-to-end latency")];
  const silent = layers.filter((l) => l.covers.length > 0 && l.samples.every((s) => s === 0));
  // Profiling costs µs per kernel: with control flow (If, Loop) whose inner nodes all run under the
  // profiler, or many tiny kernels, the layers' times can dwarf the model's own latency.
  const layerSumUs = layers.reduce((sum, l) => sum + (l.samples.length > 0 ? median(l.samples) : 0), 0);
  const modelUs = latencyUs.length > 0 ? median(latencyUs) : 0;
  if (modelUs > 0 && layerSumUs > PROFILE_OVERHEAD_RATIO * modelUs) {
    warnings.push({ code: "profile-overhead", message: `the layers' profiled times add up to ${(layerSumUs / modelUs).toFixed(1)}× the model's end-to-end latency (${round3(layerSumUs)} vs ${round3(modelUs)} µs): profiling overhead dominates them (control flow such as If or Loop times its inner nodes under the profiler); read layers against each other and against their base, not against the model's latency` });
  }
  if (silent.length > 0) warnings.push({ code: "no-kernel-events", message: `${silent.length} layer(s) reported no kernel time in the profile (${silent.slice(0, 3).map((l) => l.name).join(", ")}); their samples are 0` });

  return {
    name,
    path,
    sha256,
    graph: resultsGraph(graph, tensors, mapping.folded),
    inputs: Object.fromEntries(inputs.map((i) => [i.name, { dtype: i.dtype, shape: i.shape }])),
    latency: { unit: "us", samples: latencyUs.map(round3), ...(looks > 1 ? { looks } : {}), ...(looks > 1 && stopped ? { stopped } : {}), ...(busyCores !== undefined ? { busyCores: Math.round(busyCores * 100) / 100 } : {}) },
    layers,
    warnings,
  };
}

function restoreRun(run: ProfiledRun, names: NameMap): ProfiledRun {
  return names.replaced === 0 ? run : { ...run, kernels: run.kernels.map((k) => ({ ...k, node: names.restore(k.node) })) };
}

// One layer per kernel the runtime ran at the top level of the graph (nested If/Loop bodies are
// inside their parent's time), plus kernels that cover nodes but never reported time.
function buildLayers(runs: ProfiledRun[], covers: Map<string, string[]>, optimized: OnnxGraph | null, original: OnnxGraph): Layer[] {
  const runtimeNodes = new Map((optimized ?? original).nodes.map((n, i) => [n.name, { node: n, order: i }]));
  const originalNames = new Set(original.nodes.map((n) => n.name));
  const inSubgraph = new Set(allNodes(original).filter((e) => e.node !== e.top).map((e) => e.node.name));
  const layers = new Map<string, Layer>();
  runs.forEach((run, r) => {
    for (const kernel of run.kernels) {
      if (kernel.nested || (!runtimeNodes.has(kernel.node) && inSubgraph.has(kernel.node))) continue;
      let layer = layers.get(kernel.node);
      if (!layer) {
        const shapesBytes = kernel.outputs.reduce<number | null>((sum, o) => {
          const b = tensorBytes(o.dtype, o.shape);
          return sum === null || b === null ? null : sum + b;
        }, 0);
        layer = {
          name: kernel.node,
          op: kernel.op,
          covers: covers.get(kernel.node) ?? (originalNames.has(kernel.node) ? [kernel.node] : []),
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
      const op = runtimeNodes.get(node)?.node.op ?? "";
      layers.set(node, { name: node, op, covers: covered, provider: "", outputBytes: 0, samples: new Array<number>(runs.length).fill(0) });
    }
  }
  const order = (name: string) => runtimeNodes.get(name)?.order ?? Infinity;
  return [...layers.values()].sort((a, b) => order(a.name) - order(b.name));
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

/** A model's energy entry from its batches' samples (mJ per inference, idle taken off). */
function measuredEnergy(samples: number[], options: EnergyOptions & { idleW: number }): NonNullable<ModelResult["energy"]> {
  return { unit: "mJ", source: `measured:${options.meter.name}`, samples: samples.map(round6), idleW: Math.round(options.idleW * 1e4) / 1e4 };
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}


/**
 * Paired mode: base and head (another model, or the same model under other options) timed
 * alternately in this process. Both entries are named after the head so they align; the head's
 * latency carries the pairs, which `compare` tests with the signed-rank test.
 */
export async function benchModelPair(
  basePath: string, headPath: string,
  baseOptions: BenchModelOptions, headOptions: BenchModelOptions,
  progress: Progress, adaptive?: Adaptive,
  loaded: { base?: LoadedModel; head?: LoadedModel } = {},
): Promise<{ base: ModelResult; head: ModelResult }> {
  const base = prepareModel(basePath, baseOptions, loaded.base ?? loadModel(basePath, "paired.baseModel"));
  const head = prepareModel(headPath, headOptions, loaded.head ?? loadModel(headPath));
  const measured = await withPrepared([base, head], async () => {
    const m = await measurePaired(base.target, head.target, headOptions, progress, adaptive);
    const energyOptions = headOptions.energy;
    const energy = energyOptions ? await measureEnergyPaired(base.target, head.target, Math.min(median(m.base.latencyUs), median(m.head.latencyUs)), energyOptions, energyOptions.idleW) : undefined;
    return { ...m, baseProbe: await probe(base), headProbe: await probe(head), energy };
  });
  const baseResult = modelResult(base, measured.base.latencyUs, measured.base.profiledRuns, measured.baseProbe, measured.base);
  const headResult = modelResult(head, measured.head.latencyUs, measured.head.profiledRuns, measured.headProbe, measured.head);
  baseResult.name = headResult.name;
  headResult.latency.paired = { baseSamples: baseResult.latency.samples, headSamples: headResult.latency.samples, layers: "interleaved" };
  if (measured.energy && headOptions.energy) {
    baseResult.energy = measuredEnergy(measured.energy.base, headOptions.energy);
    headResult.energy = { ...measuredEnergy(measured.energy.head, headOptions.energy), paired: { baseSamples: baseResult.energy.samples, headSamples: measured.energy.head.map(round6) } };
  }
  return { base: baseResult, head: headResult };
}
