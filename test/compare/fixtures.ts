// Small hand-built results for the compare tests: a chain of layers, each one ONNX node, with
// deterministic noisy samples so that every verdict below is reproducible.

import type { Fingerprint, Layer, ModelResult, Results } from "../../src/results/types.js";
import { mulberry32 } from "../../src/stats/rng.js";

/** n samples around `medianUs` with multiplicative noise of about `cv`, from a fixed seed. */
export function noisy(medianUs: number, n: number, cv: number, seed: number): number[] {
  const rng = mulberry32(seed);
  return Array.from({ length: n }, () => {
    // Box–Muller; 1 − u keeps the log finite.
    const z = Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
    return medianUs * Math.exp(cv * z);
  });
}

export interface LayerSpec {
  name: string;
  op: string;
  /** Output shape; the input is the previous layer's output. */
  shape: number[];
  samples: number[];
}

/**
 * A chain model: input → layer 0 → layer 1 → … → output; `tensorPrefix` renames tensors.
 * Every sample counts as its own process (`groups` of ones, as `bench --processes N --runs 1`
 * would record), so unpaired comparisons of these independent draws may decide; with
 * `oneProcess` the samples are runs of one process, which never decide a regression.
 */
export function model(name: string, latency: number[], layers: LayerSpec[], tensorPrefix = "t", { oneProcess = false } = {}): ModelResult {
  const groups = (samples: readonly number[]) => (oneProcess ? {} : { groups: samples.map(() => 1) });
  const tensor = (i: number) => (i < 0 ? "input" : `${tensorPrefix}${i}`);
  const nodes = layers.map((l, i) => ({ name: l.name, op: l.op, inputs: [tensor(i - 1)], outputs: [tensor(i)] }));
  const tensors: ModelResult["graph"]["tensors"] = { input: { dtype: "float32", shape: [1, 3, 8, 8], bytes: 768 } };
  layers.forEach((l, i) => {
    const bytes = 4 * l.shape.reduce((a, b) => a * b, 1);
    tensors[tensor(i)] = { dtype: "float32", shape: l.shape, bytes };
  });
  return {
    name,
    path: `models/${name}.onnx`,
    sha256: "0".repeat(64),
    graph: { nodes, tensors, inputs: ["input"], outputs: [tensor(layers.length - 1)], folded: [] },
    latency: { unit: "us", samples: latency, ...groups(latency) },
    layers: layers.map(
      (l): Layer => ({ name: l.name, op: l.op, covers: [l.name], provider: "CPUExecutionProvider", outputBytes: 4 * l.shape.reduce((a, b) => a * b, 1), samples: l.samples, ...groups(l.samples) }),
    ),
    warnings: [],
  };
}

export const FINGERPRINT: Fingerprint = {
  cpu: "AMD EPYC 7B13",
  cores: 16,
  runtime: "onnxruntime 1.30.0",
  provider: "CPUExecutionProvider",
  threads: 4,
  optimization: "all",
  tempC: [45, 47],
};

export function results(models: ModelResult[], device = "host", fingerprint: Fingerprint = FINGERPRINT): Results {
  return {
    schema: "dnntune.results/v1",
    createdAt: "2026-11-30T12:00:00Z",
    device: { name: device, transport: "local", tool: "onnxruntime-node", fingerprint },
    models,
  };
}

/** Twelve layers that look like a small CNN, repeated ops included, times scaled by `scale`. */
export function cnnLayers(names: (i: number, op: string) => string, scale: number, seed: number, n = 30): LayerSpec[] {
  const plan: [string, number[], number][] = [
    ["Conv", [1, 16, 8, 8], 300], ["Relu", [1, 16, 8, 8], 40], ["Conv", [1, 32, 8, 8], 500], ["Relu", [1, 32, 8, 8], 40],
    ["Conv", [1, 32, 8, 8], 520], ["Relu", [1, 32, 8, 8], 40], ["MaxPool", [1, 32, 4, 4], 60], ["Conv", [1, 64, 4, 4], 400],
    ["Relu", [1, 64, 4, 4], 30], ["GlobalAveragePool", [1, 64, 1, 1], 25], ["Flatten", [1, 64], 5], ["Gemm", [1, 10], 50],
  ];
  return plan.map(([op, shape, us], i) => ({ name: names(i, op), op, shape, samples: noisy(us * scale, n, 0.02, seed + i) }));
}
