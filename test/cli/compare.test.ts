import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Results } from "../../src/results/types.js";
import { scaledResults } from "../helpers/scaled-results.js";
import { runCli } from "../run-cli.js";
import { expectSafe, HOSTILE_NAMES } from "../hostile-names.js";

const fixtures = new URL("../../fixtures/", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "cli-compare-"));
const basePath = join(dir, "base.json");
let base: Results;

function write(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
}

const scaled = (factor: number): Results => scaledResults(base, factor);

beforeAll(async () => {
  const { status } = await runCli(["bench", "--model", `${fixtures}models/mlp.onnx`, "--runs", "20", "--warmup", "2", "--profile-runs", "3", "--threads", "1", "--out", basePath]);
  expect(status).toBe(0);
  base = JSON.parse(readFileSync(basePath, "utf8")) as Results;
});

describe("dnntune compare --threshold", () => {
  it("reads 5% and 0.05 as the same threshold", async () => {
    const head = write("slow.json", scaled(1.3));
    const outputs = [];
    for (const threshold of ["5%", "0.05", ".05", " 5 % "]) {
      const out = join(dir, `t-${outputs.length}.json`);
      const { status, stderr } = await runCli(["compare", "--base", basePath, "--head", head, "--threshold", threshold, "--out", out]);
      expect(status, stderr).toBe(0);
      outputs.push(readFileSync(out, "utf8"));
    }
    expect(new Set(outputs).size).toBe(1);
  });

  it("is really read: a paired 30 % slowdown is a regression at 5 %, not at 70 % (flagged from 35 %)", async () => {
    const head = write("slow.json", scaled(1.3));
    const verdict = async (threshold: string) => {
      const out = join(dir, `v-${threshold.replace(/\W/g, "")}.json`);
      expect((await runCli(["compare", "--base", basePath, "--head", head, "--threshold", threshold, "--out", out])).status).toBe(0);
      return JSON.parse(readFileSync(out, "utf8")).endpoints.find((e: { metric: string }) => e.metric === "latency").verdict;
    };
    expect(await verdict("5%")).toBe("regression");
    expect(await verdict("0.7")).not.toBe("regression");
  });

  it.each([
    ["5", /^dnntune: --threshold: 5 reads as a fraction \(500 %\); for 5 % write 5% or 0\.05$/],
    ["1", /^dnntune: --threshold: 1 reads as a fraction \(100 %\); for 1 % write 1% or 0\.01$/],
    ["2.5", /^dnntune: --threshold: 2\.5 reads as a fraction \(250 %\); for 2\.5 % write 2\.5% or 0\.025$/],
    ["100%", /^dnntune: --threshold: must be a percentage such as 5% or a fraction such as 0\.05, below 100 %; got "100%"$/],
    ["lots", /^dnntune: --threshold: must be a percentage such as 5% or a fraction such as 0\.05, below 100 %; got "lots"$/],
    ["1e-2", /^dnntune: --threshold: must be a percentage/],
  ])("refuses %j in one line that offers the fix", async (threshold, message) => {
    const out = join(dir, "refused.json");
    const { status, stderr } = await runCli(["compare", "--base", basePath, "--head", basePath, "--threshold", threshold, "--out", out]);
    expect(status).toBe(2);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(stderr.trimEnd()).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });
});

describe("dnntune compare: errors name the flag", () => {
  it.each([
    [["--alpha", "2"], /^dnntune: --alpha: must be a number in \(0, 1\); got 2$/],
    [["--alpha", "abc"], /^dnntune: --alpha: must be a number; got "abc"$/],
    [["--min-abs-us=-5"], /^dnntune: --min-abs-us: must be a non-negative number; got -5$/],
    [["--min-abs-layer-us", "x"], /^dnntune: --min-abs-layer-us: must be a number; got "x"$/],
  ])("%j", async (args, message) => {
    const { status, stderr } = await runCli(["compare", "--base", basePath, "--head", basePath, "--out", join(dir, "never.json"), ...args]);
    expect(status).toBe(2);
    expect(stderr.trimEnd()).toMatch(message);
  });

  it.each([
    [["--head", "h.json", "--out", "o.json"], "dnntune: --base: give the baseline results file(s), e.g. --base base.json\n"],
    [["--base", "b.json", "--out", "o.json"], "dnntune: --head: give the head results file(s), e.g. --head head.json\n"],
    [["--base", "b.json", "--head", "h.json"], "dnntune: --out: give the comparison file to write, e.g. --out comparison.json\n"],
    [["--base", "b.json", "--head", "h.json", "--out", "o.json", "stray"], 'dnntune: arguments: unexpected argument "stray" (dnntune compare --help lists the options)\n'],
  ])("a missing or stray argument: %j", async (args, line) => {
    const { status, stderr } = await runCli(["compare", ...args]);
    expect(status).toBe(2);
    expect(stderr).toBe(line);
  });
});

describe("dnntune compare: model and layer names from a results file", () => {
  it("are printed escaped", async () => {
    const hostile = (factor: number) => {
      const results = scaled(factor);
      results.device.name = HOSTILE_NAMES[1]!;
      for (const model of results.models) {
        model.name = HOSTILE_NAMES.join("");
        model.layers.forEach((layer, i) => { layer.name = `${HOSTILE_NAMES[i % HOSTILE_NAMES.length]}`; });
      }
      return results;
    };
    const { status, stdout, stderr } = await runCli(["compare", "--base", write("hb.json", hostile(1)), "--head", write("hh.json", hostile(1.5)), "--out", join(dir, "hostile.json")]);
    expect(status).toBe(0);
    expect(stdout).toContain("regression");
    expectSafe(stdout);
    expectSafe(stderr);
  });
});

describe("dnntune compare --fail-on-regression with gate.fail-on", () => {
  // The head is the base with every sample ×1.3: latency and the heavy layers regress.
  it.each([
    ["the default (latency)", "", 1],
    // Three profiled runs per side cannot judge a layer (too-few-samples), so nothing named regressed.
    ["fail-on: [layers]: the latency regression only informs", "gate:\n  fail-on: [layers]\n", 0],
    ["fail-on: [energy]: nothing it names regressed", "gate:\n  fail-on: [energy]\n", 0],
    ["fail-on: latency (one word)", "gate:\n  fail-on: latency\n", 1],
  ])("%s", async (_, yaml, status) => {
    const config = join(dir, `fail-on-${status}-${yaml.length}.yml`);
    writeFileSync(config, yaml);
    const head = write(`fail-on-head-${yaml.length}.json`, scaled(1.3));
    const run = await runCli(["compare", "--base", basePath, "--head", head, "--out", join(dir, `fail-on-${yaml.length}.json`), "--config", config, "--fail-on-regression"]);
    expect(run.stdout).toMatch(/✗ regression {2}mlp on local latency/);
    expect(run.status).toBe(status);
  });
});
