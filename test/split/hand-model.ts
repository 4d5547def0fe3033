// Small hand-written models for the unit tests: nodes, tensor sizes and per-device layers.

import type { Layer, ModelResult, Results } from "../../src/results/types.js";
import { results } from "./random-model.js";

export interface HandNode {
  name: string;
  inputs: string[];
  outputs: string[];
}

export interface HandLayers {
  /** covers → samples (µs); one layer each. */
  [covers: string]: number[];
}

export function handModel(spec: {
  nodes: HandNode[];
  bytes: Record<string, number | null>;
  inputs: string[];
  outputs: string[];
  mobile: HandLayers;
  cloud: HandLayers;
  foldedMobile?: string[];
  foldedCloud?: string[];
  name?: string;
}): { mobile: Results; cloud: Results } {
  const tensors = Object.fromEntries(
    Object.entries(spec.bytes).map(([t, bytes]) => [t, { dtype: "float32" as const, shape: bytes === null ? ["N"] : [bytes / 4], bytes }]),
  );
  const modelOf = (layers: HandLayers, folded: string[]): ModelResult => ({
    name: spec.name ?? "hand",
    path: "models/hand.onnx",
    sha256: "a".repeat(64),
    graph: { nodes: spec.nodes.map((n) => ({ ...n, op: "Op" })), tensors, inputs: spec.inputs, outputs: spec.outputs, folded },
    latency: { unit: "us", samples: [1] },
    layers: Object.entries(layers).map(
      ([covers, samples]): Layer => ({ name: covers, op: "Op", covers: covers.split("+"), provider: "CPU", outputBytes: 0, samples }),
    ),
    warnings: [],
  });
  return {
    mobile: results("phone", [modelOf(spec.mobile, spec.foldedMobile ?? [])]),
    cloud: results("server", [modelOf(spec.cloud, spec.foldedCloud ?? [])]),
  };
}
