import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../run-cli.js";
import { expectSafe, HOSTILE_NAMES } from "../hostile-names.js";

const fixtures = new URL("../../fixtures/", import.meta.url).pathname;
const mlp = `${fixtures}models/mlp.onnx`;
const quick = ["--runs", "2", "--warmup", "0", "--profile-runs", "1", "--threads", "1"];

describe("dnntune bench: numbers that would hang or exhaust memory exit 2 at once, naming the flag and the limit", () => {
  const dir = mkdtempSync(join(tmpdir(), "bench-limits-"));
  const cores = availableParallelism();
  const threadsMax = Math.min(1024, 4 * cores);
  const cases: [string, string[], RegExp][] = [
    ["--threads 100000", ["--threads", "100000"], new RegExp(`^dnntune: --threads: expected an integer from 1 to ${threadsMax} \\(4 × the ${cores} cores here, at most 1024\\); got 100000$`)],
    ["--base-threads 100000", ["--base-threads", "100000"], /^dnntune: --base-threads: expected an integer from 1 to \d+ /],
    ["--base-out without a base", ["--base-out", "b.json"], /^dnntune: --base-out: names the base's results of paired mode, which needs --base-model, --base-threads or --base-optimization$/],
    ["--baseline (gone: another process's results decide nothing)", ["--baseline", "b.json"], /^dnntune: --baseline: Unknown option/],
    ["--runs given twice", ["--runs", "5", "--runs", "6"], /^dnntune: --runs: given 2 times \("5", "6"\); --runs takes one value$/],
    ["--out with nothing", ["--out="], /^dnntune: --out: expected a value after --out; got an empty one$/],
    ["--runs 1e9", ["--runs", "1e9"], /^dnntune: --runs: expected an integer from 1 to 100000, in digits; got "1e9"$/],
    ["--runs 1000000000", ["--runs", "1000000000"], /^dnntune: --runs: expected an integer from 1 to 100000; got 1000000000$/],
    ["--runs 2.5", ["--runs", "2.5"], /^dnntune: --runs: expected an integer from 1 to 100000, in digits; got "2\.5"$/],
    ["--warmup 1e6", ["--warmup", "1000000"], /^dnntune: --warmup: expected an integer from 0 to 10000; got 1000000$/],
    ["--profile-runs 0", ["--profile-runs", "0"], /^dnntune: --profile-runs: expected an integer ≥ 1; got "0"$/],
    ["--max-runs 1e6", ["--base-threads", "1", "--max-runs", "1000000"], /^dnntune: --max-runs: expected an integer from 2 to 100000; got 1000000$/],
    ["--processes 1000", ["--processes", "1000"], /^dnntune: --processes: expected an integer from 1 to 100; got 1000$/],
    ["--seed=-1", ["--seed=-1"], /^dnntune: --seed: expected an integer from 0 to 4294967295, in digits; got "-1"$/],
    ["--input x=1x3x48x1e9", ["--input", "x=1x3x48x1e9"], /^dnntune: --input x: expected a shape like 1x3x224x224 \(non-negative integers separated by x\); got "1x3x48x1e9"$/],
    ["--input features=1x3x48x1000000000", ["--input", "features=1x3x48x1000000000"], /^dnntune: --input features: shape 1x3x48x1000000000 holds 144000000000 elements; DNNTune synthesizes inputs of at most 67108864 elements \(256 MiB of float32\)$/],
    ["--input-value with nothing after =", ["--input-value", "features="], /^dnntune: --input-value: expected NAME=VALUE or NAME=V1,V2,… with numbers/],
    ["--threshold 5 (adaptive sampling)", ["--base-threads", "1", "--max-runs", "10", "--threshold", "5"], /^dnntune: --threshold: 5 reads as a fraction \(500 %\); for 5 % write 5% or 0\.05$/],
  ];
  for (const [what, args, message] of cases) {
    it(what, async () => {
      const out = join(dir, `${what.replace(/\W+/g, "-")}.json`);
      // The case's own value replaces quick's: a flag given twice is an error of its own.
      const own = new Set(args.filter((a) => a.startsWith("--")));
      const base = quick.filter((a, i) => !own.has(a) && !own.has(quick[i - 1] ?? ""));
      const { status, stdout, stderr } = await runCli(["bench", "--model", mlp, ...base, "--out", out, ...args]);
      expect(status).toBe(2);
      expect(stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(stderr.trimEnd()).toMatch(message);
      expect(stdout).toBe("");
      expect(existsSync(out)).toBe(false);
    });
  }
});

describe("dnntune bench: errors from deep stages name the flag, and their fixes the flags to give", () => {
  it.each([
    ["a missing --out", ["--model", mlp], /^dnntune: --out: give the results file to write, e.g\. --out results\.json$/],
    ["three dynamic inputs, named at once", ["--model", `${fixtures}public/silero_vad_legacy.onnx`, "--out", "/tmp/never.json"], /^dnntune: --input: model .*silero_vad_legacy\.onnx input "input" has dynamic shape \[batch, sequence\], input "h" has dynamic shape \[2, batch, 64\], input "c" has dynamic shape \[2, batch, 64\]; give them with --input input=1x1 --input h=2x1x64 --input c=2x1x64 \(1 stands for each open dimension: give the sizes your application runs\)$/],
    ["a dynamic input", ["--model", `${fixtures}test/dynamic_unnamed.onnx`, "--out", "/tmp/never.json"], /^dnntune: --input: .*has dynamic shape \[batch, 64\]; give one with --input x=1x64 \(1 stands for each open dimension: give the sizes your application runs\)$/],
    ["an input no model has", ["--model", mlp, "--input-value", "pixels=1", "--out", "/tmp/never.json"], /^dnntune: --input-value pixels: no model has an input "pixels"/],
    ["--max-runs alone", ["--model", mlp, "--max-runs", "60", "--out", "/tmp/never.json"], /^dnntune: --max-runs: adaptive sampling needs a base to interleave: a --base-model \(or --base-threads\); results of another process can never decide, so there is nothing to sample towards$/],
    ["a base with two models", ["--model", mlp, mlp, "--base-model", mlp, "--out", "/tmp/never.json"], /^dnntune: --base-model: paired mode interleaves one base with one head model; give exactly one --model \(got 2\)$/],
  ])("%s", async (_what, args, message) => {
    const { status, stderr } = await runCli(["bench", ...quick, ...args]);
    expect(status).toBe(2);
    expect(stderr.trimEnd()).toMatch(message);
  });
});

describe("dnntune bench: a model file named to attack the terminal or the Actions log", () => {
  it("prints its name escaped in the progress, the summary and the results line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bench-hostile-"));
    const name = HOSTILE_NAMES.join("");
    const model = join(dir, `${name}.onnx`);
    copyFileSync(mlp, model);
    const out = join(dir, "results.json");
    // The folder, not the file: a file name holding "[" is read as a glob pattern.
    const { status, stdout, stderr } = await runCli(["bench", "--model", dir, ...quick, "--out", out]);
    expect(status).toBe(0);
    expectSafe(stdout);
    expectSafe(stderr);
    expect(stdout).toContain("\\e[31mred\\e[0m\\n::error::forged\\r::add-mask::secret#\\#[error]old-style\\u202eevil");
    // The results keep the real name: only what is printed is escaped.
    expect(JSON.parse(readFileSync(out, "utf8")).models[0].name).toBe(name);
  });

  it("escapes it in an error line too", async () => {
    const { status, stderr } = await runCli(["bench", "--model", `/nonexistent/${HOSTILE_NAMES.join("")}.onnx`, "--out", "/tmp/never.json"]);
    expect(status).toBe(2);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    expectSafe(stderr);
  });
});

describe("dnntune bench --config: the configured models on the chosen device", () => {
  const dir = mkdtempSync(join(tmpdir(), "bench-config-"));
  mkdirSync(join(dir, "models"));
  copyFileSync(mlp, join(dir, "models/mlp.onnx"));
  copyFileSync(`${fixtures}test/dynamic_unnamed.onnx`, join(dir, "models/dyn.onnx"));
  const config = join(dir, "dnntune.yml");
  writeFileSync(config, [
    "models:",
    "  - path: models/mlp.onnx",
    "  - path: models/dyn.onnx",
    "    name: dynamic",
    "    inputs: { x: 3x64 }",
    "devices:",
    "  laptop: { transport: local, threads: 1, optimization: basic }",
    "  pixel7: { transport: adb, serial: R58M123ABC, tool: ort-perf-test, binary: /data/local/tmp/perf }",
    "bench: { runs: 3, warmup: 0, profile-runs: 1 }",
  ].join("\n"));
  const read = (path: string) => JSON.parse(readFileSync(path, "utf8")) as { device: { name: string; fingerprint: { threads: number; optimization: string } }; models: { name: string; path: string; latency: { samples: number[] }; graph: { tensors: Record<string, { shape: number[] }> } }[] };

  it("benchmarks every configured model with its own inputs, paths relative to the file", async () => {
    const out = join(dir, "r.json");
    const { status, stderr } = await runCli(["bench", "--config", config, "--device", "laptop", "--out", out]);
    expect(stderr.split("\n").filter((l) => l.startsWith("dnntune:"))).toEqual([]);
    expect(status).toBe(0);
    const results = read(out);
    expect(results.device.name).toBe("laptop");
    expect([results.device.fingerprint.threads, results.device.fingerprint.optimization]).toEqual([1, "basic"]);
    expect(results.models.map((m) => [m.name, m.path, m.latency.samples.length])).toEqual([["mlp", join(dir, "models/mlp.onnx"), 3], ["dynamic", join(dir, "models/dyn.onnx"), 3]]);
    expect(results.models[1]!.graph.tensors.x!.shape).toEqual([3, 64]);
  });

  it("a --model that dnntune.yml configures keeps its name and inputs from the file (paired too)", async () => {
    const out = join(dir, "one.json");
    const dyn = join(dir, "models/dyn.onnx");
    const { status, stderr } = await runCli(["bench", "--config", config, "--device", "laptop", "--model", dyn, "--base-model", dyn, "--out", out]);
    expect(stderr.split("\n").filter((l) => l.startsWith("dnntune:"))).toEqual([]);
    expect(status).toBe(0);
    const results = read(out);
    expect(results.models.map((m) => m.name)).toEqual(["dynamic"]);
    expect(results.models[0]!.graph.tensors.x!.shape).toEqual([3, 64]);
  });

  it("names every input a model entry gives that the model lacks, at its place in the file, before any run", async () => {
    const wrong = join(dir, "wrong-inputs.yml");
    writeFileSync(wrong, ["models:", "  - path: models/dyn.onnx", "    inputs: { x: 3x64, xx: 1x1 }", "    values: { y: 1 }", "devices:", "  laptop: { transport: local }"].join("\n"));
    const { status, stderr } = await runCli(["bench", "--config", wrong, "--out", join(dir, "never.json")]);
    expect(stderr).toBe([
      `dnntune: ${wrong}: models[0].inputs.xx: not an input of ${join(dir, "models/dyn.onnx")}; did you mean "x"? (its inputs are x)`,
      `dnntune: ${wrong}: models[0].values.y: not an input of ${join(dir, "models/dyn.onnx")}; did you mean "x"? (its inputs are x)`,
      "",
    ].join("\n"));
    expect(status).toBe(2);
  });

  it("lets flags win over the file", async () => {
    const out = join(dir, "flags.json");
    const { status } = await runCli(["bench", "--config", config, "--model", mlp, "--runs", "4", "--optimization", "all", "--out", out]);
    expect(status).toBe(0);
    const results = read(out);
    // No --device: the file's one local device.
    expect(results.device.name).toBe("laptop");
    expect(results.device.fingerprint.optimization).toBe("all");
    expect(results.models.map((m) => [m.name, m.latency.samples.length])).toEqual([["mlp", 4]]);
  });

  it("fails a device it cannot reach as a failing device (exit 3), naming it, and writes nothing", async () => {
    // pixel7 is a phone over adb: here there is no adb, or no such phone, whichever this machine has.
    const { status, stderr } = await runCli(["bench", "--config", config, "--device", "pixel7", "--out", join(dir, "never.json")]);
    expect(status).toBe(3);
    expect(stderr).toMatch(/^dnntune: device pixel7: (list adb devices|find onnxruntime_perf_test|connect)/);
    expect(existsSync(join(dir, "never.json"))).toBe(false);
  });

  it("names the file and key of a bad value from the file, and the flag of a bad flag", async () => {
    const bad = join(dir, "bad.yml");
    writeFileSync(bad, "models: [{ path: models/mlp.onnx }]\nbench: { runs: 5, max-runs: 2 }\n");
    expect(await runCli(["bench", "--config", bad, "--out", join(dir, "x.json")])).toMatchObject({ status: 2, stderr: `dnntune: ${bad}: bench.max-runs: must be at least runs (5); got 2\n` });
    expect((await runCli(["bench", "--config", config, "--runs", "0", "--out", join(dir, "x.json")])).stderr).toBe('dnntune: --runs: expected an integer ≥ 1; got "0"\n');
  });
});
