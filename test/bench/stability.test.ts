// Bench's stability warnings: the shared check of stats/, phrased with what to do, under the
// codes compare uses.

import { describe, expect, it } from "vitest";
import { stabilityWarnings } from "../../src/bench/stability.js";

describe("stabilityWarnings", () => {
  it("warns of drift and of high variation, and says nothing about two samples", () => {
    const rising = stabilityWarnings(Array.from({ length: 30 }, (_, i) => 1000 + 10 * i), "end-to-end latency");
    expect(rising.map((w) => w.code)).toEqual(["thermal-drift"]);
    expect(rising[0]!.message).toMatch(/^end-to-end latency: samples rise with run index \(Kendall τ = 1\.00, p = .*\); the device may be heating up/);
    // Falling times are a warm-up that was too short, not heat.
    const falling = stabilityWarnings(Array.from({ length: 30 }, (_, i) => 1300 - 10 * i), "end-to-end latency");
    expect(falling[0]!.message).toMatch(/samples fall with run index .*; the model was still warming up .*; raise --warmup$/);
    expect(stabilityWarnings([1000, 1500, 700, 1400, 800, 1300], "latency").map((w) => w.code)).toEqual(["high-variation"]);
    expect(stabilityWarnings([100, 1000], "latency")).toEqual([]);
  });
});
