// Thermal-drift check: a monotone trend of samples against run index (Mann–Kendall, i.e.
// Kendall's tau of samples vs 0…n−1) means the device heated or throttled during the run.

import { kendallTau } from "./kendall-tau.js";

export interface DriftResult {
  /** Kendall's tau-b of samples vs run index; > 0 means samples grew over the run. */
  tau: number;
  p: number;
}

export function driftTest(samples: readonly number[]): DriftResult {
  const { tau, p } = kendallTau(samples.map((_, i) => i), samples);
  return { tau, p };
}
