// The adb transport against a fake `adb` on PATH (test/helpers/fake-adb): a phone cannot be
// attached here, so the fake speaks adb's CLI, states and error texts, and its "phone" is a folder.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DeviceError } from "../../../src/errors.js";
import { openTransport } from "../../../src/devices/transport/open-transport.js";
import type { Transport } from "../../../src/devices/transport/transport.js";

const FAKE_ADB_DIR = join(dirname(fileURLToPath(import.meta.url)), "../../helpers/fake-adb");
const SERIAL = "R58M123ABC";

let work: string;
let phoneRoot: string;
let controlFile: string;
let warnings: string[];

interface Control {
  devices: { serial: string; state: string; details?: string }[];
  disappearAfter?: number;
  dropNext?: number;
  hang?: string[];
}

function setPhone(control: Control): void {
  writeFileSync(controlFile, JSON.stringify({ phoneRoot, ...control }));
}

function open(timeouts = {}): Promise<Transport> {
  return openTransport("pixel", { transport: "adb", serial: SERIAL }, { configDir: work, retryDelaysMs: [0, 0], timeouts, warn: (m) => warnings.push(m) });
}

async function deviceError(promise: Promise<unknown>): Promise<DeviceError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(DeviceError);
  return error as DeviceError;
}

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "dnntune-adb-test-"));
  phoneRoot = join(work, "phone");
  mkdirSync(phoneRoot);
  controlFile = join(work, "control.json");
  warnings = [];
  vi.stubEnv("PATH", `${FAKE_ADB_DIR}:${process.env.PATH ?? ""}`);
  vi.stubEnv("FAKE_ADB_CONTROL", controlFile);
  setPhone({ devices: [{ serial: SERIAL, state: "device", details: "usb:1-1 product:panther model:Pixel_7 device:panther transport_id:1" }] });
});

afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(work, { recursive: true, force: true });
});

describe("adb transport", () => {
  it("brings an argument with spaces, quotes, $(…) and a newline to the phone literally", async () => {
    const transport = await open();
    const dir = await transport.tempdir();
    expect(dir).toMatch(/^\/data\/local\/tmp\/dnntune\./);
    const name = `it's "a" $(touch pwned) \`touch pwned2\` ; & | > x\nline2 ü 🙂`;
    const result = await transport.run(["touch", name], { cwd: dir });
    expect(result.code).toBe(0);
    const phoneDir = join(phoneRoot, dir.slice("/data/local/tmp".length));
    expect(readdirSync(phoneDir)).toEqual([name]);
    expect(existsSync(join(phoneRoot, "pwned"))).toBe(false);
    await transport.close();
  });

  it("returns the remote exit status and output", async () => {
    const transport = await open();
    const result = await transport.run(["sh", "-c", "echo out; echo err >&2; exit 3"]);
    expect(result).toEqual({ stdout: "out\n", stderr: "err\n", code: 3 });
    expect((await transport.run(["cat"], { input: "to stdin" })).stdout).toBe("to stdin");
    await transport.close();
  });

  it("pushes and pulls bytes unchanged and removes its temp folder on close", async () => {
    const transport = await open();
    const dir = await transport.tempdir();
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7) % 256));
    writeFileSync(join(work, "model.onnx"), bytes);
    await transport.push(join(work, "model.onnx"), `${dir}/model.onnx`);
    await transport.pull(`${dir}/model.onnx`, join(work, "back.onnx"));
    expect(readFileSync(join(work, "back.onnx")).equals(bytes)).toBe(true);
    await transport.close();
    expect(readdirSync(phoneRoot)).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it("retries a copy after the link drops once", async () => {
    const transport = await open();
    const dir = await transport.tempdir();
    setPhone({ devices: [{ serial: SERIAL, state: "device" }], dropNext: 1 });
    writeFileSync(join(work, "a.txt"), "a");
    await transport.push(join(work, "a.txt"), `${dir}/a.txt`);
    expect(readFileSync(join(phoneRoot, dir.slice("/data/local/tmp".length), "a.txt"), "utf8")).toBe("a");
    await transport.close();
  });

  it.each([
    ["unauthorized", /accept the RSA key prompt/],
    ["offline", /reconnect/],
    ["no permissions", /udev rule.*adb kill-server/],
  ])("refuses a device that is %s, saying what to do", async (state, hint) => {
    setPhone({ devices: [{ serial: SERIAL, state }] });
    const error = await deviceError(open());
    expect(error.device).toBe("pixel");
    expect(error.step).toBe("check adb device");
    expect(error.message).toContain(`is ${state}`);
    expect(error.hint).toMatch(hint);
  });

  it("refuses a serial adb does not list", async () => {
    setPhone({ devices: [{ serial: "emulator-5554", state: "device" }] });
    const error = await deviceError(open());
    expect(error.message).toMatch(/serial R58M123ABC is not attached; adb lists emulator-5554 \(device\)/);
    expect(error.hint).toMatch(/adb devices -l/);
  });

  it("fails the device, naming the step and adb's words, when it disappears mid-run", async () => {
    setPhone({ devices: [{ serial: SERIAL, state: "device" }], disappearAfter: 2 });
    const transport = await open();
    const dir = await transport.tempdir();
    writeFileSync(join(work, "m.onnx"), "m");
    await transport.push(join(work, "m.onnx"), `${dir}/m.onnx`);
    const error = await deviceError(transport.run(["ls", dir], { step: "run benchmark" }));
    expect(error.device).toBe("pixel");
    expect(error.step).toBe("run benchmark");
    expect(error.message).toContain("adb: device 'R58M123ABC' not found");
    // close cannot reach the phone: it warns instead of throwing, naming what it left behind.
    await transport.close();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(dir);
  });

  it("kills a command that runs past its timeout", async () => {
    const transport = await open();
    const error = await deviceError(transport.run(["sleep", "60"], { timeoutMs: 300 }));
    expect(error.step).toBe("run sleep");
    expect(error.message).toMatch(/timed out after 0\.3 s/);
    await transport.close();
  });

  it("gives up on a copy that hangs, after its retries", async () => {
    setPhone({ devices: [{ serial: SERIAL, state: "device" }], hang: ["push"] });
    const transport = await open({ copyMs: 200 });
    writeFileSync(join(work, "m.onnx"), "m");
    const error = await deviceError(transport.push(join(work, "m.onnx"), "/data/local/tmp/m.onnx"));
    expect(error.step).toBe(`push ${join(work, "m.onnx")}`);
    expect(error.message).toMatch(/timed out/);
    expect(JSON.parse(readFileSync(controlFile, "utf8")).commands).toBe(3);
  });

  it("reports a failed copy with adb's message", async () => {
    const transport = await open();
    const error = await deviceError(transport.pull("/data/local/tmp/none.txt", join(work, "none.txt")));
    expect(error.message).toContain("failed to stat remote object '/data/local/tmp/none.txt'");
  });

  it("refuses a remote path that adb would read as an option", async () => {
    const transport = await open();
    await expect(transport.push(join(work, "x"), "-rf")).rejects.toThrow(/remote path: must be a path on the device, not starting with "-"/);
    await expect(transport.run(["ls"], { cwd: "-" })).rejects.toThrow(/cwd: must be a folder on the device, not starting with "-"/);
  });
});
