// GitHub Action entry: read the inputs once, run the same pipeline as the CLI, map the outcome
// to the step's status. Inputs for compare, split and the gate come with those stages.
import * as core from "@actions/core";
import { actionInputName } from "./config/action-inputs.js";
import { benchConfig } from "./config/bench-args.js";
import { runBench } from "./bench/run-bench.js";
import { benchSummary } from "./report/bench-summary.js";
import { errorLines } from "./report/error-line.js";
import { terminalText } from "./report/terminal-text.js";
import { writtenFiles } from "./report/written-files.js";
import { writeJsonAtomic } from "./results/write-results.js";

async function run(): Promise<void> {
  const command = core.getInput("command") || "bench";
  if (command !== "bench") throw new Error(`input command: expected "bench" (the only command so far); got "${command}"`);
  const optional = (name: string) => core.getInput(name) || undefined;
  const config = benchConfig({
    model: core.getMultilineInput("models", { required: true }),
    out: core.getInput("out") || "dnntune-results.json",
    runs: optional("runs"),
    warmup: optional("warmup"),
    "profile-runs": optional("profile-runs"),
    threads: optional("threads"),
    optimization: optional("optimization"),
    input: core.getMultilineInput("input"),
    "input-value": core.getMultilineInput("input-value"),
    device: optional("device"),
  });
  const { head: results } = await runBench(config, (model, phase, k, of) => {
    if (k === of) core.info(terminalText(`${model}: ${phase} ${k}/${of}`));
  });
  writeJsonAtomic(config.out, results, "out");
  core.info(`${benchSummary(results)}\n${writtenFiles([{ path: config.out }])}`);
  core.setOutput("results", config.out);
}

run().catch((error: unknown) => core.setFailed(errorLines(error, actionInputName).join("\n")));
