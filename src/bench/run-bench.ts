// `bench` as a pipeline stage: every model on the local device → one results object (two in
// paired mode: base and head). The caller writes them; nothing is written if any model fails,
// so a baseline is never half-replaced.
import { FormatError, InputError, type Problem } from "../errors.js";
import { closest } from "../validate-file.js";
import { resolve } from "node:path";
import type { BenchConfig, ModelSettings } from "../config/bench-args.js";
import { LOCAL_BACKEND, type OrtOptions } from "../devices/onnxruntime-node.js";
import type { DeviceBackend } from "../devices/bench-target.js";
import { idlePower, type EnergyMeter } from "./energy-phase.js";
import { median } from "../stats/quantile.js";
import { checkOutputs, type FlagPath } from "../results/output-paths.js";
import { RESULTS_SCHEMA, type ModelResult, type Results } from "../results/types.js";
import { benchModel, benchModelPair, loadModel, type BenchModelOptions } from "./bench-model.js";
import { findModels, modelNames } from "./find-models.js";
import type { Adaptive, Phase } from "./protocol.js";
import type { NoiseReport, NoiseSession } from "../devices/device-state/noise-session.js";

export type BenchProgress = (model: string, phase: Phase, run: number, of: number) => void;

/** Whether latency samples decide the endpoint at α / looks (adaptive sampling asks after each batch). */
export type LatencyJudge = (baseSamples: number[], headSamples: number[], paired: boolean, looks: number) => boolean;

export interface BenchOutcome {
  head: Results;
  /** Paired mode: the interleaved base. */
  base?: Results;
}

/** Every file a bench run reads, with the flag that named it: no output may be one of them. */
export function benchInputs(config: BenchConfig): FlagPath[] {
  return [
    ...findModels(config.models).map((path) => ({ flag: "models", path })),
    ...(config.paired?.baseModel ? [{ flag: "paired.baseModel", path: config.paired.baseModel }] : []),
  ];
}

export async function runBench(config: BenchConfig, progress: BenchProgress, judge?: LatencyJudge, now: () => Date = () => new Date(), backend: DeviceBackend = LOCAL_BACKEND, meter?: EnergyMeter, noise?: NoiseSession): Promise<BenchOutcome> {
  const paths = findModels(config.models);
  const settings = settingsByPath(config, paths);
  const resultNames = resultNamesOf(config, paths);
  // Read every model first: a bad file or flag fails in a second, not after minutes of runs.
  const loaded = paths.map((path, i) => ({ path, ...loadModel(path), name: resultNames[i] }));
  if (config.paired?.baseModel) loaded.push({ path: config.paired.baseModel, ...loadModel(config.paired.baseModel, "paired.baseModel"), name: resultNames[0] });
  // The models' external data files are inputs too; only now, with the models read, are they known.
  const dataFiles = loaded.flatMap((l) => l.session.dataFiles.map((path) => ({ flag: `external data of ${l.path}`, path })));
  if (dataFiles.length > 0) checkOutputs([{ flag: "out", path: config.out }, ...(config.paired ? [{ flag: "paired.baseOut", path: config.paired.baseOut }] : [])], dataFiles);
  for (const [field, names] of [["inputShapes", config.inputShapes], ["inputValues", config.inputValues]] as const) {
    for (const name of names.keys()) {
      if (!loaded.some((l) => l.model.graph.inputs.includes(name))) {
        throw new InputError(field, `no model has an input "${name}"; their inputs are ${[...new Set(loaded.flatMap((l) => l.model.graph.inputs))].join(", ")}`, name);
      }
    }
  }
  // dnntune.yml's inputs of a model are its own; a flag's apply to every model and win. Names
  // the model does not have are all reported at once, at their place in the file.
  const unknown: { own: ModelSettings; problem: Problem }[] = [];
  paths.forEach((path, i) => {
    const own = settings[i];
    if (!own) return;
    const inputs = loaded[i]!.model.graph.inputs;
    for (const [key, names] of [["inputs", own.inputShapes], ["values", own.inputValues]] as const) {
      for (const name of names.keys()) {
        if (inputs.includes(name)) continue;
        const near = closest(name, inputs);
        unknown.push({ own, problem: { field: `${own.source?.at ?? "models"}.${key}.${name}`, message: `not an input of ${path}${near !== undefined ? `; did you mean "${near}"?` : ""} (its inputs are ${inputs.join(", ")})` } });
      }
    }
  });
  const first = unknown[0];
  if (first) {
    if (first.own.source) throw FormatError.of(first.own.source.file, unknown.map((u) => u.problem));
    throw new InputError("models", `${first.problem.field} names ${first.problem.message}`, first.own.pattern);
  }
  // With a meter: the device's idle power once, before any model runs; each model's batches take it off.
  const energy = meter ? { meter, batches: config.energyBatches, device: config.deviceName, idleW: await idlePower(meter) } : undefined;
  const options = (ort: OrtOptions, path?: string): BenchModelOptions => {
    const own = path === undefined ? undefined : settings[paths.indexOf(path)];
    return {
      warmupRuns: config.warmupRuns, runs: config.runs, profileRuns: config.profileRuns, ort,
      inputShapes: new Map([...(own?.inputShapes ?? []), ...config.inputShapes]),
      inputValues: new Map([...(own?.inputValues ?? []), ...config.inputValues]),
      seed: config.seed,
      ...(own?.siblings ? { siblings: own.siblings } : {}),
      backend,
      ...(energy ? { energy } : {}),
    };
  };
  const headOrt: OrtOptions = { threads: config.threads, optimization: config.optimization, providers: config.providers };
  // Only pairs are sampled adaptively: runs of another process can never decide.
  const adaptiveFor = (): Adaptive | undefined => {
    if (config.maxRuns === undefined || !judge) return undefined;
    return { maxRuns: config.maxRuns, budgetS: config.timeBudgetS, decided: ({ base, head }, looks) => base !== undefined && judge(base, head, true, looks) };
  };

  const tempBefore = await backend.temperatureC();
  if (config.paired) {
    const { baseModel, baseThreads, baseOptimization } = config.paired;
    const headPath = paths[0]!;
    // Two sessions alternate: neither may spin while the other runs.
    const pairedHeadOrt: OrtOptions = { ...headOrt, spinning: false };
    const baseOrt: OrtOptions = { ...pairedHeadOrt, threads: baseThreads ?? headOrt.threads, optimization: baseOptimization ?? headOrt.optimization };
    // The models were read above; a config change (no --base-model) runs the head's bytes twice.
    const head = loaded[0]!;
    const base = baseModel ? loaded[loaded.length - 1]! : head;
    // Another base file has its own exports for non-ONNX tools, beside it (never the head's).
    const baseOptions = { ...options(baseOrt, headPath), ...(baseModel ? { siblings: config.paired.baseSiblings ?? {} } : {}) };
    const mark = await noise?.beforeModel();
    const pair = await benchModelPair(base.path, headPath, baseOptions, options(pairedHeadOrt, headPath), (phase, run, of) => progress(headPath, phase, run, of), adaptiveFor(), { base, head });
    // One wait and one pair of readings: base and head ran in the same span, interleaved.
    const report = mark && (await noise!.afterModel(mark));
    const tempAfter = await backend.temperatureC();
    return {
      head: await results(config, backend, pairedHeadOrt, [withNoise(pair.head, report)], tempBefore, tempAfter, now),
      base: await results(config, backend, baseOrt, [withNoise(pair.base, report)], tempBefore, tempAfter, now),
    };
  }
  const models: ModelResult[] = [];
  for (const { path, ...model } of loaded) {
    // Noise control: a cool-down before each model when dnntune.yml asks, and readings around it.
    const mark = await noise?.beforeModel();
    const result = await benchModel(path, options(headOrt, path), (phase, run, of) => progress(path, phase, run, of), model);
    models.push(withNoise(result, mark && (await noise!.afterModel(mark))));
  }
  return { head: await results(config, backend, headOrt, models, tempBefore, await backend.temperatureC(), now) };
}

/** A model's result with what noise control saw around its runs: its conditions, and warnings after its own. */
export function withNoise(model: ModelResult, report: NoiseReport | undefined): ModelResult {
  if (!report) return model;
  return { ...model, warnings: [...model.warnings, ...report.warnings], ...(report.conditions ? { conditions: report.conditions } : {}) };
}

/** The model's energy per inference split over its layers by their share of the kernel time. */
export function apportionEnergy(model: ModelResult): ModelResult {
  if (!model.energy || model.layers.length === 0) return model;
  const times = model.layers.map((l) => median(l.samples));
  const total = times.reduce((a, b) => a + b, 0);
  if (!(total > 0)) return model;
  const energy = median(model.energy.samples);
  return { ...model, energy: { ...model.energy, layers: model.layers.map((l, i) => ({ name: l.name, mJ: Math.round((energy * times[i]!) / total * 1e6) / 1e6 })) } };
}

/** Each model's name in the results: dnntune.yml's `name`, else its file's (see modelNames). */
export function resultNamesOf(config: BenchConfig, paths: readonly string[]): string[] {
  const settings = settingsByPath(config, paths);
  return modelNames(paths).map((name, i) => settings[i]?.name ?? name);
}

/** A model's exports for tools that do not read ONNX: dnntune.yml's `siblings` of the entry that finds it. */
export function siblingsOf(config: BenchConfig, path: string): Readonly<Record<string, string>> {
  return settingsByPath(config, [path])[0]?.siblings ?? {};
}

/** Each found model's settings from dnntune.yml: those of the first `models` entry that finds it. */
function settingsByPath(config: BenchConfig, paths: readonly string[]): (ModelSettings | undefined)[] {
  const entries = (config.modelSettings ?? []).map((entry) => ({ entry, found: new Set(findModels([entry.pattern]).map((p) => resolve(p))) }));
  return paths.map((path) => entries.find((e) => e.found.has(resolve(path)))?.entry);
}

async function results(config: BenchConfig, backend: DeviceBackend, ort: OrtOptions, measured: ModelResult[], tempBefore: number | undefined, tempAfter: number | undefined, now: () => Date): Promise<Results> {
  const watts = config.modelledWatts;
  // Without a meter: each timed run's energy is the declared power over its latency (µs × W = µJ).
  const withEnergy = watts === undefined ? measured : measured.map((m) => m.energy ? m : {
    ...m,
    energy: { unit: "mJ" as const, source: "modelled", samples: m.latency.samples.map((us) => Math.round(us * watts * 1000) / 1e6), watts },
  });
  const models = config.layerEnergy ? withEnergy.map(apportionEnergy) : withEnergy;
  return {
    schema: RESULTS_SCHEMA,
    createdAt: now().toISOString(),
    device: {
      name: config.deviceName,
      transport: backend.transport,
      tool: backend.tool,
      fingerprint: {
        ...(await backend.fingerprint()),
        runtime: await backend.runtime(),
        provider: ort.providers.join(","),
        threads: ort.threads,
        optimization: ort.optimization,
        spinning: ort.spinning !== false,
        ...(tempBefore !== undefined && tempAfter !== undefined ? { tempC: [tempBefore, tempAfter] } : {}),
      },
    },
    models,
  };
}
