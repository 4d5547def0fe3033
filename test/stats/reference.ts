// The SciPy reference table (scripts/stats-reference.py → reference.json) and a relative-error
// matcher shared by the stats tests.

import { readFileSync } from "node:fs";
import { expect } from "vitest";

interface Named {
  name: string;
}

export interface Reference {
  scipy: string;
  quantile: { x: number[]; p: number; value: number }[];
  normalSf: { z: number; sf: number }[];
  erfc: { x: number; erfc: number }[];
  normalQuantile: { p: number; z: number }[];
  mannWhitneyU: (Named & { x: number[]; y: number[]; u1: number; p: number; method: string })[];
  wilcoxon: (Named & { d: number[]; statistic: number; p: number; method: string })[];
  kendallTau: (Named & { x: number[]; y: number[]; tau: number; p: number })[];
  hodgesLehmann: (Named & { base: number[]; head: number[]; alpha: number; ratio: number; lower: number; upper: number; method: string })[];
  hodgesLehmannPaired: (Named & { base: number[]; head: number[]; alpha: number; ratio: number; lower: number; upper: number; method: string })[];
  pAdjust: { p: number[]; holm: number[]; bh: number[] }[];
  coefficientOfVariation: { x: number[]; cv: number }[];
}

export const reference = JSON.parse(
  readFileSync(new URL("./reference.json", import.meta.url), "utf8"),
) as Reference;

/** The agreement with SciPy required of statistics and p-values. */
export const RELATIVE_TOLERANCE = 1e-6;

export function expectRelativelyClose(actual: number, expected: number, tolerance = RELATIVE_TOLERANCE): void {
  if (expected === 0) {
    expect(Math.abs(actual)).toBeLessThan(1e-300);
    return;
  }
  expect(Math.abs(actual - expected) / Math.abs(expected), `${actual} vs ${expected}`).toBeLessThan(tolerance);
}
