import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { results } from "../compare/fixtures.js";
import { smallResults } from "../export/small-results.js";
import { expectSafe } from "../hostile-names.js";
import { runCli } from "../run-cli.js";

const fixture = new URL("../../fixtures/results/local.results.json", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "cli-export-"));
let n = 0;
const fresh = (name = "out.json") => join(dir, `${n++}-${name}`);

function write(name: string, value: unknown): string {
  const path = fresh(name);
  writeFileSync(path, typeof value === "string" ? value : JSON.stringify(value));
  return path;
}

/** One line on stderr, status 2, nothing written. */
async function refused(args: string[], message: RegExp, out?: string): Promise<void> {
  const { status, stdout, stderr } = await runCli(["export", ...args]);
  expect(status, stderr).toBe(2);
  expect(stdout).toBe("");
  expect(stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(stderr.trimEnd()).toMatch(message);
  if (out !== undefined) expect(existsSync(out)).toBe(false);
}

describe("dnntune export", () => {
  it("writes github-action-benchmark entries from a real results file and says what it wrote", async () => {
    const out = fresh("gab.json");
    const { status, stdout, stderr } = await runCli(["export", "--results", fixture, "--format", "gab", "--out", out, "--layers", "top:2"]);
    expect(status, stderr).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toBe(`wrote ${out} (6 endpoints, github-action-benchmark customSmallerIsBetter JSON)\n`);
    const entries = JSON.parse(readFileSync(out, "utf8")) as { name: string; unit: string; value: number }[];
    expect(entries.map((e) => e.name)).toEqual([
      "if_branches @ local: latency", "if_branches @ local: layer fused fc_in", "if_branches @ local: layer branch",
      "mlp @ local: latency", "mlp @ local: layer fused fc1", "mlp @ local: layer fused fc2",
    ]);
    // medians: fused fc_in of [8, 4, 6] is 6 µs, branch of [11, 9, 10] is 10 µs
    expect(entries[1]).toMatchObject({ unit: "us", value: 6 });
    expect(entries[2]).toMatchObject({ unit: "us", value: 10 });
  });

  it("writes Bencher Metric Format, latency in nanoseconds", async () => {
    const out = fresh("bmf.json");
    expect((await runCli(["export", "--results", fixture, "--format", "bmf", "--out", out])).status).toBe(0);
    const bmf = JSON.parse(readFileSync(out, "utf8")) as Record<string, Record<string, { value: number }>>;
    expect(Object.keys(bmf)).toEqual(["if_branches @ local", "mlp @ local"]);
    expect(bmf["if_branches @ local"]!.latency!.value).toBe(41216);
  });

  it("writes the same bytes for the same results (names and values do not drift)", async () => {
    const [a, b] = [fresh(), fresh()];
    for (const out of [a, b]) expect((await runCli(["export", "--results", fixture, "--format", "gab", "--layers", "all", "--out", out])).status).toBe(0);
    expect(readFileSync(a, "utf8")).toBe(readFileSync(b, "utf8"));
  });

  it("replaces an export it wrote, in either format", async () => {
    const out = fresh();
    expect((await runCli(["export", "--results", fixture, "--format", "gab", "--out", out])).status).toBe(0);
    expect((await runCli(["export", "--results", fixture, "--format", "gab", "--out", out, "--layers", "all"])).status).toBe(0);
    expect((await runCli(["export", "--results", fixture, "--format", "bmf", "--out", out])).status).toBe(0);
    expect(Object.keys(JSON.parse(readFileSync(out, "utf8")) as object)).toEqual(["if_branches @ local", "mlp @ local"]);
  });

  it("keeps names with control characters in the file, and out of the terminal", async () => {
    const file = smallResults();
    file.device.name = "\n::error::forged\x1b[2J";
    const out = fresh("\x1b[31mred.json");
    const { status, stdout } = await runCli(["export", "--results", write("odd.json", file), "--format", "gab", "--out", out]);
    expect(status).toBe(0);
    expectSafe(stdout);
    expect((JSON.parse(readFileSync(out, "utf8")) as { name: string }[])[0]!.name).toBe("tiny @ \n::error::forged\x1b[2J: latency");
  });
});

describe("dnntune export: bad input is one line naming the flag or the file", () => {
  it.each([
    [["--format", "csv"], /^dnntune: --format: expected gab \(github-action-benchmark, tool customSmallerIsBetter\) or bmf \(Bencher Metric Format, bencher run --adapter json\); got "csv"$/],
    [["--format", "gab", "--layers", "top:0"], /^dnntune: --layers: expected none, all or top:N with N a whole number from 1 .*; got "top:0"$/],
    [["--format", "gab", "--layers", "some"], /^dnntune: --layers: .*got "some"$/],
    [["--format", "gab", "--layer", "all"], /^dnntune: --layer: Unknown option '--layer' \(did you mean --layers\?/],
  ])("%j", async (args, message) => {
    const out = fresh();
    await refused(["--results", fixture, "--out", out, ...args], message, out);
  });

  it.each([
    ["--results", ["--format", "gab", "--out", "x.json"], /^dnntune: --results: give the results file to export, e.g. --results results\.json$/],
    ["--format", ["--results", "r.json", "--out", "x.json"], /^dnntune: --format: give the format to write, e.g. --format gab$/],
    ["--out", ["--results", "r.json", "--format", "bmf"], /^dnntune: --out: give the file to write, e.g. --out benchmark\.json$/],
  ])("a missing %s", async (_, args, message) => {
    await refused(args, message);
  });

  it("a results file that is not there", async () => {
    const out = fresh();
    await refused(["--results", join(dir, "missing.json"), "--format", "gab", "--out", out], /^dnntune: --results: cannot read .*missing\.json: no such file$/, out);
  });

  it("a results file that is not JSON names the file", async () => {
    const out = fresh();
    const bad = write("bad.json", "{ not json");
    await refused(["--results", bad, "--format", "bmf", "--out", out], /^dnntune: .*bad\.json: not valid JSON/, out);
  });

  it("a results file without models names the file and the field", async () => {
    const out = fresh();
    const empty = write("empty.json", results([]));
    await refused(["--results", empty, "--format", "gab", "--out", out], /^dnntune: .*empty\.json: models: holds no model, so there is nothing to export/, out);
  });

  it("an --out that is the results file", async () => {
    const copy = write("copy.json", readFileSync(fixture, "utf8"));
    await refused(["--results", copy, "--format", "gab", "--out", copy], /^dnntune: --out: .*copy\.json is an input of this run \(--results .*copy\.json\)/);
    expect(readFileSync(copy, "utf8")).toBe(readFileSync(fixture, "utf8"));
  });

  it.each([
    ["another tool's benchmark file", JSON.stringify([{ name: "fib(20)", unit: "ns/iter", value: 37174 }])],
    ["a dnntune results file", "RESULTS"],
    ["a text file", "notes\n"],
  ])("an --out that holds %s is not replaced", async (_, content) => {
    const out = write("taken.json", content === "RESULTS" ? readFileSync(fixture, "utf8") : content);
    const before = readFileSync(out, "utf8");
    await refused(["--results", fixture, "--format", "gab", "--out", out], /^dnntune: --out: .*taken\.json exists and is not a file dnntune wrote; dnntune replaces only a github-action-benchmark or Bencher Metric Format file that dnntune exported, so give a new path or remove that file first$/);
    expect(readFileSync(out, "utf8")).toBe(before);
  });
});
