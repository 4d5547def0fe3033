// The stability check of a series of samples, shared by bench (warnings written into the
// results) and compare (findings about the compared samples): high spread (coefficient of
// variation) and a monotone trend against run index (thermal drift, a background job starting).

import { coefficientOfVariation } from "./coefficient-of-variation.js";
import { driftTest, type DriftResult } from "./drift-test.js";

export interface StabilityLimits {
  /** A coefficient of variation above this is high variation. */
  maxCv: number;
  /** A Kendall trend against run index with p below this is drift. */
  driftAlpha: number;
}

export const STABILITY_LIMITS: Readonly<StabilityLimits> = Object.freeze({ maxCv: 0.1, driftAlpha: 0.01 });

export interface StabilityCheck {
  cv: number;
  drift: DriftResult;
  highVariation: boolean;
  drifting: boolean;
}

/** Fewer than three samples say nothing about either, and are never flagged. */
export function stabilityCheck(samples: readonly number[], limits: StabilityLimits = STABILITY_LIMITS): StabilityCheck {
  if (samples.length < 3) return { cv: 0, drift: { tau: 0, p: 1 }, highVariation: false, drifting: false };
  const cv = coefficientOfVariation(samples);
  const drift = driftTest(samples);
  return { cv, drift, highVariation: cv > limits.maxCv, drifting: drift.p < limits.driftAlpha };
}
