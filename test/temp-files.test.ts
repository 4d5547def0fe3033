// Temp files are removed on every way out. The signal cases run a real bench in a child process
// with a private TMPDIR, interrupt it mid-run, and look for anything it left there.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { makeTempDir, pendingTemps, registerTemp, removeTemp } from "../src/temp-files.js";

const root = new URL("../", import.meta.url).pathname;
// Only our own names: tsx and the sandbox put files of theirs in TMPDIR too.
const ours = (dir: string) => readdirSync(dir).filter((name) => name.startsWith("dnntune") || name.endsWith(".tmp")).sort();
const started: ChildProcess[] = [];
afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
});
const fixtures = `${root}fixtures/`;

describe("the temp-file registry", () => {
  it("removes what it made when asked, and forgets it", () => {
    const dir = makeTempDir("temp-files-test-");
    writeFileSync(join(dir, "x"), "x");
    expect(pendingTemps()).toContain(dir);
    removeTemp(dir);
    expect(existsSync(dir)).toBe(false);
    expect(pendingTemps()).not.toContain(dir);
  });

  it("removes what is still registered when the process exits, also after an uncaught throw", async () => {
    const tmp = mkdtempSync(join(tmpdir(), "temp-files-exit-"));
    const script = `import { makeTempDir } from ${JSON.stringify(`${root}src/temp-files.ts`)}; makeTempDir("left-"); throw new Error("boom");`;
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { env: { ...process.env, TMPDIR: tmp }, stdio: "ignore" });
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(1);
    expect(readdirSync(tmp).filter((n) => n.startsWith("left-"))).toEqual([]);
  });

  it("holds signal listeners only while something is registered, so Ctrl-C stops a long compare at once", () => {
    const before = process.listenerCount("SIGINT");
    const dir = makeTempDir("temp-files-listen-");
    expect(process.listenerCount("SIGINT")).toBe(before + 1);
    expect(process.listenerCount("SIGTERM")).toBeGreaterThan(0);
    removeTemp(dir);
    expect(process.listenerCount("SIGINT")).toBe(before);
  });

  it("registerTemp takes a file made elsewhere", () => {
    const file = join(mkdtempSync(join(tmpdir(), "temp-files-")), "f");
    writeFileSync(file, "");
    registerTemp(file);
    removeTemp(file);
    expect(existsSync(file)).toBe(false);
  });
});

/** Starts `dnntune bench` from source with a private TMPDIR; resolves once stderr shows `ready`. */
function startBench(args: string[], ready: RegExp) {
  const tmp = mkdtempSync(join(tmpdir(), "temp-files-signal-"));
  const out = mkdtempSync(join(tmpdir(), "temp-files-out-"));
  const child = spawn(process.execPath, ["--import", "tsx", `${root}src/cli.ts`, "bench", ...args, "--out", join(out, "results.json")], {
    env: { ...process.env, TMPDIR: tmp }, stdio: ["ignore", "ignore", "pipe"],
  });
  started.push(child);
  let stderr = "";
  const ready_ = new Promise<void>((resolve, reject) => {
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      if (ready.test(stderr)) resolve();
    });
    child.on("close", () => reject(new Error(`bench ended before ${ready}: ${stderr}`)));
  });
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("close", (code, signal) => resolve({ code, signal })));
  return { child, tmp, out, started: ready_, closed, stderr: () => stderr };
}

describe("an interrupted bench leaves no temp files (real onnxruntime, real signals)", () => {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    it(`${signal} while profiling (the work folder holds the optimized model): gone, and the process dies of ${signal}`, async () => {
      const run = startBench(["--model", `${fixtures}models/mlp.onnx`, "--runs", "2", "--warmup", "0", "--profile-runs", "10000", "--threads", "1"], /profiling 1\//);
      await run.started;
      // The profiled session is open: its folder holds the trace and the optimized model.
      const [work] = ours(run.tmp);
      expect(work).toMatch(/^dnntune-ort-/);
      expect(readdirSync(join(run.tmp, work!))).toContain("optimized.onnx");
      run.child.kill(signal);
      const { signal: died } = await run.closed;
      expect(died).toBe(signal);
      expect(ours(run.tmp)).toEqual([]);
      expect(readdirSync(run.out)).toEqual([]);
    });
  }

  it("SIGTERM to `bench --processes 2`: the parent passes it to its child, and neither leaves a file", async () => {
    const run = startBench(["--processes", "2", "--model", `${fixtures}models/mlp.onnx`, "--runs", "100000", "--warmup", "0", "--profile-runs", "1", "--threads", "1"], /timing 1\//);
    await run.started;
    expect(ours(run.tmp)).toEqual([expect.stringMatching(/^dnntune-ort-/), expect.stringMatching(/^dnntune-replicates-/)]);
    run.child.kill("SIGTERM");
    expect((await run.closed).signal).toBe("SIGTERM");
    // The child cleans up on its own SIGTERM, a moment after the parent has gone.
    for (let k = 0; k < 200 && ours(run.tmp).length > 0; k++) await new Promise((r) => setTimeout(r, 50));
    expect(ours(run.tmp)).toEqual([]);
    expect(readdirSync(run.out)).toEqual([]);
  });
});
