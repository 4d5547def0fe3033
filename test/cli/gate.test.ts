// `dnntune gate` end to end, in process: comparison (and split) files written from the real
// pipeline's objects (test/report/scenarios.ts), the verdict printed, the comment written, and the
// exit status: 1 only for a gated, unaccepted regression.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMENT_MARKER } from "../../src/report/markdown/render-comment.js";
import { expectSafe, HOSTILE_NAMES } from "../hostile-names.js";
import { runCli } from "../run-cli.js";
import { fingerprintMismatch, inconclusive, noBaseline, oneRegression, splitMoved } from "../report/scenarios.js";

const dir = mkdtempSync(join(tmpdir(), "cli-gate-"));
const write = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === "string" ? value : JSON.stringify(value));
  return path;
};

const regression = write("regression.json", oneRegression().comparison);

describe("dnntune gate: the verdict and the exit status", () => {
  it("fails on a regression of what fail-on names: exit 1, the reason in one line, and how to accept it", async () => {
    const { status, stdout, stderr } = await runCli(["gate", "--comparison", regression]);
    expect(status).toBe(1);
    expect(stderr).toBe("");
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("gate: FAIL: 1 regression of what fail-on names (latency, energy)");
    expect(lines[1]).toMatch(/^ {2}✗ fail {2}detector on pixel7: latency \+1\d\.\d % \[\+1\d\.\d, \+1\d\.\d\] \(paired\)$/);
    expect(lines.at(-1)).toBe("to accept it: add the label dnntune:accept to the pull request (or run dnntune gate --accept)");
  });

  it("passes an accepted regression, saying so", async () => {
    const { status, stdout } = await runCli(["gate", "--comparison", regression, "--accept", "--accept-label", "perf-ok"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^gate: ACCEPTED: 1 regression accepted by the label perf-ok; the gate passes\n {2}! warn {2}accepted by the perf-ok label: 1 regression would fail the gate\n/);
  });

  it.each([
    ["latency,layers", 1],
    ["layers", 1],
    ["energy", 0],
    ["energy,split", 0],
  ])("--fail-on %s exits %i", async (failOn, status) => {
    expect((await runCli(["gate", "--comparison", regression, "--fail-on", failOn])).status).toBe(status);
  });

  it("never fails on endpoints that are merely inconclusive, and says what would decide them", async () => {
    const { status, stdout } = await runCli(["gate", "--comparison", write("inconclusive.json", inconclusive().comparison), "--fail-on", "latency,energy,layers"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^gate: PASS: no regression of latency, energy, layers in 3 model endpoints compared \(1 paired, 2 one process a side\)\n/);
    expect(stdout).toContain("  ! warn  2 endpoints inconclusive: one process a side decides nothing: run base and head paired (bench --base-model), or ≥ 4 processes a side (bench --processes) (detector on pixel7, classifier on pixel7)\n");
  });

  it("passes without a baseline, with a warning", async () => {
    const { status, stdout, stderr } = await runCli(["gate", "--comparison", write("none.json", noBaseline().comparison)]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^gate: NO BASELINE: nothing was compared; the gate passes\n/);
    expect(stderr).toBe("dnntune: warning: no baseline: nothing was compared, so the gate passes without having checked anything\n");
  });

  it("warns of other setups and passes", async () => {
    const { status, stdout } = await runCli(["gate", "--comparison", write("setup.json", fingerprintMismatch().comparison)]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/\n {2}! warn {2}pixel7: base and head ran on different setups/);
  });

  it("gates on the split when fail-on names it, from the split file's diff", async () => {
    const input = splitMoved();
    const splitFile = write("split.json", { ...input.splitReport, diff: input.split });
    const comparison = write("split-comparison.json", input.comparison);
    const gated = await runCli(["gate", "--comparison", comparison, "--split", splitFile, "--fail-on", "latency,split"]);
    expect(gated.status).toBe(1);
    expect(gated.stdout).toMatch(/ {2}✗ fail {2}detector \(phone → server, latency\): the best wifi split moved from after `B` to after `A`/);
    expect((await runCli(["gate", "--comparison", comparison, "--split", splitFile])).status).toBe(0);
    // A split file without a baseline cannot gate the split: a warning, not a pass in silence.
    const noDiff = write("split-no-diff.json", input.splitReport);
    const { status, stdout } = await runCli(["gate", "--comparison", comparison, "--split", noDiff, "--fail-on", "split"]);
    expect(status).toBe(0);
    expect(stdout).toContain("  ! warn  fail-on names split, but no split diff was given");
  });
});

describe("dnntune gate: the comment and the job summary", () => {
  it("writes the comment and appends the summary before it fails", async () => {
    const comment = join(dir, "comment.md");
    const summary = write("summary.md", "# earlier step\n");
    const args = ["gate", "--comparison", regression, "--comment-out", comment, "--summary-out", summary];
    const first = await runCli(args);
    expect(first.status).toBe(1);
    const body = readFileSync(comment, "utf8");
    expect(body.startsWith(`${COMMENT_MARKER}\n\n### ❌ DNNTune: 1 regression fails the gate\n`)).toBe(true);
    expect(first.stdout).toContain(`wrote ${comment} (${body.length} characters)\nwrote ${summary} (appended)\n`);
    // Run again: the comment it wrote is replaced, the summary grows.
    expect((await runCli(args)).status).toBe(1);
    expect(readFileSync(comment, "utf8")).toBe(body);
    expect(readFileSync(summary, "utf8")).toBe(`# earlier step\n${body}${body}`);
  });

  it("reads fail-on, the accept label and the layer count from dnntune.yml; flags win", async () => {
    const config = write("dnntune.yml", "gate:\n  fail-on: [energy]\n  accept-label: perf-ok\nreport:\n  top-layers: 1\n  charts: false\n");
    const comment = join(dir, "config-comment.md");
    expect((await runCli(["gate", "--comparison", regression, "--config", config, "--comment-out", comment])).status).toBe(0);
    const body = readFileSync(comment, "utf8");
    expect(body).not.toContain("```mermaid");
    // One row per model × device in the layers that moved: | model | device | layer | share | …
    expect(body.split("\n").filter((line) => /^\| `[^`]+` \| `pixel7` \| `[^`]+` \| (&lt;)?\d+ % \|/.test(line))).toHaveLength(1);
    const flagged = await runCli(["gate", "--comparison", regression, "--config", config, "--fail-on", "latency"]);
    expect(flagged.status).toBe(1);
    expect(flagged.stdout).toContain("add the label perf-ok");
  });
});

describe("dnntune gate: bad input exits 2 in one line naming the flag", () => {
  const results = write("results.json", { schema: "dnntune.results/v1", createdAt: "2026-11-30T12:00:00Z", device: { name: "x", transport: "local", tool: "t", fingerprint: {} }, models: [] });
  const notes = write("notes.md", "my notes\n");
  it.each([
    [[], /^dnntune: --comparison: give the comparison file, e.g. --comparison comparison\.json$/],
    [["--comparison", regression, "--fail-on", "latncy"], /^dnntune: --fail-on: must be one of latency, energy, split, layers \(several separated by commas\); got "latncy"; did you mean "latency"\?$/],
    [["--comparison", regression, "--top-layers", "500"], /^dnntune: --top-layers: must be an integer from 0 to 100; got "500"$/],
    [["--comparison", join(dir, "missing.json")], /^dnntune: --comparison: cannot read .*missing\.json: /],
    [["--comparison", write("garbage.json", "{ not json")], /garbage\.json: /],
    [["--comparison", results], /results\.json: schema: expected "dnntune\.comparison\/v1" \(a comparison file written by `dnntune compare`\); got "dnntune\.results\/v1"$/],
    [["--comparison", regression, "--comment-out", regression], /^dnntune: --comment-out: .*regression\.json is an input of this run \(--comparison .*\); writing it would destroy that file, so give another path$/],
    [["--comparison", regression, "--comment-out", notes], /^dnntune: --comment-out: .*notes\.md exists and is not a file dnntune wrote/],
    [["--comparison", regression, "--split", results], /results\.json: schema: expected "dnntune\.split\/v1"/],
  ])("%j", async (args, message) => {
    const { status, stdout, stderr } = await runCli(["gate", ...args]);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(stderr.trimEnd()).toMatch(message);
    expect(readFileSync(notes, "utf8")).toBe("my notes\n");
  });
});

describe("dnntune gate: names from the comparison file", () => {
  it("are printed safe for a terminal and an Actions log", async () => {
    const comparison = structuredClone(oneRegression().comparison);
    for (const [i, e] of comparison.endpoints.entries()) {
      e.model = HOSTILE_NAMES[i % HOSTILE_NAMES.length]!;
      e.device = HOSTILE_NAMES.join("");
    }
    const { status, stdout, stderr } = await runCli(["gate", "--comparison", write("hostile.json", comparison)]);
    expect(status).toBe(1);
    expectSafe(stdout);
    expectSafe(stderr);
  });
});

describe("dnntune gate: outputs never replace dnntune's data", () => {
  it("refuses to write the comment or the summary over a results file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gate-out-"));
    const results = join(dir, "results.json");
    const data = JSON.stringify({ schema: "dnntune.results/v1", models: [] });
    writeFileSync(results, data);
    const cmp = join(dir, "c.json");
    writeFileSync(cmp, JSON.stringify(oneRegression().comparison));
    for (const flag of ["--comment-out", "--summary-out"]) {
      const { status, stderr } = await runCli(["gate", "--comparison", cmp, flag, results]);
      expect(status).toBe(2);
      expect(stderr).toMatch(/exists and is not a file dnntune wrote/);
      expect(readFileSync(results, "utf8")).toBe(data);
    }
  });
});
