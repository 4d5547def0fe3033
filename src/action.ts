// GitHub Action entry: read the inputs once, run the same pipeline as the CLI, map the outcome
// to the step's status. Inputs for compare, split and the gate come with those stages.
import * as core from "@actions/core";
import { ACTION_INPUTS, actionInputName } from "./config/action-inputs.js";
import { benchConfig, modelSettingsOf } from "./config/bench-args.js";
import { chooseDevice, effectiveSettings, fromFile, requireLocalBench, withFileValues, type Override } from "./config/effective-config.js";
import { benchSpec } from "./cli/bench.js";
import { readConfigOption } from "./cli/config-file.js";
import { runBench } from "./bench/run-bench.js";
import { useToolCache } from "./devices/onnxruntime-node.js";
import { benchSummary } from "./report/bench-summary.js";
import { errorLines } from "./report/error-line.js";
import { terminalText } from "./report/terminal-text.js";
import { writtenFiles } from "./report/written-files.js";
import { writeJsonAtomic } from "./results/write-results.js";

async function run(): Promise<void> {
  const command = core.getInput("command") || "bench";
  if (command !== "bench") throw new Error(`input command: expected "bench" (the only command so far); got "${command}"`);
  const optional = (name: string) => core.getInput(name) || undefined;
  const inputs = {
    model: core.getMultilineInput("models"),
    out: core.getInput("out") || "dnntune-results.json",
    runs: optional("runs"),
    warmup: optional("warmup"),
    "profile-runs": optional("profile-runs"),
    threads: optional("threads"),
    optimization: optional("optimization"),
    input: core.getMultilineInput("input"),
    "input-value": core.getMultilineInput("input-value"),
  };
  // Precedence as on the command line: inputs, then dnntune.yml, then the defaults.
  const file = readConfigOption(optional("config"));
  const device = chooseDevice(file?.data, optional("device"), file?.path);
  requireLocalBench(device);
  // The bundle cannot carry onnxruntime-node's native binaries: unless an earlier step installed
  // it, the pinned version goes into the runner's tool cache once and later runs reuse it.
  const toolCache = process.env.RUNNER_TOOL_CACHE;
  if (toolCache) useToolCache(toolCache, (line) => core.info(line));
  const overrides = new Map<string, Override>();
  for (const option of benchSpec.options) {
    const value = (inputs as Record<string, string | string[] | undefined>)[option.flag];
    const input = ACTION_INPUTS[option.field];
    if (value === undefined || (Array.isArray(value) && value.length === 0) || input === undefined) continue;
    overrides.set(option.field, { value, source: { from: "input", input } });
  }
  const settings = effectiveSettings(file, device.config ? device.name : undefined, overrides);
  const fromFileModels = settings.find((s) => s.field === "models")?.source.from === "file";
  const files = settings.filter((s) => s.source.from === "file" && s.field !== "maxRuns" && s.field !== "processes");
  const config = {
    ...fromFile(settings, () => benchConfig({ ...withFileValues(benchSpec, inputs, files), out: inputs.out, device: device.name })),
    ...(fromFileModels ? { modelSettings: fromFile(settings, () => modelSettingsOf(file!.data.models ?? [], file!.path)) } : {}),
  };
  const { head: results } = await runBench(config, (model, phase, k, of) => {
    if (k === of) core.info(terminalText(`${model}: ${phase} ${k}/${of}`));
  });
  writeJsonAtomic(config.out, results, "out");
  core.info(`${benchSummary(results)}\n${writtenFiles([{ path: config.out }])}`);
  core.setOutput("results", config.out);
}

run().catch((error: unknown) => core.setFailed(errorLines(error, actionInputName).join("\n")));
