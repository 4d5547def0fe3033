// Numbers as the report writes them, by hand.
import { describe, expect, it } from "vitest";
import { formatChange, formatInterval, formatMj, formatP, formatTick, formatUs, timeUnit } from "../../../src/report/html/format-values.js";

describe("format-values", () => {
  it("writes times in the unit that keeps them short", () => {
    expect([formatUs(5), formatUs(812.4), formatUs(12_346), formatUs(127_400), formatUs(1.2e6), formatUs(null), formatUs(NaN)])
      .toEqual(["5.00 µs", "812.4 µs", "12.35 ms", "127.4 ms", "1.20 s", "—", "—"]);
  });

  it("writes energy with three significant digits", () => {
    expect([formatMj(6.642), formatMj(83.31), formatMj(3189.4), formatMj(undefined)]).toEqual(["6.64 mJ", "83.3 mJ", "3189 mJ", "—"]);
  });

  it("writes changes as signed percentages with a true minus, and a rounded zero unsigned", () => {
    expect([formatChange(1.124), formatChange(0.97), formatChange(1), formatChange(0.99999), formatChange(2.5)]).toEqual(["+12.4 %", "−3.0 %", "0.0 %", "0.0 %", "+150 %"]);
    expect(formatInterval([0.98, 1.15])).toBe("[−2.0, +15.0]");
  });

  it("writes p to two significant digits", () => {
    expect([formatP(2e-9), formatP(0.0312), formatP(1)]).toEqual(["2.0e-9", "0.031", "1.0"]);
  });

  it("labels axis ticks in the axis's unit", () => {
    expect(timeUnit(900).label).toBe("µs");
    expect(timeUnit(4_000).label).toBe("ms");
    expect([0, 2_500, 10_000].map((us) => formatTick(us, timeUnit(10_000)))).toEqual(["0", "2.5", "10"]);
  });
});
