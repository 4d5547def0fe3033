// GitHub's size limit on a real model's comment. The results are a real paired `dnntune bench` of
// ISNet (quint8; 1,084 ONNX nodes, 1,031 layers after onnxruntime's optimizations) against itself,
// base and head interleaved in one process (fixtures/results/isnet-quint8.*.results.json.gz; where
// they came from is in fixtures/README.md). The head then gets changes in many layers: every third
// layer's samples × 1.2, every tenth (of the others) × 0.85, and the latency × what those changes
// add up to over the head's layer medians. Base and head noise stay what the machine measured, so
// the verdicts are the real pipeline's: compare() → decideGate() → renderComment().
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { compare } from "../../../src/compare/compare.js";
import type { Comparison, TestedEndpoint } from "../../../src/compare/types.js";
import { decideGate } from "../../../src/gate/decide-gate.js";
import { readGatePolicy } from "../../../src/gate/read-gate-policy.js";
import type { ReportInput } from "../../../src/gate/types.js";
import { COMMENT_MARKER, GITHUB_COMMENT_LIMIT, renderComment, type CommentOptions } from "../../../src/report/markdown/render-comment.js";
import { validateResults } from "../../../src/results/read-results.js";
import type { Results } from "../../../src/results/types.js";
import { expectWellFormed } from "./markdown-structure.js";

const OPTIONS: CommentOptions = { topLayers: 5, charts: true };
const MODEL = "isnet_quint8";

function fixture(side: "base" | "head"): Results {
  const file = new URL(`../../../fixtures/results/isnet-quint8.${side}.results.json.gz`, import.meta.url);
  return validateResults(JSON.parse(gunzipSync(readFileSync(file)).toString("utf8")), file.pathname);
}

const median = (samples: readonly number[]) => {
  const s = [...samples].sort((a, b) => a - b);
  return (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2;
};

/** Layer i of the head: × 1.2 for every third, × 0.85 for every tenth of the rest, else unchanged. */
const change = (i: number) => (i % 3 === 0 ? 1.2 : i % 10 === 5 ? 0.85 : 1);

/** The real head with many layers changed, its latency moved by what the changes add up to. */
function changedHead(real: Results): Results {
  const head = structuredClone(real);
  const model = head.models[0]!;
  let beforeUs = 0;
  let afterUs = 0;
  model.layers.forEach((layer, i) => {
    beforeUs += median(layer.samples);
    afterUs += median(layer.samples) * change(i);
    layer.samples = layer.samples.map((s) => s * change(i));
  });
  model.latency.samples = model.latency.samples.map((s) => (s * afterUs) / beforeUs);
  model.latency.paired!.headSamples = model.latency.samples;
  return head;
}

const onDevice = (results: Results, device: string): Results => ({ ...results, device: { ...results.device, name: device } });

function reportOf(devices: string[]): ReportInput {
  const base = fixture("base");
  const head = changedHead(fixture("head"));
  const comparison = compare(devices.map((d) => onDevice(base, d)), devices.map((d) => onDevice(head, d)));
  return { comparison, decision: decideGate(comparison, undefined, readGatePolicy({})), fullReportUrl: "https://github.com/o/r/actions/runs/1/artifacts/2" };
}

/** The layers that moved on a device, largest effect on the model first: computed here, not by the renderer. */
function topMoved(comparison: Comparison, device: string, n: number): string[] {
  return comparison.endpoints
    .filter((e): e is TestedEndpoint => e.metric === "layer" && e.device === device && (e.verdict === "regression" || e.verdict === "improvement"))
    .map((e) => ({ layer: e.layer!, effectUs: Math.abs((e.ratio - 1) * (e.baseMedianUs ?? 0)) }))
    .sort((a, b) => b.effectUs - a.effectUs)
    .slice(0, n)
    .map((e) => e.layer);
}

/** The rows of the "Layers that moved" table for a device, as layer names in the order shown. */
function movedRows(md: string, device: string): string[] {
  const section = md.slice(md.indexOf("#### Layers that moved"));
  const row = new RegExp(`^\\| \`${MODEL}\` \\| \`${device}\` \\| \`([^\`]+)\` \\| `);
  return section.split("\n").flatMap((line) => row.exec(line)?.[1] ?? []);
}

function expectFittedComment(input: ReportInput, devices: string[], headline: string): string {
  // Without the limit the body is far over it, so the fitting below is what keeps it under.
  const whole = renderComment(input, { ...OPTIONS, maxChars: Number.POSITIVE_INFINITY });
  expect(whole.length).toBeGreaterThan(GITHUB_COMMENT_LIMIT);

  const md = renderComment(input, OPTIONS);
  // The renderer measures UTF-16 units, never fewer than the characters GitHub counts.
  expect(md.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
  expectWellFormed(md);

  expect(md.startsWith(`${COMMENT_MARKER}\n\n### `)).toBe(true);
  expect(md.split("\n")[2]).toBe(headline);
  for (const device of devices) {
    expect(md).toMatch(new RegExp(`^\\| \`${MODEL}\` \\| \`${device}\` \\| latency \\| .+ \\| 10 pairs \\| `, "m"));
    const top = topMoved(input.comparison, device, OPTIONS.topLayers);
    expect(top).toHaveLength(OPTIONS.topLayers);
    expect(movedRows(md, device)).toEqual(top);
  }
  expect(md).toContain("> ✂️ **Shortened to fit GitHub's limit of 65,536 characters:** the list of every layer is cut short. See [the full report](https://github.com/o/r/actions/runs/1/artifacts/2).");
  expect(md).toMatch(/^_\d+ more layers left out to fit: see the full report\._$/m);
  return md;
}

describe("renderComment on a real 1,031-layer model with many layers changed", () => {
  it("the results are the real model's: over 700 layers, over 400 of them changed in head, dozens moved significantly", () => {
    const base = fixture("base").models[0]!;
    const real = fixture("head").models[0]!;
    const head = changedHead(fixture("head")).models[0]!;
    expect(base.name).toBe(MODEL);
    expect(base.layers.length).toBeGreaterThanOrEqual(700);
    expect(head.layers.length).toBe(base.layers.length);
    expect(head.layers.filter((layer, i) => median(layer.samples) !== median(real.layers[i]!.samples)).length).toBeGreaterThan(400);
    const moved = reportOf(["runner"]).comparison.endpoints.filter((e) => e.metric === "layer" && (e.verdict === "regression" || e.verdict === "improvement"));
    expect(moved.length).toBeGreaterThan(20);
  });

  it("fits one device under 65,536 characters with the headline, the table of models and the top layers", () => {
    expectFittedComment(reportOf(["runner"]), ["runner"], "### ⚠️ DNNTune: nothing decided, 1 endpoint inconclusive");
  });

  it("fits the same results on two devices, keeping both devices' rows and top layers", () => {
    const md = expectFittedComment(reportOf(["runner-a", "runner-b"]), ["runner-a", "runner-b"], "### ⚠️ DNNTune: nothing decided, 2 endpoints inconclusive");
    expect(md).toMatch(/<summary>Every layer \(2062 layers of 2 models × devices\)<\/summary>/);
  });
});
