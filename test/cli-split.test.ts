import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";
import type { Results } from "../src/results/types.js";

const fixtures = new URL("../fixtures/", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "split-"));
const mobilePath = join(dir, "mobile.json");
const cloudPath = join(dir, "cloud.json");
let mobile: Results;

const run = (args: string[]) => runCli(args);

function write(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof value === "string" ? value : JSON.stringify(value));
  return path;
}

// The "cloud" is the same measured results made ten times faster, a setting where the answer is
// known: a split can only help when sending a tensor costs less than the phone time it saves.
beforeAll(async () => {
  const { status } = await run(["bench", "--model", `${fixtures}models/squeezenet.onnx`, "--model", `${fixtures}models/resnet.onnx`, "--runs", "3", "--warmup", "1", "--profile-runs", "3", "--out", mobilePath]);
  expect(status).toBe(0);
  mobile = JSON.parse(readFileSync(mobilePath, "utf8")) as Results;
  const cloud = structuredClone(mobile);
  cloud.device.name = "cloud";
  for (const model of cloud.models) for (const layer of model.layers) layer.samples = layer.samples.map((s) => s * 0.1);
  write("cloud.json", cloud);
});

describe("dnntune split", () => {
  it("writes the best split per model, network and objective, never worse than either extreme", async () => {
    const out = join(dir, "split.json");
    const { status, stdout } = await run(["split", "--mobile", mobilePath, "--cloud", cloudPath, "--out", out]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/phone power 2\.5 W active, 0\.3 W idle \(assumed: set devices\.local\.power in dnntune\.yml\)/);
    const report = JSON.parse(readFileSync(out, "utf8"));
    expect(report.schema).toBe("dnntune.split/v1");
    expect(report.splits).toHaveLength(2 * 3 * 2);
    for (const s of report.splits) {
      const key = s.objective === "latency" ? "latencyUs" : "phoneEnergyMj";
      expect(s.best[key]).toBeLessThanOrEqual(Math.min(s.mobileOnly[key], s.cloudOnly[key]) * (1 + 1e-9));
      expect(s.curve.at(-1)[key]).toBeCloseTo(s.mobileOnly[key], 6);
      expect(s.mobile).toBe("local");
      expect(s.cloud).toBe("cloud");
    }
  });

  it("takes networks and device power from dnntune.yml", async () => {
    const config = write("dnntune.yml", "networks:\n  fiber: { uplink-mbps: 1000, downlink-mbps: 1000, rtt-ms: 1 }\ndevices:\n  local:\n    power: { active-w: 4, idle-w: 0.5 }\n");
    const out = join(dir, "fiber.json");
    const { status, stdout } = await run(["split", "--mobile", mobilePath, "--cloud", cloudPath, "--network", "fiber", "--objective", "energy", "--config", config, "--out", out]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/phone power 4 W active, 0\.5 W idle\n/);
    const report = JSON.parse(readFileSync(out, "utf8"));
    expect(report.splits.map((s: { network: string; objective: string }) => `${s.network}/${s.objective}`)).toEqual(["fiber/energy", "fiber/energy"]);
  });
});

describe("dnntune split with a baseline (split diff)", () => {
  it("reports where the best split moved and calls a 40× slower phone's move a regression", async () => {
    // Three profiled runs on a loaded machine can hold an outlier that widens the bootstrap
    // interval past the threshold; the measured medians with ±1 % spread keep this about the rule.
    const steady = structuredClone(mobile);
    for (const model of steady.models) {
      for (const layer of model.layers) {
        const median = [...layer.samples].sort((a, b) => a - b)[layer.samples.length >> 1]!;
        layer.samples = layer.samples.map((_, i) => median * (0.99 + 0.01 * (i % 3)));
      }
    }
    const slow = structuredClone(steady);
    for (const model of slow.models) for (const layer of model.layers) layer.samples = layer.samples.map((s) => s * 40);
    const out = join(dir, "diff.json");
    const { status, stdout } = await run(["split", "--mobile", write("slow.json", slow), "--cloud", cloudPath, "--base-mobile", write("steady.json", steady), "--base-cloud", cloudPath, "--network", "wifi", "--objective", "latency", "--no-crossovers", "--out", out]);
    expect(status).toBe(0);
    const { diff } = JSON.parse(readFileSync(out, "utf8"));
    const resnet = diff.findings.find((f: { model: string }) => f.model === "resnet");
    expect(resnet).toMatchObject({ network: "wifi", objective: "latency", moved: true, verdict: "regression" });
    expect(resnet.base.label).toBe("mobile-only");
    expect(resnet.ci[0]).toBeGreaterThan(1.05);
    expect(stdout).toMatch(/regression: the best wifi split moved from mobile-only to /);
  });

  it("finds nothing moved when base and head are the same results", async () => {
    const out = join(dir, "same.json");
    const { status } = await run(["split", "--mobile", mobilePath, "--cloud", cloudPath, "--base-mobile", mobilePath, "--base-cloud", cloudPath, "--no-crossovers", "--out", out]);
    expect(status).toBe(0);
    const { diff } = JSON.parse(readFileSync(out, "utf8"));
    expect(diff.findings).toHaveLength(2 * 3 * 2);
    for (const f of diff.findings) {
      expect(f.moved).toBe(false);
      expect(f.verdict).not.toBe("regression");
    }
  });
});

describe("dnntune split on bad input: status 2, a clear line, nothing written", () => {
  const cases: [string, () => string[], RegExp][] = [
    ["results of two different models", () => {
      const other = structuredClone(mobile);
      other.device.name = "cloud";
      for (const m of other.models) { m.name = `${m.name}_v2`; m.sha256 = "0".repeat(64); }
      return ["--mobile", mobilePath, "--cloud", write("other.json", other)];
    }, /the mobile results \(local\) and cloud results \(cloud\) have no model in common/],
    ["a device with no layer samples", () => {
      const bare = structuredClone(mobile);
      bare.device.name = "cloud";
      for (const m of bare.models) m.layers = [];
      return ["--mobile", mobilePath, "--cloud", write("bare.json", bare)];
    }, /cloud results \(cloud\), model (resnet|squeezenet): has no layer samples; run bench with a profiling phase/],
    ["a network with zero bandwidth", () => ["--mobile", mobilePath, "--cloud", cloudPath, "--network", "dead", "--config", write("zero.yml", "networks:\n  dead: { uplink-mbps: 0, downlink-mbps: 10, rtt-ms: 5 }\n")], /zero\.yml: networks\.dead\.uplink-mbps: must be a positive number; got 0/],
    ["an unknown network", () => ["--mobile", mobilePath, "--cloud", cloudPath, "--network", "5g"], /--network: must be one of wifi, lte, 3g; got "5g"/],
    ["a network named after an Object property", () => ["--mobile", mobilePath, "--cloud", cloudPath, "--network", "constructor"], /^dnntune: --network: must be one of wifi, lte, 3g; got "constructor"$/],
    ["a network named __proto__, with networks of a config", () => ["--mobile", mobilePath, "--cloud", cloudPath, "--network", "__proto__", "--config", write("office.yml", "networks:\n  office: { uplink-mbps: 50, downlink-mbps: 100, rtt-ms: 8 }\n")], /^dnntune: --network: must be one of office, wifi, lte, 3g; got "__proto__"$/],
    ["an unknown objective", () => ["--mobile", mobilePath, "--cloud", cloudPath, "--objective", "cost"], /--objective: must be one of latency, energy; got "cost"/],
  ];
  for (const [what, args, message] of cases) {
    it(what, async () => {
      const out = join(dir, `${what.replace(/\W+/g, "-")}.json`);
      const result = await run(["split", ...args(), "--out", out]);
      expect(result.status).toBe(2);
      expect(result.stderr.trim()).toMatch(/^dnntune: /);
      expect(result.stderr.trim()).toMatch(message);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(existsSync(out)).toBe(false);
    });
  }
});
