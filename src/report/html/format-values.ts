// Numbers as the HTML report writes them: times in the unit that keeps them short, changes as
// signed percentages with their interval, p-values to two significant digits.
import { px } from "./linear-scale.js";


const MINUS = "\u2212";

/** 812.4 µs, 12.35 ms, 1.20 s; an em dash for no value. */
export function formatUs(us: number | null | undefined): string {
  if (us === null || us === undefined || !Number.isFinite(us)) return "—";
  const unit = timeUnit(Math.abs(us));
  return `${(us / unit.divisor).toFixed(unit.digits(Math.abs(us) / unit.divisor))} ${unit.label}`;
}

export function formatMj(mj: number | null | undefined): string {
  if (mj === null || mj === undefined || !Number.isFinite(mj)) return "—";
  return `${mj >= 100 ? mj.toFixed(0) : mj.toPrecision(3)} mJ`;
}

export interface TimeUnit {
  label: string;
  divisor: number;
  digits: (valueInUnit: number) => number;
}

const MICRO: TimeUnit = { label: "µs", divisor: 1, digits: (v) => (v < 10 ? 2 : 1) };
const MILLI: TimeUnit = { label: "ms", divisor: 1e3, digits: (v) => (v < 100 ? 2 : 1) };
const SECOND: TimeUnit = { label: "s", divisor: 1e6, digits: () => 2 };

/** The unit a time (or an axis up to it) reads best in. */
export function timeUnit(maxUs: number): TimeUnit {
  if (maxUs < 1e3) return MICRO;
  if (maxUs < 1e6) return MILLI;
  return SECOND;
}

/** Head / base as a signed percentage: 1.124 → "+12.4 %", 0.97 → "−3.0 %". */
export function formatChange(ratio: number): string {
  return `${signedPercent(ratio)} %`;
}

/** "[+9.8, +15.1]" */
export function formatInterval(ci: readonly [number, number]): string {
  return `[${signedPercent(ci[0])}, ${signedPercent(ci[1])}]`;
}

function signedPercent(ratio: number): string {
  const pct = (ratio - 1) * 100;
  const digits = Math.abs(pct) < 100 ? 1 : 0;
  const text = Math.abs(pct).toFixed(digits);
  // −0.0 and +0.0 both read as a change; a rounded zero gets no sign.
  if (Number(text) === 0) return text;
  return `${pct < 0 ? MINUS : "+"}${text}`;
}

/** Two significant digits: 0.031, 2.0e-9. */
export function formatP(p: number): string {
  return p.toPrecision(2);
}

/** An axis tick in the axis's unit: 0, 2.5, 10 (no trailing zeros). */
export function formatTick(valueUs: number, unit: TimeUnit): string {
  return String(Number((valueUs / unit.divisor).toPrecision(6)));
}

/** A horizontal time axis of a chart: where it starts and ends, its unit and its ticks. */
export interface TimeAxis {
  x0: number;
  x1: number;
  unit: TimeUnit;
  ticks: { x: number; us: number }[];
}

/** The vertical grid lines, tick labels and unit label of a horizontal time axis, as SVG. */
export function timeAxisSvg(g: TimeAxis, top: number, axisY: number): string[] {
  const parts: string[] = [];
  for (const t of g.ticks) {
    parts.push(`<line class="grid" x1="${px(t.x)}" x2="${px(t.x)}" y1="${px(top)}" y2="${px(axisY)}"/>`);
    parts.push(`<text class="tick" x="${px(t.x)}" y="${px(axisY + 14)}" text-anchor="middle">${formatTick(t.us, g.unit)}</text>`);
  }
  parts.push(`<text class="axis-label" x="${px(g.x1)}" y="${px(axisY + 25)}" text-anchor="end">${g.unit.label}</text>`);
  return parts;
}
