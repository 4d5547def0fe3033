// Noise control against a fake sysfs through the local transport: cooling down while the fake
// zone's temperature falls (the injected sleep lowers it, so nothing waits), throttling warnings,
// fixed-performance governors with restore, and taskset for real on this machine.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DeviceError, InputError } from "../../../src/errors.js";
import { LocalTransport } from "../../../src/devices/transport/local-transport.js";
import type { Transport } from "../../../src/devices/transport/transport.js";
import { cpuMask, type CpuState } from "../../../src/devices/device-state/cpu-mask.js";
import { coolDown, readThermalZones, setGovernor, tasksetPrefix } from "../../../src/devices/device-state/noise-control.js";
import { readDeviceState } from "../../../src/devices/device-state/read-device-state.js";
import { thermalDelta, throttleWarnings, type ThermalZone } from "../../../src/devices/device-state/thermal.js";
import { PHONE_CPUS, writeFakeDevice, zoneTempFile } from "./fake-sysfs.js";

let root: string;
const device = new LocalTransport("board");

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "dnntune-noise-"));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

const governorOf = (cpu: number) => readFileSync(join(root, `sys/devices/system/cpu/cpu${cpu}/cpufreq/scaling_governor`), "utf8").trim();

describe("coolDown", () => {
  it("waits while the hottest zone falls under the target, reading it each poll", async () => {
    writeFakeDevice(root, { cpus: PHONE_CPUS, zones: [{ type: "cpu-1-0-usr", temp: "52000" }, { type: "battery", temp: "33000" }] });
    // The device cools 4 °C per 5 s poll: 52 → 48 → 44 → 40 → 36 (under 38 after four waits).
    let clockMs = 0;
    const waits: number[] = [];
    const result = await coolDown(device, {
      targetC: 38, timeoutS: 120, pollS: 5, root,
      nowMs: () => clockMs,
      sleep: async (ms) => {
        waits.push(ms);
        clockMs += ms;
        const now = Number(readFileSync(zoneTempFile(root, 0), "utf8"));
        writeFileSync(zoneTempFile(root, 0), `${now - 4000}\n`);
      },
    });
    expect(result).toEqual({ kind: "cool", hottestC: 36, zone: "thermal_zone0 (cpu-1-0-usr)", waitedS: 20, readings: 5 });
    expect(waits).toEqual([5000, 5000, 5000, 5000]);
  });

  it("returns at once when the device is already cool, and says so when it has no sensors", async () => {
    writeFakeDevice(root, { cpus: PHONE_CPUS, zones: [{ type: "soc", temp: "30000" }] });
    const sleep = async () => {
      throw new Error("should not wait");
    };
    expect(await coolDown(device, { targetC: 40, timeoutS: 60, pollS: 1, root, sleep })).toMatchObject({ kind: "cool", hottestC: 30, readings: 1 });
    const bare = join(root, "bare");
    mkdirSync(bare);
    expect(await coolDown(device, { targetC: 40, timeoutS: 60, pollS: 1, root: bare, sleep })).toEqual({ kind: "no-sensors" });
  });

  it("gives up after the timeout with the last reading, never waiting past it", async () => {
    writeFakeDevice(root, { cpus: PHONE_CPUS, zones: [{ type: "soc", temp: "70000" }] });
    let clockMs = 0;
    const waits: number[] = [];
    const result = await coolDown(device, { targetC: 40, timeoutS: 12, pollS: 5, root, nowMs: () => clockMs, sleep: async (ms) => void (waits.push(ms), (clockMs += ms)) });
    expect(result).toEqual({ kind: "timed-out", hottestC: 70, zone: "thermal_zone0 (soc)", waitedS: 12, readings: 4 });
    expect(waits).toEqual([5000, 5000, 2000]);
  });
});

describe("throttling", () => {
  const zones = (...temps: number[]): ThermalZone[] => temps.map((tempC, i) => ({ zone: `thermal_zone${i}`, type: i === 0 ? "cpu" : "battery", tempC }));
  const cpus = (...scalingMaxKhz: number[]): CpuState[] => scalingMaxKhz.map((khz, cpu) => ({ cpu, maxKhz: 3_000_000, scalingMaxKhz: khz, governor: "schedutil" }));

  it("reports each zone's change, matching zones by name", () => {
    expect(thermalDelta(zones(40, 30), [...zones(52.5), { zone: "thermal_zone9", type: "new", tempC: 1 }])).toEqual([
      { zone: "thermal_zone0", type: "cpu", beforeC: 40, afterC: 52.5, deltaC: 12.5 },
    ]);
  });

  it("warns for a zone past the limit, a rise past the allowed one, and a dropped max frequency", () => {
    const warnings = throttleWarnings(
      { thermal: zones(60, 30), cpus: cpus(3_000_000, 3_000_000) },
      { thermal: zones(85, 41), cpus: cpus(3_000_000, 2_400_000) },
      { maxTempC: 80, maxRiseC: 10 },
    );
    expect(warnings.map((w) => w.code)).toEqual(["thermal-limit", "thermal-rise", "cpu-throttled"]);
    expect(warnings[0]!.message).toBe("thermal_zone0 (cpu) reached 85 °C, past the 80 °C limit (60 °C before the run); results may be throttled");
    expect(warnings[2]!.message).toMatch(/cpu1 3000 → 2400 MHz/);
  });

  it("stays quiet for a calm run, and for a zone that was already hot and cooled", () => {
    expect(throttleWarnings({ thermal: zones(40), cpus: cpus(3_000_000) }, { thermal: zones(44), cpus: cpus(3_000_000) }, { maxRiseC: 10 })).toEqual([]);
    expect(throttleWarnings({ thermal: zones(90), cpus: [] }, { thermal: zones(86), cpus: [] })).toEqual([]);
  });

  it("sees a throttled run through the transport: readDeviceState before and after", async () => {
    writeFakeDevice(root, { cpus: PHONE_CPUS, zones: [{ type: "cpu", temp: "45000" }] });
    const before = await readDeviceState(device, "ssh", { root });
    writeFileSync(zoneTempFile(root, 0), "88000\n");
    writeFileSync(join(root, "sys/devices/system/cpu/cpu7/cpufreq/scaling_max_freq"), "2400000\n");
    const after = await readDeviceState(device, "ssh", { root });
    expect(throttleWarnings(before, after).map((w) => w.code)).toEqual(["thermal-limit", "cpu-throttled"]);
    expect((await readThermalZones(device, { root }))[0]?.tempC).toBe(88);
  });
});

describe("setGovernor", () => {
  it("sets every CPU to performance and restores each one's own governor", async () => {
    writeFakeDevice(root, { cpus: PHONE_CPUS.map((c, i) => ({ ...c, governor: i < 4 ? "powersave" : "schedutil" })) });
    const hold = await setGovernor(device, "performance", { root });
    expect([0, 3, 4, 7].map(governorOf)).toEqual(["performance", "performance", "performance", "performance"]);
    expect(hold.previous.get("cpu0")).toBe("powersave");
    await hold.restore();
    expect([0, 3, 4, 7].map(governorOf)).toEqual(["powersave", "powersave", "schedutil", "schedutil"]);
  });

  it("refuses a governor the kernel does not offer, and a name that is not one", async () => {
    writeFakeDevice(root, { cpus: PHONE_CPUS });
    const error = await setGovernor(device, "userspace", { root }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeviceError);
    expect((error as Error).message).toBe("device board: set governor userspace: cpu0 offers schedutil, performance, powersave, not userspace (pick one of the governors the kernel offers)");
    await expect(setGovernor(device, "perf; reboot", { root })).rejects.toBeInstanceOf(InputError);
    expect(governorOf(0)).toBe("schedutil");
  });

  it("says it needs root when the write is refused, and leaves the CPUs as they were", async () => {
    writeFakeDevice(root, { cpus: PHONE_CPUS });
    // This suite may run as root, whom no file mode refuses; so the writes are refused as a
    // phone's mksh refuses adb's shell user (its own message), and the reads go through.
    const phoneShell: Pick<Transport, "device" | "run"> = {
      device: "pixel",
      run: async (argv, opts) => (argv[2]?.includes("> \"$r/sys/")
        ? { stdout: "", stderr: "/system/bin/sh: can't create /sys/devices/system/cpu/cpu0/cpufreq/scaling_governor: Permission denied\n", code: 1 }
        : device.run(argv, opts)),
    };
    const error = await setGovernor(phoneShell, "performance", { root }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeviceError);
    expect((error as DeviceError).hint).toMatch(/needs root: on a phone `adb root`/);
    expect((error as DeviceError).message).toMatch(/^device pixel: set governor performance: could not write scaling_governor \(exit 1\); stderr: .*Permission denied/);
    expect([0, 4, 7].map(governorOf)).toEqual(["schedutil", "schedutil", "schedutil"]);
  });

  it("refuses a governor that did not stick and puts the others back", async () => {
    writeFakeDevice(root, { cpus: PHONE_CPUS });
    // A vendor daemon that holds cpu7 at schedutil: the write succeeds, the read-back disagrees.
    let writes = 0;
    const daemon: Pick<Transport, "device" | "run"> = {
      device: "pixel",
      run: async (argv, opts) => {
        const result = await device.run(argv, opts);
        if (argv[2]?.includes("> \"$r/sys/") && writes++ === 0) writeFileSync(join(root, "sys/devices/system/cpu/cpu7/cpufreq/scaling_governor"), "schedutil\n");
        return result;
      },
    };
    await expect(setGovernor(daemon, "performance", { root })).rejects.toThrow(/the governor did not stick: cpu7 is schedutil/);
    expect([0, 4, 7].map(governorOf)).toEqual(["schedutil", "schedutil", "schedutil"]);
  });

  it("says so when the device has no cpufreq", async () => {
    await expect(setGovernor(device, "performance", { root })).rejects.toThrow(/the device has no cpufreq governors \(leave fixed-performance mode off/);
  });
});

describe("tasksetPrefix", () => {
  it("runs a command on the given cores with this machine's taskset", async () => {
    const argv = [...tasksetPrefix(cpuMask([0])), "sh", "-c", "echo pinned"];
    expect(argv.slice(0, 2)).toEqual(["taskset", "1"]);
    const result = await device.run(argv);
    expect(result).toMatchObject({ code: 0, stdout: "pinned\n" });
  });

  it("refuses a mask that names no CPU or is not hex", () => {
    expect(() => tasksetPrefix("0")).toThrow(RangeError);
    expect(() => tasksetPrefix("0x10")).toThrow(/expected a non-zero hex CPU mask/);
    expect(() => tasksetPrefix("")).toThrow(RangeError);
  });
});
