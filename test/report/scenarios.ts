// The report's inputs for the golden comments and the gate tests, each made the way the pipeline
// makes it: synthetic results (test/compare/fixtures.ts: a small CNN of twelve layers whose samples
// are seeded log-normal noise around set medians) → compare() → decideGate(); the split case adds
// splitDiff() and splitModels() over a hand-written four-node chain (test/split/hand-model.ts).
// Nothing here is hand-written JSON: a change to compare, split or the gate shows up here.
import { compare } from "../../src/compare/compare.js";
import type { Comparison } from "../../src/compare/types.js";
import { decideGate } from "../../src/gate/decide-gate.js";
import { readGatePolicy, type GatePolicyInput } from "../../src/gate/read-gate-policy.js";
import type { ReportInput } from "../../src/gate/types.js";
import type { ModelResult, Results } from "../../src/results/types.js";
import { splitDiff, type SplitDiff } from "../../src/split/split-diff.js";
import { splitModels, type SplitReport } from "../../src/split/split-models.js";
import { mulberry32 } from "../../src/stats/rng.js";
import { cnnLayers, FINGERPRINT, model, noisy, results } from "../compare/fixtures.js";
import { handModel } from "../split/hand-model.js";

const named = (i: number, op: string) => `${op.toLowerCase()}${i}`;

export interface CnnSpec {
  latencyUs?: number;
  /** Every layer's median × this. */
  layerScale?: number;
  /** Layer index → its median × this, on top of layerScale. */
  layerFactors?: Record<number, number>;
  /** Runs (or pairs) per side. */
  n?: number;
  /** Runs of one process, which never decide a regression (see fixtures.ts). */
  oneProcess?: boolean;
  layerNames?: (i: number, op: string) => string;
}

/** The fixtures' twelve-layer CNN, its samples drawn from `seed`. */
export function cnn(name: string, seed: number, spec: CnnSpec = {}): ModelResult {
  const n = spec.n ?? 30;
  const layers = cnnLayers(spec.layerNames ?? named, spec.layerScale ?? 1, seed + 100, n);
  for (const [i, factor] of Object.entries(spec.layerFactors ?? {})) {
    const layer = layers[Number(i)]!;
    layer.samples = layer.samples.map((s) => s * factor);
  }
  return model(name, noisy(spec.latencyUs ?? 2000, n, 0.02, seed), layers, "t", { oneProcess: spec.oneProcess ?? false });
}

/**
 * The head as a paired bench writes it: base and head runs interleaved in one process, layers
 * too, so latency and layers are compared pair by pair.
 */
export function paired(base: ModelResult, head: ModelResult): ModelResult {
  return { ...head, latency: { ...head.latency, paired: { baseSamples: base.latency.samples, headSamples: head.latency.samples, layers: "interleaved" } } };
}

/** Base and head sides of several devices: each device its own results file, as the gate job gets them. */
export function sides(devices: Record<string, [ModelResult, ModelResult][]>, headFingerprint = FINGERPRINT): { base: Results[]; head: Results[] } {
  const entries = Object.entries(devices);
  return {
    base: entries.map(([device, pairs]) => results(pairs.map(([b]) => b), device)),
    head: entries.map(([device, pairs]) => results(pairs.map(([b, h]) => paired(b, h)), device, headFingerprint)),
  };
}

export function reportInput(comparison: Comparison, policy: GatePolicyInput = {}, split?: { diff?: SplitDiff; report?: SplitReport }): ReportInput {
  const decision = decideGate(comparison, split?.diff, readGatePolicy(policy));
  return {
    comparison,
    ...(split?.diff ? { split: split.diff } : {}),
    ...(split?.report ? { splitReport: split.report } : {}),
    decision,
  };
}

/** Two models on two devices, head measured against itself: every verdict equivalent. */
export function allEquivalent(): ReportInput {
  const { base, head } = sides({
    pixel7: [[cnn("detector", 1), cnn("detector", 2)], [cnn("classifier", 3, { latencyUs: 900 }), cnn("classifier", 4, { latencyUs: 900 })]],
    server: [[cnn("detector", 5, { latencyUs: 400, layerScale: 0.2 }), cnn("detector", 6, { latencyUs: 400, layerScale: 0.2 })], [cnn("classifier", 7, { latencyUs: 200, layerScale: 0.1 }), cnn("classifier", 8, { latencyUs: 200, layerScale: 0.1 })]],
  });
  return reportInput(compare(base, head));
}

/** The detector's third layer (conv2) 60 % slower and the model 15 % slower, paired; the classifier unchanged. */
export function oneRegression(policy: GatePolicyInput = {}): ReportInput {
  const { base, head } = sides({
    pixel7: [
      [cnn("detector", 1), cnn("detector", 2, { latencyUs: 2300, layerFactors: { 2: 1.6 } })],
      [cnn("classifier", 3, { latencyUs: 900 }), cnn("classifier", 4, { latencyUs: 900 })],
    ],
  });
  return reportInput(compare(base, head), policy);
}

/** No baseline at all: the first run of a repository, or an expired artifact. */
export function noBaseline(): ReportInput {
  return reportInput(compare([], [results([cnn("detector", 1), cnn("classifier", 2, { latencyUs: 900 })], "pixel7")]));
}

/** Eight models, every one 30 % slower, layers included, on one device. */
export function manyRegressions(): ReportInput {
  const pairs: [ModelResult, ModelResult][] = Array.from({ length: 8 }, (_, i) => [cnn(`model_${i}`, 10 * i + 1), cnn(`model_${i}`, 10 * i + 2, { latencyUs: 2600, layerScale: 1.3 })]);
  const { base, head } = sides({ pixel7: pairs });
  return reportInput(compare(base, head));
}

/** Base and head on other setups (threads 4 → 8, another runtime), nothing changed in the model. */
export function fingerprintMismatch(): ReportInput {
  const { base, head } = sides(
    { pixel7: [[cnn("detector", 1), cnn("detector", 2)]] },
    { ...FINGERPRINT, threads: 8, runtime: "onnxruntime 1.31.0" },
  );
  return reportInput(compare(base, head));
}

/**
 * Two models benchmarked in one process a side (+20 %: never decided) and one with four pairs
 * (too few to decide anything).
 */
export function inconclusive(): ReportInput {
  const oneProcess = { oneProcess: true };
  const base = results([cnn("detector", 1, oneProcess), cnn("classifier", 3, { ...oneProcess, latencyUs: 900 }), cnn("tiny", 5, { n: 4 })], "pixel7");
  const tinyHead = cnn("tiny", 6, { n: 4, latencyUs: 2400 });
  const head = results([
    cnn("detector", 2, { ...oneProcess, latencyUs: 2400, layerScale: 1.2 }),
    cnn("classifier", 4, { ...oneProcess, latencyUs: 1080, layerScale: 1.2 }),
    paired(base.models[2]!, tinyHead),
  ], "pixel7");
  return reportInput(compare(base, head));
}

// x (1 MB) → A → a (100 kB) → B → b (10 kB) → C → c (1 kB) → D → y (100 B). With wifi (20 ms
// RTT, 18.88 Mbps up) the base's best split runs A and B on the phone (61 ms); the head's B is
// three times slower on the phone, and the best split moves to after A (81 ms, +33 %).
function chain(mobileB: number) {
  const around = (us: number) => [0.98, 0.99, 1, 1.01, 1.02, 0.995, 1.005].map((f) => us * f);
  return handModel({
    name: "detector",
    nodes: [
      { name: "A", inputs: ["x"], outputs: ["a"] },
      { name: "B", inputs: ["a"], outputs: ["b"] },
      { name: "C", inputs: ["b"], outputs: ["c"] },
      { name: "D", inputs: ["c"], outputs: ["y"] },
    ],
    bytes: { x: 1_000_000, a: 100_000, b: 10_000, c: 1_000, y: 100 },
    inputs: ["x"],
    outputs: ["y"],
    mobile: { A: around(5_000), B: around(mobileB), C: around(60_000), D: around(60_000) },
    cloud: { A: around(500), B: around(2_000), C: around(6_000), D: around(6_000) },
  });
}

/** The detector unchanged on the phone's latency, but its best wifi split moved and got slower. */
export function splitMoved(policy: GatePolicyInput = { failOn: ["latency", "split"] }): ReportInput {
  const options = { networks: ["wifi", "lte"], objectives: ["latency" as const] };
  const base = chain(20_000);
  const head = chain(60_000);
  const diff = splitDiff(base, head, { ...options, rng: mulberry32(7), resamples: 200 });
  const report = splitModels(head.mobile, head.cloud, options);
  const { base: baseResults, head: headResults } = sides({ phone: [[cnn("detector", 1), cnn("detector", 2)]] });
  return reportInput(compare(baseResults, headResults), policy, { diff, report });
}

/** The one regression, with the accept label on the pull request. */
export function accepted(): ReportInput {
  return oneRegression({ accepted: true });
}
