// Noise control through `dnntune bench` on a phone over the fake adb (test/helpers/fake-adb), with
// the real ort-python runner: the phone's sysfs is a fake one in its temp folder (io.deviceSysfs
// points bench at it), so the test decides when the phone is hot, cools, throttles and charges.
// The wait's sleep cools the fake phone instead of sleeping; the throttling is written while the
// first model is being timed (seen on bench's progress lines).
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Comparison } from "../../src/compare/types.js";
import type { Results } from "../../src/results/types.js";
import { runCli } from "../run-cli.js";
import { writeFakeDevice, zoneTempFile } from "./device-state/fake-sysfs.js";

const hasOrtPython = spawnSync("python3", ["-c", "import onnxruntime"]).status === 0;
const FAKE_ADB_DIR = join(dirname(fileURLToPath(import.meta.url)), "../helpers/fake-adb");
const MLP = new URL("../../fixtures/models/mlp.onnx", import.meta.url).pathname;
const SERIAL = "R58M123ABC";
// The phone's sysfs as bench names it (the fake adb maps /data/local/tmp to the phone folder).
const PHONE_SYSFS = "/data/local/tmp/sysfs";
const BATTERY = "Current Battery Service state:\n  AC powered: false\n  USB powered: false\n  Wireless powered: false\n  status: 3\n  level: 87\n  scale: 100\n  temperature: 301\n";

let work: string;
const file = (name: string) => join(work, name);
const sysfs = () => file("phone/sysfs");
const cpufreq = (cpu: number, name: string) => join(sysfs(), `sys/devices/system/cpu/cpu${cpu}/cpufreq/${name}`);

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "dnntune-phone-noise-"));
  mkdirSync(file("phone"));
  vi.stubEnv("PATH", `${FAKE_ADB_DIR}:${process.env.PATH ?? ""}`);
  vi.stubEnv("FAKE_ADB_CONTROL", file("control.json"));
  writeFileSync(file("control.json"), JSON.stringify({
    phoneRoot: file("phone"),
    devices: [{ serial: SERIAL, state: "device", details: "usb:1-1 product:panther model:Pixel_7 device:panther transport_id:1" }],
    props: { "ro.product.manufacturer": "Google", "ro.product.model": "Pixel 7", "ro.soc.manufacturer": "Google", "ro.soc.model": "GS201", "ro.build.version.release": "14", "ro.build.version.sdk": "34" },
    dumpsys: { battery: BATTERY },
  }));
  // Two cores, as many as this machine may have, so the pin (taskset on the faster) can run here.
  writeFakeDevice(sysfs(), {
    cpus: [
      { maxKhz: 1_800_000, governor: "schedutil", available: "schedutil performance powersave" },
      { maxKhz: 2_995_200, governor: "schedutil", available: "schedutil performance powersave" },
    ],
    zones: [{ type: "cpu-1-0-usr", temp: "72000" }, { type: "battery", temp: "30100" }],
  });
});

afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(work, { recursive: true, force: true });
});

const config = (extra: string) => `devices:\n  phone:\n    transport: adb\n    serial: ${SERIAL}\n    tool: ort-python\n    threads: 1\n${extra}`;
const bench = (models: string[], out: string, io: Parameters<typeof runCli>[1] = {}) =>
  runCli(["bench", ...models.flatMap((m) => ["--model", m]), "--device", "phone", "--config", file("dnntune.yml"), "--runs", "6", "--warmup", "1", "--profile-runs", "3", "--out", file(out)], { deviceSysfs: { root: PHONE_SYSFS }, ...io });

describe.skipIf(!hasOrtPython)("noise control in bench on a phone (fake adb, fake sysfs, real runner)", () => {
  it("cools down before each model, warns of the throttling during the first, records the battery; compare shows the warnings", async () => {
    copyFileSync(MLP, file("mlp2.onnx"));
    writeFileSync(file("dnntune.yml"), `${config("")}bench:\n  cool-down: { above-c: 60, timeout-s: 60, poll-s: 0.1 }\n`);
    const heat = () => {
      writeFileSync(zoneTempFile(sysfs(), 0), "86000\n");
      writeFileSync(cpufreq(1, "scaling_max_freq"), "2016000\n");
    };
    // Cooling: the hot zone falls to 45 °C and the kernel lifts the cap, after a real (short) wait.
    let waits = 0;
    const sleep = async (ms: number) => {
      waits++;
      await new Promise((resolve) => setTimeout(resolve, ms));
      writeFileSync(zoneTempFile(sysfs(), 0), "45000\n");
      writeFileSync(cpufreq(1, "scaling_max_freq"), "2995200\n");
    };
    let heated = false;
    const run = await bench([MLP, file("mlp2.onnx")], "phone.json", {
      deviceSysfs: { root: PHONE_SYSFS, sleep },
      // The first model is being timed: the phone heats past 80 °C and throttles its big core.
      stderr: (text) => {
        if (!heated && text.startsWith(`${MLP}: timing 1/`)) {
          heated = true;
          heat();
        }
      },
    });
    expect(run.status, run.stderr).toBe(0);
    expect(heated).toBe(true);
    expect(waits).toBe(2);
    // The summary says it too, beside the warnings.
    expect(run.stdout).toMatch(/^ {2}device {2}cooled for [\d.]+ s \(72 → 45 °C, threshold 60 °C\) · hottest zone 45 → 86 °C over the runs · battery 87 % discharging$/m);
    expect(run.stdout).toMatch(/^ {2}warning \(cpu-throttled\): /m);
    const results = JSON.parse(readFileSync(file("phone.json"), "utf8")) as Results;
    // The hottest zone as the bench began (72 °C, before the first wait) and ended (45 °C, cooled, after the second model).
    expect(results.device.fingerprint).toMatchObject({ model: "Google Pixel 7", soc: "Google GS201", os: "Android 14 (API 34)", bigCores: "2", pinned: "taskset 2", batteryPct: 87, charging: "discharging", tempC: [72, 45] });
    const [first, second] = results.models;
    // Before the first model: 72 °C, waited to 45 °C.
    expect(first!.conditions).toMatchObject({ coolDown: { aboveC: 60, fromC: 72, toC: 45, zone: "thermal_zone0 (cpu-1-0-usr)", timedOut: false }, tempC: [45, 86], battery: { levelPct: 87, status: "discharging", plugged: [] } });
    expect(first!.conditions!.coolDown!.waitedS).toBeGreaterThan(0);
    expect(first!.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(["thermal-limit", "cpu-throttled"]));
    expect(first!.warnings.find((w) => w.code === "cpu-throttled")!.message).toMatch(/cpu1 2995 → 2016 MHz/);
    // Between the models: the first left the phone at 86 °C; it cooled again before the second.
    expect(second!.conditions!.coolDown).toMatchObject({ fromC: 86, toC: 45, timedOut: false });
    expect(second!.warnings.map((w) => w.code)).not.toEqual(expect.arrayContaining(["thermal-limit"]));
    expect(second!.warnings.map((w) => w.code)).not.toEqual(expect.arrayContaining(["cpu-throttled"]));

    // compare carries the warnings on, as it does bench's others.
    const compared = await runCli(["compare", "--base", file("phone.json"), "--head", file("phone.json"), "--out", file("comparison.json")]);
    expect(compared.status, compared.stderr).toBe(0);
    const comparison = JSON.parse(readFileSync(file("comparison.json"), "utf8")) as Comparison;
    expect(comparison.findings.filter((f) => f.model === "mlp").map((f) => f.code)).toEqual(expect.arrayContaining(["thermal-limit", "cpu-throttled"]));
  }, 180_000);

  it("a phone still hot after timeout-s: the model runs, and its results say it waited in vain", async () => {
    writeFileSync(file("dnntune.yml"), config("    cool-down: { above-c: 60, timeout-s: 0 }\n"));
    const run = await bench([MLP], "phone.json");
    expect(run.status, run.stderr).toBe(0);
    const model = (JSON.parse(readFileSync(file("phone.json"), "utf8")) as Results).models[0]!;
    expect(model.conditions!.coolDown).toMatchObject({ fromC: 72, toC: 72, timedOut: true });
    expect(model.warnings.map((w) => w.code)).toContain("cool-down-timeout");
  }, 120_000);

  it("paired: one check before the pair, and both sides' results carry it", async () => {
    writeFileSync(zoneTempFile(sysfs(), 0), "41000\n");
    writeFileSync(file("dnntune.yml"), config("    cool-down: { above-c: 60 }\n"));
    const run = await runCli(["bench", "--model", MLP, "--base-model", MLP, "--device", "phone", "--config", file("dnntune.yml"), "--runs", "6", "--max-runs", "6", "--warmup", "1", "--profile-runs", "3", "--out", file("head.json")], { deviceSysfs: { root: PHONE_SYSFS } });
    expect(run.status, run.stderr).toBe(0);
    for (const side of ["head.json", "head.base.json"]) {
      const model = (JSON.parse(readFileSync(file(side), "utf8")) as Results).models[0]!;
      expect(model.conditions, side).toMatchObject({ coolDown: { aboveC: 60, fromC: 41, toC: 41, waitedS: 0, timedOut: false }, tempC: [41, 41], battery: { levelPct: 87 } });
    }
  }, 120_000);

  it("fixed-performance mode: the governor is set for the bench, recorded, and put back after, also after a failure", async () => {
    writeFileSync(file("dnntune.yml"), config("    governor: performance\n"));
    const governors = () => [0, 1].map((cpu) => readFileSync(cpufreq(cpu, "scaling_governor"), "utf8").trim());
    let during: string[] = [];
    const run = await bench([MLP], "phone.json", { stderr: (text) => void (/timing 1\//.test(text) && (during = governors())) });
    expect(run.status, run.stderr).toBe(0);
    expect(during).toEqual(["performance", "performance"]);
    expect(governors()).toEqual(["schedutil", "schedutil"]);
    expect((JSON.parse(readFileSync(file("phone.json"), "utf8")) as Results).device.fingerprint).toMatchObject({ governor: "performance", fixedGovernor: "performance" });

    // A model the runtime cannot read fails the bench after the governor was set: it is put back.
    writeFileSync(file("broken.onnx"), "not a model");
    const failed = await bench([file("broken.onnx")], "never.json");
    expect(failed.status).not.toBe(0);
    expect(governors()).toEqual(["schedutil", "schedutil"]);
    expect(existsSync(file("never.json"))).toBe(false);
  }, 180_000);

  it("fixed-performance mode where the governor cannot be written: refused before anything runs, saying root is needed", async () => {
    writeFileSync(file("dnntune.yml"), config("    governor: performance\n"));
    // A file that no one may write, root included (the test may run as root).
    for (const cpu of [0, 1]) {
      rmSync(cpufreq(cpu, "scaling_governor"));
      symlinkSync("/proc/version", cpufreq(cpu, "scaling_governor"));
    }
    const run = await bench([MLP], "never.json");
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/device phone: set governor performance: could not write scaling_governor/);
    expect(run.stderr).toMatch(/needs root: on a phone `adb root`/);
    expect(existsSync(file("never.json"))).toBe(false);
  }, 120_000);
});
