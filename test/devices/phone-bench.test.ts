// `dnntune bench --device phone` over adb with ort-python, against the fake adb on PATH
// (test/helpers/fake-adb): adb's CLI, states and texts, a "phone" that is a folder, and a shell
// that streams, as adb's does, so the tool's server talks over it. The device side is the real
// runner script under this machine's Python onnxruntime. A phone that vanishes mid-run fails the
// bench with the step and adb's words, and writes no results.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Results } from "../../src/results/types.js";
import { runCli } from "../run-cli.js";

const hasOrtPython = spawnSync("python3", ["-c", "import onnxruntime"]).status === 0;
const FAKE_ADB_DIR = join(dirname(fileURLToPath(import.meta.url)), "../helpers/fake-adb");
const MLP = new URL("../../fixtures/models/mlp.onnx", import.meta.url).pathname;
const SERIAL = "R58M123ABC";

let work: string;
const file = (name: string) => join(work, name);

function phone(control: Record<string, unknown> = {}): void {
  writeFileSync(file("control.json"), JSON.stringify({
    phoneRoot: file("phone"),
    devices: [{ serial: SERIAL, state: "device", details: "usb:1-1 product:panther model:Pixel_7 device:panther transport_id:1" }],
    ...control,
  }));
}

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "dnntune-phone-"));
  mkdirSync(file("phone"));
  vi.stubEnv("PATH", `${FAKE_ADB_DIR}:${process.env.PATH ?? ""}`);
  vi.stubEnv("FAKE_ADB_CONTROL", file("control.json"));
  writeFileSync(file("dnntune.yml"), `devices:\n  phone:\n    transport: adb\n    serial: ${SERIAL}\n    tool: ort-python\n    threads: 1\n`);
  phone();
});

afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(work, { recursive: true, force: true });
});

describe.skipIf(!hasOrtPython)("bench on a phone over adb with ort-python (fake adb, real runner)", () => {
  const bench = (out: string) => runCli(["bench", "--model", MLP, "--device", "phone", "--config", file("dnntune.yml"), "--runs", "6", "--warmup", "1", "--profile-runs", "3", "--out", file(out)]);

  it("benches through adb shell and push, and leaves the phone's temp folder clean", async () => {
    const run = await bench("phone.json");
    expect(run.status, run.stderr).toBe(0);
    const results = JSON.parse(readFileSync(file("phone.json"), "utf8")) as Results;
    expect(results.device).toMatchObject({ name: "phone", transport: "adb", tool: "ort-python" });
    expect(results.models[0]!.layers.length).toBeGreaterThan(0);
    expect(spawnSync("ls", ["-A", file("phone")], { encoding: "utf8" }).stdout).toBe("");
  }, 120_000);

  it("a phone that is unplugged mid-run fails the bench (exit 3) with the step and adb's words, and writes nothing", async () => {
    // Unplugged after the device check, its state, the temp folder and the runner's start: the model's push finds no phone.
    phone({ disappearAfter: 4 });
    const run = await bench("never.json");
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/^dnntune: device phone: push the model mlp: the device went away; stderr: adb: device 'R58M123ABC' not found \(check the cable/m);
    // Its temp folder could not be removed either: said, with where it is.
    expect(run.stderr).toMatch(/warning: device phone: remove temp folders: .*left behind: \/data\/local\/tmp\/dnntune\./);
    expect(existsSync(file("never.json"))).toBe(false);
  }, 120_000);

  it("an unauthorized phone is refused before anything runs, saying to accept the prompt", async () => {
    phone({ devices: [{ serial: SERIAL, state: "unauthorized", details: "usb:1-1 transport_id:1" }] });
    const run = await bench("never.json");
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/device phone: .*unauthorized/);
    expect(run.stderr).toMatch(/accept|allow/i);
  }, 60_000);
});
