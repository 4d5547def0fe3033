// Times the split solver on large random DAGs (1,000 and 10,000 nodes), 3 networks × 2 objectives.
// Run: node --import tsx bench/split-solver.ts. Figures go to docs/split.md.

import { performance } from "node:perf_hooks";
import { buildSplitProblem } from "../src/split/build-split-problem.js";
import { chainSweep } from "../src/split/chain-sweep.js";
import { DEFAULT_POWER } from "../src/split/evaluate-split.js";
import { resolveNetworks } from "../src/split/resolve-networks.js";
import { mulberry32 as seededRng } from "../src/stats/rng.js";
import { solveSplit, type SplitObjective } from "../src/split/solve-split.js";
import { splitModels } from "../src/split/split-models.js";
import { buildRandomModel, randomModelSpec } from "../test/split/random-model.js";

const REPEATS = 9;
const networks = resolveNetworks(["wifi", "lte", "3g"]);
const objectives: SplitObjective[] = ["latency", "energy"];

function medianMs(run: () => void): number {
  const repeats = REPEATS;
  run(); // warm-up: JIT
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[repeats >> 1]!;
}

for (const nodeCount of [1_000, 10_000]) {
  const { mobile, cloud } = buildRandomModel(randomModelSpec(nodeCount, seededRng(nodeCount)), `dag${nodeCount}`);
  const problem = buildSplitProblem(mobile.models[0]!, cloud.models[0]!, { mobile: "phone", cloud: "server" });
  const buildMs = medianMs(() => buildSplitProblem(mobile.models[0]!, cloud.models[0]!, { mobile: "phone", cloud: "server" }));
  const solveEachMs = networks.flatMap((network) =>
    objectives.map((objective) => `${network.name}/${objective} ${medianMs(() => solveSplit(problem, network, objective, DEFAULT_POWER)).toFixed(1)}`),
  );
  const solveAllMs = medianMs(() => {
    for (const network of networks) for (const objective of objectives) solveSplit(problem, network, objective, DEFAULT_POWER);
  });
  const sweepMs = medianMs(() => {
    for (const network of networks) chainSweep(problem, network, DEFAULT_POWER);
  });
  const reportMs = medianMs(() => splitModels(mobile, cloud, { networks: ["wifi", "lte", "3g"], objectives, crossovers: false }));
  // Hundreds of solves: one timed run, whose report is also printed below.
  const start = performance.now();
  const sample = splitModels(mobile, cloud, { networks: ["wifi", "lte", "3g"], objectives });
  const withCrossoversMs = performance.now() - start;
  console.log(
    `${nodeCount} nodes (${problem.unitCount} units, ${problem.tensors.length} crossable tensors): ` +
      `build ${buildMs.toFixed(1)} ms; solve 3 networks × 2 objectives ${solveAllMs.toFixed(1)} ms ` +
      `(${solveEachMs.join(", ")} ms); chain sweep ×3 ${sweepMs.toFixed(1)} ms; ` +
      `splitModels without crossovers ${reportMs.toFixed(1)} ms, with crossovers ${withCrossoversMs.toFixed(0)} ms`,
  );
  for (const s of sample.splits) {
    const kind = s.best.place.kind === "cut" ? `a DAG cut sending ${s.best.sentTensors.length} tensors` : s.best.label;
    console.log(
      `  ${s.network} ${s.objective}: ${kind}, ${s.best.phoneNodes.length} phone nodes, ` +
        `${(s.best.latencyUs / 1000).toFixed(0)} ms, ${s.best.phoneEnergyMj.toFixed(0)} mJ; crossovers ${s.crossoversMbps.join(", ") || "none"} Mbps`,
    );
  }
}
