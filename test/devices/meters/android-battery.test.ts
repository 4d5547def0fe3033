// The android-battery meter: units and sign detected from recorded traces in the four
// conventions vendors use, a charging phone refused, and a phone on battery measured over the
// fake adb (test/helpers/fake-adb: the CLI and a folder standing in for the phone).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DeviceError, FormatError } from "../../../src/errors.js";
import { batteryPowerSamples, detectBatteryUnits, parseBatteryLine, parseBatteryTrace, parseDumpsysBattery, refuseCharging } from "../../../src/devices/meters/android-battery.js";
import { trapezoidJ } from "../../../src/devices/meters/integrate.js";
import { openMeter } from "../../../src/devices/meters/open-meter.js";
import type { Meter } from "../../../src/devices/meters/meter.js";
import { openTransport } from "../../../src/devices/transport/open-transport.js";

const FIXTURES = new URL("../../../fixtures/meters/android-battery/", import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), "utf8");

describe("battery units and sign", () => {
  // The same discharge in every convention: 4.3218 J (fixtures/meters/android-battery/README.md).
  it.each([
    ["uA-uV-negative.txt", 1e-6, 1e-6, -1],
    ["uA-uV-positive.txt", 1e-6, 1e-6, 1],
    ["mA-mV-positive.txt", 1e-3, 1e-3, 1],
    ["mA-uV-negative.txt", 1e-3, 1e-6, -1],
  ])("%s: detects the units and the sign and integrates the same energy", (file, ampsPer, voltsPer, dischargeSign) => {
    const readings = parseBatteryTrace(fixture(file), file);
    const units = detectBatteryUnits(readings, file);
    expect(units).toEqual({ ampsPer, voltsPer, dischargeSign });
    const samples = batteryPowerSamples(readings, units);
    expect(samples.every((s) => s.powerW > 0)).toBe(true);
    expect(trapezoidJ(samples)).toBeCloseTo(4.3218, 9);
  });

  it("counts a reading of the other sign as charging the battery (negative power)", () => {
    const readings = [{ timeS: 0, current: -400000, voltage: 3850000 }, { timeS: 1, current: -400000, voltage: 3850000 }, { timeS: 2, current: 100000, voltage: 3850000 }];
    const samples = batteryPowerSamples(readings, detectBatteryUnits(readings, "t"));
    expect(samples.map((s) => s.powerW)).toEqual([1.54, 1.54, -0.385].map((w) => expect.closeTo(w, 9)));
  });

  it("refuses a voltage no battery has and a gauge that reads no current", () => {
    expect(() => detectBatteryUnits([{ timeS: 0, current: 400, voltage: 12000 }], "t")).toThrow(/t: voltage_now: expected a battery voltage of 2\.5–5 V/);
    expect(() => detectBatteryUnits([{ timeS: 0, current: 0, voltage: 3850 }], "t")).toThrow(/current_now: reads 0/);
  });

  it("refuses a line that is not two whole numbers, naming the line", () => {
    expect(parseBatteryLine("-400000 3850000", "s", 1, 2.5)).toEqual({ timeS: 2.5, current: -400000, voltage: 3850000 });
    expect(() => parseBatteryLine("-400000", "s", 7, 0)).toThrow(/s: line 7: expected "current_now voltage_now"/);
    expect(() => parseBatteryLine("cat: current_now: No such file 3850000", "s", 8, 0)).toThrow(FormatError);
  });
});

describe("charging", () => {
  it("reads dumpsys battery: USB powered and Charging is refused with what to do", () => {
    const state = parseDumpsysBattery(fixture("dumpsys-battery-usb.txt"), "dumpsys battery");
    expect(state).toEqual({ powered: ["USB"], status: "Charging" });
    expect(() => refuseCharging("pixel", state)).toThrow(DeviceError);
    expect(() => refuseCharging("pixel", state)).toThrow(/on a charger \(USB powered\).*unplug the charger and reach the phone over adb on Wi-Fi \(`adb tcpip 5555`/);
  });

  it("lets a phone on battery through", () => {
    const state = parseDumpsysBattery(fixture("dumpsys-battery-unplugged.txt"), "dumpsys battery");
    expect(state).toEqual({ powered: [], status: "Discharging" });
    expect(() => refuseCharging("pixel", state)).not.toThrow();
  });

  it("refuses text that is not the battery dump", () => {
    expect(() => parseDumpsysBattery("Can't find service: battery\n", "dumpsys battery")).toThrow(/dumpsys battery: expected "Current Battery Service state:"/);
  });
});

describe("android-battery meter over adb", () => {
  const FAKE_ADB_DIR = join(dirname(fileURLToPath(import.meta.url)), "../../helpers/fake-adb");
  const SERIAL = "R58M123ABC";
  let work: string;
  let phoneRoot: string;
  let meter: Meter | undefined;

  // `dumpsys battery` on the phone answers the fixture's text (the fake adb's control file), or the
  // phone has no dumpsys at all when none is given.
  function phoneWith(current: number, voltage: number, status: string, dumpsys: string | undefined): void {
    const battery = join(phoneRoot, "battery");
    mkdirSync(battery, { recursive: true });
    writeFileSync(join(battery, "current_now"), `${current}\n`);
    writeFileSync(join(battery, "voltage_now"), `${voltage}\n`);
    writeFileSync(join(battery, "status"), `${status}\n`);
    const control = JSON.parse(readFileSync(join(work, "control.json"), "utf8")) as Record<string, unknown>;
    control.dumpsys = dumpsys === undefined ? false : { battery: readFileSync(fileURLToPath(new URL(dumpsys, FIXTURES)), "utf8") };
    writeFileSync(join(work, "control.json"), JSON.stringify(control));
  }

  async function open(): Promise<Meter> {
    const transport = await openTransport("pixel", { transport: "adb", serial: SERIAL }, { configDir: work, retryDelaysMs: [0, 0] });
    meter = openMeter("android-battery", transport, { batteryRoot: "/data/local/tmp/battery" });
    return meter!;
  }

  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), "dnntune-battery-test-"));
    phoneRoot = join(work, "phone");
    mkdirSync(phoneRoot);
    writeFileSync(join(work, "control.json"), JSON.stringify({ phoneRoot, devices: [{ serial: SERIAL, state: "device", details: "product:panther model:Pixel_7" }] }));
    vi.stubEnv("PATH", `${FAKE_ADB_DIR}:${process.env.PATH ?? ""}`);
    vi.stubEnv("FAKE_ADB_CONTROL", join(work, "control.json"));
  });

  afterEach(async () => {
    await meter?.close();
    meter = undefined;
    vi.unstubAllEnvs();
    rmSync(work, { recursive: true, force: true });
  });

  it("measures a phone on battery: 0.4 A × 3.85 V, in µA/µV negative while discharging", async () => {
    phoneWith(-400000, 3850000, "Discharging", "dumpsys-battery-unplugged.txt");
    const m = await open();
    await m.start();
    const reading = await m.stop();
    expect(reading.endS).toBeGreaterThan(reading.startS);
    expect(reading.joules / (reading.endS - reading.startS)).toBeCloseTo(1.54, 9);
    expect(m.periodS).toBe(1);
  });

  it("refuses a phone on USB power before it measures", async () => {
    phoneWith(-400000, 3850000, "Charging", "dumpsys-battery-usb.txt");
    const error = await (await open()).start().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeviceError);
    expect((error as DeviceError).message).toMatch(/^device pixel: meter android-battery: the phone is on a charger \(USB powered\)/);
  });

  it("falls back on the status file where dumpsys is missing", async () => {
    phoneWith(-400000, 3850000, "Charging", undefined);
    const error = await (await open()).start().catch((e: unknown) => e);
    expect((error as DeviceError).message).toMatch(/on a charger \(battery status Charging\)/);
  });
});
