import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../run-cli.js";

const fixtures = new URL("../../fixtures/", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "cli-config-"));
cpSync(`${fixtures}models/mlp.onnx`, join(dir, "models/mlp.onnx"), { recursive: true });

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const GOOD = write("dnntune.yml", `models:
  - path: models/mlp.onnx
devices:
  laptop:
    transport: local
    threads: 2
  pixel7: { transport: adb, serial: R58M123ABC, tool: ort-perf-test, binary: /data/local/tmp/perf }
bench:
  runs: 50
gate: { threshold: 2% }
`);

describe("dnntune config", () => {
  it("says the file is valid", async () => {
    expect(await runCli(["config", "--config", GOOD])).toEqual({ status: 0, stdout: `${GOOD}: valid (1 model, 2 devices, 0 networks)\n`, stderr: "" });
  });

  it("--print shows each effective value with its source: flag, file line, default", async () => {
    const { status, stdout } = await runCli(["config", "--print", "--config", GOOD, "--device", "laptop", "--runs", "80", "--network", "wifi"]);
    expect(status).toBe(0);
    const line = (key: string) => stdout.split("\n").find((l) => l.startsWith(`${key} `))?.replace(/\s+/g, " ");
    expect(line("bench.runs")).toBe("bench.runs 80 # flag --runs");
    expect(line("devices.laptop.threads")).toBe(`devices.laptop.threads 2 # ${GOOD}:6`);
    expect(line("devices.laptop.transport")).toBe(`devices.laptop.transport local # ${GOOD}:5`);
    expect(line("gate.threshold")).toBe(`gate.threshold 2% # ${GOOD}:10`);
    expect(line("bench.warmup")).toBe("bench.warmup 10 # default");
    expect(line("split.networks")).toBe("split.networks [wifi] # flag --network");
    expect(line("models")).toBe(`models [${join(dir, "models/mlp.onnx")}] # ${GOOD}:2`);
    expect(stdout).toContain("# device: laptop\n");
  });

  it("--print shows another device's own keys", async () => {
    const { stdout } = await runCli(["config", "--print", "--config", GOOD, "--device", "pixel7"]);
    expect(stdout).toMatch(/^devices\.pixel7\.serial\s+R58M123ABC\s+# .*:7$/m);
    expect(stdout).toMatch(/^devices\.pixel7\.threads\s+the device's cores\s+# default$/m);
  });

  it("--print without a file shows the defaults", async () => {
    const { status, stdout } = await runCli(["config", "--print", "--runs", "5"]);
    expect(status).toBe(0);
    expect(stdout).toContain("dnntune.yml (none read)");
    expect(stdout).toMatch(/^bench\.runs\s+5\s+# flag --runs$/m);
  });

  it("reports every problem of a file at once, one line each, exit 2", async () => {
    const bad = write("bad.yml", `devices:
  pixel7: { transport: usb }
  board: { transport: ssh, host: b, tool: ort-python, serial: R58 }
split:
  pairs: [{ mobile: pixle7, cloud: board }]
bench: { runz: 3 }
models: [{ path: "nothing/*.onnx" }]
`);
    const { status, stdout, stderr } = await runCli(["config", "--config", bad]);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toEqual([
      `dnntune: ${bad}: devices.pixel7.transport: must be one of local, adb, ssh; got "usb"`,
      `dnntune: ${bad}: devices.board.serial: unknown key; "serial" is for transport adb, not transport ssh`,
      `dnntune: ${bad}: bench.runz: unknown key; did you mean "runs"?`,
      `dnntune: ${bad}: split.pairs[0].mobile: no device "pixle7" in devices; did you mean "pixel7"?`,
      `dnntune: ${bad}: models[0].path: no .onnx file matches ${dir}/nothing/*.onnx`,
    ]);
  });

  it.each([
    ["YAML that is not a mapping", "[1, 2]\n", /: must be a mapping; got an array of 2$/],
    ["a duplicate key", "bench: {}\nbench: {}\n", /: duplicate key "bench" at line 2; each key may appear once in a mapping$/],
    ["an alias bomb", `a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [${Array(10).fill("*a").join(",")}]\nc: &c [${Array(10).fill("*b").join(",")}]\nd: [${Array(10).fill("*c").join(",")}]\n`, /: its aliases expand past 100 nodes \(an alias bomb\?\); write the values out$/],
    ["YAML syntax", "bench: [unclosed\n", /: not valid YAML at line \d+ /],
  ])("refuses %s in one line, exit 2, no stack", async (_, text, message) => {
    const { status, stderr } = await runCli(["config", "--config", write("broken.yml", text)]);
    expect(status).toBe(2);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr.trim()).toMatch(message);
  });

  it("names --config for a file that is not there, and asks for one when none is here", async () => {
    expect((await runCli(["config", "--config", join(dir, "nope.yml")])).stderr).toBe(`dnntune: --config: cannot read ${join(dir, "nope.yml")}: no such file\n`);
    expect((await runCli(["config", "--device", "x"])).stderr).toBe("dnntune: --config: no dnntune.yml here; give --config FILE\n");
  });

  it("refuses a --device the file does not declare", async () => {
    const { status, stderr } = await runCli(["config", "--print", "--config", GOOD, "--device", "pixel8"]);
    expect(status).toBe(2);
    expect(stderr).toBe(`dnntune: --device: no device "pixel8" in ${GOOD}; did you mean "pixel7"? (its devices are laptop, pixel7)\n`);
  });
});

describe("commands that read dnntune.yml never write over it", () => {
  it.each([
    ["bench", ["bench", "--config", GOOD, "--device", "laptop", "--out", GOOD]],
    ["compare", ["compare", "--config", GOOD, "--base", GOOD, "--head", GOOD, "--out", GOOD]],
  ])("%s --out dnntune.yml exits 2 and leaves it", async (_, args) => {
    const before = readFileSync(GOOD, "utf8");
    const { status, stderr } = await runCli(args);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^dnntune: --out: /);
    expect(readFileSync(GOOD, "utf8")).toBe(before);
  });
});

describe("dnntune config --print checks the flags as the commands do", () => {
  it.each([
    [["--threshold=abc"], /^dnntune: --threshold: must be a percentage such as 5% or a fraction such as 0\.05/],
    [["--runs=-3"], /^dnntune: --runs: expected an integer from 1 to 100000, in digits; got "-3"/],
    [["--alpha=7"], /^dnntune: --alpha: must be a number in \(0, 1\); got 7/],
    [["--objective", "speed"], /^dnntune: --objective: must be one of latency, energy; got "speed"/],
    [["--optimization", "max"], /^dnntune: --optimization: expected one of disabled, basic, extended, all; got "max"/],
  ])("refuses %j, exit 2", async (flags, message) => {
    const { status, stderr } = await runCli(["config", "--print", ...flags]);
    expect(stderr).toMatch(message);
    expect(status).toBe(2);
  });
});
