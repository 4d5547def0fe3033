// The layers that moved: significant regressions and improvements only, per model × device, the
// largest effect on the model's time first (the estimate × the base median, in µs), each with its
// share of the model and its change; and a chart of base vs head for the top ones.
import type { Comparison, TestedEndpoint } from "../../compare/types.js";
import type { ReportInput } from "../../gate/types.js";
import { durationChangeText, durationText, shareText } from "../quantity-text.js";
import { changeCell, verdictCell } from "./endpoint-cells.js";
import { inlineCode, plainText, tableCell } from "./escape.js";
import { mermaidChart, timeScale } from "./mermaid-chart.js";

/** The layers of one model × device that moved, largest effect first. */
export interface MovedLayers {
  model: string;
  device: string;
  /** The model's base time: its latency median, or the sum of its layers' when it has none. */
  modelUs: number | undefined;
  layers: TestedEndpoint[];
}

/** Charts drawn at most: one per model × device, the first with moved layers. */
const MAX_CHARTS = 3;

export function movedLayerGroups(comparison: Comparison): MovedLayers[] {
  const groups = new Map<string, MovedLayers & { layerSumUs: number }>();
  for (const e of comparison.endpoints) {
    if (e.metric !== "layer") continue;
    const key = `${e.device}\0${e.model}`;
    const group = groups.get(key) ?? { model: e.model, device: e.device, modelUs: undefined, layers: [], layerSumUs: 0 };
    groups.set(key, group);
    group.layerSumUs += e.baseMedianUs ?? 0;
    if (e.verdict === "regression" || e.verdict === "improvement") group.layers.push(e);
  }
  const latency = new Map(comparison.endpoints.filter((e) => e.metric === "latency").map((e) => [`${e.device}\0${e.model}`, e.baseMedianUs]));
  return [...groups].filter(([, g]) => g.layers.length > 0).map(([key, { layerSumUs, ...g }]) => ({
    ...g,
    modelUs: latency.get(key) ?? (layerSumUs > 0 ? layerSumUs : undefined),
    layers: g.layers.sort((a, b) => Math.abs(effectUs(b)) - Math.abs(effectUs(a))),
  }));
}

/** The estimated change of a layer's time: (ratio − 1) × its base median, µs. */
export function effectUs(e: TestedEndpoint): number {
  return (e.ratio - 1) * (e.baseMedianUs ?? 0);
}

/**
 * The section with at most `topLayers` rows per model × device (0: the count alone); "" when no
 * layer moved. `charts` adds a chart per model × device, for the first few.
 */
export function movedLayers(input: ReportInput, topLayers: number, charts: boolean): string {
  const groups = movedLayerGroups(input.comparison);
  const layerCount = input.comparison.endpoints.filter((e) => e.metric === "layer").length;
  if (groups.length === 0) return layerCount > 0 ? `#### Layers that moved\n\nNo layer of ${layerCount} moved significantly.` : "";
  const total = groups.reduce((n, g) => n + g.layers.length, 0);
  const lines = ["#### Layers that moved", ""];
  if (topLayers > 0) {
    lines.push("| Model | Device | Layer | Share | Base → head | Change | Effect | Verdict |", "|---|---|---|---|---|---|---|---|");
    for (const g of groups) {
      for (const e of g.layers.slice(0, topLayers)) {
        const cells = [
          tableCell(inlineCode(g.model)),
          tableCell(inlineCode(g.device)),
          tableCell(inlineCode(e.layer ?? "")),
          shareText(e.baseMedianUs ?? 0, g.modelUs).replace("<", "&lt;"),
          `${durationText(e.baseMedianUs)} → ${durationText(e.headMedianUs)}`,
          changeCell(e),
          durationChangeText(effectUs(e)),
          verdictCell(e, input.decision),
        ];
        lines.push(`| ${cells.join(" | ")} |`);
      }
    }
  }
  const shown = groups.reduce((n, g) => n + Math.min(g.layers.length, topLayers), 0);
  const rest = total - shown;
  if (rest > 0) {
    const what = shown > 0 ? `${rest} more ${rest === 1 ? "layer" : "layers"} moved (the top ${topLayers} per model × device are listed)` : `${rest} ${rest === 1 ? "layer" : "layers"} moved`;
    lines.push(...(topLayers > 0 ? [""] : []), `_${what}: see every layer's details or the full report._`);
  }
  if (charts && topLayers > 0) {
    for (const g of groups.slice(0, MAX_CHARTS)) lines.push("", layerChart(g, topLayers));
  }
  return lines.join("\n");
}

function layerChart(g: MovedLayers, topLayers: number): string {
  const layers = g.layers.slice(0, topLayers);
  const { unit, divisor } = timeScale(Math.max(...layers.flatMap((e) => [e.baseMedianUs ?? 0, e.headMedianUs ?? 0])));
  return [
    `<sub>${plainText(`${g.model} on ${g.device}`, 160)}: head (bars) and base (line) of the layers that moved most, ${unit}</sub>`,
    "",
    mermaidChart({
      title: `${g.model} on ${g.device}: top layers, ${unit}`,
      labels: layers.map((e) => e.layer ?? ""),
      yAxis: unit,
      bar: layers.map((e) => (e.headMedianUs ?? 0) / divisor),
      line: layers.map((e) => (e.baseMedianUs ?? 0) / divisor),
    }),
  ].join("\n");
}
