// Coefficient of variation, the stability check's noise measure: sample standard deviation
// (ddof = 1, unlike scipy.stats.variation's default ddof = 0) over the mean.

import { mean, sampleStandardDeviation } from "simple-statistics";

export function coefficientOfVariation(samples: readonly number[]): number {
  if (samples.length < 2) return 0;
  return sampleStandardDeviation([...samples]) / mean([...samples]);
}
