// The charts' geometry, checked as numbers: bars are proportional to time from one zero, boxes sit
// at the quartiles the stats module computes, the split curve marks the best split where it is.
import { describe, expect, it } from "vitest";
import { DISTRIBUTION_LAYOUT, distributionPlot, distributionPlotSvg, thin } from "../../../src/report/html/distribution-plot.js";
import { LAYER_BARS_LAYOUT, layerBars, layerBarsSvg, type LayerBarRow } from "../../../src/report/html/layer-bars.js";
import { linearScale, niceTicks, px } from "../../../src/report/html/linear-scale.js";
import { bestIndex, placeLabel, splitCurve, splitCurveSvg } from "../../../src/report/html/split-curve.js";
import type { SplitEntry } from "../../../src/split/schema.js";
import { HOSTILE_NAME } from "./report-fixtures.js";

describe("linearScale and niceTicks", () => {
  it("maps the domain onto the range, reversed ranges included", () => {
    const x = linearScale([0, 200], [100, 500]);
    expect([x(0), x(50), x(200)]).toEqual([100, 200, 500]);
    const y = linearScale([0, 10], [300, 20]);
    expect([y(0), y(10), y(5)]).toEqual([300, 20, 160]);
  });

  it("maps an empty domain to the start instead of dividing by zero", () => {
    expect(linearScale([5, 5], [10, 90])(5)).toBe(10);
  });

  it.each([[0, 1234], [0, 1], [997, 1003], [0.0013, 0.0029], [0, 0], [42, 42], [0, 7.5e6], [-3, 12]])("gives round, evenly spaced ticks covering [%d, %d]", (min, max) => {
    const ticks = niceTicks(min, max, 5);
    expect(ticks[0]!).toBeLessThanOrEqual(min);
    expect(ticks.at(-1)!).toBeGreaterThanOrEqual(max);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(ticks.length).toBeLessThanOrEqual(12);
    const step = ticks[1]! - ticks[0]!;
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]! - ticks[i - 1]!).toBeCloseTo(step, 9);
    const mantissa = step / 10 ** Math.floor(Math.log10(step));
    expect([1, 2, 5, 10].some((m) => Math.abs(mantissa - m) < 1e-9)).toBe(true);
  });

  it("writes coordinates short and never as -0", () => {
    expect([px(1 / 3), px(-0.001), px(12), px(NaN)]).toEqual(["0.33", "0", "12", "0"]);
  });
});

describe("layerBars", () => {
  const rows: LayerBarRow[] = [
    { label: "conv1", baseUs: 100, headUs: 200, verdict: "regression", ratio: 2 },
    { label: "relu1", baseUs: 50, headUs: 50, verdict: "equivalent", ratio: 1 },
    { label: "added", baseUs: null, headUs: 75, verdict: "missing" },
  ];
  const g = layerBars(rows);

  it("starts every bar at zero and makes its length proportional to its time", () => {
    const plotWidth = g.x1 - g.x0;
    expect(g.x0).toBe(LAYER_BARS_LAYOUT.labelWidth);
    expect(g.maxUs).toBeGreaterThanOrEqual(200);
    for (const r of g.rows) {
      for (const [bar, us] of [[r.base, r.row.baseUs], [r.head, r.row.headUs]] as const) {
        if (us === null) continue;
        expect(bar!.x).toBe(g.x0);
        expect(bar!.width).toBeCloseTo((us / g.maxUs) * plotWidth, 9);
      }
    }
    expect(g.rows[0]!.head!.width / g.rows[0]!.base!.width).toBeCloseTo(2, 12);
    expect(g.rows[1]!.head!.width).toBeCloseTo(g.rows[1]!.base!.width, 12);
    expect(g.rows[0]!.head!.width / g.rows[1]!.base!.width).toBeCloseTo(4, 12);
  });

  it("draws no base bar for a layer without a baseline", () => {
    expect(g.rows[2]!.base).toBeNull();
    expect(g.rows[2]!.head!.width).toBeGreaterThan(0);
  });

  it("stacks the rows without overlap inside the chart", () => {
    for (const [i, r] of g.rows.entries()) {
      expect(r.y).toBe(LAYER_BARS_LAYOUT.top + i * LAYER_BARS_LAYOUT.rowHeight);
      expect(r.head!.y + r.head!.height).toBeLessThanOrEqual(r.y + LAYER_BARS_LAYOUT.rowHeight);
    }
    expect(g.height).toBe(LAYER_BARS_LAYOUT.top + 3 * LAYER_BARS_LAYOUT.rowHeight + LAYER_BARS_LAYOUT.axisHeight);
  });

  it("draws all-zero layers as empty bars, not NaN", () => {
    const zero = layerBars([{ label: "folded", baseUs: 0, headUs: 0, verdict: "equivalent", ratio: 1 }]);
    expect(zero.rows[0]!.head!.width).toBe(0);
    expect(layerBarsSvg([{ label: "folded", baseUs: 0, headUs: 0, verdict: "equivalent" }], "c")).not.toContain("NaN");
  });

  it("escapes names in labels, hover titles and the caption, and shortens the label", () => {
    const svg = layerBarsSvg([{ label: HOSTILE_NAME, baseUs: 10, headUs: 20, verdict: "regression", ratio: 2 }], HOSTILE_NAME);
    expect(svg).not.toMatch(/<script|<img|<svg onload|<!--/i);
    expect(svg.match(/<rect /g)).toHaveLength(2);
    const label = /<text class="label"[^>]*>([^<]*)<\/text>/.exec(svg)![1]!;
    expect(label.startsWith("a|b&#96;&lt;script")).toBe(true);
    expect(label.length).toBeLessThan(200);
  });
});

describe("distributionPlot", () => {
  const base = [900, 100, 500, 300, 700, 200, 800, 400, 600]; // quartiles 300, 500, 700
  const head = [1100, 1200, 1300];

  it("puts each box at the side's quartiles and extremes, on one axis for both sides", () => {
    const g = distributionPlot([{ label: "base", samples: base }, { label: "head", samples: head }]);
    const x = linearScale([g.ticks[0]!.us, g.ticks.at(-1)!.us], [g.x0, g.x1]);
    expect(g.ticks[0]!.us).toBeLessThanOrEqual(100);
    expect(g.ticks.at(-1)!.us).toBeGreaterThanOrEqual(1300);
    const [b, h] = g.sides;
    expect(b!.box).toMatchObject({ min: x(100), q1: x(300), median: x(500), q3: x(700), max: x(900) });
    expect(h!.box!.median).toBeCloseTo(x(1200), 9);
    expect(b!.medianUs).toBe(500);
    expect(b!.points.map((p) => p.x).sort((p, q) => p - q)).toEqual([...base].sort((p, q) => p - q).map(x));
    // Dots stay in their own row, above the box.
    for (const p of b!.points) expect(p.y).toBeLessThan(b!.box!.y);
    for (const p of h!.points) expect(p.y).toBeGreaterThan(b!.box!.y + b!.box!.height);
  });

  it("thins many samples to evenly spaced order statistics, keeping both extremes", () => {
    const sorted = Array.from({ length: 10_001 }, (_, i) => i);
    const kept = thin(sorted, 101);
    expect(kept).toHaveLength(101);
    expect(kept[0]).toBe(0);
    expect(kept.at(-1)).toBe(10_000);
    expect(kept[50]).toBe(5_000);
    expect(thin([1, 2, 3], 10)).toEqual([1, 2, 3]);
  });

  it("draws at most maxPoints dots per side, and says so when a side has no samples", () => {
    const many = Array.from({ length: 5_000 }, (_, i) => 1000 + (i % 97));
    const svg = distributionPlotSvg([{ label: "base", samples: [] }, { label: "head", samples: many }], "latency", { ...DISTRIBUTION_LAYOUT, maxPoints: 50 });
    expect(svg.match(/<circle /g)).toHaveLength(50);
    expect(svg).toContain("no samples");
    expect(svg).not.toContain("NaN");
  });
});

function entry(objective: "latency" | "energy", best: SplitEntry["best"]["place"]): SplitEntry {
  const curve = [
    { after: "conv1", latencyUs: 30_000, phoneEnergyMj: 50 },
    { after: "pool", latencyUs: 22_000, phoneEnergyMj: 40 },
    { after: "conv2", latencyUs: 35_000, phoneEnergyMj: 70 },
    { after: "fc", latencyUs: 40_000, phoneEnergyMj: 100 },
  ];
  return {
    model: "m", mobile: "phone", cloud: "server", network: "wifi", objective,
    best: { place: best, label: "", phoneNodes: [], sentTensors: [], sentBytes: 0, returnedBytes: 0, latencyUs: 22_000, phoneEnergyMj: 40 },
    mobileOnly: { latencyUs: 40_000, phoneEnergyMj: 100 },
    cloudOnly: { latencyUs: 80_000, phoneEnergyMj: 90 },
    speedup: 40_000 / 22_000, energySaving: 0.5, curve, crossoversMbps: [],
  };
}

describe("splitCurve", () => {
  it("runs from cloud-only to mobile-only and marks the best split on the curve", () => {
    const e = entry("latency", { kind: "after", node: "pool" });
    const g = splitCurve(e);
    const [head] = g.sides;
    expect(head!.points.map((p) => p.label)).toEqual(["cloud-only", "after conv1", "after pool", "after conv2", "mobile-only"]);
    expect(head!.points[0]!.x).toBe(g.plot.x0);
    expect(head!.points.at(-1)!.x).toBe(g.plot.x1);
    expect(head!.best.x).toBe(head!.points[2]!.x);
    expect(head!.best.y).toBe(head!.points[2]!.y);
    expect(head!.best.label).toBe("after pool");
    // Heights measured from the zero line are proportional to the predicted values.
    const height = (p: { y: number }) => g.plot.y0 - p.y;
    expect(height(head!.points[0]!) / height(head!.points[4]!)).toBeCloseTo(80_000 / 40_000, 9);
  });

  it("plots the objective's value: phone energy for the energy objective", () => {
    const g = splitCurve(entry("energy", { kind: "cloud-only" }));
    expect(g.sides[0]!.points.map((p) => p.value)).toEqual([90, 50, 40, 70, 100]);
    expect(g.sides[0]!.best.x).toBe(g.plot.x0);
    expect(g.unit).toBeNull();
  });

  it("marks a best cut that no prefix makes as a level, not a point", () => {
    const e = entry("latency", { kind: "cut", sentTensors: ["a", "b"] });
    expect(bestIndex(e)).toBeNull();
    expect(splitCurve(e).sides[0]!.best.x).toBeNull();
    expect(splitCurveSvg(e, undefined, "c")).toContain('class="best-level"');
    expect(placeLabel(e.best.place)).toBe("cut sending a, b");
  });

  it("overlays the base curve and escapes the node names in hover titles", () => {
    const head = entry("latency", { kind: "mobile-only" });
    head.curve[0]!.after = HOSTILE_NAME;
    const svg = splitCurveSvg(head, entry("latency", { kind: "after", node: "pool" }), HOSTILE_NAME);
    expect(svg.match(/<polyline /g)).toHaveLength(2);
    expect(svg).toContain('class="curve curve-base"');
    expect(svg).not.toMatch(/<script|<img|<svg onload|<!--/i);
    expect(svg).toContain("after a|b&#96;&lt;script&gt;");
  });
});
