// A Mermaid `xychart-beta` block (GitHub renders it as a chart): categories on the x-axis, a bar
// series, a line series, or both. Every label goes through mermaidLabel; numbers are finite.
import { significant } from "../quantity-text.js";
import { mermaidLabel } from "./escape.js";

export interface XyChart {
  title: string;
  labels: readonly string[];
  /** The y-axis's title: our own words (the unit), not a model's. */
  yAxis: string;
  bar?: readonly number[];
  line?: readonly number[];
}

export function mermaidChart(chart: XyChart): string {
  const numbers = (values: readonly number[]) => `[${values.map(plainNumber).join(", ")}]`;
  return [
    "```mermaid",
    "xychart-beta",
    `  title "${mermaidLabel(chart.title, 90)}"`,
    `  x-axis [${chart.labels.map((label) => `"${mermaidLabel(label)}"`).join(", ")}]`,
    `  y-axis "${mermaidLabel(chart.yAxis, 40)}"`,
    ...(chart.bar ? [`  bar ${numbers(chart.bar)}`] : []),
    ...(chart.line ? [`  line ${numbers(chart.line)}`] : []),
    "```",
  ].join("\n");
}

/** The unit a chart of times up to `maxUs` reads best in, and what to divide µs by. */
export function timeScale(maxUs: number): { unit: string; divisor: number } {
  if (maxUs >= 1_000_000) return { unit: "s", divisor: 1_000_000 };
  if (maxUs >= 1000) return { unit: "ms", divisor: 1000 };
  return { unit: "µs", divisor: 1 };
}

/**
 * Three significant digits in the only form Mermaid's xychart lexer reads (`[+-]?\d+(\.\d+)?`):
 * never `6e-7`, which would break the chart; below a millionth of the axis unit it is 0.
 */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) return "0";
  const text = significant(value);
  if (!/e/i.test(text)) return text;
  const fixed = value.toFixed(6).replace(/\.?0+$/, "");
  return fixed === "-0" || fixed === "" ? "0" : fixed;
}
