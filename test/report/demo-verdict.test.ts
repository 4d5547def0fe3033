// The demo's closing sentence for each verdict the gate can reach.
import { describe, expect, it } from "vitest";
import { demoVerdict } from "../../src/report/demo-verdict.js";
import { accepted, allEquivalent, noBaseline, oneRegression } from "./scenarios.js";

describe("demoVerdict", () => {
  it("a failing gate: as intended, naming what regressed by how much, and who exits 1", () => {
    const input = oneRegression();
    const gated = input.decision.gated[0]!;
    expect(gated.verdict).toBe("regression");
    expect(demoVerdict(input.decision)).toMatch(/^the gate fails this change, as intended: detector's latency on pixel7 regressed \(\+\d+\.\d % \[\+\d+\.\d, \+\d+\.\d\]\)\. `dnntune gate` exits 1 on it; the demo itself succeeded and exits 0\.$/);
  });

  it("an accepted change says so", () => {
    expect(demoVerdict(accepted().decision)).toMatch(/^the gate accepts this change by its label: detector's latency on pixel7 regressed/);
  });

  it.each([["pass", allEquivalent()], ["no-baseline", noBaseline()]] as const)("a %s says the slowdown went unconfirmed and what to do", (verdict, input) => {
    expect(input.decision.verdict).toBe(verdict);
    expect(demoVerdict(input.decision)).toBe(`the gate did not fail this change (${verdict}), though its slowdown is real: this machine was too busy to confirm it; see the warnings above, close other programs and run the demo again.`);
  });
});
