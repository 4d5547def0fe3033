// The stability check bench and compare share: spread above the limit, a trend against run index
// below the drift α, and nothing said about fewer than three samples.

import { describe, expect, it } from "vitest";
import { STABILITY_LIMITS, stabilityCheck } from "../../src/stats/stability-check.js";

const rising = Array.from({ length: 30 }, (_, i) => 1000 + 10 * i);
const steady = Array.from({ length: 30 }, (_, i) => 1000 + (i % 2 === 0 ? 5 : -5));

describe("stabilityCheck", () => {
  it("flags a monotone trend as drift, with Kendall's tau", () => {
    const check = stabilityCheck(rising);
    expect(check).toMatchObject({ drifting: true, highVariation: false });
    expect(check.drift.tau).toBe(1);
    expect(check.drift.p).toBeLessThan(STABILITY_LIMITS.driftAlpha);
  });

  it("flags a coefficient of variation above the limit", () => {
    const check = stabilityCheck([1000, 1500, 700, 1400, 800, 1300]);
    expect(check.highVariation).toBe(true);
    expect(check.cv).toBeGreaterThan(0.1);
    expect(stabilityCheck([1000, 1500, 700, 1400, 800, 1300], { maxCv: 0.5, driftAlpha: 0.01 }).highVariation).toBe(false);
  });

  it("leaves steady samples alone", () => {
    expect(stabilityCheck(steady)).toMatchObject({ drifting: false, highVariation: false });
  });

  it("says nothing about fewer than three samples, however far apart", () => {
    expect(stabilityCheck([100, 1000])).toEqual({ cv: 0, drift: { tau: 0, p: 1 }, highVariation: false, drifting: false });
  });

});
