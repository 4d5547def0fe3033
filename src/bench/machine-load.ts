// How busy the rest of the machine was while we timed: the CPU that other programs used, in
// cores, from the kernel's machine-wide counters (/proc/stat) minus the CPU time of this process
// (onnxruntime's threads included) and of the programs it started (a bench tool's process: the
// ort-python runner, onnxruntime_perf_test, …), live or ended. Interleaved pairs cancel slow drift, but not contention:
// with another program competing for the cores, two sessions' thread pools are scheduled
// unevenly for seconds at a time, and paired A/A comparisons were flagged in up to half the runs.
// `compare` decides nothing from a run timed on a busy machine. Linux only; elsewhere unknown.
import { readdirSync, readFileSync } from "node:fs";

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
  return { machineBusyS: (at(0) + at(1) + at(2) + at(5) + at(6)) / TICKS_PER_S, ownS: ownCpuS(), wallMs: performance.now() };
}

/**
 * This process's CPU seconds with its descendants': its own and its reaped children's (utime,
 * stime, cutime, cstime of /proc/self/stat), plus every live descendant's (whose own reaped
 * children are in its cutime and cstime).
 */
export function ownCpuS(): number {
  const self = process.cpuUsage();
  let ticks = 0;
  const stats = new Map<number, { ppid: number; ticks: number; childTicks: number }>();
  let entries: string[];
  try {
    entries = readdirSync("/proc").filter((e) => /^\d+$/.test(e));
  } catch {
    return (self.user + self.system) / 1e6;
  }
  for (const entry of entries) {
    let text: string;
    try {
      text = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // ended since the listing
    }
    // pid (comm) state ppid … utime(14) stime(15) cutime(16) cstime(17): comm may hold spaces and ")".
    const f = text.slice(text.lastIndexOf(")") + 2).split(" ").map(Number);
    stats.set(Number(entry), { ppid: f[1] ?? 0, ticks: (f[11] ?? 0) + (f[12] ?? 0), childTicks: (f[13] ?? 0) + (f[14] ?? 0) });
  }
  const children = new Map<number, number[]>();
  for (const [pid, s] of stats) children.set(s.ppid, [...(children.get(s.ppid) ?? []), pid]);
  ticks += stats.get(process.pid)?.childTicks ?? 0;
  const stack = [...(children.get(process.pid) ?? [])];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    const s = stats.get(pid)!;
    ticks += s.ticks + s.childTicks;
    stack.push(...(children.get(pid) ?? []));
  }
  return (self.user + self.system) / 1e6 + ticks / TICKS_PER_S;
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
