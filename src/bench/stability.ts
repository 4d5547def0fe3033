// Stability checks on a series of samples: drift against run index (thermal throttling, a
// background job starting) and high spread. They become warnings that say what to do, with the
// same codes and tests `compare` uses, so a comparison carries them instead of repeating them.
import type { Warning } from "../results/types.js";
import { coefficientOfVariation, driftTest } from "../stats/index.js";

export const STABILITY_LIMITS = { maxCv: 0.1, driftAlpha: 0.01 };

export function stabilityWarnings(samples: readonly number[], what: string, limits = STABILITY_LIMITS): Warning[] {
  const warnings: Warning[] = [];
  if (samples.length < 3) return warnings;
  const cv = coefficientOfVariation(samples);
  if (cv > limits.maxCv) {
    warnings.push({ code: "high-variation", message: `${what}: coefficient of variation ${(cv * 100).toFixed(1)} % (above ${limits.maxCv * 100} %); close other programs, pin the CPU governor to performance, or raise --runs` });
  }
  const drift = driftTest(samples);
  if (drift.p < limits.driftAlpha) {
    warnings.push({ code: "thermal-drift", message: `${what}: samples ${drift.tau > 0 ? "rise" : "fall"} with run index (Kendall τ = ${drift.tau.toFixed(2)}, p = ${drift.p.toPrecision(2)}); the device may be heating up or something else started; let it cool, or raise --warmup` });
  }
  return warnings;
}
