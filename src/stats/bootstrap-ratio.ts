// Percentile-bootstrap confidence intervals for a ratio of medians: the alternative to the
// Hodges–Lehmann interval when the effect must be the ratio of medians itself. Seeded, so a
// report can be reproduced.

import { median, medianInPlace, quantileSorted } from "./quantile.js";
import { randomIndex, type Rng } from "./rng.js";

export interface BootstrapOptions {
  /** Number of resamples (default 2000). */
  resamples?: number;
  /** 1 − confidence level (default 0.05). */
  alpha?: number;
}

export interface BootstrapRatio {
  ratio: number;
  lower: number;
  upper: number;
}

/** median(head)/median(base), resampling each sample independently. */
export function bootstrapMedianRatio(
  base: readonly number[],
  head: readonly number[],
  rng: Rng,
  options: BootstrapOptions = {},
): BootstrapRatio {
  if (base.length === 0 || head.length === 0) throw new RangeError("bootstrap needs two non-empty samples");
  const { resamples = 2000, alpha = 0.05 } = options;
  const ratios = new Float64Array(resamples);
  const b = new Float64Array(base.length);
  const h = new Float64Array(head.length);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < b.length; i++) b[i] = base[randomIndex(rng, base.length)] as number;
    for (let i = 0; i < h.length; i++) h[i] = head[randomIndex(rng, head.length)] as number;
    ratios[r] = medianInPlace(h) / medianInPlace(b);
  }
  return interval(median(head) / median(base), ratios, alpha);
}

/** exp(median log(head_i/base_i)) for paired runs, resampling whole pairs. */
export function bootstrapPairedRatio(
  base: readonly number[],
  head: readonly number[],
  rng: Rng,
  options: BootstrapOptions = {},
): BootstrapRatio {
  if (base.length === 0 || base.length !== head.length) throw new RangeError("paired bootstrap needs equal, non-empty samples");
  const { resamples = 2000, alpha = 0.05 } = options;
  const logRatios = head.map((v, i) => Math.log(v / (base[i] as number)));
  const ratios = new Float64Array(resamples);
  const d = new Float64Array(logRatios.length);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < d.length; i++) d[i] = logRatios[randomIndex(rng, d.length)] as number;
    ratios[r] = Math.exp(medianInPlace(d));
  }
  return interval(Math.exp(median(logRatios)), ratios, alpha);
}

function interval(ratio: number, ratios: Float64Array, alpha: number): BootstrapRatio {
  ratios.sort();
  return { ratio, lower: quantileSorted(ratios, alpha / 2), upper: quantileSorted(ratios, 1 - alpha / 2) };
}
