// The pure parsers on recorded outputs (fixtures/device-state/README.md says where each came from).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FormatError } from "../../../src/errors.js";
import { androidIdentity, parseGetprop } from "../../../src/devices/device-state/getprop.js";
import { parseDumpsysBattery, powerSupplyBattery } from "../../../src/devices/device-state/battery.js";
import { cpuName } from "../../../src/devices/device-state/cpuinfo.js";
import { thermalTempC } from "../../../src/devices/device-state/thermal.js";
import { parseDeviceState } from "../../../src/devices/device-state/read-device-state.js";

const FIXTURES = join(import.meta.dirname, "../../../fixtures/device-state");
const fixture = (name: string) => readFileSync(join(FIXTURES, name), "utf8");

function formatError(fn: () => unknown): FormatError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(FormatError);
    return error as FormatError;
  }
  throw new Error("expected a FormatError");
}

describe("getprop", () => {
  it("reads every property, a multi-line value included", () => {
    const props = parseGetprop(fixture("getprop-pixel7.txt"));
    expect(props.get("ro.product.model")).toBe("Pixel 7");
    expect(props.get("vendor.test.multiline")).toBe("first line\nsecond line");
    expect(props.get("sys.usb.config")).toBe("adb");
    expect(props.size).toBe(18);
  });

  it("names the phone, its SoC and Android version from Android 12's ro.soc.* properties", () => {
    expect(androidIdentity(parseGetprop(fixture("getprop-pixel7.txt")))).toEqual({
      model: "Google Pixel 7",
      soc: "Google GS201",
      os: "Android 14 (API 34)",
      buildFingerprint: "google/panther/panther:14/UQ1A.240205.002/11224170:user/release-keys",
    });
  });

  it("falls back to ro.board.platform before Android 12", () => {
    const identity = androidIdentity(parseGetprop(fixture("getprop-android11-no-soc.txt")));
    expect(identity.soc).toBe("kona");
    expect(identity.model).toBe("OnePlus IN2013");
    expect(androidIdentity(new Map([["ro.hardware", "qcom"]]))).toEqual({ model: null, soc: "qcom", os: null, buildFingerprint: null });
  });

  it("does not repeat a maker the model already names", () => {
    expect(androidIdentity(new Map([["ro.product.manufacturer", "samsung"], ["ro.product.model", "SAMSUNG SM-S911B"]])).model).toBe("SAMSUNG SM-S911B");
  });

  it("refuses garbage and a truncated value with the line", () => {
    expect(formatError(() => parseGetprop("[a]: [1]\nnot a property\n", "pixel: getprop")).message).toBe('pixel: getprop: line 2: expected "[name]: [value]"; got "not a property"');
    expect(formatError(() => parseGetprop("[a]: [1]\n[b]: [cut sho")).message).toMatch(/line 2: the value of b never ends/);
  });
});

describe("dumpsys battery", () => {
  it("reads Android 14's dump (Dock powered, charging over USB)", () => {
    expect(parseDumpsysBattery(fixture("dumpsys-battery-android14.txt"))).toEqual({ levelPct: 83, status: "charging", plugged: ["usb"], tempC: 31.2 });
  });

  it("reads Android 9's dump (no Dock line, on battery)", () => {
    expect(parseDumpsysBattery(fixture("dumpsys-battery-android9.txt"))).toEqual({ levelPct: 57, status: "discharging", plugged: [], tempC: 28.4 });
  });

  it("reads a dump whose updates were stopped (after `dumpsys battery unplug`)", () => {
    expect(parseDumpsysBattery(fixture("dumpsys-battery-updates-stopped.txt"))).toEqual({ levelPct: 100, status: "full", plugged: ["ac"], tempC: 29.5 });
  });

  it("refuses other text, a cut-short dump and a non-number with the file and line", () => {
    expect(formatError(() => parseDumpsysBattery("Can't find service: battery\n")).message).toMatch(/^dumpsys battery: no "Current Battery Service state:" line/);
    const cut = fixture("dumpsys-battery-android9.txt").split("\n").slice(0, 6).join("\n");
    expect(formatError(() => parseDumpsysBattery(cut)).message).toMatch(/no "level:" line \(was the output cut short\?\)/);
    expect(formatError(() => parseDumpsysBattery("Current Battery Service state:\n  level: high\n  status: 2\n")).message).toBe('dumpsys battery: line 2: level: expected a whole number; got "high"');
  });

  it("never throws a bare TypeError on any prefix of a dump", () => {
    const text = fixture("dumpsys-battery-android14.txt");
    for (let n = 0; n <= text.length; n++) {
      try {
        parseDumpsysBattery(text.slice(0, n));
      } catch (error) {
        expect(error).toBeInstanceOf(FormatError);
      }
    }
  });
});

describe("power supply class", () => {
  it("reads capacity, status, temperature and the chargers online", () => {
    const battery = powerSupplyBattery([
      { name: "battery", type: "Battery", online: null, capacity: "64", status: "Not charging", temp: "305" },
      { name: "usb", type: "USB", online: "1", capacity: null, status: null, temp: null },
      { name: "ac", type: "Mains", online: "0", capacity: null, status: null, temp: null },
    ]);
    expect(battery).toEqual({ levelPct: 64, status: "not-charging", plugged: ["usb"], tempC: 30.5 });
    expect(powerSupplyBattery([{ name: "AC", type: "Mains", online: "1", capacity: null, status: null, temp: null }])).toBeNull();
  });
});

describe("cpuinfo", () => {
  it("names an x86 CPU by its model name (captured on this machine)", () => {
    const sections = fixture("linux-x86-vm.state.txt");
    expect(cpuName(sections)).toBe("AMD EPYC");
  });

  it("counts arm64 cores by part, in the order they appear", () => {
    expect(cpuName(fixture("cpuinfo-arm64-8gen1.txt"))).toBe("4× Cortex-A510 + 3× Cortex-A710 + 1× Cortex-X2");
    expect(cpuName("processor\t: 0\nCPU implementer\t: 0x51\nCPU part\t: 0x804\n")).toBe("1× implementer 0x51 part 0x804");
  });

  it("prefers the 32-bit ARM Hardware line to the architecture's model name", () => {
    expect(cpuName(fixture("cpuinfo-armv7-rpi3.txt"))).toBe("BCM2835");
    expect(cpuName("")).toBeNull();
  });
});

describe("thermal zone temperatures", () => {
  it("reads millidegrees, and whole degrees from kernels that write those", () => {
    expect(thermalTempC("45000\n")).toBe(45);
    expect(thermalTempC("38500")).toBe(38.5);
    expect(thermalTempC("45")).toBe(45);
    expect(thermalTempC("-5")).toBe(-5);
    expect(thermalTempC("-12000")).toBe(-12);
    expect(thermalTempC("500")).toBe(0.5);
    expect(thermalTempC("")).toBeNull();
    expect(thermalTempC("Invalid argument")).toBeNull();
  });
});

describe("the state script's output", () => {
  it("parses the capture from this machine: no cpufreq, no thermal zones, no battery", () => {
    const state = parseDeviceState(fixture("linux-x86-vm.state.txt"), "ssh");
    expect(state.fingerprint).toEqual({
      model: "vm",
      os: "Linux 6.18.44-fc-v1098 x86_64",
      distro: "Debian GNU/Linux 12 (bookworm)",
      cpu: "AMD EPYC",
      cores: 2,
    });
    expect(state.cpus.map((c) => c.cpu)).toEqual([0, 1]);
    expect(state.cpus.every((c) => c.maxKhz === null && c.governor === null)).toBe(true);
    expect(state.thermal).toEqual([]);
    expect(state.battery).toBeNull();
    expect(state.hasTaskset).toBe(true);
  });

  it("skips a login banner before the first section and survives truncation without a TypeError", () => {
    const text = `Welcome to the board\n${fixture("linux-x86-vm.state.txt")}`;
    expect(parseDeviceState(text, "ssh").fingerprint.cpu).toBe("AMD EPYC");
    for (let n = 0; n < text.length; n += 97) expect(() => parseDeviceState(text.slice(0, n), "ssh")).not.toThrow();
  });
});
