// Per-layer bars of one model on one device: the base and the head median side by side on one
// scale from zero, so a bar's length is its time and a slower head layer is a longer bar.
import type { Verdict } from "../../compare/types.js";
import { escapeHtml, shortLabel } from "./escape-html.js";
import { formatChange, formatUs, timeAxisSvg, timeUnit, type TimeAxis } from "./format-values.js";
import { linearScale, niceTicks, px } from "./linear-scale.js";

export interface LayerBarRow {
  label: string;
  baseUs: number | null;
  headUs: number | null;
  verdict: Verdict;
  /** Head / base, for the hover text; absent when the layer has no baseline. */
  ratio?: number;
}

export interface LayerBarsLayout {
  width: number;
  /** Room left of the bars for the layer names. */
  labelWidth: number;
  rowHeight: number;
  barHeight: number;
  top: number;
  axisHeight: number;
  right: number;
  /** Characters of a name shown in the label, and in the hover title (the table has it whole). */
  labelChars: number;
  titleChars: number;
}

export const LAYER_BARS_LAYOUT: LayerBarsLayout = { width: 760, labelWidth: 220, rowHeight: 24, barHeight: 9, top: 6, axisHeight: 26, right: 24, labelChars: 32, titleChars: 300 };

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LayerBarGeometry {
  row: LayerBarRow;
  /** Top of the row. */
  y: number;
  base: Rect | null;
  head: Rect | null;
}

/** Its axis starts at zero (x0). */
export interface LayerBarsGeometry extends TimeAxis {
  width: number;
  height: number;
  /** The axis's end in µs: the longest bar rounded up to a tick. */
  maxUs: number;
  rows: LayerBarGeometry[];
}

export function layerBars(rows: readonly LayerBarRow[], layout: LayerBarsLayout = LAYER_BARS_LAYOUT): LayerBarsGeometry {
  const longest = Math.max(0, ...rows.flatMap((r) => [r.baseUs ?? 0, r.headUs ?? 0]).filter(Number.isFinite));
  const tickValues = niceTicks(0, longest, 5);
  const maxUs = tickValues.at(-1)!;
  const x0 = layout.labelWidth;
  const x1 = layout.width - layout.right;
  const x = linearScale([0, maxUs], [x0, x1]);
  const bar = (us: number | null, y: number): Rect | null => (us === null || !Number.isFinite(us) ? null : { x: x0, y, width: Math.max(0, x(us) - x0), height: layout.barHeight });
  const geometry = rows.map((row, i): LayerBarGeometry => {
    const y = layout.top + i * layout.rowHeight;
    const barsTop = y + (layout.rowHeight - 2 * layout.barHeight - 1) / 2;
    return { row, y, base: bar(row.baseUs, barsTop), head: bar(row.headUs, barsTop + layout.barHeight + 1) };
  });
  return {
    width: layout.width,
    height: layout.top + rows.length * layout.rowHeight + layout.axisHeight,
    x0,
    x1,
    maxUs,
    unit: timeUnit(maxUs),
    ticks: tickValues.map((us) => ({ x: x(us), us })),
    rows: geometry,
  };
}

export function layerBarsSvg(rows: readonly LayerBarRow[], caption: string, layout: LayerBarsLayout = LAYER_BARS_LAYOUT): string {
  const g = layerBars(rows, layout);
  const axisY = g.height - layout.axisHeight;
  const parts: string[] = [];
  parts.push(...timeAxisSvg(g, layout.top, axisY));
  for (const r of g.rows) {
    const { row } = r;
    const change = row.ratio === undefined ? row.verdict : `${formatChange(row.ratio)}, ${row.verdict}`;
    const hover = `${shortLabel(row.label, layout.titleChars)}: ${formatUs(row.baseUs)} → ${formatUs(row.headUs)} (${change})`;
    const rects = [
      r.base ? `<rect class="bar-base" x="${px(r.base.x)}" y="${px(r.base.y)}" width="${px(r.base.width)}" height="${px(r.base.height)}"/>` : "",
      r.head ? `<rect class="bar-head" x="${px(r.head.x)}" y="${px(r.head.y)}" width="${px(r.head.width)}" height="${px(r.head.height)}"/>` : "",
    ].join("");
    parts.push(
      `<g class="bar-row verdict-${row.verdict}"><title>${escapeHtml(hover)}</title>` +
        `<text class="label" x="${px(g.x0 - 6)}" y="${px(r.y + layout.rowHeight / 2 + 4)}" text-anchor="end">${escapeHtml(shortLabel(row.label, layout.labelChars))}</text>${rects}</g>`,
    );
  }
  parts.push(`<line class="axis" x1="${px(g.x0)}" x2="${px(g.x0)}" y1="${px(layout.top)}" y2="${px(axisY)}"/>`);
  return `<svg class="chart chart-layers" viewBox="0 0 ${px(g.width)} ${px(g.height)}" width="${px(g.width)}" height="${px(g.height)}" role="img" aria-label="${escapeHtml(caption)}">\n${parts.join("\n")}\n</svg>`;
}
