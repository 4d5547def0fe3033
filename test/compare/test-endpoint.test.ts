// Endpoint testing on its own: one options object in, the effect, interval and p out, and the
// verdict once the family's p is known.

import { describe, expect, it } from "vitest";
import { DEFAULT_COMPARE_OPTIONS } from "../../src/compare/compare-options.js";
import { judge, judgeLatency, testEndpoint, type EndpointTest } from "../../src/compare/test-endpoint.js";
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
    const measured = testEndpoint(series(noisy(2000, 30, 0.02, 1), noisy(2400, 30, 0.02, 2)));
    expect(judge(measured, 1e-6, opts)).toMatchObject({ verdict: "regression", pAdjusted: 1e-6 });
    expect(judge(measured, 0.5, opts).verdict).toBe("inconclusive");
  });

  it("judges one latency endpoint as adaptive sampling asks", () => {
    expect(judgeLatency(noisy(2000, 30, 0.02, 1), noisy(2400, 30, 0.02, 2), false, 1, opts)).toBe("regression");
    expect(judgeLatency([1000, 1300, 900], [1100, 1250, 950], false, 1, opts)).toBe("inconclusive");
  });
});
