// Measured phone power for the split: energy per inference over latency, plus idle. The results are
// the fixture mlp's real latencies, with energy a meter would report for a phone drawing 1.5 W
// above an idle of 0.5 W while it computes.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { measuredPower } from "../../src/split/measured-power.js";
import type { Results } from "../../src/results/types.js";

const all = JSON.parse(readFileSync(new URL("../../fixtures/results/local.results.json", import.meta.url), "utf8")) as Results;

function withEnergy(source: string, aboveIdleW: number, idleW?: number): Results {
  return { ...all, models: all.models.map((m) => ({ ...m, energy: { unit: "mJ" as const, source, samples: m.latency.samples.map((us) => (us * aboveIdleW) / 1000), ...(idleW !== undefined ? { idleW } : {}) } })) };
}

describe("measuredPower", () => {
  it("reads back the power the meter saw: above-idle energy over time, plus idle", () => {
    expect(measuredPower(withEnergy("measured:rapl", 1.5, 0.5))).toEqual({ activeW: 2, idleW: 0.5, source: "measured:rapl" });
  });

  it("has nothing to say for modelled energy, or a meter that gave no idle power", () => {
    expect(measuredPower(withEnergy("modelled", 2.5))).toBeUndefined();
    expect(measuredPower(withEnergy("measured:rapl", 1.5))).toBeUndefined();
    expect(measuredPower(all)).toBeUndefined();
  });
});
