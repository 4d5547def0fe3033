// trtexec's per-layer profile (`--exportProfile`) joined with its layer information
// (`--exportLayerInfo`) → TensorRT layers in µs, each with the ONNX nodes it was fused from. The
// layer information's `Metadata` (`[ONNX Layer: /conv1/Conv]`, one entry per ONNX node, separated
// by \x1f) is the join key to the ONNX vocabulary; a layer without it keeps its TensorRT name.
import { FormatError } from "../errors.js";
import { describe, isObject } from "./json-value.js";

/** One entry of `--exportProfile`: the times of one TensorRT layer over `runs` inferences. */
export interface TrtexecLayerTime {
  name: string;
  /** Summed over every run. */
  totalUs: number;
  averageUs: number;
  /** Absent in profiles from older trtexec versions, which did not write `medianMs`. */
  medianUs: number | undefined;
  /** Of the profile's summed time, as trtexec computed it. */
  percent: number;
}

export interface TrtexecProfile {
  /** trtexec's `count`: how many inferences the times were gathered over. */
  runs: number;
  layers: TrtexecLayerTime[];
}

/** One layer of `--exportLayerInfo`. */
export interface TrtexecLayerInfo {
  name: string;
  /** TensorRT's implementation (`CaskConvolution`, `Reformat`…); absent when the engine was built without `--profilingVerbosity=detailed`, which lists names only. */
  layerType: string | undefined;
  /** ONNX node names from `Metadata`; undefined when the layer has no `Metadata`. */
  onnxNodes: string[] | undefined;
}

export interface TrtexecLayer extends TrtexecLayerTime {
  layerType: string | undefined;
  /** The ONNX nodes this layer computes (from `Metadata`); empty when unmapped. */
  covers: string[];
  /** False when the layer info gave no ONNX node for it: `name` is TensorRT's own. */
  mapped: boolean;
  /** For a layer TensorRT inserted to change a tensor's format: the layer it feeds or follows. */
  reformatFor: string | undefined;
}

// TensorRT's unit and record separators between Metadata entries (built from codes: the lint forbids control characters in literals).
const SEPARATORS = new RegExp(`[${String.fromCharCode(0x1e)}${String.fromCharCode(0x1f)}]`);
const REFORMAT = /^Reformatting CopyNode for (?:Input|Output) Tensor \d+ to (.*)$/;

/**
 * Reads `--exportProfile`: `[{"count": N}, {"name", "timeMs", "averageMs", "medianMs"?,
 * "percentage"}, …]`, as samples/common/sampleReporting.cpp (`Profiler::exportJSONProfile`)
 * writes it. An error names the entry: `profile.json: [3].averageMs: …`.
 */
export function parseTrtexecProfile(text: string, file: string): TrtexecProfile {
  const entries = parseJson(text, file, "trtexec --exportProfile");
  if (!Array.isArray(entries)) throw new FormatError(file, undefined, "expected a JSON array (trtexec --exportProfile output)");
  const [head, ...rows] = entries as unknown[];
  if (!isObject(head) || !("count" in head)) throw new FormatError(file, "[0]", `expected {"count": N}, the number of profiled runs; got ${describe(head)}`);
  const runs = head.count;
  if (typeof runs !== "number" || !Number.isSafeInteger(runs) || runs < 0) throw new FormatError(file, "[0].count", `expected a run count (an integer ≥ 0); got ${describe(runs)}`);
  const layers = rows.map((row, k): TrtexecLayerTime => {
    const i = k + 1;
    if (!isObject(row)) throw new FormatError(file, `[${i}]`, `expected a layer {"name", "timeMs", "averageMs", …}; got ${describe(row)}`);
    if (typeof row.name !== "string") throw new FormatError(file, `[${i}].name`, `expected the layer's name; got ${describe(row.name)}`);
    return {
      name: row.name,
      totalUs: microseconds(row.timeMs, file, `[${i}].timeMs`),
      averageUs: microseconds(row.averageMs, file, `[${i}].averageMs`),
      medianUs: row.medianMs === undefined ? undefined : microseconds(row.medianMs, file, `[${i}].medianMs`),
      percent: finite(row.percentage, file, `[${i}].percentage`),
    };
  });
  return { runs, layers };
}

/** One inference of `--exportTimes`, in µs from the start of trtexec's timing. */
export interface TrtexecInference {
  startComputeUs: number;
  /** Host-to-device copy, compute and device-to-host copy: trtexec's "Latency". */
  latencyUs: number;
  computeUs: number;
}

/**
 * Reads `--exportTimes`: `[{"startEnqMs", …, "startComputeMs", …, "computeMs", …, "latencyMs", …}, …]`,
 * one object per inference, warm-up ones included (trtexec tells them by `startComputeMs` before
 * the warm-up's end), as samples/common/sampleReporting.cpp (`exportJSONTrace`) writes it; the
 * copy fields were named `startInMs` before TensorRT 8 and `startH2dMs` since, and are not read.
 */
export function parseTrtexecTimes(text: string, file: string): TrtexecInference[] {
  const entries = parseJson(text, file, "trtexec --exportTimes");
  if (!Array.isArray(entries)) throw new FormatError(file, undefined, "expected a JSON array of inferences (trtexec --exportTimes output)");
  return entries.map((entry: unknown, i): TrtexecInference => {
    if (!isObject(entry)) throw new FormatError(file, `[${i}]`, `expected an inference {"startComputeMs", "computeMs", "latencyMs", …}; got ${describe(entry)}`);
    return {
      startComputeUs: microseconds(entry.startComputeMs, file, `[${i}].startComputeMs`),
      latencyUs: microseconds(entry.latencyMs, file, `[${i}].latencyMs`),
      computeUs: microseconds(entry.computeMs, file, `[${i}].computeMs`),
    };
  });
}

/**
 * Reads `--exportLayerInfo`: `{"Layers": [...], "Bindings": [...]}` where each layer is an object
 * (`Name`, `LayerType`, `Metadata`, … with `--profilingVerbosity=detailed`) or only its name.
 */
export function parseTrtexecLayerInfo(text: string, file: string): TrtexecLayerInfo[] {
  const doc = parseJson(text, file, "trtexec --exportLayerInfo");
  if (!isObject(doc) || !Array.isArray(doc.Layers)) throw new FormatError(file, "Layers", `expected {"Layers": [...]} (trtexec --exportLayerInfo output); got ${describe(isObject(doc) ? doc.Layers : doc)}`);
  return doc.Layers.map((layer: unknown, i): TrtexecLayerInfo => {
    if (typeof layer === "string") return { name: layer, layerType: undefined, onnxNodes: undefined };
    if (!isObject(layer)) throw new FormatError(file, `Layers[${i}]`, `expected a layer object or name; got ${describe(layer)}`);
    if (typeof layer.Name !== "string") throw new FormatError(file, `Layers[${i}].Name`, `expected the layer's name; got ${describe(layer.Name)}`);
    const optional = (key: "LayerType" | "Metadata") => {
      const value = layer[key];
      if (value !== undefined && typeof value !== "string") throw new FormatError(file, `Layers[${i}].${key}`, `expected a string; got ${describe(value)}`);
      return value;
    };
    const layerType = optional("LayerType");
    const metadata = optional("Metadata");
    return { name: layer.Name, layerType, onnxNodes: metadata === undefined ? undefined : onnxNodesOf(metadata) };
  });
}

/**
 * The ONNX node names in a layer's `Metadata`: `[ONNX Layer: a]\x1f[ONNX Layer: b]`. TensorRT
 * separates entries with \x1f (and groups with \x1e); text that names no ONNX layer gives none.
 */
export function onnxNodesOf(metadata: string): string[] {
  const names: string[] = [];
  for (const part of metadata.split(SEPARATORS)) {
    const whole = /^\s*\[ONNX Layer: (.*)\]\s*$/s.exec(part);
    // One entry per part, its name taken whole (a name may hold "]"); parts run together without a separator are split at "][ONNX Layer: ".
    if (whole) names.push(...whole[1]!.split("][ONNX Layer: "));
  }
  return [...new Set(names)];
}

/**
 * The profile's layers, in its order, each with what the layer info says about it. A layer the
 * layer info does not describe, or describes without `Metadata`, keeps its TensorRT name and is
 * marked unmapped. Reformatting layers are kept: their time is real.
 */
export function joinTrtexec(profile: TrtexecProfile, info: readonly TrtexecLayerInfo[]): TrtexecLayer[] {
  const byName = new Map<string, TrtexecLayerInfo>();
  for (const layer of info) if (!byName.has(layer.name)) byName.set(layer.name, layer);
  return profile.layers.map((time) => {
    const described = byName.get(time.name);
    const covers = described?.onnxNodes ?? [];
    return {
      ...time,
      layerType: described?.layerType,
      covers,
      mapped: covers.length > 0,
      reformatFor: REFORMAT.exec(time.name)?.[1],
    };
  });
}

function parseJson(text: string, file: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    // V8 says where: "… at position 123 (line 4 column 7)" or only "at position 123".
    const at = /position (\d+)/.exec(message);
    // A file cut short fails at its end: the last line.
    const line = at ? text.slice(0, Number(at[1])).split("\n").length : /end of JSON input/.test(message) ? text.split("\n").length : undefined;
    throw new FormatError(file, line === undefined ? undefined : `line ${line}`, `not ${what} JSON (${message})`);
  }
}

// No real profile holds a time past 2^53 µs; below it sums stay exact and finite.
const MAX_MS = Number.MAX_SAFE_INTEGER / 1000;

function microseconds(value: unknown, file: string, field: string): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > MAX_MS) {
    throw new FormatError(file, field, `expected a time in ms (a number ≥ 0); got ${describe(value)}`);
  }
  // ms → µs without the float noise of × 1000 (0.004384 ms is 4.384 µs, not 4.3839999…).
  return Math.round(value * 1e6) / 1e3;
}

function finite(value: unknown, file: string, field: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) throw new FormatError(file, field, `expected a number; got ${describe(value)}`);
  return value;
}
