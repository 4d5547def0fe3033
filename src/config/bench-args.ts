// `dnntune bench` settings (CLI flags or action inputs, as text) → one typed, validated object.
// Errors name the field of BenchConfig (`runs`, `inputShapes`), what was expected and what was
// received; the entry says which flag or input that is. Every number is bounded, so no value
// hangs the run or exhausts memory.
import { InputError } from "../errors.js";
import { parseNamedShape, parseShape } from "./parse-shape.js";
import type { ConfigFile } from "./schema.js";
import { parseInputValue } from "./parse-input-value.js";
import { availableParallelism } from "node:os";

type ModelConfigFile = NonNullable<ConfigFile["models"]>[number];

export const OPTIMIZATION_LEVELS = ["disabled", "basic", "extended", "all"] as const;
export type OptimizationLevel = (typeof OPTIMIZATION_LEVELS)[number];

/** Upper bounds: far above any useful benchmark, low enough that a typo fails at once. */
export const BENCH_LIMITS = {
  runs: 100_000,
  warmupRuns: 10_000,
  profileRuns: 10_000,
  processes: 100,
  timeBudgetS: 86_400,
  seed: 2 ** 32 - 1,
  /** onnxruntime starts one OS thread each; past a few per core they only contend. */
  threads: Math.min(1024, 4 * availableParallelism()),
};

export interface BenchConfig {
  models: string[];
  out: string;
  runs: number;
  warmupRuns: number;
  profileRuns: number;
  threads: number;
  optimization: OptimizationLevel;
  providers: string[];
  inputShapes: Map<string, number[]>;
  inputValues: Map<string, number[]>;
  seed: number;
  deviceName: string;
  /** Paired mode: the base to interleave with the (single) head model. */
  /** `baseSiblings`: the base model's own exports for tools that do not read ONNX (else those beside it). */
  paired?: { baseModel?: string; baseThreads?: number; baseOptimization?: OptimizationLevel; baseOut: string; baseSiblings?: Readonly<Record<string, string>> };
  /** Adaptive sampling: top up undecided latency endpoints up to this many runs. */
  maxRuns?: number;
  /** Adaptive sampling: no top-up batch starts after a model's timing phase has run this long. */
  timeBudgetS: number;
  /** Replicate the whole benchmark in this many fresh processes. */
  processes: number;
  /** Per-model settings from dnntune.yml, by the path or glob in `models` that finds the model. */
  modelSettings?: ModelSettings[];
  /** No meter: energy per run is this power × its latency, labelled `modelled` (devices/energy-plan.ts). */
  modelledWatts?: number;
  /** Apportion each model's energy per inference to its layers by their share of kernel time. */
  layerEnergy?: boolean;
  /** With a meter: energy samples (batches of ≥ 1 s) per model and side. */
  energyBatches: number;
}

/** One entry of dnntune.yml's `models`: its name and inputs apply to the files its path finds. */
export interface ModelSettings {
  /** As in `models`: a file, folder or glob. */
  pattern: string;
  /** Where the entry is written (`dnntune.yml`, `models[2]`), for problems found once the model is read. */
  source?: { file: string; at: string };
  name?: string;
  inputShapes: Map<string, number[]>;
  inputValues: Map<string, number[]>;
  /** Other exports of the model for tools that do not read ONNX, by tool. */
  siblings?: Readonly<Record<string, string>>;
}

/** dnntune.yml's models (already validated, paths relative to the working folder) as bench settings. */
export function modelSettingsOf(models: readonly ModelConfigFile[], file?: string): ModelSettings[] {
  return models.map((model, i) => ({
    pattern: model.path,
    ...(file !== undefined ? { source: { file, at: `models[${i}]` } } : {}),
    ...(model.name !== undefined ? { name: model.name } : {}),
    inputShapes: new Map(Object.entries(model.inputs ?? {}).map(([name, shape]) => [name, typeof shape === "string" ? parseShape(shape, "models", name) : [...shape]])),
    inputValues: new Map(Object.entries(model.values ?? {}).map(([name, value]) => [name, typeof value === "number" ? [value] : [...value]])),
    ...(model.siblings ? { siblings: model.siblings as Record<string, string> } : {}),
  }));
}

export const BENCH_DEFAULTS = { runs: 30, warmup: 10, profileRuns: 10, optimization: "all" as OptimizationLevel, seed: 1, timeBudgetS: 60, energyBatches: 10 };

/** In paired mode adaptive sampling is on by default, up to this many times `runs`. */
export const PAIRED_TOP_UP = 10;

export interface BenchFlags {
  model?: string[];
  out?: string;
  runs?: string;
  warmup?: string;
  "profile-runs"?: string;
  threads?: string;
  optimization?: string;
  provider?: string[];
  input?: string[];
  "input-value"?: string[];
  seed?: string;
  device?: string;
  "base-model"?: string;
  "base-threads"?: string;
  "base-optimization"?: string;
  "base-out"?: string;
  "max-runs"?: string;
  "time-budget"?: string;
  processes?: string;
  "layer-energy"?: boolean;
  "energy-batches"?: string;
}

export function benchConfig(flags: BenchFlags): BenchConfig {
  if (!flags.out) throw new InputError("out", (name) => `give the results file to write, e.g. ${name("out")} results.json`);
  // The device's name is recorded in the results and keys the comparison: it must name something.
  if (flags.device !== undefined && flags.device.trim() === "") {
    throw new InputError("deviceName", (name) => `expected a device name (a device of dnntune.yml, or the name to record in the results, e.g. ${name("deviceName")} local); got ${JSON.stringify(flags.device)}`);
  }
  const optimization = level(flags.optimization ?? BENCH_DEFAULTS.optimization, "optimization");
  const inputShapes = new Map((flags.input ?? []).map((spec) => parseNamedShape(spec, "inputShapes")));
  const inputValues = new Map((flags["input-value"] ?? []).map((spec) => parseInputValue(spec, "inputValues")));
  const runs = integer(flags.runs, "runs", BENCH_DEFAULTS.runs, 1, BENCH_LIMITS.runs);
  const pairedMode = flags["base-model"] !== undefined || flags["base-threads"] !== undefined || flags["base-optimization"] !== undefined;
  // Paired: on by default, so that an undecided endpoint gets the runs it needs (within the budget).
  const maxRuns = flags["max-runs"] !== undefined ? integer(flags["max-runs"], "maxRuns", runs, runs, BENCH_LIMITS.runs) : pairedMode ? Math.min(BENCH_LIMITS.runs, runs * PAIRED_TOP_UP) : undefined;
  const timeBudgetS = integer(flags["time-budget"], "timeBudgetS", BENCH_DEFAULTS.timeBudgetS, 1, BENCH_LIMITS.timeBudgetS);
  if (flags["time-budget"] !== undefined && maxRuns === undefined) {
    throw new InputError("timeBudgetS", (name) => `bounds adaptive sampling, which runs in paired mode (${name("paired.baseModel")})`);
  }
  if (pairedMode && (flags.model ?? []).length !== 1) {
    throw new InputError("paired.baseModel", (name) => `paired mode interleaves one base with one head model; give exactly one ${name("models")} (got ${(flags.model ?? []).length})`);
  }
  const baseOptimization = flags["base-optimization"] === undefined ? undefined : level(flags["base-optimization"], "paired.baseOptimization");
  // Against a stored baseline (another process) nothing can be decided, so only pairs are sampled adaptively.
  if (flags["max-runs"] !== undefined && !pairedMode) {
    throw new InputError("maxRuns", (name) => `adaptive sampling needs a base to interleave: a ${name("paired.baseModel")} (or ${name("paired.baseThreads")}); results of another process can never decide, so there is nothing to sample towards`);
  }
  const processes = integer(flags.processes, "processes", 1, 1, BENCH_LIMITS.processes);
  // Flags that would do nothing are refused: the user meant something else.
  if (flags["base-out"] !== undefined && !pairedMode) {
    throw new InputError("paired.baseOut", (name) => `names the base's results of paired mode, which needs ${name("paired.baseModel")}, ${name("paired.baseThreads")} or ${name("paired.baseOptimization")}`);
  }
  if (processes > 1 && (pairedMode || flags["max-runs"] !== undefined)) {
    throw new InputError("processes", (name) => `replicate processes are for unpaired runs; paired mode and ${name("maxRuns")} already work within one process (got ${name("processes")} ${processes} with ${pairedMode ? "a base" : name("maxRuns")})`);
  }
  return {
    processes,
    models: flags.model ?? [],
    out: flags.out,
    runs,
    warmupRuns: integer(flags.warmup, "warmupRuns", BENCH_DEFAULTS.warmup, 0, BENCH_LIMITS.warmupRuns),
    profileRuns: integer(flags["profile-runs"], "profileRuns", BENCH_DEFAULTS.profileRuns, 1, BENCH_LIMITS.profileRuns),
    threads: integer(flags.threads, "threads", availableParallelism(), 1, BENCH_LIMITS.threads, threadsWhy),
    optimization,
    providers: flags.provider && flags.provider.length > 0 ? flags.provider : ["cpu"],
    inputShapes,
    inputValues,
    seed: integer(flags.seed, "seed", BENCH_DEFAULTS.seed, 0, BENCH_LIMITS.seed),
    deviceName: flags.device ?? "local",
    ...(pairedMode ? {
      paired: {
        baseModel: flags["base-model"],
        baseThreads: flags["base-threads"] === undefined ? undefined : integer(flags["base-threads"], "paired.baseThreads", 1, 1, BENCH_LIMITS.threads, threadsWhy),
        baseOptimization,
        baseOut: flags["base-out"] ?? flags.out.replace(/(\.json)?$/, ".base.json"),
      },
    } : {}),
    ...(maxRuns !== undefined ? { maxRuns } : {}),
    timeBudgetS,
    ...(flags["layer-energy"] ? { layerEnergy: true } : {}),
    energyBatches: integer(flags["energy-batches"], "energyBatches", BENCH_DEFAULTS.energyBatches, 2, 1000),
  };
}

const threadsWhy = ` (4 × the ${availableParallelism()} cores here, at most 1024)`;

// Digits only: `1e3`, `0x10` and `3.0` are refused rather than read as something else.
function integer(text: string | undefined, field: string, fallback: number, min: number, max: number, why = ""): number {
  if (text === undefined) return fallback;
  const value = /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value)) throw new InputError(field, `expected an integer from ${min} to ${max}${why}, in digits; got "${text}"`);
  if (value < min) throw new InputError(field, `expected an integer ≥ ${min}; got "${text}"`);
  if (value > max) throw new InputError(field, `expected an integer from ${min} to ${max}${why}; got ${value}`);
  return value;
}

function level(text: string, field: string): OptimizationLevel {
  if (!(OPTIMIZATION_LEVELS as readonly string[]).includes(text)) {
    throw new InputError(field, `expected one of ${OPTIMIZATION_LEVELS.join(", ")}; got "${text}"`);
  }
  return text as OptimizationLevel;
}
