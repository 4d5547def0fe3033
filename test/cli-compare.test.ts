import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { scaledResults } from "./helpers/scaled-results.js";
import { runCli } from "./run-cli.js";
import type { Results } from "../src/results/types.js";

const fixtures = new URL("../fixtures/", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "compare-"));
const basePath = join(dir, "base.json");

const run = (args: string[]) => runCli(args);

function write(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof value === "string" ? value : JSON.stringify(value));
  return path;
}

let base: Results;
beforeAll(async () => {
  const { status } = await run(["bench", "--model", `${fixtures}models/mlp.onnx`, "--runs", "30", "--warmup", "3", "--profile-runs", "5", "--threads", "1", "--out", basePath]);
  expect(status).toBe(0);
  base = JSON.parse(readFileSync(basePath, "utf8")) as Results;
});

const scaled = (factor: number): Results => scaledResults(base, factor);

describe("dnntune compare", () => {
  it("calls a 30 % slowdown a regression and exits 1 with --fail-on-regression", async () => {
    const head = write("slow.json", scaled(1.3));
    const out = join(dir, "comparison.json");
    const { status, stdout } = await run(["compare", "--base", basePath, "--head", head, "--out", out, "--fail-on-regression"]);
    expect(status).toBe(1);
    expect(stdout).toMatch(/✗ regression {2}mlp on local latency {2}\+30\.0 %/);
    const comparison = JSON.parse(readFileSync(out, "utf8"));
    expect(comparison.schema).toBe("dnntune.comparison/v1");
    const latency = comparison.endpoints.find((e: { metric: string }) => e.metric === "latency");
    expect(latency).toMatchObject({ model: "mlp", device: "local", verdict: "regression", nBase: 30, nHead: 30, paired: true, unit: "pairs" });
    expect(latency.ratio).toBeCloseTo(1.3, 6);
  });

  it("exits 0 on the same regression without --fail-on-regression", async () => {
    const { status } = await run(["compare", "--base", basePath, "--head", write("slow2.json", scaled(1.3)), "--out", join(dir, "c2.json")]);
    expect(status).toBe(0);
  });

  it("calls identical results equivalent", async () => {
    // The real run's spread depends on the machine's load; ±1 % around its median keeps the
    // interval inside ±5 % on any machine, so the verdict depends only on the rule.
    const steady = structuredClone(base);
    for (const model of steady.models) {
      const median = [...model.latency.samples].sort((a, b) => a - b)[model.latency.samples.length >> 1]!;
      model.latency.samples = model.latency.samples.map((_, i) => median * (0.99 + 0.02 * ((i * 7) % 30) / 29));
    }
    // As a paired bench of a model against itself writes it: the head holds its own base.
    const head = scaledResults(steady, 1);
    const { status, stdout } = await run(["compare", "--base", write("steady.json", steady), "--head", write("steady-head.json", head), "--out", join(dir, "same.json"), "--fail-on-regression"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/= equivalent {2}mlp on local latency {2}\+0\.0 %/);
  });

  it("decides nothing from one process a side, and says what would", async () => {
    const other = write("other.json", scaledResults(base, 1.3));
    const unpaired = JSON.parse(readFileSync(other, "utf8"));
    for (const model of unpaired.models) delete model.latency.paired;
    const { status, stdout } = await run(["compare", "--base", basePath, "--head", write("unpaired.json", unpaired), "--out", join(dir, "unpaired-c.json"), "--fail-on-regression"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/\? inconclusive {2}mlp on local latency {2}\+30\.0 %.*one process a side.*run base and head paired \(bench --base-model\)/);
  });
});

describe("dnntune compare on bad input: status 2, naming the file and field, nothing written", () => {
  const cases: [string, () => string[], RegExp][] = [
    ["a results file of another schema", () => ["--base", write("other.json", { schema: "bencher/bmf" }), "--head", basePath], /other\.json: schema: expected "dnntune\.results\/v1".*got "bencher\/bmf"/],
    ["truncated JSON", () => ["--base", basePath, "--head", write("cut.json", readFileSync(basePath, "utf8").slice(0, 300))], /cut\.json: not valid JSON .*truncated/],
    ["results of different models with no overlap", () => {
      const other = structuredClone(base);
      other.models[0]!.name = "resnet";
      return ["--base", basePath, "--head", write("resnet.json", other)];
    }, /no model × device in common|no overlap|in common/],
    ["empty samples", () => {
      const empty = structuredClone(base);
      empty.models[0]!.latency.samples = [];
      return ["--base", basePath, "--head", write("empty.json", empty)];
    }, /empty\.json: models\[0\]\.latency\.samples: expected a non-empty array/],
    ["a file that does not exist", () => ["--base", join(dir, "nope.json"), "--head", basePath], /--base: cannot read .*nope\.json: no such file/],
    ["a threshold that is not a percentage", () => ["--base", basePath, "--head", basePath, "--threshold", "lots"], /threshold/],
  ];
  for (const [what, args, message] of cases) {
    it(what, async () => {
      const out = join(dir, `${what.replace(/\W+/g, "-")}.out.json`);
      const { status, stderr } = await run(["compare", ...args(), "--out", out]);
      expect(status).toBe(2);
      expect(stderr.trim()).toMatch(message);
      expect(stderr.trim().split("\n")).toHaveLength(1);
      expect(existsSync(out)).toBe(false);
    });
  }
});
