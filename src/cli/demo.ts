// `dnntune demo`: the whole local pipeline on the bundled fixtures. Benchmark the seven models,
// catch a known slowdown (mlp with a wider fc2) in paired mode, and split the models against a
// cloud modelled as ten times faster than this machine.
import { existsSync } from "node:fs";
import { parseCommandArgs, type CommandSpec } from "../config/command-options.js";
import { checkOutputs } from "../results/output-paths.js";
import { readResults } from "../results/read-results.js";
import { writeJsonAtomic } from "../results/write-results.js";
import { bench } from "./bench.js";
import { compareCommand } from "./compare.js";
import type { Command, Io } from "./io.js";
import { split } from "./split.js";

export const demoSpec: CommandSpec = {
  name: "demo",
  summary: "benchmark, compare and split the bundled fixture models with the defaults",
  options: [
    { flag: "out", type: "string", placeholder: "DIR", default: ".dnntune", field: "out", help: "folder for every file the demo writes" },
  ],
};

async function run(args: string[], io: Io): Promise<number> {
  const flags = parseCommandArgs(args, demoSpec) as { out?: string };
  const dir = flags.out ?? ".dnntune";
  const fixtures = fixturesDir();
  const say = (title: string) => io.stdout(`\n== ${title}\n`);
  checkOutputs(["results", "mlp-head", "mlp-base", "comparison", "cloud-modelled", "split"].map((f) => ({ flag: "out", path: `${dir}/${f}.json` })), []);

  say("bench: the fixture models on this CPU");
  await bench.run(["--model", `${fixtures}models`, "--out", `${dir}/results.json`], io);

  say("compare: mlp (base) against mlp with fc2 25 % wider (head), interleaved in one process");
  await bench.run(["--model", `${fixtures}test/mlp_heavier.onnx`, "--base-model", `${fixtures}models/mlp.onnx`, "--out", `${dir}/mlp-head.json`, "--base-out", `${dir}/mlp-base.json`], io);
  await compareCommand.run(["--base", `${dir}/mlp-base.json`, "--head", `${dir}/mlp-head.json`, "--out", `${dir}/comparison.json`], io);

  say("split: this CPU as the phone, a cloud modelled 10× faster");
  const results = readResults(`${dir}/results.json`);
  const cloud = structuredClone(results);
  cloud.device = { ...cloud.device, name: "cloud (modelled: this CPU × 0.1)" };
  for (const model of cloud.models) for (const layer of model.layers) layer.samples = layer.samples.map((us) => us * 0.1);
  writeJsonAtomic(`${dir}/cloud-modelled.json`, cloud);
  return split.run(["--mobile", `${dir}/results.json`, "--cloud", `${dir}/cloud-modelled.json`, "--network", "wifi", "--network", "lte", "--objective", "latency", "--out", `${dir}/split.json`], io);
}

// The fixtures sit at the package root: two folders up from src/cli/demo.ts, one from the
// bundle dist/cli.js.
function fixturesDir(): string {
  const candidates = ["../../fixtures/", "../fixtures/"].map((up) => new URL(up, import.meta.url).pathname);
  return candidates.find((dir) => existsSync(`${dir}models`)) ?? candidates[0]!;
}

export const demo: Command = { spec: demoSpec, run };
