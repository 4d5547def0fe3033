// The PR comment. Golden files (test/report/golden/*.md) hold the whole comment of each case, so a
// reviewer sees the comment change in the diff; they are compared byte for byte, and rewritten by
// running the tests with UPDATE_GOLDEN=1. Every case is made by the real pipeline over synthetic
// results: compare() (and splitDiff() and splitModels() for the split), then decideGate() — see
// test/report/scenarios.ts. Beside each golden, the points the comment must make are asserted, so
// a golden rewritten without looking still fails on a wrong comment.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compare } from "../../../src/compare/compare.js";
import type { LayerSpec } from "../../compare/fixtures.js";
import { model, noisy, results } from "../../compare/fixtures.js";
import { COMMENT_MARKER, commentMarker, GITHUB_COMMENT_LIMIT, renderComment, type CommentOptions } from "../../../src/report/markdown/render-comment.js";
import type { ModelResult } from "../../../src/results/types.js";
import { splitDiff } from "../../../src/split/split-diff.js";
import { splitModels } from "../../../src/split/split-models.js";
import { mulberry32 } from "../../../src/stats/rng.js";
import { handModel } from "../../split/hand-model.js";
import { accepted, allEquivalent, cnn, fingerprintMismatch, inconclusive, manyRegressions, noBaseline, oneRegression, paired, reportInput, splitMoved } from "../scenarios.js";
import { expectWellFormed } from "./markdown-structure.js";

const OPTIONS: CommentOptions = { topLayers: 5, charts: true };

function expectGolden(name: string, markdown: string): void {
  const path = new URL(`../golden/${name}.md`, import.meta.url);
  if (process.env.UPDATE_GOLDEN === "1") {
    writeFileSync(path, markdown);
    return;
  }
  expect(existsSync(path), `test/report/golden/${name}.md is missing: run UPDATE_GOLDEN=1 npx vitest run test/report`).toBe(true);
  expect(markdown).toBe(readFileSync(path, "utf8"));
}

describe("renderComment: golden comments", () => {
  it("no baseline", () => {
    const md = renderComment(noBaseline(), OPTIONS);
    expectGolden("no-baseline", md);
    expectWellFormed(md);
    expect(md).toContain("### ⚠️ DNNTune: no baseline, nothing compared\n");
    expect(md).toContain("**Next:** give the gate a baseline");
    expect(md).toContain("| `detector` | `pixel7` | latency | — → ");
  });

  it("all equivalent", () => {
    const md = renderComment(allEquivalent(), OPTIONS);
    expectGolden("all-equivalent", md);
    expectWellFormed(md);
    expect(md).toContain("### ✅ DNNTune: no gated regression\n");
    expect(md).toContain("**2 models on 2 devices**: 0 regressions, 0 improvements, 4 equivalent, 0 inconclusive · verdicts from paired runs (4).");
    expect(md).not.toContain("**Next:**");
    expect(md).toContain("<details>\n<summary>Every layer (48 layers of 4 models × devices)</summary>");
  });

  it("one regression", () => {
    const md = renderComment(oneRegression(), OPTIONS);
    expectGolden("one-regression", md);
    expectWellFormed(md);
    expect(md).toContain("### ❌ DNNTune: 1 regression fails the gate\n");
    expect(md).toMatch(/^- ❌ detector on pixel7: latency \+1\d\.\d % \\\[\+1\d\.\d, \+1\d\.\d\\\] \(paired\)$/m);
    expect(md).toContain("**Next:** fix the regression, or add the `dnntune:accept` label to accept it and run the check again.");
    expect(md).toMatch(/^\| `detector` \| `pixel7` \| latency \| .* \| ❌ \*\*regression\*\* \| {2}\|$/m);
    // The slower layer is first among the layers that moved, with its share of the model.
    const moved = md.slice(md.indexOf("#### Layers that moved"));
    expect(moved.split("\n")[4]).toMatch(/^\| `detector` \| `pixel7` \| `conv2` \| 2\d % \| \d{3} µs → \d{3} µs \| \+[56]\d\.\d % \[.*\] \| \+[23]\d\d µs \| 🔺 regression \|$/);
    expect(md).toContain("```mermaid\nxychart-beta\n  title \"detector on pixel7: top layers, µs\"");
  });

  it("many regressions, fitted to the size allowed", () => {
    const md = renderComment(manyRegressions(), { ...OPTIONS, maxChars: 9000 });
    expectGolden("many-regressions-fitted", md);
    expectWellFormed(md);
    expect(md.length).toBeLessThanOrEqual(9000);
    expect(md).toContain("### ❌ DNNTune: 8 regressions fail the gate\n");
    expect(md).toContain("> ✂️ **Shortened to fit GitHub's limit of 9,000 characters:**");
    expect(md).toContain("| Model | Device | Metric | Base → head | Change | p | Samples | Verdict | Warnings |");
    for (let i = 0; i < 8; i++) expect(md).toContain(`| \`model_${i}\` | \`pixel7\` | latency |`);
  });

  it("split moved", () => {
    const md = renderComment(splitMoved(), OPTIONS);
    expectGolden("split-moved", md);
    expectWellFormed(md);
    expect(md).toContain("### ❌ DNNTune: 2 regressions fail the gate\n");
    expect(md).toMatch(/^\| `detector` \| `phone` → `server` \| `wifi` \| latency \| after `B` → after `A` \| 61\.\d ms → 81\.\d ms \| \+3\d\.\d % \[.*\] \| ❌ \*\*regression\*\* \| 185 ms \| 458 ms \| (.* Mbps|none) \|$/m);
    expect(md).toMatch(/^\| `detector` \| `phone` → `server` \| `lte` \| latency \| after `B` \(same\) \| /m);
    expect(md).toContain("  x-axis [\"cloud-only\", \"A\", \"B\", \"C\", \"D\"]");
  });

  it("fingerprint mismatch", () => {
    const md = renderComment(fingerprintMismatch(), OPTIONS);
    expectGolden("fingerprint-mismatch", md);
    expectWellFormed(md);
    expect(md).toMatch(/^### ⚠️ DNNTune: no gated regression found, 1 warning$/m);
    expect(md).toMatch(/^- ⚠️ pixel7: base and head ran on different setups/m);
    expect(md).toContain("`setup` base and head ran on different setups");
    expect(md).toContain("**Next:** nothing blocks the merge; read the warnings above before trusting the verdicts.");
  });

  it("inconclusive", () => {
    const md = renderComment(inconclusive(), OPTIONS);
    expectGolden("inconclusive", md);
    expectWellFormed(md);
    expect(md).toContain("### ⚠️ DNNTune: nothing decided, 3 endpoints inconclusive\n");
    expect(md).toContain("- ⚠️ 2 endpoints inconclusive: one process a side decides nothing: run base and head paired (bench --base-model), or ≥ 4 processes a side (bench --processes) (detector on pixel7, classifier on pixel7)");
    expect(md).toContain("- ⚠️ 1 endpoint inconclusive: too few pairs — needs ≥ 6 pairs (tiny on pixel7)");
    expect(md).toContain("verdicts from paired runs (1), single runs, one process a side (2).");
    expect(md).toContain("❔ inconclusive (needs 4 processes)");
  });

  it("accepted by label", () => {
    const md = renderComment(accepted(), OPTIONS);
    expectGolden("accepted-by-label", md);
    expectWellFormed(md);
    expect(md).toContain("### ⚠️ DNNTune: 1 regression accepted\n");
    expect(md).toContain("**Accepted** by the `dnntune:accept` label: the gate passes.");
    expect(md).toContain("⚠️ regression (accepted)");
  });
});

/** `count` layers in a chain, every third of them 40 % slower in head, `pairs` interleaved runs. */
function bigModel(name: string, count: number, pairs: number, seed: number): [ModelResult, ModelResult] {
  const spec = (scale: (i: number) => number, offset: number): LayerSpec[] => Array.from({ length: count }, (_, i) => ({
    name: `/backbone/block_${i}/conv/Conv`,
    op: "Conv",
    shape: [1, 16, 8, 8],
    samples: noisy(100 * scale(i), pairs, 0.02, seed + offset + i),
  }));
  const base = model(name, noisy(100 * count, pairs, 0.02, seed), spec(() => 1, 1000));
  const head = model(name, noisy(100 * count * 1.13, pairs, 0.02, seed + 1), spec((i) => (i % 3 === 0 ? 1.4 : 1), 5000));
  return [base, paired(base, head)];
}

describe("renderComment: the size limit", () => {
  it("fits a 720-layer model on two devices with 240 slower layers each under 65,536 characters, keeping the headline, the table of models and the top layers", () => {
    const [basePhone, headPhone] = bigModel("backbone", 720, 12, 1);
    const [baseServer, headServer] = bigModel("backbone", 720, 12, 2);
    const comparison = compare([results([basePhone], "pixel7"), results([baseServer], "server")], [results([headPhone], "pixel7"), results([headServer], "server")]);
    const layerRegressions = comparison.endpoints.filter((e) => e.metric === "layer" && e.verdict === "regression").length;
    expect(layerRegressions).toBeGreaterThan(400);
    const md = renderComment(reportInput(comparison), OPTIONS);
    expect(md.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expectWellFormed(md);
    expect(md.startsWith(`${COMMENT_MARKER}\n\n### ❌ DNNTune: 2 regressions fail the gate\n`)).toBe(true);
    expect(md).toMatch(/^\| `backbone` \| `pixel7` \| latency \| /m);
    expect(md).toMatch(/^\| `backbone` \| `server` \| latency \| /m);
    const topRows = md.split("\n").filter((line) => /^\| `backbone` \| `(pixel7|server)` \| `\/backbone\/block_\d+\/conv\/Conv` \| /.test(line));
    expect(topRows).toHaveLength(10);
    expect(md).toContain("> ✂️ **Shortened to fit GitHub's limit of 65,536 characters:** the list of every layer is cut short.");
    expect(md).toMatch(/_\d+ more layers left out to fit: see the full report\._/);
  });

  it("stays within any limit, down to a cut that keeps the headline", () => {
    const input = manyRegressions();
    for (const maxChars of [1500, 2500, 4000, 6000, 9000, 15_000, 30_000, 70_000]) {
      const md = renderComment(input, { ...OPTIONS, maxChars });
      expect(md.length, `${maxChars}`).toBeLessThanOrEqual(maxChars);
      expect(md).toContain("### ❌ DNNTune: 8 regressions fail the gate\n");
    }
    const tiny = renderComment(input, { ...OPTIONS, maxChars: 1500 });
    expect(tiny).toContain("> ✂️ **Cut here to fit GitHub's limit of 1,500 characters.** The full report is among the workflow run's artifacts.\n");
  });

  it("links the full report when the comment is shortened", () => {
    const input = { ...manyRegressions(), fullReportUrl: "https://github.com/o/r/actions/runs/1/artifacts/2" };
    expect(renderComment(input, { ...OPTIONS, maxChars: 9000 })).toContain("See [the full report](https://github.com/o/r/actions/runs/1/artifacts/2).");
    const notUrl = { ...input, fullReportUrl: "javascript:alert(1)//`)" };
    const md = renderComment(notUrl, { ...OPTIONS, maxChars: 9000 });
    expect(md).toContain("See the full report: ``javascript:alert(1)//`)``.");
    expect(md).not.toContain("](javascript");
  });

  it("leaves the comment alone when it fits", () => {
    const md = renderComment(oneRegression(), OPTIONS);
    expect(md).not.toContain("✂️");
    expect(renderComment(oneRegression(), { ...OPTIONS, maxChars: md.length })).toBe(md);
    expect(renderComment(oneRegression(), { ...OPTIONS, maxChars: md.length - 1 })).toContain("✂️");
  });
});

// Every string below reaches the comment from a results or split file.
const HOSTILE = [
  "a|b`<script>alert(1)</script>-->",
  "line\nbreak\r\n| x | y |\n|---|---|",
  "<!-- dnntune:comment -->",
  "@octocat and org/repo#12",
  '"%%{init: {"theme": "dark"}}%%#35;',
  "```mermaid",
  "\u202eevil\u0000",
  "<details><summary>x</summary>",
  "n".repeat(10_000),
];

describe("renderComment: names from models and files", () => {
  it("cannot break a table, the marker, a Mermaid block or the HTML, wherever they appear", () => {
    const rename = (m: ModelResult, i: number): ModelResult => ({
      ...m,
      name: HOSTILE[i % HOSTILE.length]!,
      layers: m.layers.map((layer, j) => ({ ...layer, name: `${HOSTILE[(i + j) % HOSTILE.length]!}${j < HOSTILE.length ? "" : j}` })),
      warnings: [{ code: HOSTILE[i % HOSTILE.length]!, message: "carried over" }],
    });
    const pairs = HOSTILE.map((_, i) => [rename(cnn(`m${i}`, 10 * i + 1), i), rename(cnn(`m${i}`, 10 * i + 2, { latencyUs: 2600, layerScale: 1.3 }), i)] as const);
    const comparison = compare([results(pairs.map(([b]) => b), HOSTILE[0]!)], [results(pairs.map(([b, h]) => paired(b, h)), HOSTILE[0]!)]);
    // A split over a chain whose nodes and tensors have the same names ("+" would split a layer's covers).
    const names = HOSTILE.map((n) => n.replace(/\+/g, "_")).slice(0, 4);
    const chain = (mobileB: number) => handModel({
      name: HOSTILE[0]!,
      nodes: names.map((node, i) => ({ name: node, inputs: [i === 0 ? "x" : `t${i - 1}`], outputs: [i === 3 ? "y" : `t${i}`] })),
      bytes: { x: 1_000_000, t0: 100_000, t1: 10_000, t2: 1_000, y: 100 },
      inputs: ["x"],
      outputs: ["y"],
      mobile: { [names[0]!]: [5_000], [names[1]!]: [mobileB, mobileB * 1.01], [names[2]!]: [60_000], [names[3]!]: [60_000] },
      cloud: { [names[0]!]: [500], [names[1]!]: [2_000], [names[2]!]: [6_000], [names[3]!]: [6_000] },
    });
    const options = { networks: ["wifi"], objectives: ["latency" as const] };
    const diff = splitDiff(chain(20_000), chain(60_000), { ...options, rng: mulberry32(3), resamples: 50 });
    const report = splitModels(chain(60_000).mobile, chain(60_000).cloud, options);
    const input = reportInput(comparison, { failOn: "latency,layers,split", acceptLabel: "`ok`|<b>" }, { diff, report });

    for (const maxChars of [GITHUB_COMMENT_LIMIT, 20_000, 6_000]) {
      const md = renderComment(input, { ...OPTIONS, maxChars, commentId: HOSTILE[0]! });
      expectWellFormed(md);
      expect(md.length).toBeLessThanOrEqual(maxChars);
      expect(md.split("\n")[0]).toBe(commentMarker(HOSTILE[0]!));
    }
    const md = renderComment(input, OPTIONS);
    // The names are there, escaped, not dropped.
    expect(md).toContain("``a\\|b`<script>alert(1)</script>-->``");
    expect(md).toContain(`\`${"n".repeat(79)}…\``);
    expect(md).toContain("@\u200boctocat");
    expect(md).toContain("after `line\\nbreak\\r\\n\\| x \\| y \\|\\n\\|---\\|---\\|` → ");
  });

  it("marks a comment apart by an id that cannot end the marker", () => {
    expect(commentMarker()).toBe("<!-- dnntune:comment -->");
    expect(commentMarker("perf --> <!-- x")).toBe('<!-- dnntune:comment "perf \\u002d\\u002d\\u003e \\u003c\\u0021\\u002d\\u002d x" -->');
  });
});
