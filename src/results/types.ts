// The `dnntune.results/v1` format of DESIGN.md: one file per device run, raw samples kept.

import type { Dtype } from "../onnx/dtype.js";

export const RESULTS_SCHEMA = "dnntune.results/v1";

export interface TensorInfo {
  dtype: Dtype;
  /** Dimensions; a string is a symbolic dimension that no shape resolved. */
  shape: (number | string)[] | null;
  /** Size in bytes, when every dimension is known. */
  bytes: number | null;
}

export interface GraphNode {
  name: string;
  op: string;
  /** Empty string for an omitted optional input, as in ONNX. */
  inputs: string[];
  outputs: string[];
  /** Nodes inside `If`/`Loop`/`Scan` subgraphs, attributed to this node. */
  subgraphNodes?: number;
}

export interface ResultsGraph {
  /** Original ONNX nodes in topological order, with stable names. */
  nodes: GraphNode[];
  tensors: Record<string, TensorInfo>;
  inputs: string[];
  outputs: string[];
  /** Original nodes the runtime removed (constant folding, elimination): no layer covers them. */
  folded: string[];
}

export interface Fingerprint {
  model?: string;
  os?: string;
  cpu?: string;
  cores?: number;
  runtime?: string;
  provider?: string;
  threads?: number;
  optimization?: string;
  governor?: string;
  tempC?: number[];
  [key: string]: unknown;
}

export interface DeviceInfo {
  name: string;
  transport: "local" | "adb" | "ssh";
  tool: string;
  fingerprint: Fingerprint;
}

export interface Layer {
  /** The runtime's node name (after fusion). */
  name: string;
  op: string;
  /** Original ONNX nodes whose work this layer performs. */
  covers: string[];
  provider: string;
  outputBytes: number;
  /** The kernel's outputs as the runtime reported them (dtype and shape). */
  outputs?: { dtype: Dtype; shape: number[] }[];
  /** Kernel time in µs, one sample per profiled run. */
  samples: number[];
  /** Replicates, as `latency.groups`. */
  groups?: number[];
}

export interface Warning {
  code: string;
  message: string;
}

export interface ModelResult {
  name: string;
  path: string;
  sha256: string;
  graph: ResultsGraph;
  inputs?: Record<string, { dtype: Dtype; shape: number[] }>;
  latency: {
    unit: "us";
    samples: number[];
    /**
     * Interleaved base/head runs (A B A B …) from one process: element i of each array is run
     * pair i. When the head results carry it, the comparison is paired (signed-rank test).
     */
    paired?: { baseSamples: number[]; headSamples: number[] };
    /**
     * Adaptive sampling: the number of looks planned at these samples (initial batch + top-ups).
     * The comparison spends its α across them (Bonferroni), so early stopping keeps the error rate.
     */
    looks?: number;
    /**
     * Replicates: sizes of consecutive runs of `samples` that came from one process each
     * (`bench --processes K`, or one model in several results files of one side). With at least
     * three on both sides, `compare` makes the process the unit: on a shared machine each process
     * has its own speed, so its runs are not independent draws.
     */
    groups?: number[];
  };
  layers: Layer[];
  energy?: { unit: "mJ"; source: string; samples: number[] };
  warnings: Warning[];
}

export interface Results {
  schema: typeof RESULTS_SCHEMA;
  createdAt: string;
  git?: { sha?: string; ref?: string };
  device: DeviceInfo;
  models: ModelResult[];
}
