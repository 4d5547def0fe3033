// Small helpers for the calibration summary: rates with a Wilson interval, quantiles.
import { quantile as statsQuantile } from "../../src/stats/quantile.js";

/** Wilson score interval (95 %) for k successes out of n. */
export function wilson(k: number, n: number, z = 1.959964): [number, number] {
  if (n === 0) return [0, 1];
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

export interface Rate {
  k: number;
  n: number;
  rate: number;
  /** 95 % Wilson interval. */
  ci: [number, number];
}

export function rate(k: number, n: number): Rate {
  return { k, n, rate: n > 0 ? k / n : 0, ci: wilson(k, n) };
}

/** The project's type-7 quantile, NaN for an empty arm instead of an error. */
export function quantile(values: readonly number[], q: number): number {
  return values.length === 0 ? NaN : statsQuantile(values, q);
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);

/** "3/120 (2.5 %)" */
export function showRate(r: Rate): string {
  return `${r.k}/${r.n} (${pct(r.rate)})`;
}

export function pct(x: number, digits = 1): string {
  return `${(x * 100).toFixed(digits)} %`;
}

/** A ratio as a signed percentage: 1.103 → "+10.3 %". */
export function change(ratio: number, digits = 1): string {
  const v = (ratio - 1) * 100;
  return `${v >= 0 ? "+" : ""}${v.toFixed(digits)} %`;
}

/** The report as JSON: summaries indented, each raw outcome on one line (keeps the file small and diffable). */
export function serializeReport(report: { outcomes: unknown[] } & Record<string, unknown>): string {
  const { outcomes, ...rest } = report;
  const head = JSON.stringify(rest, null, 1);
  const lines = outcomes.map((o) => " " + JSON.stringify(o));
  return `${head.slice(0, -2)},\n "outcomes": [\n${lines.join(",\n")}\n ]\n}\n`;
}
