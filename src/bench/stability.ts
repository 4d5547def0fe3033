// Stability warnings written into the results: the shared check of stats/ phrased with what to
// do about it, under the same codes `compare` uses, so a comparison carries them instead of
// repeating them.
import type { Warning } from "../results/types.js";
import { STABILITY_LIMITS, stabilityCheck, type StabilityLimits } from "../stats/stability-check.js";

export { STABILITY_LIMITS };

export function stabilityWarnings(samples: readonly number[], what: string, limits: StabilityLimits = STABILITY_LIMITS): Warning[] {
  const warnings: Warning[] = [];
  const { cv, drift, highVariation, drifting } = stabilityCheck(samples, limits);
  if (highVariation) {
    warnings.push({ code: "high-variation", message: `${what}: coefficient of variation ${(cv * 100).toFixed(1)} % (above ${limits.maxCv * 100} %); close other programs, pin the CPU governor to performance, or raise --runs` });
  }
  if (drifting) {
    // Rising times: heat or another program starting; falling ones: the runs were still warming up.
    const why = drift.tau > 0 ? "the device may be heating up or something else started; let it cool" : "the model was still warming up (caches, clocks) or a competing program stopped";
    warnings.push({ code: "thermal-drift", message: `${what}: samples ${drift.tau > 0 ? "rise" : "fall"} with run index (Kendall τ = ${drift.tau.toFixed(2)}, p = ${drift.p.toPrecision(2)}); ${why}; raise --warmup` });
  }
  return warnings;
}
