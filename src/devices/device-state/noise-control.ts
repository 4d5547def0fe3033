// Keeping a device's noise out of a benchmark: wait for it to cool, pin runs to its fastest cores,
// and optionally hold its CPUs at a fixed governor. Every script here is fixed text; the sysfs
// root, governor and CPU names reach it as arguments ("$1"…), never spliced into it.
import { setTimeout as delay } from "node:timers/promises";
import { DeviceError, InputError } from "../../errors.js";
import { tail } from "../transport/remote-transport.js";
import type { Transport } from "../transport/transport.js";
import { hottestZone, type ThermalZone } from "./thermal.js";
import { parseThermalLines, splitSections } from "./read-device-state.js";

type Device = Pick<Transport, "device" | "run">;

/** `["taskset", mask]`: the argv prefix that runs a command on the CPUs of `mask` (see cpuMask). */
export function tasksetPrefix(mask: string): [string, string] {
  if (!/^[0-9a-f]+$/i.test(mask) || /^0+$/.test(mask)) throw new RangeError(`tasksetPrefix: expected a non-zero hex CPU mask such as "f0"; got ${JSON.stringify(mask)}`);
  return ["taskset", mask];
}

const THERMAL_SCRIPT = `r=$1
echo "@@dnntune@@ thermal"
for z in "$r"/sys/class/thermal/thermal_zone[0-9]*; do
  [ -d "$z" ] || continue
  echo "\${z##*/}\t$(cat "$z/type" 2>/dev/null)\t$(cat "$z/temp" 2>/dev/null)"
done
echo "@@dnntune@@ end"
`;

/** The thermal zones now, one short command. */
export async function readThermalZones(transport: Device, options: { root?: string; timeoutMs?: number } = {}): Promise<ThermalZone[]> {
  const result = await transport.run(["sh", "-c", THERMAL_SCRIPT, "sh", options.root ?? ""], { step: "read thermal zones", retry: true, timeoutMs: options.timeoutMs });
  return parseThermalLines(splitSections(result.stdout).get("thermal") ?? "");
}

export interface CoolDownOptions {
  /** Wait until the hottest zone is below this, °C. */
  targetC: number;
  /** Give up after this long, s. */
  timeoutS: number;
  /** Seconds between readings. */
  pollS: number;
  root?: string;
  /** How to wait (tests pass one that changes the fake sysfs instead of sleeping). */
  sleep?: (ms: number) => Promise<void>;
  /** Milliseconds on some monotonic clock (default performance.now). */
  nowMs?: () => number;
}

export type CoolDownResult =
  | { kind: "cool"; hottestC: number; zone: string; waitedS: number; readings: number }
  | { kind: "timed-out"; hottestC: number; zone: string; waitedS: number; readings: number }
  | { kind: "no-sensors" };

/**
 * Waits until the device's hottest thermal zone is under `targetC`. Returns how it ended rather
 * than throwing: a device that stays warm is a warning for the run, not a failure.
 */
export async function coolDown(transport: Device, options: CoolDownOptions): Promise<CoolDownResult> {
  const { targetC, timeoutS, pollS } = options;
  if (!(pollS > 0) || !(timeoutS >= 0)) throw new RangeError(`coolDown: expected pollS > 0 and timeoutS ≥ 0; got ${pollS} and ${timeoutS}`);
  const sleep = options.sleep ?? ((ms: number) => delay(ms));
  const now = options.nowMs ?? (() => performance.now());
  const start = now();
  for (let readings = 1; ; readings++) {
    const hottest = hottestZone(await readThermalZones(transport, { root: options.root }));
    if (hottest === null) return { kind: "no-sensors" };
    const waitedS = (now() - start) / 1000;
    const reading = { hottestC: hottest.tempC, zone: `${hottest.zone} (${hottest.type})`, waitedS, readings };
    if (hottest.tempC < targetC) return { kind: "cool", ...reading };
    if (waitedS >= timeoutS) return { kind: "timed-out", ...reading };
    await sleep(Math.min(pollS, timeoutS - waitedS) * 1000);
  }
}

const GOVERNORS_SCRIPT = `r=$1
for d in "$r"/sys/devices/system/cpu/cpu[0-9]*; do
  [ -f "$d/cpufreq/scaling_governor" ] || continue
  echo "\${d##*/}\t$(cat "$d/cpufreq/scaling_governor" 2>/dev/null)\t$(cat "$d/cpufreq/scaling_available_governors" 2>/dev/null)"
done
`;

// Arguments: root, then pairs of cpuN and governor. Stops at the first write that fails.
const WRITE_SCRIPT = `r=$1; shift
while [ $# -ge 2 ]; do
  echo "$2" > "$r/sys/devices/system/cpu/$1/cpufreq/scaling_governor" || exit 1
  shift 2
done
`;

const ROOT_HINT = "writing cpufreq's scaling_governor needs root: on a phone `adb root` (userdebug and eng builds only), on a board run as root; or leave fixed-performance mode off";

export interface GovernorHold {
  /** Each CPU's governor before, as `cpuN` → governor. */
  previous: ReadonlyMap<string, string>;
  /** Puts every CPU's governor back; throws a DeviceError when the device refuses. */
  restore(): Promise<void>;
}

/**
 * Sets every CPU's cpufreq governor (e.g. "performance" for fixed-performance runs) and returns
 * how to put them back. Refuses a governor the kernel does not offer, and a write that did not
 * stick (a vendor thermal daemon may rewrite it), with what to do in the error.
 */
export async function setGovernor(transport: Device, governor: string, options: { root?: string } = {}): Promise<GovernorHold> {
  if (!/^[a-z0-9_]+$/.test(governor)) throw new InputError("governor", `expected a cpufreq governor name such as performance; got ${JSON.stringify(governor)}`);
  const root = options.root ?? "";
  const step = `set governor ${governor}`;
  const before = await readGovernors(transport, root, step);
  if (before.size === 0) throw new DeviceError(transport.device, step, "the device has no cpufreq governors", "leave fixed-performance mode off for this device");
  for (const [cpu, { available }] of before) {
    if (available.length > 0 && !available.includes(governor)) {
      throw new DeviceError(transport.device, step, `${cpu} offers ${available.join(", ")}, not ${governor}`, "pick one of the governors the kernel offers");
    }
  }
  const previous = new Map([...before].map(([cpu, g]) => [cpu, g.governor]));
  const hold: GovernorHold = { previous, restore: () => writeGovernors(transport, root, previous, "restore governors") };
  try {
    await writeGovernors(transport, root, new Map([...before.keys()].map((cpu) => [cpu, governor])), step);
    const after = await readGovernors(transport, root, step);
    const unchanged = [...after].filter(([, g]) => g.governor !== governor).map(([cpu, g]) => `${cpu} is ${g.governor}`);
    if (unchanged.length > 0) throw new DeviceError(transport.device, step, `the governor did not stick: ${unchanged.join(", ")}`, "a vendor thermal or power daemon may be resetting it; stop it, or leave fixed-performance mode off");
  } catch (error) {
    // Leave the device as it was; the first error is the one worth reporting.
    await hold.restore().catch(() => undefined);
    throw error;
  }
  return hold;
}

async function readGovernors(transport: Device, root: string, step: string): Promise<Map<string, { governor: string; available: string[] }>> {
  const result = await transport.run(["sh", "-c", GOVERNORS_SCRIPT, "sh", root], { step, retry: true });
  const governors = new Map<string, { governor: string; available: string[] }>();
  for (const line of result.stdout.split("\n")) {
    const [cpu = "", governor = "", available = ""] = line.split("\t");
    if (/^cpu\d+$/.test(cpu) && governor.trim() !== "") governors.set(cpu, { governor: governor.trim(), available: available.trim().split(/\s+/).filter(Boolean) });
  }
  return governors;
}

async function writeGovernors(transport: Device, root: string, governors: ReadonlyMap<string, string>, step: string): Promise<void> {
  const pairs = [...governors].flatMap(([cpu, g]) => [cpu, g]);
  const result = await transport.run(["sh", "-c", WRITE_SCRIPT, "sh", root, ...pairs], { step });
  if (result.code !== 0) {
    throw new DeviceError(transport.device, step, `could not write scaling_governor (exit ${result.code})${tail(result.stderr)}`, ROOT_HINT);
  }
}
