// Noise control around each model: the pure decisions (which cool-down applies, what a wait
// records, which readings are warnings) on their own, then the session against a fake sysfs
// through the local transport, its sleep changing the fake zones instead of waiting.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LocalTransport } from "../../../src/devices/transport/local-transport.js";
import type { CpuState } from "../../../src/devices/device-state/cpu-mask.js";
import {
  cappedCpuWarnings, coolDownOutcome, coolDownSettings, modelConditions, noiseSession, noiseWarnings, type NoiseSnapshot,
} from "../../../src/devices/device-state/noise-session.js";
import { writeFakeDevice, zoneTempFile, type FakeCpu } from "./fake-sysfs.js";

const cpus = (...scaling: number[]): CpuState[] => scaling.map((khz, cpu) => ({ cpu, maxKhz: 3_000_000, scalingMaxKhz: khz, governor: "schedutil" }));
const snapshot = (temps: number[], cpuList: CpuState[], battery: NoiseSnapshot["battery"] = null): NoiseSnapshot => ({
  thermal: temps.map((tempC, i) => ({ zone: `thermal_zone${i}`, type: i === 0 ? "cpu" : "battery", tempC })),
  cpus: cpuList,
  battery,
});

describe("coolDownSettings", () => {
  it("takes the device's own, else the bench section's, with the defaults filled in; false turns it off", () => {
    expect(coolDownSettings(undefined, undefined)).toBeUndefined();
    expect(coolDownSettings(undefined, { "above-c": 60 })).toEqual({ aboveC: 60, timeoutS: 120, pollS: 5 });
    expect(coolDownSettings({ "above-c": 45, "timeout-s": 300, "poll-s": 2 }, { "above-c": 60 })).toEqual({ aboveC: 45, timeoutS: 300, pollS: 2 });
    expect(coolDownSettings(false, { "above-c": 60 })).toBeUndefined();
  });
});

describe("coolDownOutcome", () => {
  const settings = { aboveC: 60, timeoutS: 120, pollS: 5 };
  it("records a wait that ended cool, without a warning", () => {
    expect(coolDownOutcome(settings, 72, { kind: "cool", hottestC: 55, zone: "thermal_zone0 (cpu)", waitedS: 41.27, readings: 9 })).toEqual({
      record: { aboveC: 60, fromC: 72, toC: 55, zone: "thermal_zone0 (cpu)", waitedS: 41.3, timedOut: false },
    });
  });

  it("records a wait that ran out, and warns cool-down-timeout with the temperatures", () => {
    const outcome = coolDownOutcome(settings, 75, { kind: "timed-out", hottestC: 68, zone: "thermal_zone0 (cpu)", waitedS: 120, readings: 25 });
    expect(outcome.record).toMatchObject({ fromC: 75, toC: 68, waitedS: 120, timedOut: true });
    expect(outcome.warning).toEqual({ code: "cool-down-timeout", message: expect.stringMatching(/did not cool below 60 °C in 120 s \(thermal_zone0 \(cpu\) went from 75 to 68 °C\)/) });
  });

  it("records nothing for a device without sensors", () => {
    expect(coolDownOutcome(settings, 0, { kind: "no-sensors" })).toEqual({ warning: { code: "cool-down-no-sensors", message: expect.stringMatching(/^cool-down above \d+ °C was asked for, but the device has no thermal zones to read: the model ran without waiting/) } });
  });
});

describe("noiseWarnings", () => {
  it("warns of a zone past the limit and of a dropped allowed maximum, and not of a cap on top of the drop", () => {
    const warnings = noiseWarnings(snapshot([50, 30], cpus(3_000_000, 3_000_000)), snapshot([84, 31], cpus(3_000_000, 2_000_000)), [1]);
    expect(warnings.map((w) => w.code)).toEqual(["thermal-limit", "cpu-throttled"]);
    expect(warnings[1]!.message).toMatch(/cpu1 3000 → 2000 MHz/);
  });

  it("warns cpu-capped when the pinned cores sat below their ceiling the whole run; unpinned cores do not count", () => {
    const capped = cpus(3_000_000, 2_400_000);
    expect(noiseWarnings(snapshot([50], capped), snapshot([52], capped), [1])).toEqual([
      { code: "cpu-capped", message: expect.stringMatching(/cpu1 2400 of 3000 MHz/) },
    ]);
    expect(noiseWarnings(snapshot([50], capped), snapshot([52], capped), [0])).toEqual([]);
    expect(cappedCpuWarnings(capped, [])).toEqual([]);
  });

  it("passes the limits on: a rise past max-rise warns, a calm run does not", () => {
    expect(noiseWarnings(snapshot([40], cpus(3_000_000)), snapshot([49], cpus(3_000_000)), [0], { maxRiseC: 5 }).map((w) => w.code)).toEqual(["thermal-rise"]);
    expect(noiseWarnings(snapshot([40], cpus(3_000_000)), snapshot([41], cpus(3_000_000)), [0])).toEqual([]);
  });
});

describe("modelConditions", () => {
  it("keeps the wait, the hottest zone before and after, and the battery before", () => {
    const battery = { levelPct: 87, status: "discharging" as const, plugged: [], tempC: 30.1 };
    const wait = { aboveC: 60, fromC: 72, toC: 55, zone: "thermal_zone0 (cpu)", waitedS: 12, timedOut: false };
    expect(modelConditions(snapshot([55, 30], [], battery), snapshot([63, 31], []), wait)).toEqual({ coolDown: wait, tempC: [55, 63], battery: { levelPct: 87, status: "discharging", plugged: [] } });
  });

  it("is absent when the device says nothing", () => {
    expect(modelConditions(snapshot([], []), snapshot([], []))).toBeUndefined();
  });
});

describe("noiseSession over a fake sysfs", () => {
  let root: string;
  const device = new LocalTransport("board");
  const BOARD: FakeCpu[] = [{ maxKhz: 1_800_000, governor: "schedutil" }, { maxKhz: 3_000_000, governor: "schedutil" }];
  const scalingMaxFile = (cpu: number) => join(root, `sys/devices/system/cpu/cpu${cpu}/cpufreq/scaling_max_freq`);
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "dnntune-noise-session-"));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("waits for a hot device to cool before a model, then warns of the throttling during it", async () => {
    writeFakeDevice(root, { cpus: BOARD, zones: [{ type: "soc-thermal", temp: "71000" }], supplies: [{ name: "battery", type: "Battery", capacity: "64", status: "Charging" }, { name: "usb", type: "USB", online: "1" }] });
    let clockMs = 0;
    // Each poll the board cools by 6 °C: 71 → 65 → 59.
    const sleep = async (ms: number) => {
      clockMs += ms;
      writeFileSync(zoneTempFile(root, 0), `${Number(readFileSync(zoneTempFile(root, 0), "utf8")) - 6000}\n`);
    };
    const session = noiseSession(device, { kind: "ssh", pinned: [1], coolDown: { aboveC: 60, timeoutS: 120, pollS: 5 }, root, sleep, nowMs: () => clockMs });
    const mark = await session.beforeModel();
    expect(mark.wait).toEqual({ aboveC: 60, fromC: 71, toC: 59, zone: "thermal_zone0 (soc-thermal)", waitedS: 10, timedOut: false });
    // The model heats the board past 80 °C and the kernel lowers cpu1's allowed maximum.
    writeFileSync(zoneTempFile(root, 0), "86000\n");
    writeFileSync(scalingMaxFile(1), "2200000\n");
    const report = await session.afterModel(mark);
    expect(report.warnings.map((w) => w.code)).toEqual(["thermal-limit", "cpu-throttled"]);
    expect(report.conditions).toEqual({ coolDown: mark.wait, tempC: [59, 86], battery: { levelPct: 64, status: "charging", plugged: ["usb"] } });
  });

  it("a device that stays hot: the wait times out, recorded and warned", async () => {
    writeFakeDevice(root, { cpus: BOARD, zones: [{ type: "soc-thermal", temp: "75000" }] });
    let clockMs = 0;
    const session = noiseSession(device, { kind: "ssh", pinned: [1], coolDown: { aboveC: 60, timeoutS: 10, pollS: 5 }, root, sleep: async (ms) => void (clockMs += ms), nowMs: () => clockMs });
    const mark = await session.beforeModel();
    const report = await session.afterModel(mark);
    expect(report.conditions?.coolDown).toMatchObject({ fromC: 75, toC: 75, waitedS: 10, timedOut: true });
    expect(report.warnings.map((w) => w.code)).toEqual(["cool-down-timeout"]);
  });

  it("a cool device is recorded as checked, with no wait; without a cool-down only the readings are kept", async () => {
    writeFakeDevice(root, { cpus: BOARD, zones: [{ type: "soc-thermal", temp: "41000" }] });
    const sleep = async () => {
      throw new Error("should not wait");
    };
    const checked = noiseSession(device, { kind: "ssh", pinned: [1], coolDown: { aboveC: 60, timeoutS: 10, pollS: 5 }, root, sleep });
    expect((await checked.afterModel(await checked.beforeModel())).conditions).toEqual({ coolDown: { aboveC: 60, fromC: 41, toC: 41, zone: "thermal_zone0 (soc-thermal)", waitedS: 0, timedOut: false }, tempC: [41, 41] });
    const plain = noiseSession(device, { kind: "ssh", pinned: [1], root, sleep });
    expect(await plain.afterModel(await plain.beforeModel())).toEqual({ warnings: [], conditions: { tempC: [41, 41] } });
  });

  it("a device it cannot read (no sysfs, a failing shell) leaves the model without conditions instead of failing it", async () => {
    const session = noiseSession({ device: "gone", run: () => Promise.reject(new Error("the device went away")) }, { kind: "adb", pinned: [], coolDown: { aboveC: 60, timeoutS: 10, pollS: 5 } });
    expect(await session.afterModel(await session.beforeModel())).toEqual({ warnings: [] });
  });
});
