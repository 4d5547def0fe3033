// `dnntune bench`: read the flags → check the models and inputs → benchmark → write the results
// → print the summary.
import { BENCH_DEFAULTS, BENCH_LIMITS, benchConfig, modelSettingsOf, type BenchFlags } from "../config/bench-args.js";
import { chooseDevice, effectiveSettings, flagOverrides, fromFile, settingOf, withFileValues, type Setting } from "../config/effective-config.js";
import { checkRunnable, openBackend } from "../devices/open-backend.js";
import { energyPlan } from "../devices/energy-plan.js";
import { CONFIG_OPTION, readConfigOption } from "./config-file.js";
import { parseCommandArgs, type CommandSpec } from "../config/command-options.js";
import { MAX_INPUT_ELEMENTS } from "../config/parse-shape.js";
import { benchInputs, runBench } from "../bench/run-bench.js";
import { replicateProcesses } from "../bench/replicate-processes.js";
import { DEFAULT_COMPARE_OPTIONS, judgeLatency, readCompareOptions } from "../compare/index.js";
import { InputError } from "../errors.js";
import { benchSummary } from "../report/bench-summary.js";
import { progressReporter } from "../report/progress-reporter.js";
import { writtenFiles } from "../report/written-files.js";
import { checkOutputs } from "../results/output-paths.js";
import { writeJsonAtomic } from "../results/write-results.js";
import type { Command, Io } from "./io.js";

export const benchSpec: CommandSpec = {
  name: "bench",
  summary: "benchmark ONNX models layer by layer on this machine and write a results file",
  positionals: "model",
  options: [
    { flag: "model", type: "string", multiple: true, placeholder: "FILE|DIR|GLOB", field: "models", help: "models to benchmark; a folder means every `.onnx` under it" },
    { flag: "out", type: "string", placeholder: "FILE", field: "out", required: { what: "the results file to write", example: "results.json" }, help: "results file (`dnntune.results/v1`), written atomically" },
    { flag: "runs", type: "string", placeholder: "N", default: String(BENCH_DEFAULTS.runs), field: "runs", help: `timed runs: end-to-end latency, never profiled; at most ${BENCH_LIMITS.runs}` },
    { flag: "warmup", type: "string", placeholder: "N", default: String(BENCH_DEFAULTS.warmup), field: "warmupRuns", help: `warm-up runs before timing; at most ${BENCH_LIMITS.warmupRuns}` },
    { flag: "profile-runs", type: "string", placeholder: "M", default: String(BENCH_DEFAULTS.profileRuns), field: "profileRuns", help: `profiled runs in a separate session: per-layer samples; at most ${BENCH_LIMITS.profileRuns}` },
    { flag: "threads", type: "string", placeholder: "T", default: "cores", field: "threads", help: "onnxruntime intra-op threads; at most 4 per core, 1024 in all" },
    { flag: "optimization", type: "string", placeholder: "LEVEL", default: BENCH_DEFAULTS.optimization, field: "optimization", help: "`disabled`, `basic`, `extended` or `all`" },
    { flag: "provider", type: "string", multiple: true, placeholder: "NAME", default: "cpu", field: "providers", help: "onnxruntime execution provider" },
    { flag: "input", type: "string", multiple: true, placeholder: "NAME=1x3x224x224", field: "inputShapes", help: `shape for an input with dynamic dimensions (at most ${MAX_INPUT_ELEMENTS} elements)` },
    { flag: "input-value", type: "string", multiple: true, placeholder: "NAME=V[,V…]", field: "inputValues", help: "values for an input that must hold something specific" },
    { flag: "energy-batches", type: "string", placeholder: "B", default: String(BENCH_DEFAULTS.energyBatches), field: "energyBatches", help: "with a meter: energy samples per model and side, each a batch of ≥ 1 s (6 pairs is the fewest a paired test can decide on, and only with no other endpoint beside it)" },
    { flag: "layer-energy", type: "boolean", field: "layerEnergy", help: "apportion each model's energy per inference to its layers by their share of kernel time (labelled apportioned: no meter sees a layer)" },
    { flag: "seed", type: "string", placeholder: "S", default: String(BENCH_DEFAULTS.seed), field: "seed", help: "seed of the synthesized inputs" },
    CONFIG_OPTION,
    { flag: "device", type: "string", placeholder: "NAME", default: "local", field: "deviceName", help: "device to benchmark on: one of `--config`'s devices (its threads, optimization), or the name recorded in the results" },
    { flag: "processes", type: "string", placeholder: "K", default: "1", field: "processes", help: `run the whole benchmark K times in fresh processes (replicates); at most ${BENCH_LIMITS.processes}` },
    { flag: "base-model", type: "string", placeholder: "FILE", field: "paired.baseModel", help: "paired mode: a base model interleaved with the one `--model`" },
    { flag: "base-threads", type: "string", placeholder: "T", field: "paired.baseThreads", help: "paired mode: the base runs with these threads" },
    { flag: "base-optimization", type: "string", placeholder: "LEVEL", field: "paired.baseOptimization", help: "paired mode: the base runs at this optimization level" },
    { flag: "base-out", type: "string", placeholder: "FILE", default: "OUT.base.json", field: "paired.baseOut", help: "paired mode: results file of the base" },
    { flag: "max-runs", type: "string", placeholder: "N", default: "paired: 10 × runs", field: "maxRuns", help: "paired mode: adaptive sampling tops up an undecided latency endpoint to N runs; N = `--runs` turns it off" },
    { flag: "time-budget", type: "string", placeholder: "S", default: String(BENCH_DEFAULTS.timeBudgetS), field: "timeBudgetS", help: "adaptive sampling: no top-up starts after a model's timing phase has run S seconds" },
    { flag: "threshold", type: "string", placeholder: "PCT", default: "5%", field: "threshold", help: "adaptive sampling: practical threshold, `5%` or `0.05`" },
    { flag: "alpha", type: "string", placeholder: "A", default: String(DEFAULT_COMPARE_OPTIONS.alpha), field: "alpha", help: "adaptive sampling: significance level" },
  ],
  notes: [
    "examples:",
    "  dnntune bench --model models/ --out results.json",
    "  dnntune bench --config dnntune.yml --device runner --out results.json",
    "  dnntune bench --model head.onnx --base-model base.onnx --out head.json   (also writes head.base.json)",
  ],
};

async function run(args: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs(args, benchSpec);
  const given = parsed as BenchFlags & { threshold?: string; alpha?: string; config?: string };
  // Precedence: flags, then dnntune.yml (its models, the device's threads and optimization, bench
  // and gate), then the defaults. A value from the file that is wrong names the file and key.
  const file = readConfigOption(given.config);
  const device = chooseDevice(file?.data, given.device, file?.path);
  checkRunnable(device);
  const settings = effectiveSettings(file, device.config ? device.name : undefined, flagOverrides(benchSpec, parsed));
  const flags = withFileValues(benchSpec, parsed, fileValuesThatApply(settings, given)) as typeof given;
  // dnntune.yml's inputs and names of a model apply wherever the model comes from: a `--model` (or
  // `models` input) that names a configured model still gets its shapes and values.
  const fromFileModels = (file?.data.models ?? []).length > 0;
  const config = {
    ...fromFile(settings, () => benchConfig({ ...flags, device: device.name })),
    ...(fromFileModels ? { modelSettings: fromFile(settings, () => modelSettingsOf(file!.data.models ?? [], file!.path)) } : {}),
  };
  checkOutputs([{ flag: "out", path: config.out }, ...(config.paired ? [{ flag: "paired.baseOut", path: config.paired.baseOut }] : [])], [...benchInputs(config), ...(file ? [{ flag: "config", path: file.path }] : [])]);
  if (config.processes > 1) {
    if (!io.self) throw new InputError("processes", "this entry cannot start dnntune again; run the CLI (npx dnntune) to use it");
    // Each child benchmarks once; everything but --processes and --out goes to it unchanged.
    // `--processes 1`: a child must not replicate again from dnntune.yml's bench.processes.
    const merged = await replicateProcesses(io.self, [...withoutFlags(args, ["--processes", "--out"]), "--processes", "1"], config.processes, io.stderr);
    writeJsonAtomic(config.out, merged, "out");
    io.stdout(`${benchSummary(merged)}\n${config.processes} processes; ${writtenFiles([{ path: config.out }])}`);
    return 0;
  }
  // Adaptive sampling judges latency exactly as `compare` will, at α / looks.
  const compareOptions = fromFile(settings, () => readCompareOptions({ threshold: flags.threshold, alpha: flags.alpha, minAbsModelUs: settingOf(settings, "minAbsModelUs").value as number }));
  const judge = (base: number[], head: number[], paired: boolean, looks: number) => judgeLatency(base, head, paired, looks, compareOptions) !== "inconclusive";
  const opened = await openBackend(device, { warn: (line) => io.stderr(`dnntune: warning: ${line}\n`), noise: { benchCoolDown: file?.data.bench?.["cool-down"], ...io.deviceSysfs } });
  let outcome;
  let energy;
  try {
    energy = await energyPlan(device, opened.transport);
    try {
      outcome = await runBench({ ...config, ...(energy.meter ? {} : { modelledWatts: energy.watts }) }, progressReporter(io.stderr, io.interactive), judge, undefined, opened.backend, energy.meter, opened.noise);
    } finally {
      await energy.meter?.close();
    }
  } finally {
    await opened.close();
  }
  const base = outcome.base && config.paired ? { results: outcome.base, path: config.paired.baseOut } : undefined;
  if (base) writeJsonAtomic(base.path, base.results, "paired.baseOut");
  writeJsonAtomic(config.out, outcome.head, "out");
  io.stdout(`${benchSummary(outcome.head)}\n${energy.note}\n${writtenFiles([...(base ? [{ path: base.path, note: "base, interleaved" }] : []), { path: config.out }])}`);
  return 0;
}

/**
 * dnntune.yml's bench settings apply where they mean something: `max-runs` when there is something
 * to compare with (a base or a baseline), `processes` for unpaired runs. A flag always applies,
 * and is refused where it cannot.
 */
function fileValuesThatApply(settings: readonly Setting[], flags: BenchFlags): Setting[] {
  const paired = flags["base-model"] !== undefined || flags["base-threads"] !== undefined || flags["base-optimization"] !== undefined;
  const adaptive = flags["max-runs"] !== undefined || (settingOf(settings, "maxRuns").source.from === "file" && paired);
  return settings.filter((s) => {
    if (s.source.from !== "file") return false;
    if (s.field === "maxRuns" || s.field === "timeBudgetS") return paired;
    if (s.field === "processes") return !paired && !adaptive;
    return true;
  });
}

/** `args` without the given flags and their values (`--flag v` and `--flag=v`). */
function withoutFlags(args: string[], flags: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (flags.includes(arg)) i++;
    else if (!flags.some((f) => arg.startsWith(`${f}=`))) out.push(arg);
  }
  return out;
}

export const bench: Command = { spec: benchSpec, run };
