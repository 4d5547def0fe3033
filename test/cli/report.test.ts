// `dnntune report` end to end, in process: the Markdown it writes is the comment renderComment
// makes of the same comparison, the JSON holds the comparison and the decision, and it never
// gates (exit 0 whatever the verdict).
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderComment } from "../../src/report/markdown/render-comment.js";
import { runCli } from "../run-cli.js";
import { oneRegression, splitMoved } from "../report/scenarios.js";

const dir = mkdtempSync(join(tmpdir(), "cli-report-"));
const write = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
};

const input = oneRegression();
const comparison = write("comparison.json", input.comparison);

describe("dnntune report", () => {
  it("writes the PR comment's Markdown and exits 0 though the gate would fail", async () => {
    const out = join(dir, "report.md");
    const { status, stdout, stderr } = await runCli(["report", "--comparison", comparison, "--out", out]);
    expect(status).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toBe(`wrote ${out} (markdown, gate verdict fail)\n`);
    expect(readFileSync(out, "utf8")).toBe(renderComment(input, { topLayers: 5, charts: true }));
  });

  it("writes the comparison, the split and the decision as JSON", async () => {
    const split = splitMoved();
    const out = join(dir, "report.json");
    const splitFile = write("split.json", { ...split.splitReport, diff: split.split });
    const { status } = await runCli(["report", "--comparison", write("split-comparison.json", split.comparison), "--split", splitFile, "--format", "json", "--out", out, "--fail-on", "latency,split"]);
    expect(status).toBe(0);
    const json = JSON.parse(readFileSync(out, "utf8"));
    expect(json.schema).toBe("dnntune.report/v1");
    expect(json.comparison).toEqual(split.comparison);
    expect(json.split).toEqual(split.split);
    expect(json.splitReport).toEqual(split.splitReport);
    expect(json.decision).toEqual(JSON.parse(JSON.stringify(split.decision)));
    // It replaces its own file on the next run.
    expect((await runCli(["report", "--comparison", comparison, "--format", "json", "--out", out])).status).toBe(0);
  });

  it("takes the layer count and the link to the full report from the flags", async () => {
    const out = join(dir, "top0.md");
    expect((await runCli(["report", "--comparison", comparison, "--out", out, "--top-layers", "0", "--report-url", "https://example.com/r"])).status).toBe(0);
    const body = readFileSync(out, "utf8");
    expect(body).toBe(renderComment({ ...input, fullReportUrl: "https://example.com/r" }, { topLayers: 0, charts: true }));
    expect(body).not.toContain("| Model | Device | Layer |");
  });

  it("writes the self-contained HTML page, and replaces its own page on a rerun", async () => {
    const split = splitMoved();
    const splitFile = write("html-split.json", { ...split.splitReport, diff: split.split });
    const out = join(dir, "report.html");
    const args = ["report", "--comparison", write("html-comparison.json", split.comparison), "--split", splitFile, "--format", "html", "--out", out];
    expect((await runCli(args)).status).toBe(0);
    const page = readFileSync(out, "utf8");
    expect(page.startsWith("<!-- dnntune:report -->\n<!doctype html>")).toBe(true);
    expect(page).toContain("<svg"); // the split curve
    expect((await runCli(args)).status).toBe(0);
  });

  it.each([
    [["--format", "pdf"], 'dnntune: --format: must be one of markdown, json, html; got "pdf"\n'],
    [["--head", "head.json"], "dnntune: --head: results files are drawn only by --format html; got --format markdown\n"],
  ])("refuses %j in one line", async (args, line) => {
    const out = join(dir, "refused.out");
    const { status, stderr } = await runCli(["report", "--comparison", comparison, "--out", out, ...args]);
    expect(status).toBe(2);
    expect(stderr).toBe(line);
    expect(existsSync(out)).toBe(false);
  });

  it("needs --out", async () => {
    const { status, stderr } = await runCli(["report", "--comparison", comparison]);
    expect(status).toBe(2);
    expect(stderr).toBe("dnntune: --out: give the report file to write, e.g. --out report.md\n");
  });
});

describe("dnntune report: the threshold it states", () => {
  it("is the one the comparison was judged at, not dnntune.yml's", async () => {
    const d = mkdtempSync(join(tmpdir(), "report-threshold-"));
    const cmp = join(d, "c.json");
    writeFileSync(cmp, JSON.stringify({ ...oneRegression().comparison, judgedAt: { threshold: 0.05, alpha: 0.05, minAbsModelUs: 50, minAbsLayerUs: 20 } }));
    const config = join(d, "dnntune.yml");
    writeFileSync(config, "gate:\n  threshold: 50%\n");
    const out = join(d, "r.json");
    expect((await runCli(["report", "--comparison", cmp, "--config", config, "--format", "json", "--out", out])).status).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).decision.policy.threshold).toBe(0.05);
  });
});
