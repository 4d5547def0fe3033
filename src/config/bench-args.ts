// `dnntune bench` flags → one typed, validated object. Errors name the flag, what was expected
// and what was received.
import { InputError } from "../errors.js";
import { parseShape } from "../onnx/bind-shapes.js";
import { parseInputValue } from "../bench/synthesize-inputs.js";
import type { OptimizationLevel } from "../devices/onnxruntime-node.js";
import { availableParallelism } from "node:os";

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
  paired?: { baseModel?: string; baseThreads?: number; baseOptimization?: OptimizationLevel; baseOut: string };
  /** Adaptive sampling: top up undecided latency endpoints up to this many runs. */
  maxRuns?: number;
  /** Unpaired adaptive sampling judges against this stored baseline results file. */
  baseline?: string;
  /** Replicate the whole benchmark in this many fresh processes. */
  processes: number;
}

export const BENCH_DEFAULTS = { runs: 30, warmup: 10, profileRuns: 10, optimization: "all" as OptimizationLevel, seed: 1 };

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
  baseline?: string;
  processes?: string;
}

export function benchConfig(flags: BenchFlags): BenchConfig {
  if (!flags.out) throw new InputError("--out", "give the results file to write, e.g. --out results.json");
  const optimization = flags.optimization ?? BENCH_DEFAULTS.optimization;
  if (!["disabled", "basic", "extended", "all"].includes(optimization)) {
    throw new InputError("--optimization", `expected one of disabled, basic, extended, all; got "${optimization}"`);
  }
  const inputShapes = new Map<string, number[]>();
  for (const spec of flags.input ?? []) {
    const eq = spec.indexOf("=");
    if (eq <= 0) throw new InputError("--input", `expected NAME=SHAPE such as image=1x3x224x224; got "${spec}"`);
    inputShapes.set(spec.slice(0, eq), parseShape(spec.slice(eq + 1), `--input ${spec.slice(0, eq)}`));
  }
  const inputValues = new Map((flags["input-value"] ?? []).map(parseInputValue));
  const runs = integer(flags.runs, "--runs", BENCH_DEFAULTS.runs, 1);
  const maxRuns = flags["max-runs"] === undefined ? undefined : integer(flags["max-runs"], "--max-runs", runs, runs);
  const pairedMode = flags["base-model"] !== undefined || flags["base-threads"] !== undefined || flags["base-optimization"] !== undefined;
  if (pairedMode && (flags.model ?? []).length !== 1) {
    throw new InputError("--base-model", `paired mode interleaves one base with one head model; give exactly one --model (got ${(flags.model ?? []).length})`);
  }
  const baseOptimization = flags["base-optimization"];
  if (baseOptimization !== undefined && !["disabled", "basic", "extended", "all"].includes(baseOptimization)) {
    throw new InputError("--base-optimization", `expected one of disabled, basic, extended, all; got "${baseOptimization}"`);
  }
  if (maxRuns !== undefined && !pairedMode && flags.baseline === undefined) {
    throw new InputError("--max-runs", "adaptive sampling needs something to compare with: a --base-model (or --base-threads) to interleave, or a stored --baseline results file");
  }
  const processes = integer(flags.processes, "--processes", 1, 1);
  if (processes > 1 && (pairedMode || maxRuns !== undefined)) {
    throw new InputError("--processes", `replicate processes are for unpaired runs; paired mode and --max-runs already work within one process (got --processes ${processes} with ${pairedMode ? "a base" : "--max-runs"})`);
  }
  return {
    processes,
    models: flags.model ?? [],
    out: flags.out,
    runs,
    warmupRuns: integer(flags.warmup, "--warmup", BENCH_DEFAULTS.warmup, 0),
    profileRuns: integer(flags["profile-runs"], "--profile-runs", BENCH_DEFAULTS.profileRuns, 1),
    threads: integer(flags.threads, "--threads", availableParallelism(), 1),
    optimization: optimization as OptimizationLevel,
    providers: flags.provider && flags.provider.length > 0 ? flags.provider : ["cpu"],
    inputShapes,
    inputValues,
    seed: integer(flags.seed, "--seed", BENCH_DEFAULTS.seed, 0),
    deviceName: flags.device ?? "local",
    ...(pairedMode ? {
      paired: {
        baseModel: flags["base-model"],
        baseThreads: flags["base-threads"] === undefined ? undefined : integer(flags["base-threads"], "--base-threads", 1, 1),
        baseOptimization: baseOptimization as OptimizationLevel | undefined,
        baseOut: flags["base-out"] ?? flags.out.replace(/(\.json)?$/, ".base.json"),
      },
    } : {}),
    ...(maxRuns !== undefined ? { maxRuns } : {}),
    ...(flags.baseline !== undefined ? { baseline: flags.baseline } : {}),
  };
}

function integer(text: string | undefined, flag: string, fallback: number, min: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) throw new InputError(flag, `expected an integer ≥ ${min}; got "${text}"`);
  return value;
}
