// onnxruntime's profile (chrome-trace JSON) → per-run, per-node kernel samples. Runs are told
// apart by the trace's `model_run` events; kernel events nested in another kernel of the same
// run (the nodes of an If/Loop/Scan body) are kept apart so the caller does not count them twice.
import { FormatError } from "../errors.js";
import { dtypeFromOrtName, type Dtype } from "../onnx/dtype.js";

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
  cat?: string;
  name?: string;
  tid?: number;
  ts?: number;
  dur?: number;
  args?: Record<string, unknown>;
}

const KERNEL_SUFFIX = "_kernel_time";

export function parseOrtTrace(text: string, file: string): ProfiledRun[] {
  let events: unknown;
  try {
    events = JSON.parse(text);
  } catch (error) {
    throw new FormatError(file, undefined, `not a JSON onnxruntime profile (${(error as Error).message})`);
  }
  if (!Array.isArray(events)) throw new FormatError(file, undefined, "expected a JSON array of trace events (onnxruntime's profile format)");
  const runs = (events as TraceEvent[])
    .filter((e) => e.cat === "Session" && e.name === "model_run")
    .map((e) => ({ start: num(e.ts), end: num(e.ts) + num(e.dur), durationUs: num(e.dur), events: [] as TraceEvent[] }))
    .sort((a, b) => a.start - b.start);
  const kernels = (events as TraceEvent[]).filter((e) => e.cat === "Node" && typeof e.name === "string" && e.name.endsWith(KERNEL_SUFFIX));
  for (const event of kernels) {
    const ts = num(event.ts);
    const run = runs.find((r) => ts >= r.start && ts <= r.end);
    if (run) run.events.push(event);
  }
  return runs.map((run) => ({ durationUs: run.durationUs, kernels: collect(run.events) }));
}

function collect(events: TraceEvent[]): KernelSample[] {
  const sorted = [...events].sort((a, b) => num(a.ts) - num(b.ts) || num(b.dur) - num(a.dur));
  const byNode = new Map<string, KernelSample>();
  // Per thread: with the parallel executor, kernels on other threads overlap without nesting.
  const openEnd = new Map<number, number>();
  for (const event of sorted) {
    const start = num(event.ts), end = start + num(event.dur), tid = num(event.tid);
    const nested = end <= (openEnd.get(tid) ?? -Infinity);
    if (!nested) openEnd.set(tid, Math.max(openEnd.get(tid) ?? -Infinity, end));
    const args = event.args ?? {};
    const node = event.name!.slice(0, -KERNEL_SUFFIX.length);
    const existing = byNode.get(node);
    if (existing) {
      existing.durationUs += num(event.dur);
      continue;
    }
    byNode.set(node, {
      node,
      op: String(args.op_name ?? ""),
      provider: String(args.provider ?? ""),
      durationUs: num(event.dur),
      outputBytes: num(args.output_size),
      outputs: shapesOf(args.output_type_shape),
      nested,
    });
  }
  return [...byNode.values()];
}

function shapesOf(value: unknown): { dtype: Dtype; shape: number[] }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    if (entry === null || typeof entry !== "object") return [];
    return Object.entries(entry as Record<string, unknown>).map(([type, shape]) => ({
      dtype: dtypeFromOrtName(type),
      shape: Array.isArray(shape) ? shape.map(Number) : [],
    }));
  });
}

function num(value: unknown): number {
  const n = typeof value === "number" ? value : Number(value);
  return Number.isFinite(n) ? n : 0;
}
