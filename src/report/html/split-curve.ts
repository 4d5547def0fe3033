// The split curve of one model, network and objective: the predicted cost of running the first k
// nodes on the phone and the rest in the cloud, from cloud-only (k = 0) to mobile-only, with the
// best split marked; base and head on one chart when both are given.
import type { SplitEntry, SplitPlace } from "../../split/schema.js";
import { escapeHtml, shortLabel } from "./escape-html.js";
import { formatMj, formatTick, formatUs, timeUnit, type TimeUnit } from "./format-values.js";
import { linearScale, niceTicks, px } from "./linear-scale.js";

export interface SplitCurveLayout {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Above this many points a side gets no hover dot per point, only its line. */
  maxDots: number;
  /** Characters of a split's name in its label, and in hover titles. */
  labelChars: number;
  titleChars: number;
}

export const SPLIT_CURVE_LAYOUT: SplitCurveLayout = { width: 760, height: 260, left: 64, right: 24, top: 24, bottom: 44, maxDots: 300, labelChars: 28, titleChars: 300 };

export interface CurvePointGeometry {
  x: number;
  y: number;
  /** "cloud-only", "after X", "mobile-only". */
  label: string;
  value: number;
}

export interface CurveSideGeometry {
  side: "base" | "head";
  points: CurvePointGeometry[];
  /** The best split: a point of the curve, or (for a cut that is no prefix) a level only. */
  best: { x: number | null; y: number; label: string; value: number };
}

export interface SplitCurveGeometry {
  width: number;
  height: number;
  plot: { x0: number; x1: number; y0: number; y1: number };
  /** µs for latency (ticks in `unit`), mJ for energy. */
  objective: "latency" | "energy";
  unit: TimeUnit | null;
  ticks: { y: number; value: number }[];
  sides: CurveSideGeometry[];
}

function valueOf(entry: SplitEntry, cost: { latencyUs: number; phoneEnergyMj: number }): number {
  return entry.objective === "latency" ? cost.latencyUs : cost.phoneEnergyMj;
}

/** Cloud-only, then each prefix the split may take; the last prefix is mobile-only. */
function curveOf(entry: SplitEntry): { label: string; value: number }[] {
  const last = entry.curve.length - 1;
  return [
    { label: "cloud-only", value: valueOf(entry, entry.cloudOnly) },
    ...entry.curve.map((p, i) => ({ label: i === last ? "mobile-only" : `after ${p.after}`, value: valueOf(entry, p) })),
  ];
}

/** Index in `curveOf` of a best split that is a prefix; null for a cut the curve does not hold. */
export function bestIndex(entry: SplitEntry, place: SplitPlace = entry.best.place): number | null {
  switch (place.kind) {
    case "cloud-only":
      return 0;
    case "mobile-only":
      return entry.curve.length;
    case "after": {
      const i = entry.curve.findIndex((p) => p.after === place.node);
      return i < 0 ? null : i + 1;
    }
    case "cut":
      return null;
  }
}

/** A split in words for HTML (describeSplit's backticks are Markdown): "after conv_3", "cloud-only". */
export function placeLabel(place: SplitPlace): string {
  switch (place.kind) {
    case "mobile-only":
    case "cloud-only":
      return place.kind;
    case "after":
      return `after ${place.node}`;
    case "cut":
      return `cut sending ${place.sentTensors.join(", ")}`;
  }
}

export function splitCurve(head: SplitEntry, base?: SplitEntry, layout: SplitCurveLayout = SPLIT_CURVE_LAYOUT): SplitCurveGeometry {
  const entries: ["base" | "head", SplitEntry][] = base ? [["base", base], ["head", head]] : [["head", head]];
  const curves = entries.map(([side, entry]) => ({ side, entry, curve: curveOf(entry) }));
  const highest = Math.max(0, ...curves.flatMap((c) => [...c.curve.map((p) => p.value), valueOf(c.entry, c.entry.best)]).filter(Number.isFinite));
  const tickValues = niceTicks(0, highest, 4);
  const plot = { x0: layout.left, x1: layout.width - layout.right, y0: layout.height - layout.bottom, y1: layout.top };
  const y = linearScale([0, tickValues.at(-1)!], [plot.y0, plot.y1]);
  const longest = Math.max(...curves.map((c) => c.curve.length));
  const x = linearScale([0, Math.max(1, longest - 1)], [plot.x0, plot.x1]);
  const sides = curves.map(({ side, entry, curve }): CurveSideGeometry => {
    const points = curve.map((p, i) => ({ x: x(i), y: y(p.value), label: p.label, value: p.value }));
    const at = bestIndex(entry);
    const value = valueOf(entry, entry.best);
    return { side, points, best: { x: at === null ? null : x(at), y: y(value), label: placeLabel(entry.best.place), value } };
  });
  return {
    width: layout.width,
    height: layout.height,
    plot,
    objective: head.objective,
    unit: head.objective === "latency" ? timeUnit(tickValues.at(-1)!) : null,
    ticks: tickValues.map((value) => ({ y: y(value), value })),
    sides,
  };
}

export function splitCurveSvg(head: SplitEntry, base: SplitEntry | undefined, caption: string, layout: SplitCurveLayout = SPLIT_CURVE_LAYOUT): string {
  const g = splitCurve(head, base, layout);
  const { plot } = g;
  const format = (value: number) => (g.objective === "latency" ? formatUs(value) : formatMj(value));
  const tick = (value: number) => (g.unit ? formatTick(value, g.unit) : String(Number(value.toPrecision(6))));
  const parts: string[] = [];
  for (const t of g.ticks) {
    parts.push(`<line class="grid" x1="${px(plot.x0)}" x2="${px(plot.x1)}" y1="${px(t.y)}" y2="${px(t.y)}"/>`);
    parts.push(`<text class="tick" x="${px(plot.x0 - 6)}" y="${px(t.y + 4)}" text-anchor="end">${tick(t.value)}</text>`);
  }
  const yLabel = g.objective === "latency" ? `latency (${g.unit!.label})` : "phone energy (mJ)";
  parts.push(`<text class="axis-label" x="${px(plot.x0)}" y="${px(plot.y1 - 10)}" text-anchor="start">${yLabel}</text>`);
  parts.push(`<text class="tick" x="${px(plot.x0)}" y="${px(plot.y0 + 16)}" text-anchor="start">cloud-only</text>`);
  parts.push(`<text class="tick" x="${px(plot.x1)}" y="${px(plot.y0 + 16)}" text-anchor="end">mobile-only</text>`);
  parts.push(`<text class="axis-label" x="${px((plot.x0 + plot.x1) / 2)}" y="${px(plot.y0 + 34)}" text-anchor="middle">nodes on the phone, in topological order</text>`);
  parts.push(`<line class="axis" x1="${px(plot.x0)}" x2="${px(plot.x1)}" y1="${px(plot.y0)}" y2="${px(plot.y0)}"/>`);
  for (const side of g.sides) {
    const line = side.points.map((p) => `${px(p.x)},${px(p.y)}`).join(" ");
    const dots = side.points.length > layout.maxDots ? "" : side.points
      .map((p) => `<circle class="point" cx="${px(p.x)}" cy="${px(p.y)}" r="3"><title>${escapeHtml(`${side.side}: ${shortLabel(p.label, layout.titleChars)}: ${format(p.value)}`)}</title></circle>`)
      .join("");
    const best = side.best;
    const bestTitle = `<title>${escapeHtml(`${side.side} best split: ${shortLabel(best.label, layout.titleChars)}: ${format(best.value)}`)}</title>`;
    const marker = best.x === null
      ? `<line class="best-level" x1="${px(plot.x0)}" x2="${px(plot.x1)}" y1="${px(best.y)}" y2="${px(best.y)}">${bestTitle}</line>`
      : `<circle class="best" cx="${px(best.x)}" cy="${px(best.y)}" r="6">${bestTitle}</circle>`;
    const labelX = best.x === null ? plot.x1 - 80 : Math.min(Math.max(best.x, plot.x0 + 80), plot.x1 - 80);
    // Head's label above its marker, base's below, so two bests at one place stay readable.
    const labelY = side.side === "head" ? Math.max(plot.y1 + 10, best.y - 10) : Math.min(plot.y0 - 4, best.y + 18);
    const label = `<text class="best-label" x="${px(labelX)}" y="${px(labelY)}" text-anchor="middle">${escapeHtml(shortLabel(`${side.side}: ${best.label}`, layout.labelChars))}</text>`;
    parts.push(`<g class="curve curve-${side.side}"><polyline points="${line}"/>${dots}${marker}${label}</g>`);
  }
  return `<svg class="chart chart-split" viewBox="0 0 ${px(g.width)} ${px(g.height)}" width="${px(g.width)}" height="${px(g.height)}" role="img" aria-label="${escapeHtml(caption)}">\n${parts.join("\n")}\n</svg>`;
}
