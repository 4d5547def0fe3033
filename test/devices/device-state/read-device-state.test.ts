// readDeviceState through real transports: the local one against a fake sysfs root and against
// this machine itself, and the adb one through the fake adb (test/helpers/fake-adb) whose phone
// answers getprop and dumpsys from its control file and keeps its sysfs in the phone's temp folder.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { openTransport } from "../../../src/devices/transport/open-transport.js";
import { LocalTransport } from "../../../src/devices/transport/local-transport.js";
import type { Transport } from "../../../src/devices/transport/transport.js";
import { parseGetprop } from "../../../src/devices/device-state/getprop.js";
import { readDeviceState } from "../../../src/devices/device-state/read-device-state.js";
import { DeviceError } from "../../../src/errors.js";
import { HOST_ALIAS, hasSshd, SSHD, startSshd, type Sshd } from "../../helpers/sshd.js";
import { PHONE_CPUS, writeFakeDevice } from "./fake-sysfs.js";

const FIXTURES = join(import.meta.dirname, "../../../fixtures/device-state");
const FAKE_ADB_DIR = join(import.meta.dirname, "../../helpers/fake-adb");
const SERIAL = "R58M123ABC";

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "dnntune-device-state-"));
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(work, { recursive: true, force: true });
});

describe("readDeviceState over the local transport", () => {
  it("reads a Linux board's fake sysfs: model, distro, big cores, governor, zones, battery", async () => {
    const root = join(work, "board");
    writeFakeDevice(root, {
      cpus: [
        ...Array.from({ length: 4 }, () => ({ maxKhz: 1_416_000, governor: "ondemand" })),
        ...Array.from({ length: 2 }, () => ({ maxKhz: 1_800_000, scalingMaxKhz: 1_608_000, governor: "ondemand" })),
      ],
      zones: [{ type: "soc-thermal", temp: "47200" }, { type: "gpu-thermal", temp: "45" }, { type: "broken", temp: "" }],
      supplies: [{ name: "battery", type: "Battery", capacity: "91", status: "Discharging", temp: "250" }, { name: "ac", type: "Mains", online: "0" }],
      cpuinfo: readFileSync(join(FIXTURES, "cpuinfo-arm64-8gen1.txt"), "utf8"),
      osRelease: 'NAME="Ubuntu"\nPRETTY_NAME="Ubuntu 22.04.4 LTS"\n',
      board: "Radxa ROCK 5B",
    });
    const state = await readDeviceState(new LocalTransport("rock5b"), "ssh", { root });
    expect(state.fingerprint).toMatchObject({
      model: "Radxa ROCK 5B",
      distro: "Ubuntu 22.04.4 LTS",
      cpu: "4× Cortex-A510 + 3× Cortex-A710 + 1× Cortex-X2",
      cores: 6,
      governor: "ondemand",
      bigCores: "30",
    });
    expect(state.cpus[4]).toEqual({ cpu: 4, maxKhz: 1_800_000, scalingMaxKhz: 1_608_000, governor: "ondemand" });
    expect(state.thermal).toEqual([
      { zone: "thermal_zone0", type: "soc-thermal", tempC: 47.2 },
      { zone: "thermal_zone1", type: "gpu-thermal", tempC: 45 },
    ]);
    expect(state.battery).toEqual({ levelPct: 91, status: "discharging", plugged: [], tempC: 25 });
  });

  it("reads this machine as it is (no cpufreq or thermal zones in this VM)", async () => {
    const state = await readDeviceState(new LocalTransport("runner"), "local");
    expect(state.fingerprint.cores).toBeGreaterThan(0);
    expect(typeof state.fingerprint.cpu).toBe("string");
    expect(state.fingerprint.os).toMatch(/^Linux /);
  });

  it("takes a root with spaces, quotes and $(…) as a path, never as code", async () => {
    const root = join(work, `it's "odd" $(touch pwned)`);
    writeFakeDevice(root, { cpus: [{ maxKhz: 1_000_000, governor: "performance" }], zones: [{ type: "cpu", temp: "40000" }] });
    const state = await readDeviceState(new LocalTransport("odd"), "ssh", { root });
    expect(state.fingerprint.governor).toBe("performance");
    expect(state.thermal[0]?.tempC).toBe(40);
    expect(() => readFileSync(join(process.cwd(), "pwned"))).toThrow();
  });

  it("fails the device when the script cannot run", async () => {
    const broken: Pick<Transport, "device" | "run"> = { device: "broken", run: async () => ({ stdout: "", stderr: "sh: not found\n", code: 127 }) };
    const error = await readDeviceState(broken, "ssh").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeviceError);
    expect((error as DeviceError).message).toMatch(/device broken: read device state: the state script stopped early \(exit 127\); stderr: sh: not found/);
  });
});

describe.skipIf(!hasSshd)(`readDeviceState over ssh to a real sshd on loopback (needs ${SSHD})`, () => {
  let sshd: Sshd;
  beforeAll(async () => {
    sshd = await startSshd();
  });
  afterAll(async () => {
    await sshd.stop();
  });

  it("reads the board's fake sysfs through the login shell, the odd root arriving as a path", async () => {
    const root = join(work, `board's "root" $(touch pwned)`);
    writeFakeDevice(root, { cpus: PHONE_CPUS, zones: [{ type: "cpu", temp: "51000" }], board: "Jetson Orin Nano" });
    const transport = await openTransport("board", { transport: "ssh", host: HOST_ALIAS, "ssh-config": sshd.config }, { configDir: work, retryDelaysMs: [0] });
    const state = await readDeviceState(transport, "ssh", { root });
    expect(state.fingerprint).toMatchObject({ model: "Jetson Orin Nano", cores: 8, governor: "schedutil", bigCores: "80" });
    expect(state.thermal).toEqual([{ zone: "thermal_zone0", type: "cpu", tempC: 51 }]);
    await transport.close();
  });
});

describe("readDeviceState over adb (fake adb on PATH)", () => {
  let phoneRoot: string;
  let controlFile: string;

  function setPhone(extra: Record<string, unknown>): void {
    writeFileSync(controlFile, JSON.stringify({
      phoneRoot,
      devices: [{ serial: SERIAL, state: "device", details: "usb:1-1 product:panther model:Pixel_7 device:panther transport_id:1" }],
      ...extra,
    }));
  }

  beforeEach(() => {
    phoneRoot = join(work, "phone");
    mkdirSync(phoneRoot);
    controlFile = join(work, "control.json");
    vi.stubEnv("PATH", `${FAKE_ADB_DIR}:${process.env.PATH ?? ""}`);
    vi.stubEnv("FAKE_ADB_CONTROL", controlFile);
  });

  it("reads getprop, dumpsys battery and the phone's sysfs in one command", async () => {
    const props = Object.fromEntries(parseGetprop(readFileSync(join(FIXTURES, "getprop-pixel7.txt"), "utf8")));
    setPhone({ props, dumpsys: { battery: readFileSync(join(FIXTURES, "dumpsys-battery-android14.txt"), "utf8") } });
    writeFakeDevice(join(phoneRoot, "sysfs"), {
      cpus: PHONE_CPUS,
      zones: [{ type: "cpu-0-0-usr", temp: "38100" }, { type: "cpu-1-0-usr", temp: "41300" }, { type: "battery", temp: "31200" }],
      supplies: [{ name: "battery", type: "Battery", capacity: "80", status: "Charging", temp: "310" }],
    });
    const transport = await openTransport("pixel", { transport: "adb", serial: SERIAL }, { configDir: work, retryDelaysMs: [0, 0] });
    const before = (JSON.parse(readFileSync(controlFile, "utf8")).commands ?? 0) as number;
    const state = await readDeviceState(transport, "adb", { root: "/data/local/tmp/sysfs" });
    expect(JSON.parse(readFileSync(controlFile, "utf8")).commands - before).toBe(1);
    expect(state.fingerprint).toEqual({
      model: "Google Pixel 7",
      os: "Android 14 (API 34)",
      soc: "Google GS201",
      buildFingerprint: "google/panther/panther:14/UQ1A.240205.002/11224170:user/release-keys",
      cpu: expect.any(String),
      cores: 8,
      governor: "schedutil",
      bigCores: "80",
    });
    // dumpsys wins over the power-supply class on Android.
    expect(state.battery).toEqual({ levelPct: 83, status: "charging", plugged: ["usb"], tempC: 31.2 });
    expect(state.thermal.map((z) => z.tempC)).toEqual([38.1, 41.3, 31.2]);
    await transport.close();
  });

  it("falls back to the power-supply class on a phone without dumpsys battery", async () => {
    setPhone({ props: { "ro.product.model": "Generic", "ro.build.version.release": "13" } });
    writeFakeDevice(join(phoneRoot, "sysfs"), { cpus: PHONE_CPUS, supplies: [{ name: "battery", type: "Battery", capacity: "55", status: "Full" }, { name: "usb", type: "USB", online: "1" }] });
    const transport = await openTransport("phone", { transport: "adb", serial: SERIAL }, { configDir: work, retryDelaysMs: [0, 0] });
    const state = await readDeviceState(transport, "adb", { root: "/data/local/tmp/sysfs" });
    expect(state.fingerprint.model).toBe("Generic");
    expect(state.fingerprint.os).toBe("Android 13");
    expect(state.battery).toEqual({ levelPct: 55, status: "full", plugged: ["usb"], tempC: null });
    await transport.close();
  });

  it("fails the device, not with a parse error, when the phone drops mid-read", async () => {
    setPhone({ props: {} });
    const transport = await openTransport("pixel", { transport: "adb", serial: SERIAL }, { configDir: work, retryDelaysMs: [0, 0] });
    const control = JSON.parse(readFileSync(controlFile, "utf8"));
    writeFileSync(controlFile, JSON.stringify({ ...control, disappearAfter: control.commands ?? 0 }));
    const error = await readDeviceState(transport, "adb", { root: "/data/local/tmp/sysfs" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeviceError);
    expect((error as DeviceError).step).toBe("read device state");
  });
});
