import { describe, expect, it } from "vitest";
import { readGatePolicy } from "../../src/gate/read-gate-policy.js";
import { inputErrorOf } from "../helpers/input-error-of.js";

describe("readGatePolicy", () => {
  it("fills dnntune.yml's defaults", () => {
    expect(readGatePolicy()).toEqual({ failOn: ["latency", "energy"], threshold: 0.05, acceptLabel: "dnntune:accept", accepted: false });
  });

  it.each([
    ["latency,energy", ["latency", "energy"]],
    [" split , layers ", ["split", "layers"]],
    ["latency energy latency", ["latency", "energy"]],
    [["energy", "split"], ["energy", "split"]],
  ])("reads fail-on %j as %j", (failOn, expected) => {
    expect(readGatePolicy({ failOn }).failOn).toEqual(expected);
  });

  it("reads the threshold as compare does", () => {
    expect(readGatePolicy({ threshold: "10%" }).threshold).toBeCloseTo(0.1, 12);
    expect(readGatePolicy({ threshold: 0.02 }).threshold).toBe(0.02);
  });

  it.each([
    [{ failOn: "latncy" }, 'failOn: must be one of latency, energy, split, layers (several separated by commas); got "latncy"; did you mean "latency"?'],
    [{ failOn: "," }, "failOn: give at least one of latency, energy, split, layers"],
    [{ failOn: [] }, "failOn: give at least one of latency, energy, split, layers"],
    [{ acceptLabel: " " }, 'acceptLabel: must be a GitHub label name of 1 to 50 characters; got " "'],
    [{ acceptLabel: "x".repeat(51) }, `acceptLabel: must be a GitHub label name of 1 to 50 characters; got "${"x".repeat(51)}"`],
    [{ threshold: "5" }, "threshold: 5 reads as a fraction (500 %); for 5 % write 5% or 0.05"],
  ])("refuses %j, naming the field", (input, message) => {
    expect(inputErrorOf(() => readGatePolicy(input)).message).toBe(message);
  });
});
