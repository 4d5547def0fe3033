// Bench tool `onnxruntime-node`: the model runs in this process. onnxruntime-node is imported
// lazily so that commands which never run a model (compare, split, report) do not need it.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type * as Ort from "onnxruntime-node";
import { DeviceError } from "../errors.js";
import { loadFromToolCache } from "./ort-resolve.js";
import { makeTempDir, removeTemp } from "../temp-files.js";
import { probeOnce, type DeviceBackend, type InputTensor, type OrtModelTarget, type ProfilingRunner, type Runner } from "./bench-target.js";
import { parseOrtTrace, type ProfiledRun } from "../profiles/ort-trace.js";
import { cpuTemperatureC, localFingerprint } from "./local-fingerprint.js";

import type { OptimizationLevel } from "../config/bench-args.js";

/** The onnxruntime-node that dnntune's profiles and fingerprints are tested with: the one the action installs. */
export const ORT_NODE_VERSION = "1.30.0";

export interface OrtOptions {
  threads: number;
  optimization: OptimizationLevel;
  providers: string[];
  /**
   * Whether idle thread-pool workers spin (onnxruntime's default). Paired mode turns it off:
   * with two sessions alternating, one session's spinning pool steals a core from the other's
   * run (measured here: the second run of each pair 1.8× slower; docs/calibration.md).
   */
  spinning?: boolean;
}

type OrtModule = typeof Ort;

// onnxruntime's severity levels: 0 verbose … 3 error, 4 fatal.
const FATAL = 4;
const quiet: Ort.InferenceSession.RunOptions = { logSeverityLevel: FATAL };
let ortModule: Promise<OrtModule> | undefined;
let toolCache: { root: string; log: (line: string) => void } | undefined;

/**
 * Lets `loadOrt` fall back on the runner's tool cache (the action's bundle cannot carry
 * onnxruntime-node's native binaries): when the package does not resolve, the pinned version is
 * installed there once and loaded from there.
 */
export function useToolCache(root: string, log: (line: string) => void): void {
  toolCache = { root, log };
}

function importOrt(): Promise<OrtModule> {
  return import("onnxruntime-node").catch((error: unknown) => {
    if (!toolCache) throw error;
    return loadFromToolCache<OrtModule>({ ...toolCache, version: ORT_NODE_VERSION });
  });
}

export function loadOrt(): Promise<OrtModule> {
  ortModule ??= importOrt().then((ort) => {
    // Only our one line reaches the terminal: onnxruntime's errors come back to us as exceptions
    // and we say them, so its own coloured log lines would say them twice.
    ort.env.logLevel = "fatal";
    return ort;
  }, (error: unknown) => {
    ortModule = undefined;
    if (error instanceof DeviceError) throw error;
    throw new DeviceError("local", "load onnxruntime-node", (error as Error).message,
      `bench and demo need it, compare and split do not; install it beside dnntune: ONNXRUNTIME_NODE_INSTALL=skip npm install --ignore-scripts onnxruntime-node@${ORT_NODE_VERSION} (the install script only downloads CUDA libraries; the CPU binaries are in the package)`);
  });
  return ortModule;
}

export async function ortVersion(): Promise<string> {
  const ort = await loadOrt();
  return ort.env.versions?.node ?? ort.env.versions?.common ?? "unknown";
}

/** A model on the local CPU (or another execution provider onnxruntime-node has). */
export class OrtTarget implements OrtModelTarget {
  /** The model as the runtime optimized it; written by the first profiled session. */
  optimizedModel: Uint8Array | null = null;
  // Holds the traces and a copy of the optimized model: removed by dispose, at exit or on a signal.
  private readonly workDir = makeTempDir("dnntune-ort-");

  constructor(
    private readonly modelName: string,
    private readonly modelBytes: Uint8Array,
    private readonly inputs: InputTensor[],
    private readonly options: OrtOptions,
  ) {}

  async open(): Promise<Runner> {
    return this.session(false);
  }

  async openProfiled(): Promise<ProfilingRunner> {
    return this.session(true);
  }

  /**
   * One profiled run with optimizations off: every original node runs under its own name and
   * the profile reports its output shapes, so every tensor a split could send gets a size.
   */
  probeShapes(): Promise<ProfiledRun[]> {
    return probeOnce(() => this.session(true, "disabled"));
  }

  /** Deletes the traces and optimized model this target wrote. */
  dispose(): void {
    removeTemp(this.workDir);
  }

  private async session(profile: boolean, optimization = this.options.optimization): Promise<ProfilingRunner> {
    const ort = await loadOrt();
    const probe = optimization !== this.options.optimization;
    const optimizedPath = join(this.workDir, "optimized.onnx");
    const prefix = join(this.workDir, `profile-${probe ? "probe-" : ""}${Date.now()}`);
    let session: Ort.InferenceSession;
    try {
      session = await ort.InferenceSession.create(this.modelBytes, {
        intraOpNumThreads: this.options.threads,
        interOpNumThreads: 1,
        executionMode: "sequential",
        graphOptimizationLevel: optimization,
        executionProviders: this.options.providers,
        logSeverityLevel: FATAL,
        ...(this.options.spinning === false ? { extra: { session: { intra_op: { allow_spinning: "0" }, inter_op: { allow_spinning: "0" } } } } : {}),
        ...(profile ? { enableProfiling: true, profileFilePrefix: prefix } : {}),
        ...(profile && !probe ? { optimizedModelFilePath: optimizedPath } : {}),
      });
    } catch (error) {
      throw new DeviceError("local", `create an onnxruntime session for ${this.modelName}`, (error as Error).message,
        "check that the model is valid ONNX for onnxruntime 1.30 and that the execution providers exist");
    }
    if (profile && !probe) {
      try {
        this.optimizedModel = readFileSync(optimizedPath);
      } catch {
        this.optimizedModel = null; // some models cannot be saved; layers then map by name only
      }
    }
    const feeds: Record<string, Ort.Tensor> = {};
    for (const input of this.inputs) feeds[input.name] = new ort.Tensor(input.dtype as never, input.data as never, input.shape);
    const modelName = this.modelName;
    let ended = false;
    return {
      async run() {
        const start = process.hrtime.bigint();
        try {
          await session.run(feeds, quiet);
        } catch (error) {
          throw new DeviceError("local", `run ${modelName}`, `onnxruntime: ${(error as Error).message.split("\n")[0]}`);
        }
        return Number(process.hrtime.bigint() - start) / 1000;
      },
      async finish() {
        session.endProfiling();
        ended = true;
        const dir = prefix.slice(0, prefix.lastIndexOf("/"));
        const base = prefix.slice(prefix.lastIndexOf("/") + 1);
        const file = readdirSync(dir).filter((f) => f.startsWith(base) && f.endsWith(".json")).map((f) => join(dir, f))[0];
        if (!file) throw new DeviceError("local", "read the profile", `onnxruntime wrote no profile with prefix ${prefix}`);
        return parseOrtTrace(readFileSync(file, "utf8"), file);
      },
      async close() {
        if (profile && !ended) session.endProfiling();
        await session.release();
      },
    };
  }
}

/** The runner itself: onnxruntime-node in this process. */
export const LOCAL_BACKEND: DeviceBackend = {
  transport: "local",
  tool: "onnxruntime-node",
  runtime: async () => `onnxruntime-node ${await ortVersion()}`,
  fingerprint: async () => localFingerprint(),
  temperatureC: async () => cpuTemperatureC(),
  target: (name, bytes, inputs, options) => new OrtTarget(name, bytes, inputs, options),
};
