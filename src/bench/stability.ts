// Stability checks on a series of samples: drift against run index (thermal throttling, a
// background job starting) and high spread. They become warnings that say what to do.
import type { Warning } from "../results/types.js";

const HIGH_CV = 0.1;
const DRIFT_RHO = 0.5;

export function stabilityWarnings(samples: readonly number[], what: string): Warning[] {
  const warnings: Warning[] = [];
  if (samples.length < 3) return warnings;
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  const sd = Math.sqrt(samples.reduce((a, b) => a + (b - mean) ** 2, 0) / (samples.length - 1));
  const cv = sd / mean;
  if (cv > HIGH_CV) {
    warnings.push({ code: "high-variance", message: `${what}: coefficient of variation ${(cv * 100).toFixed(1)} % (above ${HIGH_CV * 100} %); close other programs, pin the CPU governor to performance, or raise --runs` });
  }
  const rho = spearmanAgainstIndex(samples);
  if (Math.abs(rho) >= DRIFT_RHO && samples.length >= 10) {
    warnings.push({ code: "drift", message: `${what}: samples ${rho > 0 ? "rise" : "fall"} with run index (Spearman ρ = ${rho.toFixed(2)}); the device may be heating up or something else started; let it cool, or raise --warmup` });
  }
  return warnings;
}

/** Spearman's rank correlation of the samples with their index (average ranks for ties). */
export function spearmanAgainstIndex(samples: readonly number[]): number {
  const n = samples.length;
  const order = samples.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const ranks = new Array<number>(n);
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && order[j + 1]![0] === order[i]![0]) j++;
    for (let k = i; k <= j; k++) ranks[order[k]![1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  const meanRank = (n + 1) / 2;
  let num = 0, dx = 0, dy = 0;
  for (let i = 0; i < n; i++) {
    const x = i + 1 - meanRank, y = ranks[i]! - meanRank;
    num += x * y; dx += x * x; dy += y * y;
  }
  return dx === 0 || dy === 0 ? 0 : num / Math.sqrt(dx * dy);
}
