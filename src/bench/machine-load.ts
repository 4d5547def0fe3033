// How busy the rest of the machine was while we timed: the CPU that other programs used, in
// cores, from the kernel's machine-wide counters (/proc/stat) minus this process's own CPU time
// (onnxruntime's threads included). Interleaved pairs cancel slow drift, but not contention:
// with another program competing for the cores, two sessions' thread pools are scheduled
// unevenly for seconds at a time, and paired A/A comparisons were flagged in up to half the runs.
// `compare` decides nothing from a run timed on a busy machine. Linux only; elsewhere unknown.
import { readFileSync } from "node:fs";

/** Kernel clock ticks per second (USER_HZ): 100 on every Linux this runs on. */
const TICKS_PER_S = 100;

interface Snapshot {
  machineBusyS: number;
  ownS: number;
  wallMs: number;
}

function snapshot(): Snapshot | undefined {
  let line: string;
  try {
    line = readFileSync("/proc/stat", "utf8").split("\n", 1)[0] ?? "";
  } catch {
    return undefined;
  }
  // cpu  user nice system idle iowait irq softirq steal …
  const f = line.trim().split(/\s+/).slice(1).map(Number);
  if (f.length < 7 || f.some((v) => !Number.isFinite(v))) return undefined;
  const at = (i: number) => f[i] ?? 0;
  const own = process.cpuUsage();
  return { machineBusyS: (at(0) + at(1) + at(2) + at(5) + at(6)) / TICKS_PER_S, ownS: (own.user + own.system) / 1e6, wallMs: performance.now() };
}

/** Starts measuring; `stop()` returns the cores other programs used on average, or undefined. */
export function foreignLoad(): { stop(): number | undefined } {
  const before = snapshot();
  return {
    stop() {
      const after = snapshot();
      if (!before || !after) return undefined;
      const wallS = (after.wallMs - before.wallMs) / 1000;
      // Under 0.2 s the 10 ms ticks are too coarse to say anything.
      if (wallS < 0.2) return undefined;
      const foreign = after.machineBusyS - before.machineBusyS - (after.ownS - before.ownS);
      return Math.max(0, foreign / wallS);
    },
  };
}
