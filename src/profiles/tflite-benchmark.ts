// TensorFlow Lite's `benchmark_model --enable_op_profiling=true` → per-layer times in µs. Reads
// the "Operator-wise Profiling Info for Regular Benchmark Runs" section of its stdout, or of the
// file `--profiling_output_csv_file` writes (the same tables, or CSV rows with
// `--profile_summary_formatter`'s CSV mode). Rows as tensorflow/core/util/stats_calculator.cc
// prints them, names as tensorflow/lite/profiling/profile_summarizer.cc makes them. A delegated
// subgraph is one row (node type `TfLiteNnapiDelegate`, `TfLiteGpuDelegateV2`…) and stays one layer.
import { FormatError } from "../errors.js";

export interface TfliteLayer {
  /** As benchmark_model prints it: `[out_a, out_b]:71` for an op, `Delegate/<op>:3` for a delegate's own op. */
  name: string;
  /** The op (`CONV_2D`) or the delegate kernel (`TfLiteNnapiDelegate`). */
  nodeType: string;
  /** The node's index in its subgraph; undefined for rows that are not graph nodes. */
  nodeIndex: number | undefined;
  /** The node's output tensor names: what ties it to the source model. */
  outputs: string[];
  subgraph: number;
  /** The delegate that ran this layer, or undefined for TFLite's own CPU kernels. */
  delegate: string | undefined;
  /** Where a delegate ran it: `gpu`, `dsp`, `nnapi` (an NNAPI device: NPU, DSP or GPU) or the delegate's name; undefined on the CPU (XNNPACK is a CPU delegate). */
  accelerator: string | undefined;
  firstUs: number;
  averageUs: number;
  /** Per run. */
  timesCalled: number;
  memKb: number;
  /** Where the row is in the text, 1-based; undefined in the proto mode, which has no lines. */
  line: number | undefined;
}

export interface TfliteInferenceTimings {
  initUs: number;
  firstInferenceUs: number;
  warmupAverageUs: number;
  inferenceAverageUs: number;
}

export interface TfliteBenchmark {
  format: "table" | "csv" | "proto";
  layers: TfliteLayer[];
  /** The "Delegate internal" table: ops inside a delegate, whose time is already in its row. */
  delegateInternal: TfliteLayer[];
  /** benchmark_model's "Inference timings in us" line, when the text holds it. */
  inference: TfliteInferenceTimings | undefined;
}

const SECTION = "Operator-wise Profiling Info for Regular Benchmark Runs:";
const TITLE = /^=+ (.+?) =+$/;
const NUMBER = String.raw`-?\d+(?:\.\d+)?`;
const PERCENT = String.raw`(?:-?\d+(?:\.\d+)?|-?nan|-?inf)%`;
// A table row: node type, [start,] first, avg ms, %, cdf%, mem KB, times called, name — tabs in
// the tool's output, runs of spaces where a terminal or a README turned them.
const tableRow = (start: boolean) => new RegExp(
  String.raw`^\s*(.+?)\s+${start ? String.raw`${NUMBER}\s+` : ""}(${NUMBER})\s+(${NUMBER})\s+${PERCENT}\s+${PERCENT}\s+(${NUMBER})\s+(\d+)\s+(.+?)\s*$`,
);

/** Delegate kernels by the name their registration gives them, and where each one runs. */
function placement(nodeType: string): { delegate: string; accelerator: string | undefined } | undefined {
  const kernel = nodeType.split("/")[0]!;
  if (!/Delegate/i.test(kernel)) return undefined;
  if (/^TfLiteXNNPackDelegate/i.test(kernel)) return { delegate: kernel, accelerator: undefined };
  if (/^TfLiteGpuDelegate/i.test(kernel)) return { delegate: kernel, accelerator: "gpu" };
  if (/^TfLiteHexagonDelegate/i.test(kernel)) return { delegate: kernel, accelerator: "dsp" };
  if (/^TfLiteNnapiDelegate/i.test(kernel)) return { delegate: kernel, accelerator: "nnapi" };
  return { delegate: kernel, accelerator: kernel };
}

/**
 * Every line of the regular-runs section is accounted for: a row that does not read as one is an
 * error naming its line (`benchmark.txt: line 42: …`), never skipped.
 */
export function parseTfliteBenchmark(text: string, file: string): TfliteBenchmark {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => l.includes(SECTION));
  if (start < 0) throw new FormatError(file, undefined, `no "${SECTION}" section: run benchmark_model with --enable_op_profiling=true`);
  // XNNPACK's own ops (`Delegate/…` rows) do not say which delegate ran them; its creation log does.
  const xnnpack = lines.some((l) => /Created TensorFlow Lite XNNPACK delegate/.test(l));

  let format: TfliteBenchmark["format"] | undefined;
  const layers: TfliteLayer[] = [];
  const delegateInternal: TfliteLayer[] = [];
  let subgraph = 0;
  let internal = false;
  let table: "run-order" | "other" | undefined;
  let row: ((line: string, n: number) => TfliteLayer) | undefined;

  for (let i = start + 1; i < lines.length; i++) {
    const n = i + 1;
    // benchmark_model logs each message with "INFO: "; a table's lines after the first have no prefix.
    const line = lines[i]!.replace(/^INFO: /, "");
    if (line.trim() === "") {
      table = undefined;
      continue;
    }
    const title = TITLE.exec(line.trim());
    if (title) {
      table = title[1] === "Run Order" ? "run-order" : "other";
      row = undefined;
      continue;
    }
    if (table === "run-order" && row === undefined) {
      const header = headerOf(line);
      if (!header) throw new FormatError(file, `line ${n}`, `expected the Run Order table's header ("[node type] … [Name]" or "node type, first, avg_ms, …"); got ${quote(line)}`);
      format ??= header.format;
      row = header.format === "csv" ? csvRow(header.start) : textRow(header.start);
      continue;
    }
    if (table === "run-order" && row) {
      const layer = row(line, n);
      layer.subgraph = subgraph;
      if (layer.name.startsWith("Delegate/") && layer.delegate === undefined) {
        layer.delegate = xnnpack ? "TfLiteXNNPackDelegate" : "unknown delegate";
        layer.accelerator = xnnpack ? undefined : "unknown delegate";
      }
      (internal ? delegateInternal : layers).push(layer);
      continue;
    }
    if (table === "other") continue;
    const graph = /^(?:Primary graph \(name: .*\)|Subgraph \(index: (\d+), name: .*\)) (?:profile|summary):$/.exec(line.trim());
    if (graph) {
      subgraph = graph[1] === undefined ? 0 : Number(graph[1]);
      continue;
    }
    if (line.trim() === "Delegate internal:") {
      internal = true;
      continue;
    }
    // Anything else outside a table is benchmark_model's own logging: summaries, timings.
  }
  if (format === undefined) throw new FormatError(file, `line ${start + 1}`, "the section has no Run Order table: the profile is empty or cut short");
  return { format, layers, delegateInternal, inference: inferenceTimings(lines, file) };

  function textRow(withStart: boolean) {
    const pattern = tableRow(withStart);
    return (line: string, n: number): TfliteLayer => {
      const m = pattern.exec(line);
      if (!m) throw new FormatError(file, `line ${n}`, `expected a Run Order row (node type, ${withStart ? "start, " : ""}first, avg ms, %, cdf%, mem KB, times called, name); got ${quote(line)}`);
      return layerOf(m[1]!, m[2]!, m[3]!, m[4]!, m[5]!, m[6]!, n);
    };
  }

  function csvRow(withStart: boolean) {
    const numbers = withStart ? 7 : 6;
    return (line: string, n: number): TfliteLayer => {
      // The node type may hold ", " (XNNPACK's "Convolution (NHWC, QC8) GEMM"); the name never does: stats_calculator turns its commas into tabs.
      const parts = line.split(", ");
      const fields = parts.slice(-(numbers + 1));
      const nodeType = parts.slice(0, -(numbers + 1)).join(", ");
      const [first, avg, pct, cdf, mem, times, name] = fields.slice(withStart ? 1 : 0);
      const ok = nodeType !== "" && fields.length === numbers + 1
        && [first, avg, mem].every((f) => new RegExp(`^${NUMBER}$`).test(f!)) && new RegExp(`^${PERCENT}$`).test(pct!) && new RegExp(`^${PERCENT}$`).test(cdf!)
        && /^\d+$/.test(times!) && name!.trim() !== "" && (!withStart || new RegExp(`^${NUMBER}$`).test(fields[0]!));
      if (!ok) throw new FormatError(file, `line ${n}`, `expected a CSV Run Order row (node type, ${withStart ? "start, " : ""}first, avg_ms, %, cdf%, mem KB, times called, name); got ${quote(line)}`);
      return layerOf(nodeType.trim(), first!, avg!, mem!, times!, name!.trim(), n);
    };
  }

  function layerOf(nodeType: string, first: string, avg: string, mem: string, times: string, name: string, n: number): TfliteLayer {
    const timesCalled = Number(times);
    if (!Number.isSafeInteger(timesCalled)) throw new FormatError(file, `line ${n}`, `expected a call count; got ${quote(times)}`);
    return {
      ...describeRow(nodeType, name),
      subgraph: 0,
      firstUs: microseconds(first, n),
      averageUs: microseconds(avg, n),
      timesCalled,
      memKb: Number(mem),
      line: n,
    };
  }

  function microseconds(ms: string, n: number): number {
    const value = Number(ms);
    if (!Number.isFinite(value) || value < 0) throw new FormatError(file, `line ${n}`, `expected a time in ms (a number ≥ 0); got ${quote(ms)}`);
    // Printed with 3 decimals: whole µs.
    return Math.round(value * 1000);
  }
}

/**
 * What a row's node type and name say, in every output mode: the node index and output tensors
 * (`[a, b]:71`; the CSV formatter writes the names' ", " as "\t "), and the delegate that ran it.
 */
export function describeRow(nodeType: string, name: string): Pick<TfliteLayer, "name" | "nodeType" | "nodeIndex" | "outputs" | "delegate" | "accelerator"> {
  const op = /^\[(.*)\]:(\d+)$/s.exec(name);
  const delegated = /^Delegate\/.*:(\d+)$/s.exec(name);
  const placed = placement(nodeType);
  return {
    name,
    nodeType,
    nodeIndex: op ? Number(op[2]) : delegated ? Number(delegated[1]) : undefined,
    outputs: op ? op[1]!.split(/(?:,|\t) ?/).filter((t) => t !== "") : [],
    delegate: placed?.delegate,
    accelerator: placed?.accelerator,
  };
}

function headerOf(line: string): { format: "table" | "csv"; start: boolean } | undefined {
  const trimmed = line.trim();
  if (/^\[node type\]\s.*\[Name\]$/.test(trimmed)) return { format: "table", start: /\[start\]/.test(trimmed) };
  if (/^node type, .*, name$/.test(trimmed)) return { format: "csv", start: /, start,/.test(trimmed) };
  return undefined;
}

/** The "Inference timings in us" line of a run without op profiling; an error when the text has none. */
export function parseTfliteInferenceTimings(text: string, file: string): TfliteInferenceTimings {
  const timings = inferenceTimings(text.split(/\r?\n/), file);
  if (!timings) throw new FormatError(file, undefined, `no "Inference timings in us:" line (benchmark_model's summary)`);
  return timings;
}

// "Inference timings in us: Init: 52687, First inference: 19105, Warmup (avg): 14452.5, Inference (avg): 14290.9"
function inferenceTimings(lines: readonly string[], file: string): TfliteInferenceTimings | undefined {
  const i = lines.findIndex((l) => l.includes("Inference timings in us:"));
  if (i < 0) return undefined;
  const m = new RegExp(String.raw`Inference timings in us: Init: (${NUMBER}), First inference: (${NUMBER}), Warmup \(avg\): (${NUMBER}(?:e[-+]?\d+)?), Inference \(avg\): (${NUMBER}(?:e[-+]?\d+)?)\s*$`).exec(lines[i]!);
  if (!m) throw new FormatError(file, `line ${i + 1}`, `expected "Inference timings in us: Init: N, First inference: N, Warmup (avg): N, Inference (avg): N"; got ${quote(lines[i]!)}`);
  const [init, first, warmup, inference] = m.slice(1).map(Number) as [number, number, number, number];
  if (![init, first, warmup, inference].every((v) => Number.isFinite(v) && v >= 0)) throw new FormatError(file, `line ${i + 1}`, "expected times in µs (numbers ≥ 0)");
  return { initUs: init, firstInferenceUs: first, warmupAverageUs: warmup, inferenceAverageUs: inference };
}

export interface MappedTfliteLayer extends TfliteLayer {
  /** The ONNX nodes the layer computes; empty when its names match none. */
  covers: string[];
  /** False when no name matched: the layer is reported under its runtime name. */
  mapped: boolean;
}

/**
 * Maps layers to ONNX nodes where names allow: an output tensor that an ONNX node writes, or that
 * is an ONNX node's name (converters often name tensors after nodes). Layers matching none keep
 * their runtime name and cover nothing. A delegate's row names only its partition's outputs: with
 * the nodes' inputs given, it also covers the nodes that feed those outputs and no other row
 * claims (the partition's inside, which the delegate ran and TFLite did not list).
 */
export function mapTfliteLayers(layers: readonly TfliteLayer[], nodes: readonly { name: string; outputs: readonly string[]; inputs?: readonly string[] }[]): MappedTfliteLayer[] {
  const byTensor = new Map<string, string>();
  for (const node of nodes) for (const out of node.outputs) if (!byTensor.has(out)) byTensor.set(out, node.name);
  for (const node of nodes) if (!byTensor.has(node.name)) byTensor.set(node.name, node.name);
  const mapped = layers.map((layer) => {
    const covers = [...new Set(layer.outputs.flatMap((t) => byTensor.get(t) ?? []))];
    return { ...layer, covers, mapped: covers.length > 0 };
  });
  const producer = new Map<string, (typeof nodes)[number]>();
  for (const node of nodes) for (const out of node.outputs) if (!producer.has(out)) producer.set(out, node);
  const claimed = new Set(mapped.flatMap((l) => l.covers));
  for (const layer of mapped) {
    if (layer.delegate === undefined || layer.covers.length === 0) continue;
    // Walk back from the partition's outputs to where another row's nodes, or the graph's inputs, begin.
    const stack = layer.covers.map((name) => nodes.find((n) => n.name === name)!);
    const inside = new Set(layer.covers);
    while (stack.length > 0) {
      for (const tensor of stack.pop()!.inputs ?? []) {
        const from = producer.get(tensor);
        if (!from || inside.has(from.name) || claimed.has(from.name)) continue;
        inside.add(from.name);
        claimed.add(from.name);
        stack.push(from);
      }
    }
    layer.covers = nodes.filter((n) => inside.has(n.name)).map((n) => n.name);
  }
  return mapped;
}

function quote(line: string): string {
  const shown = JSON.stringify(line.trim());
  return shown.length > 80 ? `${shown.slice(0, 77)}…` : shown;
}
