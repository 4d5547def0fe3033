// The summary `dnntune compare` prints: one line per primary endpoint, a tested one with its
// change and interval, a missing one with the reason it has no baseline.

import { describe, expect, it } from "vitest";
import type { Comparison, MissingEndpoint, TestedEndpoint } from "../../src/compare/types.js";
import { comparisonSummary } from "../../src/report/comparison-summary.js";

const tested: TestedEndpoint = {
  model: "cnn", device: "host", metric: "latency", verdict: "regression", ratio: 1.2, ci: [1.15, 1.25], p: 1e-9, pAdjusted: 2e-9,
  baseMedianUs: 2000, headMedianUs: 2400, nBase: 30, nHead: 30, paired: false, warnings: ["thermal-drift"],
};
const missing: MissingEndpoint = {
  model: "new", device: "host", metric: "latency", verdict: "missing", reason: "not in the baseline", ratio: null, ci: null, p: null, pAdjusted: null,
  baseMedianUs: null, headMedianUs: 700, nBase: 0, nHead: 30, paired: false, warnings: [],
};

describe("comparisonSummary", () => {
  it("prints a tested endpoint's change and a missing endpoint's reason", () => {
    const comparison: Comparison = { schema: "dnntune.comparison/v1", endpoints: [tested, missing], findings: [] };
    expect(comparisonSummary(comparison).split("\n")).toEqual([
      "2 model endpoint(s): 1 regression, 1 missing",
      "  ✗ regression  cnn on host latency  +20.0 % [+15.0, +25.0]  2000.0 → 2400.0 µs  p=2.0e-9  [thermal-drift]",
      "  · missing  new on host latency  (not in the baseline)",
    ]);
  });

  it("lists layers that moved, at most the number asked for", () => {
    const layers = [1, 2, 3].map((i): TestedEndpoint => ({ ...tested, metric: "layer", layer: `conv${i}`, warnings: [] }));
    const lines = comparisonSummary({ schema: "dnntune.comparison/v1", endpoints: [tested, ...layers], findings: [] }, 2).split("\n");
    expect(lines.slice(2)).toEqual([
      "3 layer(s) moved:",
      "  ✗ regression  cnn on host layer conv1  +20.0 % [+15.0, +25.0]  2000.0 → 2400.0 µs  p=2.0e-9",
      "  ✗ regression  cnn on host layer conv2  +20.0 % [+15.0, +25.0]  2000.0 → 2400.0 µs  p=2.0e-9",
      "  … and 1 more (see the comparison file)",
    ]);
  });
});
