// The vendors' own benchmark programs (onnxruntime_perf_test, TFLite's benchmark_model, trtexec,
// a command of the user's) run their own inference loop in a process of their own. One invocation
// of `iterations` inferences is one sample: the mean it reports per inference. The protocol over
// those samples is the one the onnxruntime tools run (bench/protocol.ts): warm-up, timed
// invocations with base and head alternating, adaptive top-ups, then profiled invocations, each
// of which gives one profiled run (the layers' mean times over its inferences).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { DeviceError, FormatError } from "../../errors.js";
import type { ProfiledRun } from "../../profiles/ort-trace.js";
import { readModel, type OnnxGraph } from "../../onnx/read-model.js";
import { stderrTail } from "../transport/exec-program.js";
import type { Transport } from "../transport/transport.js";
import type { InputTensor, ModelSource, OrtModelTarget, ProfilingRunner, Runner } from "../bench-target.js";
import { OrtTarget, type OrtOptions } from "../onnxruntime-node.js";

/** Where the tool runs: a device's transport, a folder there, the program and its extra arguments. */
export interface ToolDevice {
  transport: Transport;
  kind: "local" | "adb" | "ssh";
  /** The backend's temp folder on the device; each model gets a folder inside it. */
  dir: string;
  /** A local temp folder for files on their way to or from the device. */
  local: string;
  /** The program, from `binary` in dnntune.yml or the tool's usual name. */
  binary: string;
  /** `args` from dnntune.yml, each one argument. */
  args: readonly string[];
  /** `taskset MASK` on boards and phones, else empty. */
  pin: readonly string[];
  /** Inferences per invocation: one sample is their mean. */
  iterations: number;
  /** Longest one invocation may take, ms. */
  timeoutMs: number;
  /** What the tool said of itself (`TensorRT 8.6.1`), once an invocation has printed it. */
  seen: { version?: string };
}

/** One model on the device, as the tool is asked to run it. */
export interface ToolSpec {
  modelName: string;
  /** The ONNX model as sessions run it (names made safe, external data written in). */
  bytes: Uint8Array;
  inputs: InputTensor[];
  ort: OrtOptions;
  source: ModelSource;
  /** This model's number on the device, for its folder. */
  k: number;
}

/** What one invocation printed. */
export interface Invocation {
  stdout: string;
  stderr: string;
}

export abstract class ToolTarget implements OrtModelTarget {
  optimizedModel: Uint8Array | null = null;
  layerCovers?: ReadonlyMap<string, string[]>;
  /** Each invocation warms the model up itself; the protocol's warm-ups need only settle the device. */
  readonly maxWarmupRuns = 1;
  readonly onHost: boolean;
  /** The model's folder on the device. */
  protected readonly remote: string;
  /** Its local counterpart, for files pushed or pulled. */
  protected readonly local: string;
  #ready: Promise<void> | undefined;
  #invocations = 0;

  constructor(protected readonly device: ToolDevice, protected readonly spec: ToolSpec) {
    this.onHost = device.kind === "local";
    this.remote = `${device.dir}/model-${spec.k}`;
    this.local = join(device.local, `model-${spec.k}`);
  }

  /** The tool's name in messages (`onnxruntime_perf_test`). */
  protected abstract readonly tool: string;
  /** Copies the model's files to the device and builds what the tool needs (an engine). */
  protected abstract prepare(): Promise<void>;
  /** One invocation of `iterations` timed inferences: µs per inference. */
  protected abstract timed(): Promise<number>;
  /** One profiled invocation: its profiled run. */
  protected abstract profiled(): Promise<ProfiledRun>;

  async open(): Promise<Runner> {
    await this.#prepared();
    return {
      run: async () => {
        const us = await this.timed();
        // Nothing real runs in no time: a 0 µs average is a tool that did not run the model.
        if (!(us > 0)) throw new DeviceError(this.device.transport.device, `benchmark ${this.spec.modelName}`, `${this.tool} reported ${us} µs per inference; a model that ran takes some time`, "check that it ran the model (its output, and the iterations it was given)");
        return us;
      },
      close: async () => {},
    };
  }

  async openProfiled(): Promise<ProfilingRunner> {
    await this.#prepared();
    const runs: ProfiledRun[] = [];
    return {
      run: async () => {
        const run = await this.profiled();
        runs.push(run);
        return run.durationUs;
      },
      finish: async () => runs,
      close: async () => {},
    };
  }

  /**
   * The tensors' shapes are the model's, whatever runs it: probed with onnxruntime-node on this
   * runner (optimizations off, one run), so a split can size every cut. Without it, or for a model
   * it cannot run, shapes come from the file alone.
   */
  async probeShapes(): Promise<ProfiledRun[]> {
    const probe = new OrtTarget(this.spec.modelName, this.spec.bytes, this.spec.inputs, { threads: 1, optimization: "disabled", providers: ["cpu"] });
    try {
      return await probe.probeShapes();
    } catch {
      return [];
    } finally {
      probe.dispose();
    }
  }

  dispose(): void {
    // The device's files go with the backend's temp folder, the local ones with its local folder.
  }

  #prepared(): Promise<void> {
    this.#ready ??= (async () => {
      mkdirSync(this.local, { recursive: true });
      await this.prepare();
    })();
    return this.#ready;
  }

  #graph: OnnxGraph | undefined;
  /** The model's graph, read once (the runner's samples must not each parse the model). */
  protected get graph(): OnnxGraph {
    this.#graph ??= readModel(this.spec.bytes, `${this.spec.modelName}.onnx`).graph;
    return this.#graph;
  }

  /** A fresh name for an invocation's output files. */
  protected nextName(kind: string): string {
    return `${kind}-${++this.#invocations}`;
  }

  /** Writes a file into the model's local folder, to be pushed. */
  protected writeLocal(name: string, bytes: Uint8Array | string): string {
    const path = join(this.local, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
    return path;
  }

  /** Runs the tool with `argv` (after the program, before nothing): a non-zero exit fails the device with the tool's last words. */
  protected async invoke(argv: readonly string[], step: string): Promise<Invocation> {
    const { transport, binary, pin, timeoutMs } = this.device;
    let result;
    try {
      result = await transport.run([...pin, binary, ...argv], { step, timeoutMs });
    } catch (error) {
      if (error instanceof DeviceError && / timed out after /.test(` ${error.message}`)) {
        throw new DeviceError(transport.device, step, `${this.tool} ran longer than ${timeoutMs / 1000} s and was stopped`, "raise the device's timeout-s in dnntune.yml (a TensorRT engine build can take many minutes), or check what the program waits for");
      }
      throw error;
    }
    if (result.code !== 0) {
      const words = stderrTail(result.stderr) || stderrTail(result.stdout);
      const missing = result.code === 127 ? `; check that ${binary} is on the device's PATH, or give its path as binary: in dnntune.yml` : "";
      throw new DeviceError(transport.device, step, `${this.tool} exited with status ${result.code}${words ? `: ${words}` : ""}${missing}`,
        `the command was ${[binary, ...argv].join(" ").slice(0, 400)}; its folder ${this.remote} is removed when bench ends, so run it by hand with your model's files in its place`);
    }
    return { stdout: result.stdout, stderr: result.stderr };
  }

  /**
   * Copies a file the tool wrote on the device (a path there) here, and reads it; `file` names it
   * as it is on the device, for messages. Only a regular file of at most MAX_FETCH_BYTES is taken:
   * a symlink (to /etc/passwd, to /dev/zero) or a runaway profile is refused before it is copied.
   */
  protected async fetch(remote: string, step: string): Promise<{ bytes: Buffer; file: string }> {
    const { transport } = this.device;
    const named = `${transport.device}:${remote}`;
    const check = await transport.run(["sh", "-c", CHECK_FILE, "sh", remote], { step, retry: true });
    const size = Number(check.stdout.trim());
    if (check.code === 5) throw new DeviceError(transport.device, step, `${named} is a symbolic link; dnntune reads only the files ${this.tool} writes itself`);
    if (check.code !== 0 || !Number.isSafeInteger(size)) throw new DeviceError(transport.device, step, `${this.tool} wrote no file ${remote}${tailOf(check.stderr)}`);
    if (size > MAX_FETCH_BYTES) throw new DeviceError(transport.device, step, `${named} is ${size} bytes, more than the ${MAX_FETCH_BYTES / 1024 / 1024} MiB dnntune reads of a profile or model`);
    const file = join(this.local, "fetched", remote.slice(this.device.dir.length).replace(/^\/+/, ""));
    mkdirSync(dirname(file), { recursive: true });
    await transport.pull(remote, file, { step });
    try {
      return { bytes: readFileSync(file), file: named };
    } catch (error) {
      throw new DeviceError(transport.device, step, `${this.tool} wrote no ${remote} (${(error as Error).message})`);
    }
  }

  /** Keeps a tool's map of its layers to ONNX nodes, and hands its run on. */
  protected adopt(tool: { run: ProfiledRun; covers: Map<string, string[]> }): ProfiledRun {
    this.layerCovers = tool.covers;
    return tool.run;
  }

  /** A profile's parse, its errors naming the file as the device and tool wrote it. */
  protected parsed<T>(what: string, parse: () => T): T {
    try {
      return parse();
    } catch (error) {
      if (error instanceof FormatError) throw new DeviceError(this.device.transport.device, `read ${this.tool}'s ${what}`, error.message, `check that ${this.device.binary} is the tool dnntune expects (its output format changed?)`);
      throw error;
    }
  }
}

/** The optimized model a tool saved, when it reads as ONNX; else null, and layers map by name only. */
export function readableModel(bytes: Uint8Array): Uint8Array | null {
  try {
    readModel(bytes, "the optimized model");
    return bytes;
  } catch {
    return null;
  }
}

/** Most bytes a fetched profile or optimized model may have. */
export const MAX_FETCH_BYTES = 256 * 1024 * 1024;

// Fixed text; the path arrives as "$1". Exit 5: a symlink; 4: not a regular file; else its size.
const CHECK_FILE = `f=$1
[ -L "$f" ] && exit 5
[ -f "$f" ] || exit 4
wc -c < "$f"`;

function tailOf(stderr: string): string {
  const end = stderrTail(stderr);
  return end ? `; ${end}` : "";
}

/** One run's layers from several runs of the same layers: each layer's mean time, the first run's order and shapes. */
export function meanRun(runs: readonly ProfiledRun[]): ProfiledRun {
  const first = runs[0];
  if (!first) return { durationUs: 0, kernels: [] };
  const byNode = new Map<string, { sum: number; kernel: ProfiledRun["kernels"][number] }>();
  for (const run of runs) {
    for (const kernel of run.kernels) {
      const seen = byNode.get(kernel.node);
      if (seen) seen.sum += kernel.durationUs;
      else byNode.set(kernel.node, { sum: kernel.durationUs, kernel });
    }
  }
  const n = runs.length;
  return {
    durationUs: runs.reduce((s, r) => s + r.durationUs, 0) / n,
    kernels: [...byNode.values()].map(({ sum, kernel }) => ({ ...kernel, durationUs: sum / n })),
  };
}
