// The local transport: argv straight to the program (no shell), copies on disk, its own temp folders.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DeviceError, InputError } from "../../../src/errors.js";
import { openTransport } from "../../../src/devices/transport/open-transport.js";

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "dnntune-local-test-"));
});
afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});
const open = () => openTransport("runner", { transport: "local" }, { configDir: work });

describe("local transport", () => {
  it("passes arguments to the program with no shell between", async () => {
    const transport = await open();
    const dir = await transport.tempdir();
    const name = `it's "a" $(touch pwned) \`id\` ; x\ny`;
    expect((await transport.run(["touch", name], { cwd: dir })).code).toBe(0);
    expect(readdirSync(dir)).toEqual([name]);
    await transport.close();
    expect(existsSync(dir)).toBe(false);
  });

  it("returns exit codes, output and stdin; a missing program is 127, as a shell says", async () => {
    const transport = await open();
    expect(await transport.run(["sh", "-c", "echo out; echo err >&2; exit 3"])).toEqual({ stdout: "out\n", stderr: "err\n", code: 3 });
    expect((await transport.run(["cat"], { input: "in" })).stdout).toBe("in");
    expect((await transport.run(["dnntune-no-such-program"])).code).toBe(127);
  });

  it("copies files both ways", async () => {
    const transport = await open();
    const dir = await transport.tempdir();
    writeFileSync(join(work, "a.bin"), Buffer.from([0, 1, 2, 255]));
    await transport.push(join(work, "a.bin"), join(dir, "a.bin"));
    await transport.pull(join(dir, "a.bin"), join(work, "b.bin"));
    expect([...readFileSync(join(work, "b.bin"))]).toEqual([0, 1, 2, 255]);
    await expect(transport.pull(join(dir, "none"), join(work, "c"))).rejects.toBeInstanceOf(DeviceError);
    await transport.close();
  });

  it("kills a command, and what it started, at the timeout", async () => {
    const transport = await open();
    const error = await transport.run(["sh", "-c", "sleep 60 & wait"], { timeoutMs: 200 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeviceError);
    expect((error as DeviceError).step).toBe("run sh");
    expect((error as DeviceError).message).toMatch(/timed out after 0.2 s/);
  });
});

describe("openTransport", () => {
  it("refuses a declared-only device, naming the field", async () => {
    const error = await openTransport("cloud", {}, { configDir: work }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(/^devices\.cloud\.transport: is not set/);
  });
});

describe("spawn: a long-running program and everything it starts", () => {
  it("ends a whole shell pipeline on kill, even a stage that ignores SIGTERM, and lets the process exit", async () => {
    const { LocalTransport } = await import("../../../src/devices/transport/local-transport.js");
    const transport = new LocalTransport("local");
    // A meter written as a pipeline, its first stage deaf to SIGTERM: the pipe stays open unless all go.
    const child = transport.spawn(["sh", "-c", "trap '' TERM; while true; do echo 0,1; sleep 0.05; done | cat"]);
    await new Promise((resolve) => child.stdout.once("data", resolve));
    const group = child.pid!;
    const closed = new Promise((resolve) => child.on("close", resolve));
    child.kill();
    await closed;
    // No process of its group is left (SIGKILL lands at once; the reaping may take a moment).
    const { spawnSync } = await import("node:child_process");
    const alive = () => spawnSync("ps", ["-o", "stat=", "-g", String(group)], { encoding: "utf8" }).stdout.split("\n").filter((s) => s.trim() !== "" && !s.startsWith("Z"));
    for (let k = 0; k < 20 && alive().length > 0; k++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(alive()).toEqual([]);
  }, 10_000);
});
