// Latency distributions of base and head for one model on one device, from the raw samples: a
// strip of the samples over a box (quartiles, whiskers to the extremes), both sides on one axis.
import { quantileSorted } from "../../stats/quantile.js";
import { escapeHtml } from "./escape-html.js";
import { formatUs, timeAxisSvg, timeUnit, type TimeAxis } from "./format-values.js";
import { linearScale, niceTicks, px } from "./linear-scale.js";

export interface SampleSide {
  /** "base", "head": text of ours, escaped anyway. */
  label: string;
  samples: readonly number[];
}

export interface DistributionLayout {
  width: number;
  labelWidth: number;
  rowHeight: number;
  top: number;
  axisHeight: number;
  right: number;
  /** Dots drawn per side at most; more samples are thinned to evenly spaced order statistics. */
  maxPoints: number;
}

export const DISTRIBUTION_LAYOUT: DistributionLayout = { width: 760, labelWidth: 70, rowHeight: 60, top: 6, axisHeight: 26, right: 24, maxPoints: 400 };

export interface BoxGeometry {
  /** x of the minimum, quartiles and maximum. */
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  y: number;
  height: number;
}

export interface SideGeometry {
  label: string;
  count: number;
  medianUs: number | null;
  /** Top of the side's row. */
  y: number;
  box: BoxGeometry | null;
  points: { x: number; y: number }[];
}

export interface DistributionGeometry extends TimeAxis {
  width: number;
  height: number;
  sides: SideGeometry[];
}

export function distributionPlot(sides: readonly SampleSide[], layout: DistributionLayout = DISTRIBUTION_LAYOUT): DistributionGeometry {
  const sorted = sides.map((s) => Float64Array.from(s.samples.filter(Number.isFinite)).sort());
  const all = sorted.filter((s) => s.length > 0);
  const lo = all.length > 0 ? Math.min(...all.map((s) => s[0]!)) : 0;
  const hi = all.length > 0 ? Math.max(...all.map((s) => s[s.length - 1]!)) : 1;
  const tickValues = niceTicks(lo, hi, 6);
  const x0 = layout.labelWidth;
  const x1 = layout.width - layout.right;
  const x = linearScale([tickValues[0]!, tickValues.at(-1)!], [x0, x1]);
  const geometry = sides.map((side, i): SideGeometry => {
    const values = sorted[i]!;
    const y = layout.top + i * layout.rowHeight;
    const count = values.length;
    if (count === 0) return { label: side.label, count, medianUs: null, y, box: null, points: [] };
    // The strip takes the upper half of the row, the box the lower half.
    const stripTop = y + 4;
    const stripHeight = layout.rowHeight / 2 - 6;
    const points = thin(values, layout.maxPoints).map((us, k) => ({ x: x(us), y: stripTop + jitter(k) * stripHeight }));
    const q = (p: number) => quantileSorted(values, p);
    const box: BoxGeometry = { min: x(values[0]!), q1: x(q(0.25)), median: x(q(0.5)), q3: x(q(0.75)), max: x(values[count - 1]!), y: y + layout.rowHeight / 2, height: layout.rowHeight / 2 - 6 };
    return { label: side.label, count, medianUs: q(0.5), y, box, points };
  });
  return {
    width: layout.width,
    height: layout.top + sides.length * layout.rowHeight + layout.axisHeight,
    x0,
    x1,
    unit: timeUnit(Math.max(Math.abs(tickValues[0]!), Math.abs(tickValues.at(-1)!))),
    ticks: tickValues.map((us) => ({ x: x(us), us })),
    sides: geometry,
  };
}

/** Evenly spaced order statistics of sorted values: the shape survives, the count is bounded. */
export function thin(sorted: ArrayLike<number>, maxPoints: number): number[] {
  const n = sorted.length;
  if (n <= maxPoints) return Array.from(sorted);
  if (maxPoints <= 1) return maxPoints === 1 ? [sorted[Math.floor((n - 1) / 2)]!] : [];
  return Array.from({ length: maxPoints }, (_, i) => sorted[Math.round((i * (n - 1)) / (maxPoints - 1))]!);
}

// The golden-ratio sequence spreads dots over the strip without a random number generator, so the
// same samples draw the same picture.
function jitter(k: number): number {
  return (k * 0.6180339887498949 + 0.5) % 1;
}

export function distributionPlotSvg(sides: readonly SampleSide[], caption: string, layout: DistributionLayout = DISTRIBUTION_LAYOUT): string {
  const g = distributionPlot(sides, layout);
  const axisY = g.height - layout.axisHeight;
  const parts: string[] = [];
  parts.push(...timeAxisSvg(g, layout.top, axisY));
  for (const side of g.sides) {
    const cls = `side side-${side.label === "base" ? "base" : "head"}`;
    const label = `<text class="label" x="${px(g.x0 - 8)}" y="${px(side.y + layout.rowHeight / 2 + 4)}" text-anchor="end">${escapeHtml(side.label)}</text>`;
    if (!side.box) {
      parts.push(`<g class="${cls}">${label}<text class="note" x="${px(g.x0 + 4)}" y="${px(side.y + layout.rowHeight / 2 + 4)}">no samples</text></g>`);
      continue;
    }
    const b = side.box;
    const mid = b.y + b.height / 2;
    const dots = side.points.map((p) => `<circle cx="${px(p.x)}" cy="${px(p.y)}" r="2"/>`).join("");
    parts.push(
      `<g class="${cls}"><title>${escapeHtml(`${side.label}: ${side.count} samples, median ${formatUs(side.medianUs)}`)}</title>${label}` +
        `<g class="strip">${dots}</g>` +
        `<line class="whisker" x1="${px(b.min)}" x2="${px(b.q1)}" y1="${px(mid)}" y2="${px(mid)}"/>` +
        `<line class="whisker" x1="${px(b.q3)}" x2="${px(b.max)}" y1="${px(mid)}" y2="${px(mid)}"/>` +
        `<rect class="box" x="${px(b.q1)}" y="${px(b.y)}" width="${px(Math.max(1, b.q3 - b.q1))}" height="${px(b.height)}"/>` +
        `<line class="median" x1="${px(b.median)}" x2="${px(b.median)}" y1="${px(b.y)}" y2="${px(b.y + b.height)}"/></g>`,
    );
  }
  return `<svg class="chart chart-distribution" viewBox="0 0 ${px(g.width)} ${px(g.height)}" width="${px(g.width)}" height="${px(g.height)}" role="img" aria-label="${escapeHtml(caption)}">\n${parts.join("\n")}\n</svg>`;
}
