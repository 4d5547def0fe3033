// Does the benchmark protocol report the latency a user would see? For each model, the median
// end-to-end latency from `benchModel` against a plain `session.run` loop on the same inputs,
// same options, in this process, measured side by side: --rounds alternating blocks (plain,
// dnntune, plain, dnntune, …; every block a fresh session), ratio of the pooled medians, so
// drift between blocks hits both alike. Also checks the
// results invariants (sample counts, covers/folded partition, output bytes).
//   node --import tsx bench/protocol-overhead.ts [bench flags…]   (default: fixtures/models)
import { parseArgs } from "node:util";
import * as ort from "onnxruntime-node";
import { benchModel, loadModel } from "../src/bench/bench-model.js";
import { findModels } from "../src/bench/find-models.js";
import { synthesizeInputs } from "../src/bench/synthesize-inputs.js";
import { benchConfig } from "../src/config/bench-args.js";
import { bindShapes } from "../src/onnx/bind-shapes.js";
import { invariantViolations } from "../test/helpers/check-invariants.js";
import { median } from "../src/stats/quantile.js";

const { values } = parseArgs({
  options: {
    model: { type: "string", multiple: true }, input: { type: "string", multiple: true },
    "input-value": { type: "string", multiple: true }, threads: { type: "string" }, runs: { type: "string" },
    rounds: { type: "string", default: "5" },
  },
});
const config = benchConfig({ ...values, model: values.model ?? ["fixtures/models"], out: "-" });

async function plainLoop(path: string, feeds: Record<string, ort.Tensor>, runs: number): Promise<number[]> {
  const session = await ort.InferenceSession.create(path, { intraOpNumThreads: config.threads, interOpNumThreads: 1, executionMode: "sequential", graphOptimizationLevel: config.optimization, logSeverityLevel: 3 });
  for (let i = 0; i < config.warmupRuns; i++) await session.run(feeds);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await session.run(feeds);
    samples.push((performance.now() - start) * 1000);
  }
  await session.release();
  return samples;
}


console.log(`threads ${config.threads}, optimization ${config.optimization}, ${config.runs} runs, ${config.profileRuns} profiled, ${values.rounds} rounds`);
console.log("model                         nodes layers  dnntune µs   plain µs   ratio  invariants");
for (const path of findModels(config.models)) {
  const loaded = loadModel(path);
  const graph = loaded.model.graph;
  const shapes = new Map([...config.inputShapes].filter(([n]) => graph.inputs.includes(n)));
  const given = new Map([...config.inputValues].filter(([n]) => graph.inputs.includes(n)));
  const bound = bindShapes(graph, shapes, path);
  const inputs = synthesizeInputs(graph.inputs.map((name) => ({ name, dtype: graph.tensors.get(name)?.dtype ?? "float32", shape: bound.inputs.get(name)! })), given, config.seed, path);
  const feeds = Object.fromEntries(inputs.map((i) => [i.name, new ort.Tensor(i.dtype as never, i.data as never, i.shape)]));

  const plainUs: number[] = [];
  const oursUs: number[] = [];
  const problems: string[] = [];
  let layers = 0;
  for (let round = 0; round < Number(values.rounds); round++) {
    plainUs.push(...(await plainLoop(path, feeds, config.runs)));
    const result = await benchModel(path, {
      warmupRuns: config.warmupRuns, runs: config.runs, profileRuns: config.profileRuns,
      ort: { threads: config.threads, optimization: config.optimization, providers: config.providers },
      inputShapes: shapes, inputValues: given, seed: config.seed,
    }, () => {}, loaded);
    oursUs.push(...result.latency.samples);
    problems.push(...invariantViolations(result, config));
    layers = result.layers.length;
  }
  const plain = median(plainUs);
  const ours = median(oursUs);
  const name = path.split("/").pop()!.replace(/\.onnx$/, "");
  console.log(`${name.padEnd(29)} ${String(graph.nodes.length).padStart(5)} ${String(layers).padStart(6)} ${ours.toFixed(1).padStart(11)} ${plain.toFixed(1).padStart(10)} ${(ours / plain).toFixed(3).padStart(7)}  ${problems.length === 0 ? "ok" : problems.slice(0, 3).join("; ")}`);
}
