import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";
import { validateResults } from "../src/results/read-results.js";

const fixtures = new URL("../fixtures/", import.meta.url).pathname;

const run = (args: string[]) => runCli(args);

describe("dnntune bench", () => {
  it("benchmarks a folder, prints a summary per model and writes valid results", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "cli-")), "results.json");
    const { status, stdout, stderr } = await run(["bench", "--model", `${fixtures}models/mlp.onnx`, "--model", `${fixtures}models/vgg.onnx`, "--runs", "5", "--warmup", "1", "--profile-runs", "3", "--threads", "1", "--out", out]);
    expect(status).toBe(0);
    expect(stderr).toContain("mlp.onnx: timing 5/5");
    expect(stdout).toMatch(/^mlp {2}median [\d.]+ (µs|ms) {2}p90/m);
    expect(stdout).toMatch(/%.*FusedGemm +fused fc1 +\[fc1, relu1\]/);
    const results = validateResults(JSON.parse(readFileSync(out, "utf8")), out);
    expect(results.models.map((m) => m.name)).toEqual(["mlp", "vgg"]);
    expect(results.device).toMatchObject({ name: "local", transport: "local", tool: "onnxruntime-node", fingerprint: { threads: 1, optimization: "all", runtime: "onnxruntime-node 1.30.0" } });
  });

  it("takes a glob", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "cli-")), "results.json");
    const { status } = await run(["bench", "--model", `${fixtures}models/m*.onnx`, "--runs", "2", "--warmup", "0", "--profile-runs", "1", "--out", out]);
    expect(status).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).models.map((m: { name: string }) => m.name)).toEqual(["mlp", "mobilenet_v2"]);
  });
});

describe("dnntune bench on bad input: status 2, one line naming the file or flag, no results left behind", () => {
  const dir = mkdtempSync(join(tmpdir(), "bad-"));
  const truncated = join(dir, "truncated.onnx");
  writeFileSync(truncated, readFileSync(`${fixtures}models/resnet.onnx`).subarray(0, 5000));
  const image = join(dir, "photo.onnx");
  // A real PNG (1×1 pixel), renamed.
  writeFileSync(image, Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64"));

  const cases: [string, string[], RegExp][] = [
    ["a truncated .onnx", ["--model", truncated], /truncated\.onnx: .*truncated/],
    ["an image renamed .onnx", ["--model", image], /photo\.onnx: /],
    ["a path that does not exist", ["--model", join(dir, "nope.onnx")], /--model: .*nope\.onnx does not exist/],
    ["a dynamic input with no --input", ["--model", `${fixtures}test/dynamic_unnamed.onnx`], /--input: .*input "x" has dynamic shape \[batch, 64\]; give one with --input x=1x64/],
    ["--runs 0", ["--model", `${fixtures}models/mlp.onnx`, "--runs", "0"], /--runs: expected an integer ≥ 1; got "0"/],
    ["an input value the model rejects", ["--model", `${fixtures}test/embedding.onnx`, "--input-value", "ids=50"], /--model: .*embedding\.onnx: onnxruntime rejected the inputs \(.*indices element out of data bounds, idx=50.*\)/],
    ["an --input the model does not have", ["--model", `${fixtures}models/mlp.onnx`, "--input", "pixels=1x3"], /--input pixels: no model has an input "pixels"; their inputs are features/],
    ["an unknown flag", ["--model", `${fixtures}models/mlp.onnx`, "--rusn", "3"], /--rusn/],
    ["an unknown optimization level", ["--model", `${fixtures}models/mlp.onnx`, "--optimization", "max"], /--optimization: expected one of disabled, basic, extended, all; got "max"/],
  ];
  for (const [what, args, message] of cases) {
    it(what, async () => {
      const out = join(dir, `${what.replace(/\W+/g, "-")}.json`);
      // A case's own value replaces the small default here (a flag given twice is refused).
      const defaults = [["--runs", "2"], ["--warmup", "0"], ["--profile-runs", "1"]].filter(([flag]) => !args.includes(flag!)).flat();
      const { status, stderr, stdout } = await run(["bench", ...defaults, "--out", out, ...args]);
      expect(status).toBe(2);
      expect(stderr.trim().split("\n").at(-1)).toMatch(message);
      expect(stderr.trim().split("\n").at(-1)).toMatch(/^dnntune: /);
      expect(stdout).toBe("");
      expect(existsSync(out)).toBe(false);
    });
  }

  it("leaves an existing results file untouched when a run fails", async () => {
    const out = join(dir, "baseline.json");
    writeFileSync(out, "{\"keep\":true}");
    const { status } = await run(["bench", "--model", `${fixtures}models/mlp.onnx`, "--model", truncated, "--runs", "2", "--out", out]);
    expect(status).toBe(2);
    expect(readFileSync(out, "utf8")).toBe("{\"keep\":true}");
  });
});

describe("dnntune bench, paired", () => {
  it("interleaves a base model with the head and writes both; compare then pairs them", async () => {
    const dir = mkdtempSync(join(tmpdir(), "paired-"));
    const out = join(dir, "head.json");
    const bench = await run(["bench", "--model", `${fixtures}test/mlp_heavier.onnx`, "--base-model", `${fixtures}models/mlp.onnx`, "--runs", "20", "--warmup", "3", "--profile-runs", "2", "--threads", "1", "--out", out]);
    expect(bench.status).toBe(0);
    expect(bench.stdout).toContain(`wrote ${join(dir, "head.base.json")} (base, interleaved)`);
    const head = validateResults(JSON.parse(readFileSync(out, "utf8")), out);
    const base = validateResults(JSON.parse(readFileSync(join(dir, "head.base.json"), "utf8")), "base");
    expect(head.models[0]!.latency.paired!.baseSamples).toEqual(base.models[0]!.latency.samples);
    expect(base.models[0]!.name).toBe("mlp_heavier");
    const compared = await run(["compare", "--base", join(dir, "head.base.json"), "--head", out, "--out", join(dir, "c.json")]);
    const latency = JSON.parse(readFileSync(join(dir, "c.json"), "utf8")).endpoints.find((e: { metric: string }) => e.metric === "latency");
    expect(compared.status).toBe(0);
    expect(latency.paired).toBe(true);
    expect(latency.ratio).toBeGreaterThan(1);
    // The profiled runs alternated as well: every layer is compared paired, run pair by run pair.
    expect(head.models[0]!.latency.paired!.layers).toBe("interleaved");
    const layers = JSON.parse(readFileSync(join(dir, "c.json"), "utf8")).endpoints.filter((e: { metric: string }) => e.metric === "layer");
    expect(layers.length).toBeGreaterThan(0);
    expect(layers.every((e: { paired: boolean }) => e.paired)).toBe(true);
  });

  it("compares a configuration change (--base-threads) on the same model", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "paired-")), "t.json");
    const { status } = await run(["bench", "--model", `${fixtures}models/mlp.onnx`, "--base-threads", "2", "--threads", "1", "--runs", "5", "--warmup", "1", "--profile-runs", "1", "--out", out, "--base-out", `${out}.base`]);
    expect(status).toBe(0);
    expect(JSON.parse(readFileSync(`${out}.base`, "utf8")).device.fingerprint.threads).toBe(2);
    expect(JSON.parse(readFileSync(out, "utf8")).device.fingerprint.threads).toBe(1);
  });

  for (const [what, args, message] of [
    ["--base-model with two head models", ["--model", `${fixtures}models/mlp.onnx`, "--model", `${fixtures}models/vgg.onnx`, "--base-model", `${fixtures}models/mlp.onnx`], /--base-model: paired mode interleaves one base with one head model; give exactly one --model \(got 2\)/],
    ["--max-runs with nothing to compare", ["--model", `${fixtures}models/mlp.onnx`, "--max-runs", "60"], /--max-runs: adaptive sampling needs a base to interleave/],
    ["--max-runs below --runs", ["--model", `${fixtures}models/mlp.onnx`, "--base-threads", "1", "--runs", "30", "--max-runs", "10"], /--max-runs: expected an integer ≥ 30; got "10"/],
  ] as const) {
    it(`refuses ${what}`, async () => {
      const out = join(mkdtempSync(join(tmpdir(), "paired-")), "x.json");
      const { status, stderr } = await run(["bench", ...args, "--out", out]);
      expect(status).toBe(2);
      expect(stderr.trim()).toMatch(message);
      expect(existsSync(out)).toBe(false);
    });
  }
});

describe("dnntune bench --processes", () => {
  const bin = new URL("../bin/dnntune.js", import.meta.url).pathname;

  it("runs the benchmark in K fresh processes and keeps which process each sample came from", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "replicates-")), "r.json");
    const { status, stderr } = await runCli(["bench", "--model", `${fixtures}models/mlp.onnx`, "--processes", "3", "--runs", "4", "--warmup", "1", "--profile-runs", "2", "--threads", "1", "--out", out], { self: [process.execPath, bin] });
    expect(status).toBe(0);
    expect(stderr).toContain("process 3/3");
    const results = validateResults(JSON.parse(readFileSync(out, "utf8")), out);
    expect(results.models[0]!.latency.groups).toEqual([4, 4, 4]);
    expect(results.models[0]!.latency.samples).toHaveLength(12);
    for (const layer of results.models[0]!.layers) expect(layer.groups).toEqual([2, 2, 2]);
  });

  it("reports a child's bad input as its own", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "replicates-")), "r.json");
    const { status, stderr } = await runCli(["bench", "--model", `${fixtures}test/dynamic_unnamed.onnx`, "--processes", "2", "--out", out], { self: [process.execPath, bin] });
    expect(status).toBe(2);
    expect(stderr.trim().split("\n").at(-1)).toMatch(/^dnntune: process 1\/2: --input: .*input "x" has dynamic shape/);
    expect(existsSync(out)).toBe(false);
  });

  it("refuses --processes with paired mode", async () => {
    const { status, stderr } = await run(["bench", "--model", `${fixtures}models/mlp.onnx`, "--base-threads", "1", "--processes", "3", "--out", "/tmp/never.json"]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/--processes: replicate processes are for unpaired runs/);
  });
});
