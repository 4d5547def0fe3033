// Endpoint testing on its own: one options object in, the effect, interval and p out, and the
// verdict once the family's p is known.

import { describe, expect, it } from "vitest";
import { DEFAULT_COMPARE_OPTIONS } from "../../src/compare/compare-options.js";
import { judge, judgeLatency, smallestP, testEndpoint, verdictOf, type EndpointTest } from "../../src/compare/test-endpoint.js";
import { hodgesLehmannPairedRatio, hodgesLehmannRatio } from "../../src/stats/hodges-lehmann.js";
import { mannWhitneyU } from "../../src/stats/mann-whitney-u.js";
import { noisy } from "./fixtures.js";

const opts = { ...DEFAULT_COMPARE_OPTIONS, baseFiles: [], headFiles: [] };
const series = (base: number[], head: number[], extra: Partial<EndpointTest> = {}): EndpointTest => ({
  where: { device: "host", model: "cnn", metric: "latency" }, base, head, paired: false, looks: 1, groups: {}, warnings: [], minAbs: 50, options: opts, ...extra,
});

describe("testEndpoint", () => {
  it("is the Hodges–Lehmann ratio on logs with Mann–Whitney's p on the raw samples", () => {
    const base = noisy(2000, 30, 0.02, 1);
    const head = noisy(2400, 30, 0.02, 2);
    const { endpoint } = testEndpoint(series(base, head));
    const hl = hodgesLehmannRatio(base, head, 0.05);
    expect(endpoint).toMatchObject({ ratio: hl.ratio, ci: [hl.lower, hl.upper], p: mannWhitneyU(base, head).p, nBase: 30, nHead: 30, paired: false });
  });

  it("tests paired runs with the paired Hodges–Lehmann ratio, its interval at α / looks", () => {
    const base = noisy(2000, 20, 0.02, 3);
    const head = base.map((v) => v * 1.05);
    const { endpoint, looks } = testEndpoint(series(base, head, { paired: true, looks: 4 }));
    const hl = hodgesLehmannPairedRatio(base, head, 0.05 / 4);
    expect(endpoint.ci).toEqual([hl.lower, hl.upper]);
    expect(looks).toBe(4);
  });

  it("makes the process the unit with three replicates a side", () => {
    const base = [...noisy(1000, 10, 0.01, 4), ...noisy(1010, 10, 0.01, 5), ...noisy(990, 10, 0.01, 6)];
    const head = [...noisy(1200, 10, 0.01, 7), ...noisy(1210, 10, 0.01, 8), ...noisy(1190, 10, 0.01, 9)];
    const { endpoint } = testEndpoint(series(base, head, { groups: { base: [10, 10, 10], head: [10, 10, 10] } }));
    expect(endpoint).toMatchObject({ nBase: 3, nHead: 3, replicates: { base: 3, head: 3 } });
  });

  it("lifts zero kernel times to half the smallest positive one instead of failing on their log", () => {
    const { endpoint } = testEndpoint(series([0, 0, 2, 2, 2], [0, 2, 2, 2, 2], { where: { device: "host", model: "cnn", metric: "layer", layer: "relu" }, minAbs: 20 }));
    expect(Number.isFinite(endpoint.ratio)).toBe(true);
    expect(endpoint.ci.every(Number.isFinite)).toBe(true);
  });
});

describe("judge", () => {
  it("turns the adjusted p and the interval into the verdict", () => {
    const measured = testEndpoint(series(noisy(2000, 30, 0.02, 1), noisy(2400, 30, 0.02, 2), { paired: true }));
    expect(judge(measured, 1e-6, opts)).toMatchObject({ verdict: "regression", pAdjusted: 1e-6, unit: "pairs" });
    expect(judge(measured, 0.5, opts).verdict).toBe("inconclusive");
  });

  it("judges one latency endpoint as adaptive sampling asks", () => {
    expect(judgeLatency(noisy(2000, 30, 0.02, 1), noisy(2400, 30, 0.02, 2), true, 1, opts)).toBe("regression");
    // One process a side decides nothing, neither a change nor its absence.
    expect(judgeLatency(noisy(2000, 30, 0.02, 1), noisy(2400, 30, 0.02, 2), false, 1, opts)).toBe("inconclusive");
    expect(judgeLatency(noisy(2000, 30, 0.02, 1), noisy(2000, 30, 0.02, 2), false, 1, opts)).toBe("inconclusive");
    expect(judgeLatency([1000, 1300, 900], [1100, 1250, 950], false, 1, opts)).toBe("inconclusive");
  });
});

describe("no verdict from weak data", () => {
  // Hand calculation: C(6,3) = 20 → 2/20 = 0.1; C(8,4) = 70 → 2/70 ≈ 0.0286; 2/2⁵ = 0.0625; 2/2⁶ = 0.03125.
  it("knows the smallest p the rank tests can give", () => {
    expect(smallestP(3, 3, false)).toBeCloseTo(0.1, 12);
    expect(smallestP(4, 4, false)).toBeCloseTo(2 / 70, 12);
    expect(smallestP(1, 1000, false)).toBeCloseTo(2 / 1001, 12);
    expect(smallestP(5, 5, true)).toBeCloseTo(0.0625, 12);
    expect(smallestP(6, 6, true)).toBeCloseTo(0.03125, 12);
  });

  it.each([[1], [2], [3]])("calls %i sample(s) per side inconclusive however alike they are, and says why", (n) => {
    const base = Array.from({ length: n }, (_, i) => 1000 + i);
    const head = base.map((v) => v * 1.01);
    const endpoint = judge(testEndpoint(series(base, head, { minAbs: 0 })), 1, opts);
    expect(endpoint.verdict).toBe("inconclusive");
    expect(endpoint.warnings).toContain("too-few-samples");
  });

  it("judges 4 against 4 (2/70 < 0.05), and 5 pairs stay inconclusive while 6 do not", () => {
    const four = judge(testEndpoint(series([1000, 1001, 1002, 1003], [1010, 1011, 1012, 1013], { minAbs: 0 })), 0.03, opts);
    expect(four.warnings).not.toContain("too-few-samples");
    const pairs = (n: number) => {
      const base = Array.from({ length: n }, (_, i) => 1000 + 3 * i);
      return judge(testEndpoint(series(base, base.map((v, i) => v * (1.001 + 0.0001 * i)), { paired: true, minAbs: 0 })), 0.03, opts);
    };
    expect(pairs(5).verdict).toBe("inconclusive");
    expect(pairs(6).verdict).toBe("equivalent");
  });
});

describe("verdictOf: the floor is tested on the estimate", () => {
  // The miss the re-measurement reported: +13.1 % [+8.6, +18.1], p = 2e-6, but the two medians
  // only 46 µs apart; the estimate applied to the base median moves 52.4 µs, past the 50 µs floor.
  it("calls +13.1 % on a 400 µs model a regression although the medians moved 46 µs", () => {
    const input = { endpoint: { ratio: 1.131, ci: [1.086, 1.181] as [number, number], pAdjusted: 2e-6 }, minAbs: 50, baseMedian: 400, headMedian: 446, unit: "pairs" as const };
    expect(verdictOf(input, { alpha: 0.05, threshold: 0.05 })).toBe("regression");
    expect(verdictOf({ ...input, endpoint: { ...input.endpoint, ratio: 1.12 } }, { alpha: 0.05, threshold: 0.05 })).toBe("inconclusive");
  });
});

describe("verdictOf: where the estimate must be", () => {
  const at = (ratio: number, unit: "pairs" | "processes" | "runs", pAdjusted = 1e-4) => verdictOf({ endpoint: { ratio, ci: [ratio - 0.0005, ratio + 0.0005], pAdjusted }, minAbs: 0, baseMedian: 1000, headMedian: 1000 * ratio, unit }, { alpha: 0.05, threshold: 0.05 });

  it("flags pairs from half the threshold, in both directions", () => {
    expect(at(1.025, "pairs")).toBe("regression");
    expect(at(1.024, "pairs")).toBe("equivalent");
    expect(at(0.975, "pairs")).toBe("improvement");
    expect(at(0.976, "pairs")).toBe("equivalent");
  });

  it("calls a pair equivalent only when the interval rules out what it would flag", () => {
    const pair = (ci: [number, number]) => verdictOf({ endpoint: { ratio: 1.01, ci, pAdjusted: 0.5 }, minAbs: 0, baseMedian: 1000, headMedian: 1010, unit: "pairs" }, { alpha: 0.05, threshold: 0.05 });
    expect(pair([0.99, 1.024])).toBe("equivalent");
    expect(pair([0.99, 1.03])).toBe("inconclusive"); // +3 % is not ruled out: more pairs could flag it
  });

  it("flags processes only beyond the whole threshold: unpaired sides ran at other times", () => {
    expect(at(1.035, "processes")).toBe("equivalent");
    expect(at(1.05, "processes")).toBe("regression");
    expect(at(0.95, "processes")).toBe("improvement");
  });

  it("never flags what is not significant after correction", () => {
    expect(at(1.3, "pairs", 0.05)).toBe("inconclusive");
    expect(at(1.3, "processes", 0.2)).toBe("inconclusive");
  });
});

describe("judge: one process a side", () => {
  it("calls a clear +20 % of one process against another inconclusive, says why and what would decide", () => {
    const endpoint = judge(testEndpoint(series(noisy(2000, 30, 0.02, 1), noisy(2400, 30, 0.02, 2))), 1e-9, opts);
    expect(endpoint).toMatchObject({ verdict: "inconclusive", unit: "runs", needs: { count: 4, unit: "processes" } });
    expect(endpoint.warnings).toContain("one-process-per-side");
  });

  it("says how many pairs too few pairs need", () => {
    const base = [1000, 1001, 1002];
    const endpoint = judge(testEndpoint(series(base, base.map((v) => v * 1.2), { paired: true })), 0.25, opts);
    expect(endpoint).toMatchObject({ verdict: "inconclusive", unit: "pairs", needs: { count: 6, unit: "pairs" } });
  });
});
