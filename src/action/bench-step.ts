// The action's `bench`: the models on this runner's device → results files in
// dnntune-results/<device>/. On a pull request each model is paired with its own file at the PR's
// base commit, taken from git, and the two run interleaved in one process; a model new in the PR,
// or whose base cannot be had, runs alone and is compared with the stored baseline later. On a
// push (or anything else) the head runs alone. Every model's result says which it got.
//
// Files: paired.json (heads measured paired) with paired.base.json (their interleaved bases), and
// results.json (heads measured alone). A model that fails is reported and the others are kept.
import { spawnSync } from "node:child_process";
import { lstatSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { benchConfig, modelSettingsOf, type BenchConfig, type BenchFlags, type OptimizationLevel } from "../config/bench-args.js";
import { chooseDevice, effectiveSettings, fromFile, settingOf, withFileValues, type Override } from "../config/effective-config.js";
import { checkRunnable, openBackend, type OpenedBackend } from "../devices/open-backend.js";
import { energyPlan, type EnergyPlan } from "../devices/energy-plan.js";
import { ACTION_INPUTS } from "../config/action-inputs.js";
import { parseConfigText } from "../config/read-config.js";
import { benchSpec } from "../cli/bench.js";
import type { LoadedConfig } from "../config/read-config.js";
import { judgeLatency, readCompareOptions } from "../compare/index.js";
import { runBench, resultNamesOf, siblingsOf } from "../bench/run-bench.js";
import { tflitePathOf } from "../devices/vendor-tools/tflite-benchmark.js";
import { findModels } from "../bench/find-models.js";
import { benchSummary } from "../report/bench-summary.js";
import { errorLines } from "../report/error-line.js";
import { terminalText } from "../report/terminal-text.js";
import type { ModelResult, Results } from "../results/types.js";
import { writeJsonAtomic } from "../results/write-results.js";
import { baseRevision, type BaseRevision } from "../github/base-revision.js";
import { resultsArtifactName } from "../github/artifacts.js";
import { readTextFile } from "../read-file.js";
import { InputError } from "../errors.js";
import type { RunContext } from "../github/event.js";
import { actionInputName } from "../config/action-inputs.js";

/** The bench inputs, as text, by bench flag (`runs`, `profile-runs`, …). */
export type BenchInputs = Record<string, string | string[] | undefined>;

export interface BenchStepOptions {
  context: RunContext;
  file: LoadedConfig | undefined;
  /** The device input; undefined picks as `bench --device` does. */
  device: string | undefined;
  inputs: BenchInputs;
  allowForkPrs: boolean;
  /** Where dnntune-results/ goes (the workspace). */
  cwd: string;
  log: (line: string) => void;
  warn: (line: string) => void;
}

export interface BenchStepOutcome {
  device: string;
  dir: string;
  files: string[];
  /** Models that could not be benchmarked, one line each. */
  failures: string[];
  modes: { paired: number; new: number; unavailable: number; alone: number };
}

export const RESULTS_ROOT = "dnntune-results";
export const PAIRED_FILE = "paired.json";
export const PAIRED_BASE_FILE = "paired.base.json";
export const ALONE_FILE = "results.json";

/**
 * A folder the action writes into: created when absent; refused when the checkout put something
 * else there (a file, or a symlink that would send the writes elsewhere).
 */
export function ownDir(path: string, field: string): string {
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    mkdirSync(path, { recursive: true });
    return path;
  }
  if (stat.isSymbolicLink() || !stat.isDirectory()) {
    throw new InputError(field, `${path} is ${stat.isSymbolicLink() ? "a symbolic link" : "not a folder"} in the checkout; dnntune writes its files there and will not follow or replace it: remove it from the repository (or add it to .gitignore)`);
  }
  return path;
}

/**
 * Refuses a pull request from a fork on anything but a GitHub-hosted runner: its code (a model,
 * dnntune.yml, the workflow's own steps) would run on the device. An older runner that does not
 * say what it is counts as self-hosted.
 */
export function checkForkPolicy(context: RunContext, allowForkPrs: boolean): void {
  const event = context.event;
  if (event.kind !== "pull-request" || !event.fromFork || allowForkPrs || context.runner === "github-hosted") return;
  throw new InputError("allowForkPrs", `pull request #${event.number} comes from a fork and this runner is ${context.runner ?? "not known to be GitHub-hosted (RUNNER_ENVIRONMENT is unset)"}: its code would run on your device. Benchmark forks on GitHub-hosted runners, or set allow-fork-prs: true in a job that a maintainer approves (an environment with required reviewers)`);
}

export async function benchStep(options: BenchStepOptions): Promise<BenchStepOutcome> {
  const { context, file, log, warn } = options;
  checkForkPolicy(context, options.allowForkPrs);
  const device = chooseDevice(file?.data, options.device, file?.path);
  checkRunnable(device);
  const config = headConfig(options, device.config ? device.name : undefined, device.name);
  const judge = adaptiveJudge(file, device.config ? device.name : undefined, options.inputs);
  resultsArtifactName(device.name);
  ownDir(join(options.cwd, RESULTS_ROOT), "workspace");
  const dir = ownDir(join(options.cwd, RESULTS_ROOT, device.name), "workspace");

  const paths = findModels(config.models);
  const names = resultNamesOf(config, paths);
  const event = context.event;
  // benchmark_model runs each model's .tflite export: the base's comes from the base commit too.
  const exportOf = device.config && "tool" in device.config && device.config.tool === "tflite-benchmark"
    ? (path: string) => tflitePathOf({ path, siblings: siblingsOf(config, path) })
    : undefined;
  let revision: BaseRevision | undefined;
  let baseSide: { threads?: number; optimization?: OptimizationLevel } = {};
  if (event.kind === "pull-request") {
    log(`pull request #${event.number}: each model runs interleaved with its file at the base commit ${event.baseSha.slice(0, 7)} (${event.baseRef})`);
    if (checkedOut(options.cwd) === event.baseSha) {
      warn(`the checkout is the base commit ${event.baseSha.slice(0, 7)} itself, so base and head are the same files (pull_request_target checks out the base branch): check out the pull request's head to benchmark its change`);
    }
    revision = await baseRevision({ cwd: options.cwd, sha: event.baseSha, paths, ...(exportOf ? { extraPaths: paths.map(exportOf) } : {}), ...(file ? { configPath: file.path } : {}), log });
    baseSide = baseDeviceSettings(revision, device.name, config, warn);
  } else {
    log(`${event.kind === "push" ? `push${event.branch ? ` to ${event.branch}` : ""}` : `${event.name} event`}: the models run alone (the stored results of a push to the default branch are the baseline of later pull requests)`);
  }

  const paired: { head: Results; base: Results }[] = [];
  const alone: Results[] = [];
  const failures: string[] = [];
  const modes = { paired: 0, new: 0, unavailable: 0, alone: 0 };
  let opened: OpenedBackend | undefined;
  let energy: EnergyPlan | undefined;
  try {
    opened = await openBackend(device, { warn, noise: { benchCoolDown: file?.data.bench?.["cool-down"] } });
    const noise = opened.noise;
    const backend = opened.backend;
    energy = await energyPlan(device, opened.transport);
    log(energy.note);
    if (!energy.meter) config.modelledWatts = energy.watts;
    const meter = energy.meter;
    for (const [i, path] of paths.entries()) {
      const name = names[i]!;
      const base = revision?.files.get(path);
      const progress = (_: string, phase: string, k: number, of: number) => {
        if (k === of) log(terminalText(`${name}: ${phase} ${k}/${of}`));
      };
      try {
        let why: { sha: string; mode: "new" | "unavailable"; reason: string } | undefined =
          revision && base && base.kind !== "found" ? { sha: revision.sha, mode: base.kind, reason: base.reason } : undefined;
        const baseExport = exportOf && revision?.extras.get(exportOf(path));
        if (revision && base?.kind === "found" && baseExport && baseExport.kind !== "found") {
          why = { sha: revision.sha, mode: "unavailable", reason: `its .tflite export at the base commit cannot be had: ${baseExport.reason}` };
        } else if (revision && base?.kind === "found") {
          const one: BenchConfig = {
            ...config,
            models: [path],
            paired: {
              baseModel: base.path, ...(baseSide.threads !== undefined ? { baseThreads: baseSide.threads } : {}), ...(baseSide.optimization !== undefined ? { baseOptimization: baseSide.optimization } : {}), baseOut: join(dir, PAIRED_BASE_FILE),
              ...(baseExport?.kind === "found" ? { baseSiblings: { "tflite-benchmark": baseExport.path } } : {}),
            },
          };
          try {
            const outcome = await runBench(one, progress, judge, undefined, backend, meter, noise);
            const mark = (m: ModelResult): ModelResult => ({ ...m, name, baseRevision: { sha: revision!.sha, mode: "paired" } });
            paired.push({ head: { ...outcome.head, models: outcome.head.models.map(mark) }, base: { ...outcome.base!, models: outcome.base!.models.map((m) => ({ ...m, name })) } });
            modes.paired++;
            continue;
          } catch (error) {
            // The base commit's model may be one this runtime refuses (or the pair may fail for
            // another reason): the head alone still gets measured, and compared with the stored baseline.
            why = { sha: revision.sha, mode: "unavailable", reason: `the pair could not be benchmarked: ${errorLines(error, actionInputName).join(" ")}` };
          }
        }
        const { paired: _, maxRuns: __, ...rest } = config;
        const outcome = await runBench({ ...rest, models: [path] }, progress, undefined, undefined, backend, meter, noise);
        if (why) {
          modes[why.mode]++;
          (why.mode === "new" ? log : warn)(`${name}: not paired: ${why.reason}; it runs alone and is compared with the stored baseline`);
        } else modes.alone++;
        alone.push({ ...outcome.head, models: outcome.head.models.map((m) => ({ ...m, name, ...(why ? { baseRevision: why } : {}) })) });
      } catch (error) {
        const line = `${name} (${path}): ${errorLines(error, actionInputName).join(" ")}`;
        failures.push(line);
        warn(`could not benchmark ${line}`);
      }
    }
  } finally {
    revision?.dispose();
    await energy?.meter?.close();
    await opened?.close();
  }

  const files: string[] = [];
  if (paired.length > 0) {
    writeJsonAtomic(join(dir, PAIRED_FILE), merged(paired.map((p) => p.head)), "out");
    writeJsonAtomic(join(dir, PAIRED_BASE_FILE), merged(paired.map((p) => p.base)), "out");
    files.push(join(dir, PAIRED_FILE), join(dir, PAIRED_BASE_FILE));
  }
  if (alone.length > 0) {
    writeJsonAtomic(join(dir, ALONE_FILE), merged(alone), "out");
    files.push(join(dir, ALONE_FILE));
  }
  const heads = [...paired.map((p) => p.head), ...alone];
  if (heads.length > 0) log(benchSummary(merged(heads)));
  return { device: device.name, dir, files, failures, modes };
}

/**
 * Models benchmarked one at a time → one results file: the first run's device with the
 * temperature span of all, and every model. Each model ran with the same settings, so one
 * fingerprint stands for all (the paired and the lone runs differ in spinning, so they are kept
 * in files of their own).
 */
export function merged(list: readonly Results[]): Results {
  const first = list[0]!;
  const temps = list.map((r) => r.device.fingerprint.tempC).filter((t): t is [number, number] => Array.isArray(t));
  const fingerprint = { ...first.device.fingerprint, ...(temps.length > 0 ? { tempC: [temps[0]![0], temps[temps.length - 1]![1]] } : {}) };
  return { ...first, device: { ...first.device, fingerprint }, models: list.flatMap((r) => r.models) };
}

// The settings: inputs, then dnntune.yml (its models, the device's threads and optimization,
// bench), then the defaults, as `dnntune bench` reads them. Adaptive sampling (max-runs, the time
// budget) is read as paired mode reads it: the action samples adaptively only the paired models.
function headConfig(options: BenchStepOptions, configDevice: string | undefined, deviceName: string): BenchConfig {
  const { file, inputs } = options;
  const overrides = new Map<string, Override>();
  for (const option of benchSpec.options) {
    const value = inputs[option.flag];
    const input = ACTION_INPUTS[option.field];
    if (value === undefined || (Array.isArray(value) && value.length === 0) || input === undefined) continue;
    overrides.set(option.field, { value, source: { from: "input", input } });
  }
  const settings = effectiveSettings(file, configDevice, overrides);
  // dnntune.yml's inputs and names of a model apply wherever the model comes from: a `--model` (or
  // `models` input) that names a configured model still gets its shapes and values.
  const fromFileModels = (file?.data.models ?? []).length > 0;
  // `processes` is the CLI's replicates, which the action does not start.
  const fileValues = settings.filter((s) => s.source.from === "file" && s.field !== "processes");
  const lone = (s: { field: string }) => s.field !== "maxRuns" && s.field !== "timeBudgetS";
  const flags = withFileValues(benchSpec, inputs as never, fileValues.filter(lone)) as Record<string, unknown>;
  if (((flags.model as string[] | undefined) ?? []).length === 0) {
    throw new InputError("models", "no models: give the models input, or list them under models in dnntune.yml");
  }
  const out = "dnntune-results.json";
  const head = fromFile(settings, () => benchConfig({ ...flags, out, device: deviceName } as BenchFlags));
  const pairedFlags = withFileValues(benchSpec, inputs as never, fileValues) as Record<string, unknown>;
  const pairedView = fromFile(settings, () => benchConfig({ ...pairedFlags, model: [head.models[0]!], "base-model": "(the base commit's file)", out, device: deviceName } as BenchFlags));
  return {
    ...head,
    ...(pairedView.maxRuns !== undefined ? { maxRuns: pairedView.maxRuns } : {}),
    timeBudgetS: pairedView.timeBudgetS,
    ...(fromFileModels ? { modelSettings: fromFile(settings, () => modelSettingsOf(file!.data.models ?? [], file!.path)) } : {}),
  };
}

// Adaptive sampling judges latency as the gate's compare will (threshold, alpha, floor).
function adaptiveJudge(file: LoadedConfig | undefined, configDevice: string | undefined, inputs: BenchInputs) {
  const overrides = new Map<string, Override>();
  if (typeof inputs.threshold === "string") overrides.set("threshold", { value: inputs.threshold, source: { from: "input", input: "threshold" } });
  const settings = effectiveSettings(file, configDevice, overrides);
  const options = fromFile(settings, () => readCompareOptions({
    threshold: settingOf(settings, "threshold").value as string | number,
    minAbsModelUs: settingOf(settings, "minAbsModelUs").value as number,
  }));
  return (base: number[], head: number[], paired: boolean, looks: number) => judgeLatency(base, head, paired, looks, options) !== "inconclusive";
}

/**
 * The base commit's dnntune.yml may run this device with other threads or another optimization
 * level: the base side then runs with those. A base file that cannot be read or parsed is a
 * warning, and the base runs with the head's settings.
 */
function baseDeviceSettings(revision: BaseRevision, device: string, head: BenchConfig, warn: (line: string) => void): { threads?: number; optimization?: OptimizationLevel } {
  const config = revision.config;
  if (!config || config.kind !== "found") return {};
  try {
    const data = parseConfigText(readTextFile(config.path, { input: "config", maxBytes: 1024 * 1024, kind: "a dnntune.yml" }), `dnntune.yml at ${revision.sha.slice(0, 7)}`);
    const entry = data.devices?.[device];
    const own = entry && entry.transport !== undefined ? entry : undefined;
    return {
      ...(own?.threads !== undefined && own.threads !== head.threads ? { threads: own.threads } : {}),
      ...(own?.optimization !== undefined && own.optimization !== head.optimization ? { optimization: own.optimization } : {}),
    };
  } catch (error) {
    warn(`the base commit's dnntune.yml cannot be read, so the base runs with the head's settings: ${errorLines(error).join(" ")}`);
    return {};
  }
}

/** The commit checked out in `cwd`, or undefined outside a git repository. */
function checkedOut(cwd: string): string | undefined {
  const out = spawnSync("git", ["rev-parse", "HEAD"], { cwd, encoding: "utf8", timeout: 10_000 });
  return out.status === 0 ? out.stdout.trim() : undefined;
}
