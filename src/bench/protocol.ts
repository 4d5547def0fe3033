// The benchmark protocol on one device × model: warm-up, a timing phase of un-profiled runs
// (profiling overhead never reaches end-to-end latency), optional adaptive top-ups, then a
// profiling phase in a separate profiled session whose trace is split into runs. With a base
// and a head, the timing runs alternate between them so drift hits both alike (paired).
import type { BenchTarget } from "../devices/bench-target.js";
import type { ProfiledRun } from "../profiles/ort-trace.js";
import { foreignLoad } from "./machine-load.js";

export interface ProtocolOptions {
  warmupRuns: number;
  runs: number;
  profileRuns: number;
}

/**
 * Adaptive sampling: while the latency endpoint is undecided, run another batch of `runs`
 * timed runs, up to `maxRuns` and while the timing phase is within its time budget. The looks
 * are fixed after the first batch, before the first look (1 + ⌈(maxRuns − runs) / runs⌉, or
 * fewer when the budget fits fewer batches: affordableLooks), and each is judged at α / looks, so stopping early keeps the stated error rate (Bonferroni
 * over the looks); the results record `looks` and `compare` spends α the same way.
 */
export interface Adaptive {
  maxRuns: number;
  /** No further top-up batch starts once the timing phase has run this long (seconds). */
  budgetS: number;
  /** True when the samples so far decide the endpoint (judged at α / looks). */
  decided(samples: { base?: number[]; head: number[] }, looks: number): boolean;
}

export function plannedLooks(runs: number, maxRuns: number): number {
  return maxRuns > runs ? 1 + Math.ceil((maxRuns - runs) / runs) : 1;
}

/**
 * The looks that can happen: those `maxRuns` allows, but no more batches than fit in the time
 * budget at the first batch's pace — fixed before the first look, from time alone, so α / looks
 * is not spread over a thousand looks that a 3 s budget never reaches.
 */
export function affordableLooks(runs: number, maxRuns: number, budgetS: number, firstBatchMs: number): number {
  const fit = firstBatchMs > 0 ? Math.ceil((budgetS * 1000) / firstBatchMs) : Infinity;
  return Math.max(1, Math.min(plannedLooks(runs, maxRuns), fit));
}

/** The warm-up runs asked for, capped where a target warms itself up (a vendor tool's invocation). */
function warmupRuns(asked: number, ...targets: BenchTarget[]): number {
  return Math.min(asked, ...targets.map((t) => t.maxWarmupRuns ?? Infinity));
}

export type Phase = "warm-up" | "timing" | "top-up" | "profiling";
export type Progress = (phase: Phase, run: number, of: number) => void;

/** Why adaptive sampling stopped topping up. */
export type Stopped = "decided" | "max-runs" | "time-budget";

export interface Measurement {
  latencyUs: number[];
  profiledRuns: ProfiledRun[];
  looks: number;
  /** Only with adaptive sampling. */
  stopped?: Stopped;
  /** Cores other programs used on average during the timing phase (machine-load.ts). */
  busyCores?: number;
}

/** Whether to run another top-up batch, and if not, why not. */
function nextBatch(adaptive: Adaptive, n: number, startedMs: number, look: { taken: number; of: number }, decided: () => boolean): Stopped | undefined {
  look.taken++;
  if (decided()) return "decided";
  if (n >= adaptive.maxRuns) return "max-runs";
  // α was split over `of` looks: no batch may start that would need another.
  if (performance.now() - startedMs >= adaptive.budgetS * 1000 || look.taken >= look.of) return "time-budget";
  return undefined;
}

export async function measure(target: BenchTarget, options: ProtocolOptions, progress: Progress = () => {}, adaptive?: Adaptive): Promise<Measurement> {
  const latencyUs: number[] = [];
  let looks = 1;
  let stopped: Stopped | undefined;
  let busyCores: number | undefined;
  const timing = await target.open();
  const warmup = warmupRuns(options.warmupRuns, target);
  try {
    for (let k = 1; k <= warmup; k++) {
      progress("warm-up", k, warmup);
      await timing.run();
    }
    const started = performance.now();
    const load = target.onHost === false ? undefined : foreignLoad();
    for (let k = 1; k <= options.runs; k++) {
      progress("timing", k, options.runs);
      latencyUs.push(await timing.run());
    }
    if (adaptive) looks = affordableLooks(options.runs, adaptive.maxRuns, adaptive.budgetS, performance.now() - started);
    const look = { taken: 0, of: looks };
    while (adaptive && !(stopped = nextBatch(adaptive, latencyUs.length, started, look, () => adaptive.decided({ head: latencyUs }, looks)))) {
      const batch = Math.min(options.runs, adaptive.maxRuns - latencyUs.length);
      for (let k = 1; k <= batch; k++) {
        progress("top-up", latencyUs.length + 1, adaptive.maxRuns);
        latencyUs.push(await timing.run());
      }
    }
    busyCores = load?.stop();
  } finally {
    await timing.close();
  }
  return { latencyUs, profiledRuns: await profile(target, options, progress), looks, ...(stopped ? { stopped } : {}), ...(busyCores !== undefined ? { busyCores } : {}) };
}

export interface PairedMeasurement {
  base: Measurement;
  head: Measurement;
}

/**
 * Base and head in one process: warm-up both, then timed pairs whose order alternates
 * (A B, B A, …) so neither always runs first; then each is profiled on its own.
 */
export async function measurePaired(base: BenchTarget, head: BenchTarget, options: ProtocolOptions, progress: Progress = () => {}, adaptive?: Adaptive): Promise<PairedMeasurement> {
  const baseUs: number[] = [];
  const headUs: number[] = [];
  let looks = 1;
  let stopped: Stopped | undefined;
  let busyCores: number | undefined;
  const warmup = warmupRuns(options.warmupRuns, base, head);
  const a = await base.open();
  try {
    const b = await head.open();
    try {
      for (let k = 1; k <= warmup; k++) {
        progress("warm-up", k, warmup);
        await a.run();
        await b.run();
      }
      const pair = async () => {
        if (baseUs.length % 2 === 0) {
          baseUs.push(await a.run());
          headUs.push(await b.run());
        } else {
          headUs.push(await b.run());
          baseUs.push(await a.run());
        }
      };
      const started = performance.now();
      const load = base.onHost === false && head.onHost === false ? undefined : foreignLoad();
      for (let k = 1; k <= options.runs; k++) {
        progress("timing", k, options.runs);
        await pair();
      }
      if (adaptive) looks = affordableLooks(options.runs, adaptive.maxRuns, adaptive.budgetS, performance.now() - started);
      const look = { taken: 0, of: looks };
      while (adaptive && !(stopped = nextBatch(adaptive, headUs.length, started, look, () => adaptive.decided({ base: baseUs, head: headUs }, looks)))) {
        const batch = Math.min(options.runs, adaptive.maxRuns - headUs.length);
        for (let k = 1; k <= batch; k++) {
          progress("top-up", headUs.length + 1, adaptive.maxRuns);
          await pair();
        }
      }
      busyCores = load?.stop();
    } finally {
      await b.close();
    }
  } finally {
    await a.close();
  }
  const profiled = await profilePaired(base, head, options, progress);
  return {
    base: { latencyUs: baseUs, profiledRuns: profiled.base, looks, ...(stopped ? { stopped } : {}), ...(busyCores !== undefined ? { busyCores } : {}) },
    head: { latencyUs: headUs, profiledRuns: profiled.head, looks, ...(stopped ? { stopped } : {}), ...(busyCores !== undefined ? { busyCores } : {}) },
  };
}

/**
 * The profiled runs of a pair, interleaved as the timed runs are (the order swaps every pair):
 * profiled run k of base and of head are neighbours in time, so `compare` can pair the layers and
 * a change in the machine's speed between two sessions cannot flag every heavy layer at once.
 */
async function profilePaired(base: BenchTarget, head: BenchTarget, options: ProtocolOptions, progress: Progress): Promise<{ base: ProfiledRun[]; head: ProfiledRun[] }> {
  if (options.profileRuns === 0) return { base: [], head: [] };
  const profileWarmup = warmupRuns(Math.min(options.warmupRuns, 3), base, head);
  const a = await base.openProfiled();
  let traceA: ProfiledRun[] | undefined;
  let traceB: ProfiledRun[] | undefined;
  try {
    const b = await head.openProfiled();
    try {
      for (let k = 1; k <= profileWarmup; k++) {
        await a.run();
        await b.run();
      }
      for (let k = 1; k <= options.profileRuns; k++) {
        progress("profiling", k, options.profileRuns);
        if (k % 2 === 1) {
          await a.run();
          await b.run();
        } else {
          await b.run();
          await a.run();
        }
      }
    } finally {
      traceB = await b.finish();
      await b.close();
    }
  } finally {
    traceA = await a.finish();
    await a.close();
  }
  const last = (runs: ProfiledRun[]) => runs.slice(runs.length - options.profileRuns);
  return { base: last(traceA), head: last(traceB) };
}

async function profile(target: BenchTarget, options: ProtocolOptions, progress: Progress): Promise<ProfiledRun[]> {
  if (options.profileRuns === 0) return [];
  // A fresh session warms up again (allocations, caches) before the runs that count; those
  // warm-up runs are in the trace too and are dropped by position.
  const profileWarmup = warmupRuns(Math.min(options.warmupRuns, 3), target);
  const profiled = await target.openProfiled();
  let runs: ProfiledRun[];
  try {
    for (let k = 1; k <= profileWarmup; k++) await profiled.run();
    for (let k = 1; k <= options.profileRuns; k++) {
      progress("profiling", k, options.profileRuns);
      await profiled.run();
    }
  } finally {
    runs = await profiled.finish();
    await profiled.close();
  }
  return runs.slice(runs.length - options.profileRuns);
}
