// The seam between the benchmark protocol (bench/) and the tools that run a model (devices/):
// a device makes a model ready as a target, and the protocol opens timed or profiled sessions
// on it. Devices implement it; bench orchestrates it.
import type { Dtype } from "../onnx/dtype.js";

/** One session of a model on a device. */
export interface Runner {
  /** Runs inference once; returns the µs spent in the inference call alone. */
  run(): Promise<number>;
  close(): Promise<void>;
}

export interface ProfilingRunner extends Runner {
  /** Ends profiling and returns the trace (onnxruntime chrome-trace JSON) and where it was. */
  finish(): Promise<{ text: string; file: string }>;
}

/** A model made ready on a device: sessions can be opened on it. */
export interface BenchTarget {
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
