// How `compare` scales with the number of samples per side. Synthetic results: one model with
// end-to-end latency and four layers, every series n samples per side (with ties, as
// integer-µs profilers produce), and one paired model with n pairs. Times the whole `compare`,
// and, where it fits in memory and time, the brute-force statistics that compare used before
// (all m·n pairwise differences, all n(n+1)/2 Walsh averages, Kendall's tau over all pairs).
//   node --import tsx bench/compare-scaling.ts [--sizes 1000,10000,100000] [--brute 1000,5000] [--effect bootstrap]
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { compare } from "../src/compare/index.js";
import type { ModelResult, Results } from "../src/results/types.js";
import { mulberry32 } from "../src/stats/rng.js";
import { bruteHodgesLehmannPairedShift, bruteHodgesLehmannShift, bruteKendallTau } from "../test/stats/brute-force.js";

const { values } = parseArgs({ options: { sizes: { type: "string", default: "1000,10000,100000" }, brute: { type: "string", default: "1000,5000" }, effect: { type: "string", default: "hodges-lehmann" } } });
const sizes = values.sizes.split(",").map(Number);
const bruteSizes = new Set(values.brute.split(",").map(Number));
const effect = values.effect === "bootstrap" ? "bootstrap" : "hodges-lehmann";

function samples(n: number, medianUs: number, seed: number, integer: boolean): number[] {
  const rng = mulberry32(seed);
  return Array.from({ length: n }, () => {
    const z = Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
    const v = medianUs * Math.exp(0.03 * z);
    return integer ? Math.max(1, Math.round(v)) : v;
  });
}

function modelOf(name: string, n: number, seed: number, scale: number): ModelResult {
  const layers = [300, 40, 500, 25].map((us, i) => ({
    name: `layer${i}`, op: "Conv", covers: [`layer${i}`], provider: "CPUExecutionProvider", outputBytes: 4,
    samples: samples(n, us * scale, seed + i + 1, true),
  }));
  return {
    name, path: `${name}.onnx`, sha256: "0".repeat(64),
    graph: { nodes: layers.map((l, i) => ({ name: l.name, op: l.op, inputs: [`t${i}`], outputs: [`t${i + 1}`] })), tensors: {}, inputs: ["t0"], outputs: ["t4"], folded: [] },
    latency: { unit: "us", samples: samples(n, 2000 * scale, seed, false) },
    layers,
    warnings: [],
  };
}

function resultsOf(n: number, seed: number, scale: number, paired: boolean): Results {
  const unpaired = modelOf("cnn", n, seed, scale);
  const pairedModel = modelOf("mlp", n, seed + 50, scale);
  pairedModel.layers = [];
  pairedModel.graph.nodes = [];
  if (paired) pairedModel.latency.paired = { baseSamples: samples(n, 900, seed + 70, false), headSamples: samples(n, 900 * scale, seed + 71, false) };
  return {
    schema: "dnntune.results/v1", createdAt: "2026-12-02T00:00:00Z",
    device: { name: "host", transport: "local", tool: "onnxruntime-node", fingerprint: { cpu: "x", cores: 1, runtime: "onnxruntime 1.30.0", provider: "CPUExecutionProvider", threads: 1, optimization: "all", tempC: [] } },
    models: [unpaired, pairedModel],
  } as Results;
}

function seconds(run: () => void): number {
  const start = performance.now();
  run();
  return (performance.now() - start) / 1000;
}

console.log("samples/side  compare (s)  brute-force statistics of the same endpoints (s)");
for (const n of sizes) {
  const base = resultsOf(n, 1, 1, false);
  const head = resultsOf(n, 1001, 1.02, true);
  if (n <= 1000) compare(base, head, { effect }); // warm-up: JIT
  const fast = seconds(() => compare(base, head, { effect }));
  let brute = "(not run)";
  if (bruteSizes.has(n) && effect === "hodges-lehmann") {
    const series = [base.models[0]!.latency.samples, ...base.models[0]!.layers.map((l) => l.samples)].map((s, i) => [s, i === 0 ? head.models[0]!.latency.samples : head.models[0]!.layers[i - 1]!.samples] as const);
    const paired = head.models[1]!.latency.paired!;
    brute = seconds(() => {
      for (const [b, h] of series) bruteHodgesLehmannShift(b.map(Math.log), h.map(Math.log));
      bruteHodgesLehmannPairedShift(paired.headSamples.map((v, i) => Math.log(v) - Math.log(paired.baseSamples[i]!)));
      for (const side of [base, head]) for (const m of side.models) bruteKendallTau(m.latency.samples.map((_, i) => i), m.latency.samples);
    }).toFixed(2);
  }
  console.log(`${String(n).padStart(12)}  ${fast.toFixed(2).padStart(11)}  ${brute.padStart(10)}`);
}
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
