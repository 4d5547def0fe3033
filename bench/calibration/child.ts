// One `dnntune bench` in a fresh child process, with the CPU the rest of the machine used
// meanwhile: the machine-wide busy time from /proc/stat minus what the child (and this
// process) used. A comparison during which another program ran is "disturbed".
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

/** Kernel clock ticks per second (USER_HZ); 100 on every Linux this runs on. */
export const TICKS_PER_S = 100;

interface CpuTimes {
  busy: number;
  steal: number;
}

function machineCpu(): CpuTimes {
  const line = readFileSync("/proc/stat", "utf8").split("\n", 1)[0]!;
  // cpu  user nice system idle iowait irq softirq steal …
  const f = line.trim().split(/\s+/).slice(1).map(Number);
  const at = (i: number) => f[i] ?? 0;
  return { busy: at(0) + at(1) + at(2) + at(5) + at(6), steal: at(7) };
}

export interface Load {
  /** CPU seconds other programs used while this ran (machine busy − child − this process). */
  foreignCpuS: number;
  /** CPU seconds the hypervisor took from this VM meanwhile. */
  stealS: number;
  /** CPU seconds of the child itself. */
  childCpuS: number;
  wallS: number;
  /** Bench children these figures add up (each carries ~0.01–0.02 s of unattributed kernel CPU). */
  children: number;
}

export interface ChildRun extends Load {
  stderr: string;
}

/**
 * Runs `node [--import PRELOAD] bin/dnntune.js bench <args>` in the repository root. A small
 * shell wraps it to read the child's CPU time (cutime + cstime of the shell once it has waited
 * for node).
 */
export function runBench(root: string, args: string[], preload?: string): ChildRun {
  const node = preload ? 'node --import "$DNNTUNE_CAL_PRELOAD"' : "node";
  const script = `${node} bin/dnntune.js bench "$@" >/dev/null 2>"$DNNTUNE_CAL_ERR"; rc=$?; cat /proc/$$/stat; exit $rc`;
  const errFile = `/tmp/dnntune-cal-${process.pid}.err`;
  const before = machineCpu();
  const self0 = process.cpuUsage();
  const t0 = performance.now();
  const child = spawnSync("sh", ["-c", script, "sh", ...args], { cwd: root, encoding: "utf8", env: { ...process.env, DNNTUNE_CAL_ERR: errFile, DNNTUNE_CAL_PRELOAD: preload ?? "" } });
  const wallS = (performance.now() - t0) / 1000;
  const self1 = process.cpuUsage(self0);
  const after = machineCpu();
  let stderr = "";
  try {
    stderr = readFileSync(errFile, "utf8");
  } catch {
    // no stderr file: the shell did not start
  }
  if (child.status !== 0) {
    throw new Error(`dnntune bench ${args.join(" ")} exited ${child.status}: ${stderr.trim().split("\n").slice(-3).join(" | ") || child.error?.message}`);
  }
  // /proc/PID/stat: "pid (comm) state …"; after the ")" field 3 is state, cutime/cstime are 16/17.
  const stat = child.stdout.trim();
  const rest = stat.slice(stat.lastIndexOf(")") + 2).split(/\s+/).map(Number);
  const childTicks = (rest[13] ?? 0) + (rest[14] ?? 0);
  const selfTicks = ((self1.user + self1.system) / 1e6) * TICKS_PER_S;
  return {
    foreignCpuS: Math.max(0, after.busy - before.busy - childTicks - selfTicks) / TICKS_PER_S,
    stealS: (after.steal - before.steal) / TICKS_PER_S,
    childCpuS: childTicks / TICKS_PER_S,
    wallS,
    children: 1,
    stderr,
  };
}

/** Machine-wide busy CPU (in cores) over `ms`, for waiting until the machine is quiet. */
export function busyCores(ms: number): number {
  const a = machineCpu();
  const until = Date.now() + ms;
  const t0 = performance.now();
  // Sleep without spinning (Atomics.wait on a private buffer).
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Math.max(0, until - Date.now()));
  const b = machineCpu();
  return (b.busy - a.busy) / TICKS_PER_S / ((performance.now() - t0) / 1000);
}

/** Waits (up to `maxS`) until the machine has been nearly idle for one second; returns seconds waited. */
export function waitQuiet(maxS: number, idleCores = 0.1): number {
  const t0 = performance.now();
  while ((performance.now() - t0) / 1000 < maxS) {
    if (busyCores(1000) <= idleCores) break;
  }
  return (performance.now() - t0) / 1000;
}

export function addLoad(a: Load, b: Load): Load {
  return { foreignCpuS: a.foreignCpuS + b.foreignCpuS, stealS: a.stealS + b.stealS, childCpuS: a.childCpuS + b.childCpuS, wallS: a.wallS + b.wallS, children: a.children + b.children };
}
