// The seam between the benchmark protocol (bench/) and the tools that run a model (devices/):
// a device makes a model ready as a target, and the protocol opens timed or profiled sessions
// on it. Devices implement it; bench orchestrates it.
import type { Dtype } from "../onnx/dtype.js";
import type { ProfiledRun } from "../profiles/ort-trace.js";

/** One session of a model on a device. */
export interface Runner {
  /** Runs inference once; returns the µs spent in the inference call alone. */
  run(): Promise<number>;
  /**
   * Runs inference `n` times back to back, on the device, with nothing of dnntune's between them
   * (a remote tool's round trips would otherwise be measured as the model's energy); returns µs.
   */
  runMany?(n: number): Promise<number>;
  close(): Promise<void>;
}

export interface ProfilingRunner extends Runner {
  /** Ends profiling and returns the profiled runs in order (onnxruntime's trace split by run, or a vendor tool's profiles). */
  finish(): Promise<ProfiledRun[]>;
}

/** A model made ready on a device: sessions can be opened on it. */
export interface BenchTarget {
  /** False when the model runs on another machine (a phone, a board): this one's load says nothing of its times. */
  readonly onHost?: boolean;
  /** At most this many warm-up runs: a vendor tool's invocation warms the model up itself. */
  readonly maxWarmupRuns?: number;
  open(): Promise<Runner>;
  openProfiled(): Promise<ProfilingRunner>;
}

/** One input the runner feeds on every run. */
export interface InputTensor {
  name: string;
  dtype: Dtype;
  shape: number[];
  data: Float32Array | Float64Array | Int32Array | BigInt64Array | Uint8Array | Int8Array | boolean[] | string[];
}

/** What the protocol needs of an onnxruntime model on a device, beside its sessions. */
export interface OrtModelTarget extends BenchTarget {
  /** The model as the runtime optimized it, written by the first profiled session (null: none). */
  optimizedModel: Uint8Array | null;
  /** One profiled run with optimizations off: every original node under its own name, with shapes. */
  probeShapes(): Promise<ProfiledRun[]>;
  /**
   * The tool's own map from its layers to the ONNX nodes each computes (trtexec's layer info,
   * TFLite's output tensors), known once profiled; onnxruntime's layers map through the
   * optimized model instead, and leave it undefined.
   */
  layerCovers?: ReadonlyMap<string, string[]>;
  /** Forgets the target's files and sessions (the device's own are removed when it closes). */
  dispose(): void;
}

/** Where a model came from: its file, and its other exports for tools that do not read ONNX. */
export interface ModelSource {
  path: string;
  /** dnntune.yml's `siblings` of the model, by tool (`tflite-benchmark: model.tflite`). */
  siblings: Readonly<Record<string, string>>;
}

/** Where `bench` runs models: the runner itself (onnxruntime-node) or a device over a transport. */
export interface DeviceBackend {
  transport: "local" | "adb" | "ssh";
  tool: string;
  /** `onnxruntime-node 1.30.0`, `onnxruntime 1.30.0 (python 3.11.7)`. */
  runtime(): Promise<string>;
  /** What the device is (CPU, OS, cores, governor, …), for the results' fingerprint. */
  fingerprint(): Promise<import("../results/types.js").Fingerprint>;
  /** The hottest thermal zone in °C, where the device has one. */
  temperatureC(): Promise<number | undefined>;
  /** A model made ready on the device, its inputs fed on every run. */
  target(modelName: string, bytes: Uint8Array, inputs: InputTensor[], options: import("./onnxruntime-node.js").OrtOptions, source: ModelSource): OrtModelTarget;
}

/** One profiled run with optimizations off, in a session of its own: the probe both ORT targets make. */
export async function probeOnce(open: () => Promise<ProfilingRunner>): Promise<ProfiledRun[]> {
  const runner = await open();
  try {
    await runner.run();
    return await runner.finish();
  } finally {
    await runner.close();
  }
}
