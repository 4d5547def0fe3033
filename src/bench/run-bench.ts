// `bench` as a pipeline stage: every model on the local device → one results object. The caller
// writes it; nothing is written if any model fails, so a baseline is never half-replaced.
import { DeviceError, InputError } from "../errors.js";
import type { BenchConfig } from "../config/bench-args.js";
import { localFingerprint, cpuTemperatureC } from "../devices/local-fingerprint.js";
import { ortVersion } from "../devices/onnxruntime-node.js";
import { RESULTS_SCHEMA, type Results } from "../results/types.js";
import { benchModel, loadModel } from "./bench-model.js";
import { findModels } from "./find-models.js";
import type { Phase } from "./protocol.js";

export type BenchProgress = (model: string, phase: Phase, run: number, of: number) => void;

export async function runBench(config: BenchConfig, progress: BenchProgress, now: () => Date = () => new Date()): Promise<Results> {
  const paths = findModels(config.models);
  // Read every model first: a bad file or flag fails in a second, not after minutes of runs.
  const loaded = paths.map((path) => ({ path, ...loadModel(path) }));
  for (const [flag, names] of [["--input", config.inputShapes], ["--input-value", config.inputValues]] as const) {
    for (const name of names.keys()) {
      if (!loaded.some((l) => l.model.graph.inputs.includes(name))) {
        throw new InputError(`${flag} ${name}`, `no model has an input "${name}"; their inputs are ${[...new Set(loaded.flatMap((l) => l.model.graph.inputs))].join(", ")}`);
      }
    }
  }
  const tempBefore = cpuTemperatureC();
  const models = [];
  for (const { path, model, bytes } of loaded) {
    models.push(await benchModel(path, {
      warmupRuns: config.warmupRuns,
      runs: config.runs,
      profileRuns: config.profileRuns,
      ort: { threads: config.threads, optimization: config.optimization, providers: config.providers },
      inputShapes: config.inputShapes,
      inputValues: config.inputValues,
      seed: config.seed,
    }, (phase, run, of) => progress(path, phase, run, of), { model, bytes }));
  }
  const tempAfter = cpuTemperatureC();
  let runtime: string;
  try {
    runtime = `onnxruntime-node ${await ortVersion()}`;
  } catch (error) {
    throw error instanceof DeviceError ? error : new DeviceError("local", "read the runtime version", String(error));
  }
  return {
    schema: RESULTS_SCHEMA,
    createdAt: now().toISOString(),
    device: {
      name: config.deviceName,
      transport: "local",
      tool: "onnxruntime-node",
      fingerprint: {
        ...localFingerprint(),
        runtime,
        provider: config.providers.join(","),
        threads: config.threads,
        optimization: config.optimization,
        ...(tempBefore !== undefined && tempAfter !== undefined ? { tempC: [tempBefore, tempAfter] } : {}),
      },
    },
    models,
  };
}
