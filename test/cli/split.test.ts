import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Results } from "../../src/results/types.js";
import { runCli } from "../run-cli.js";
import { expectSafe, HOSTILE_NAMES } from "../hostile-names.js";

const fixtures = new URL("../../fixtures/", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "cli-split-"));
const mobilePath = join(dir, "mobile.json");
let mobile: Results;
let cloudPath: string;

function write(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
}

function cloudOf(results: Results): Results {
  const cloud = structuredClone(results);
  cloud.device.name = "cloud";
  for (const model of cloud.models) for (const layer of model.layers) layer.samples = layer.samples.map((s) => s * 0.1);
  return cloud;
}

beforeAll(async () => {
  const { status } = await runCli(["bench", "--model", `${fixtures}models/mlp.onnx`, "--runs", "3", "--warmup", "1", "--profile-runs", "3", "--threads", "1", "--out", mobilePath]);
  expect(status).toBe(0);
  mobile = JSON.parse(readFileSync(mobilePath, "utf8")) as Results;
  cloudPath = write("cloud.json", cloudOf(mobile));
});

const common = () => ["--mobile", mobilePath, "--cloud", cloudPath, "--network", "wifi", "--objective", "latency", "--no-crossovers"];

describe("dnntune split: errors name the flag", () => {
  it.each([
    ["--base-mobile without --base-cloud", () => ["--base-mobile", mobilePath], /^dnntune: --base-cloud: a split diff needs the baseline of both devices: give --base-mobile and --base-cloud together$/],
    ["--base-cloud without --base-mobile", () => ["--base-cloud", cloudPath], /^dnntune: --base-mobile: a split diff needs/],
    ["--threshold 5 with a baseline", () => ["--base-mobile", mobilePath, "--base-cloud", cloudPath, "--threshold", "5"], /^dnntune: --threshold: 5 reads as a fraction \(500 %\); for 5 % write 5% or 0\.05$/],
    ["an unknown network", () => ["--network", "5g"], /^dnntune: --network: must be one of wifi, lte, 3g; got "5g"$/],
    ["a baseline that cannot be read", () => ["--base-mobile", join(dir, "nope.json"), "--base-cloud", cloudPath], /^dnntune: --base-mobile: cannot read .*nope\.json: no such file$/],
  ])("%s", async (_what, args, message) => {
    const out = join(dir, "never.json");
    const { status, stderr } = await runCli(["split", ...common(), ...args(), "--out", out]);
    expect(status).toBe(2);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(stderr.trimEnd()).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it("a missing --mobile", async () => {
    const { status, stderr } = await runCli(["split", "--cloud", cloudPath, "--out", join(dir, "never.json")]);
    expect(status).toBe(2);
    expect(stderr).toBe("dnntune: --mobile: give the mobile device's results file, e.g. --mobile pixel7.json\n");
  });
});

describe("dnntune split --threshold with a baseline", () => {
  it("reads 5% and 0.05 alike", async () => {
    const outputs = [];
    for (const threshold of ["5%", "0.05"]) {
      const out = join(dir, `t-${outputs.length}.json`);
      const { status } = await runCli(["split", ...common(), "--base-mobile", mobilePath, "--base-cloud", cloudPath, "--threshold", threshold, "--out", out]);
      expect(status).toBe(0);
      outputs.push(JSON.parse(readFileSync(out, "utf8")).diff);
    }
    expect(outputs[0]).toEqual(outputs[1]);
  });
});

describe("dnntune split: model names from the results files", () => {
  it("are printed escaped, in the table and in the diff", async () => {
    const hostile = structuredClone(mobile);
    for (const model of hostile.models) model.name = HOSTILE_NAMES.join("");
    const hostileMobile = write("hostile-mobile.json", hostile);
    const hostileCloud = write("hostile-cloud.json", cloudOf(hostile));
    const slow = structuredClone(hostile);
    for (const model of slow.models) for (const layer of model.layers) layer.samples = layer.samples.map((s) => s * 40);
    const { status, stdout, stderr } = await runCli(["split", "--mobile", write("hostile-slow.json", slow), "--cloud", hostileCloud, "--base-mobile", hostileMobile, "--base-cloud", hostileCloud, "--network", "wifi", "--objective", "latency", "--out", join(dir, "hostile.json")]);
    expect(status).toBe(0);
    expect(stdout).toContain("\\e[31mred");
    expectSafe(stdout);
    expectSafe(stderr);
  });
});

describe("dnntune split --config: networks, power, pairs, networks and objectives from dnntune.yml", () => {
  const config = join(dir, "dnntune.yml");
  writeFileSync(config, [
    "networks:",
    "  office: { uplink-mbps: 50, downlink-mbps: 100, rtt-ms: 8 }",
    "devices:",
    "  local: { power: { active-w: 4, idle-w: 1 } }",
    "  cloud: { role: cloud }",
    "  phone: { role: mobile }",
    "split:",
    "  pairs: [{ mobile: local, cloud: cloud }]",
    "  networks: [office]",
    "  objectives: [energy]",
  ].join("\n"));
  const read = (path: string) => JSON.parse(readFileSync(path, "utf8")) as { power: { activeW: number }; splits: { network: string; objective: string }[] };

  it("takes the file's split section and the mobile device's power", async () => {
    const out = join(dir, "split-config.json");
    const { status, stderr } = await runCli(["split", "--mobile", mobilePath, "--cloud", cloudPath, "--config", config, "--no-crossovers", "--out", out]);
    expect([status, stderr]).toEqual([0, ""]);
    const report = read(out);
    expect(report.power.activeW).toBe(4);
    expect(report.splits.map((s) => [s.network, s.objective])).toEqual([["office", "energy"]]);
  });

  it("lets --network and --objective win over the file", async () => {
    const out = join(dir, "split-flags.json");
    expect((await runCli(["split", "--mobile", mobilePath, "--cloud", cloudPath, "--config", config, "--network", "wifi", "--objective", "latency", "--no-crossovers", "--out", out])).status).toBe(0);
    expect(read(out).splits.map((s) => [s.network, s.objective])).toEqual([["wifi", "latency"]]);
  });

  it("warns when the results' devices are not one of the file's pairs", async () => {
    const other = join(dir, "pairs.yml");
    writeFileSync(other, "devices: { phone: {}, server: {} }\nsplit: { pairs: [{ mobile: phone, cloud: server }] }\n");
    const { status, stderr } = await runCli(["split", ...common(), "--config", other, "--out", join(dir, "split-pairs.json")]);
    expect(status).toBe(0);
    expect(stderr).toBe(`dnntune: warning: local × cloud is not one of ${other}'s split.pairs (phone × server)\n`);
  });
});
