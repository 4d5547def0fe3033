// Noise control around each model of a bench: before it, wait for the device to cool when
// dnntune.yml asks (`cool-down`) and read its state; after it, read the state again and turn what
// changed into the model's warnings (a zone past its limit, a CPU whose allowed maximum dropped or
// sits below its ceiling) and its `conditions` (the wait, the hottest zone before and after, the
// battery). Everything here is read through the device's transport with readDeviceState, one
// round trip a reading; the decisions are pure functions below, tested on their own.
import type { CoolDownConfigFile } from "../../config/schema.js";
import type { ModelConditions, Warning } from "../../results/types.js";
import type { Transport } from "../transport/transport.js";
import type { BatteryState } from "./battery.js";
import type { CpuState } from "./cpu-mask.js";
import { coolDown, type CoolDownResult } from "./noise-control.js";
import { readDeviceState, type DeviceKind, type DeviceState } from "./read-device-state.js";
import { hottestZone, throttleWarnings, type ThrottleLimits } from "./thermal.js";

export interface CoolDownSettings {
  /** Wait while the hottest zone is at or above this, °C. */
  aboveC: number;
  timeoutS: number;
  pollS: number;
}

/** `timeout-s` and `poll-s` when dnntune.yml leaves them out. */
export const COOL_DOWN_DEFAULTS = { timeoutS: 120, pollS: 5 } as const;

/**
 * The cool-down that applies to a device: its own `cool-down` (where `false` turns the bench
 * section's off), else the bench section's; undefined when neither asks for one.
 */
export function coolDownSettings(device: CoolDownConfigFile | undefined, bench: CoolDownConfigFile | undefined): CoolDownSettings | undefined {
  const chosen = device ?? bench;
  if (chosen === undefined || chosen === false) return undefined;
  return { aboveC: chosen["above-c"], timeoutS: chosen["timeout-s"] ?? COOL_DOWN_DEFAULTS.timeoutS, pollS: chosen["poll-s"] ?? COOL_DOWN_DEFAULTS.pollS };
}

/** What a device looked like at one moment: the part of its state that changes during a run. */
export type NoiseSnapshot = Pick<DeviceState, "thermal" | "cpus" | "battery">;

/** The results' record of a wait and, when it ran out, the warning that says so. */
export function coolDownOutcome(settings: CoolDownSettings, fromC: number, result: CoolDownResult): { record?: NonNullable<ModelConditions["coolDown"]>; warning?: Warning } {
  if (result.kind === "no-sensors") return { warning: { code: "cool-down-no-sensors", message: `cool-down above ${settings.aboveC} °C was asked for, but the device has no thermal zones to read: the model ran without waiting (turn cool-down off for this device, or give it time to rest between runs)` } };
  const record = { aboveC: settings.aboveC, fromC, toC: result.hottestC, zone: result.zone, waitedS: Math.round(result.waitedS * 10) / 10, timedOut: result.kind === "timed-out" };
  if (!record.timedOut) return { record };
  return {
    record,
    warning: { code: "cool-down-timeout", message: `the device did not cool below ${settings.aboveC} °C in ${settings.timeoutS} s (${record.zone} went from ${fromC} to ${record.toC} °C); it ran warm and may have throttled: raise cool-down timeout-s, or let it rest between runs` },
  };
}

/**
 * CPUs among `pinned` whose allowed maximum (scaling_max_freq) is below their ceiling
 * (cpuinfo_max_freq) after the run: the runs were held below full speed, by thermal throttling
 * or a cap. (scaling_cur_freq is not used: read between runs it shows the idle clock.)
 */
export function cappedCpuWarnings(after: readonly CpuState[], pinned: readonly number[]): Warning[] {
  const capped = after.filter((c) => pinned.includes(c.cpu) && c.maxKhz !== null && c.scalingMaxKhz !== null && c.scalingMaxKhz < c.maxKhz);
  if (capped.length === 0) return [];
  const detail = capped.map((c) => `cpu${c.cpu} ${mhz(c.scalingMaxKhz!)} of ${mhz(c.maxKhz!)} MHz`).join(", ");
  return [{ code: "cpu-capped", message: `the cores the runs were pinned to were held below their top frequency (${detail}): thermally throttled or capped; let the device cool, or check its power settings` }];
}

/** The model's warnings from the readings before and after its runs. */
export function noiseWarnings(before: NoiseSnapshot, after: NoiseSnapshot, pinned: readonly number[], limits: ThrottleLimits = {}): Warning[] {
  const throttled = throttleWarnings(before, after, limits);
  // A drop during the run already says the cores were held back; the cap would say it twice.
  const capped = throttled.some((w) => w.code === "cpu-throttled") ? [] : cappedCpuWarnings(after.cpus, pinned);
  return [...throttled, ...capped];
}

/** The model's `conditions` from the readings (and the wait, when there was one). */
export function modelConditions(before: NoiseSnapshot, after: NoiseSnapshot, wait?: NonNullable<ModelConditions["coolDown"]>): ModelConditions | undefined {
  const hot = [hottestZone(before.thermal), hottestZone(after.thermal)];
  const conditions: ModelConditions = {
    ...(wait ? { coolDown: wait } : {}),
    ...(hot[0] && hot[1] ? { tempC: [hot[0].tempC, hot[1].tempC] } : {}),
    ...(before.battery ? { battery: batteryRecord(before.battery) } : {}),
  };
  return Object.keys(conditions).length > 0 ? conditions : undefined;
}

function batteryRecord(battery: BatteryState): NonNullable<ModelConditions["battery"]> {
  return { levelPct: battery.levelPct, status: battery.status, plugged: battery.plugged };
}

/** What a model's runs add to its result. */
export interface NoiseReport {
  conditions?: ModelConditions;
  warnings: Warning[];
}

/** Noise control for one bench on one device. */
export interface NoiseSession {
  /** Before a model: cool down when asked, then read the state. Never throws for a device that cannot say. */
  beforeModel(): Promise<NoiseMark>;
  /** After it: read again, and what the model's result should say. */
  afterModel(mark: NoiseMark): Promise<NoiseReport>;
}

export interface NoiseMark {
  before: NoiseSnapshot | null;
  wait?: NonNullable<ModelConditions["coolDown"]>;
  warnings: Warning[];
}

export interface NoiseSessionOptions {
  kind: DeviceKind;
  /** The cores runs are pinned to with taskset (empty when not pinned). */
  pinned: readonly number[];
  coolDown?: CoolDownSettings;
  limits?: ThrottleLimits;
  /** The sysfs root (tests: a fake sysfs), as readDeviceState takes it. */
  root?: string;
  /** How to wait between readings while cooling (tests change the fake sysfs instead). */
  sleep?: (ms: number) => Promise<void>;
  /** Milliseconds on a monotonic clock (tests: one the sleep moves on). */
  nowMs?: () => number;
}

/** A NoiseSession over the device's transport. */
export function noiseSession(transport: Pick<Transport, "device" | "run">, options: NoiseSessionOptions): NoiseSession {
  // A reading that fails (a device without sysfs, a shell that answers oddly) leaves the model
  // without conditions; the run itself fails on its own if the device is really gone.
  const read = async (): Promise<NoiseSnapshot | null> => {
    try {
      const state = await readDeviceState(transport, options.kind, { root: options.root, timeoutMs: 30_000 });
      return { thermal: state.thermal, cpus: state.cpus, battery: state.battery };
    } catch {
      return null;
    }
  };
  return {
    async beforeModel() {
      const first = await read();
      const settings = options.coolDown;
      const hottest = first ? hottestZone(first.thermal) : null;
      if (!settings) return { before: first, warnings: [] };
      // Asked to cool, with nothing to read: say so on the model rather than run silently.
      if (!hottest) return { before: first, warnings: first ? [coolDownOutcome(settings, 0, { kind: "no-sensors" }).warning!] : [] };
      if (hottest.tempC < settings.aboveC) {
        return { before: first, warnings: [], wait: { aboveC: settings.aboveC, fromC: hottest.tempC, toC: hottest.tempC, zone: `${hottest.zone} (${hottest.type})`, waitedS: 0, timedOut: false } };
      }
      const result = await coolDown(transport, { targetC: settings.aboveC, timeoutS: settings.timeoutS, pollS: settings.pollS, ...(options.root !== undefined ? { root: options.root } : {}), ...(options.sleep ? { sleep: options.sleep } : {}), ...(options.nowMs ? { nowMs: options.nowMs } : {}) });
      const outcome = coolDownOutcome(settings, hottest.tempC, result);
      return { before: (await read()) ?? first, warnings: outcome.warning ? [outcome.warning] : [], ...(outcome.record ? { wait: outcome.record } : {}) };
    },
    async afterModel(mark) {
      const after = mark.before ? await read() : null;
      if (!mark.before || !after) return { warnings: mark.warnings, ...(mark.wait ? { conditions: { coolDown: mark.wait } } : {}) };
      const conditions = modelConditions(mark.before, after, mark.wait);
      return { warnings: [...mark.warnings, ...noiseWarnings(mark.before, after, options.pinned, options.limits)], ...(conditions ? { conditions } : {}) };
    },
  };
}

function mhz(khz: number): number {
  return Math.round(khz / 1000);
}
