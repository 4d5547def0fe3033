// The benchmark protocol on one device × model: warm-up, a timing phase of un-profiled runs
// (profiling overhead never reaches end-to-end latency), then a profiling phase in a separate
// profiled session whose trace is split into runs.
import { parseOrtTrace, type ProfiledRun } from "../profiles/ort-trace.js";

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

export interface ProtocolOptions {
  warmupRuns: number;
  runs: number;
  profileRuns: number;
}

export type Phase = "warm-up" | "timing" | "profiling";
export type Progress = (phase: Phase, run: number, of: number) => void;

export interface Measurement {
  latencyUs: number[];
  profiledRuns: ProfiledRun[];
}

export async function measure(target: BenchTarget, options: ProtocolOptions, progress: Progress = () => {}): Promise<Measurement> {
  const latencyUs: number[] = [];
  const timing = await target.open();
  try {
    for (let k = 1; k <= options.warmupRuns; k++) {
      progress("warm-up", k, options.warmupRuns);
      await timing.run();
    }
    for (let k = 1; k <= options.runs; k++) {
      progress("timing", k, options.runs);
      latencyUs.push(await timing.run());
    }
  } finally {
    await timing.close();
  }
  if (options.profileRuns === 0) return { latencyUs, profiledRuns: [] };

  // A fresh session warms up again (allocations, caches) before the runs that count; those
  // warm-up runs are in the trace too and are dropped by position.
  const profileWarmup = Math.min(options.warmupRuns, 3);
  const profiled = await target.openProfiled();
  let trace: { text: string; file: string };
  try {
    for (let k = 1; k <= profileWarmup; k++) await profiled.run();
    for (let k = 1; k <= options.profileRuns; k++) {
      progress("profiling", k, options.profileRuns);
      await profiled.run();
    }
  } finally {
    trace = await profiled.finish();
    await profiled.close();
  }
  const runs = parseOrtTrace(trace.text, trace.file);
  return { latencyUs, profiledRuns: runs.slice(runs.length - options.profileRuns) };
}
