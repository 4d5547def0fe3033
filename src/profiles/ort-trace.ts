// onnxruntime's profile (chrome-trace JSON) → per-run, per-node kernel samples. Runs are told
// apart by the trace's `model_run` events; kernel events nested in another kernel of the same
// run (the nodes of an If/Loop/Scan body) are kept apart so the caller does not count them twice.
import { FormatError } from "../errors.js";
import { dtypeFromOrtName, type Dtype } from "../onnx/dtype.js";
import { describe, isObject } from "./json-value.js";

export interface KernelSample {
  /** The runtime's node name (the event name less `_kernel_time`). */
  node: string;
  op: string;
  provider: string;
  /** Summed over the node's events within one run (a Loop body runs many times). */
  durationUs: number;
  outputBytes: number;
  outputs: { dtype: Dtype; shape: number[] }[];
  /** True when the event lies inside another kernel's event: work already inside that time. */
  nested: boolean;
}

export interface ProfiledRun {
  durationUs: number;
  kernels: KernelSample[];
}

interface TraceEvent {
  /** Position in the trace's array, to name the event in errors. */
  index: number;
  name: string;
  /** Thread id: kernels on different threads overlap without nesting. */
  tid: number | string;
  ts: number;
  dur: number;
  args: Record<string, unknown>;
}

const KERNEL_SUFFIX = "_kernel_time";
// No real profile holds a time past 2^53 µs (285 years); below it sums stay exact and finite.
const MAX_US = Number.MAX_SAFE_INTEGER;

/**
 * Only the events DNNTune reads (`model_run` and `*_kernel_time`) are checked, and each field it
 * uses must have the type onnxruntime writes; anything else in the trace is ignored. An error
 * names the event by its index: `profile.json: [12].dur: …`.
 */
export function parseOrtTrace(text: string, file: string): ProfiledRun[] {
  let events: unknown;
  try {
    events = JSON.parse(text);
  } catch (error) {
    throw new FormatError(file, undefined, `not a JSON onnxruntime profile (${(error as Error).message})`);
  }
  if (!Array.isArray(events)) throw new FormatError(file, undefined, "expected a JSON array of trace events (onnxruntime's profile format)");
  const runs: { start: number; end: number; durationUs: number; events: TraceEvent[] }[] = [];
  const kernels: TraceEvent[] = [];
  events.forEach((value: unknown, i) => {
    if (!isObject(value)) throw new FormatError(file, `[${i}]`, `expected a trace event object; got ${describe(value)}`);
    if (value.cat === "Session" && value.name === "model_run") {
      const event = traceEvent(value, file, i);
      runs.push({ start: event.ts, end: event.ts + event.dur, durationUs: event.dur, events: [] });
    } else if (value.cat === "Node" && typeof value.name === "string" && value.name.endsWith(KERNEL_SUFFIX)) {
      kernels.push(traceEvent(value, file, i));
    }
  });
  runs.sort((a, b) => a.start - b.start);
  for (const event of kernels) {
    const run = runs[lastStartAtOrBefore(runs, event.ts)];
    if (run && event.ts <= run.end) run.events.push(event);
  }
  return runs.map((run) => ({ durationUs: run.durationUs, kernels: collect(run.events, file) }));
}

function traceEvent(value: Record<string, unknown>, file: string, i: number): TraceEvent {
  const time = (key: "ts" | "dur") => {
    const t = value[key];
    if (typeof t !== "number" || !Number.isFinite(t) || t < 0 || t > MAX_US) {
      throw new FormatError(file, `[${i}].${key}`, `expected a time in µs (a number ≥ 0); got ${describe(t)}`);
    }
    return t;
  };
  const tid = value.tid ?? 0;
  if (typeof tid !== "number" && typeof tid !== "string") throw new FormatError(file, `[${i}].tid`, `expected a thread id; got ${describe(tid)}`);
  const args = value.args ?? {};
  if (!isObject(args)) throw new FormatError(file, `[${i}].args`, `expected an object; got ${describe(args)}`);
  return { index: i, name: value.name as string, tid, ts: time("ts"), dur: time("dur"), args };
}

/** Index of the last run that starts at or before `ts` (runs sorted by start), or -1. */
function lastStartAtOrBefore(runs: { start: number }[], ts: number): number {
  let lo = 0, hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid]!.start <= ts) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function collect(events: TraceEvent[], file: string): KernelSample[] {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const byNode = new Map<string, KernelSample>();
  // Per thread: with the parallel executor, kernels on other threads overlap without nesting.
  const openEnd = new Map<number | string, number>();
  for (const event of sorted) {
    const end = event.ts + event.dur;
    const nested = end <= (openEnd.get(event.tid) ?? -Infinity);
    if (!nested) openEnd.set(event.tid, Math.max(openEnd.get(event.tid) ?? -Infinity, end));
    const node = event.name.slice(0, -KERNEL_SUFFIX.length);
    const existing = byNode.get(node);
    if (existing) {
      existing.durationUs += event.dur;
      continue;
    }
    const where = `[${event.index}].args`;
    byNode.set(node, {
      node,
      op: text(event.args.op_name, file, `${where}.op_name`),
      provider: text(event.args.provider, file, `${where}.provider`),
      durationUs: event.dur,
      outputBytes: count(event.args.output_size, file, `${where}.output_size`),
      outputs: shapesOf(event.args.output_type_shape, file, `${where}.output_type_shape`),
      nested,
    });
  }
  return [...byNode.values()];
}

function text(value: unknown, file: string, field: string): string {
  if (value === undefined) return "";
  if (typeof value !== "string") throw new FormatError(file, field, `expected a string; got ${describe(value)}`);
  return value;
}

/** A byte or element count: onnxruntime writes them as decimal strings (`"256"`). */
function count(value: unknown, file: string, field: string): number {
  if (value === undefined) return 0;
  const n = typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 0) throw new FormatError(file, field, `expected a count (an integer ≥ 0); got ${describe(value)}`);
  return n;
}

// `[{"float": [1, 64]}, …]`: one object per output, its element type → its shape.
function shapesOf(value: unknown, file: string, field: string): { dtype: Dtype; shape: number[] }[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new FormatError(file, field, `expected an array of {type: shape} objects; got ${describe(value)}`);
  return value.flatMap((entry: unknown, o) => {
    if (!isObject(entry)) throw new FormatError(file, `${field}[${o}]`, `expected a {type: shape} object; got ${describe(entry)}`);
    return Object.entries(entry).map(([type, shape]) => {
      if (!Array.isArray(shape)) throw new FormatError(file, `${field}[${o}].${type}`, `expected a shape (an array of dimensions); got ${describe(shape)}`);
      return { dtype: dtypeFromOrtName(type), shape: shape.map((d: unknown, k) => count(d, file, `${field}[${o}].${type}[${k}]`)) };
    });
  });
}
