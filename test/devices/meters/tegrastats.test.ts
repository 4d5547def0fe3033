// The tegrastats parser on lines of three Jetson generations: the input rail's current power,
// with or without `mW`, and a board without an input rail refused with the rails it has.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FormatError } from "../../../src/errors.js";
import { parseTegrastatsLine, tegrastatsRails } from "../../../src/devices/meters/tegrastats.js";

const line = (name: string) => readFileSync(new URL(`../../../fixtures/meters/tegrastats/${name}`, import.meta.url), "utf8").trim();

describe("tegrastats lines", () => {
  it.each([
    ["orin-nano.txt", 5.263],
    ["tx2.txt", 1.038],
    ["nano.txt", 0.933],
  ])("%s: the input rail's current power", (file, watts) => {
    expect(parseTegrastatsLine(line(file), file, 1, 12.5)).toEqual({ timeS: 12.5, powerW: watts });
  });

  it("lists every rail and not RAM or SWAP", () => {
    expect([...tegrastatsRails(line("orin-nano.txt"))]).toEqual([["VDD_IN", 5263], ["VDD_CPU_GPU_CV", 717], ["VDD_SOC", 1794]]);
  });

  it("refuses a board without an input rail, naming its rails", () => {
    expect(() => parseTegrastatsLine(line("xavier-no-input-rail.txt"), "xavier", 3, 0)).toThrow(/xavier: line 3: no input power rail \(VDD_IN or POM_5V_IN\); the rails here are GPU, CPU, SOC, CV, VDDRQ, SYS5V/);
  });

  it("refuses a line that is not tegrastats", () => {
    expect(() => parseTegrastatsLine("tegrastats: command not found", "t", 1, 0)).toThrow(FormatError);
    expect(parseTegrastatsLine("   ", "t", 2, 0)).toBeUndefined();
  });
});
