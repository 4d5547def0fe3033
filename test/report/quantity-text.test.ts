import { describe, expect, it } from "vitest";
import { durationChangeText, durationText, energyText, pText, shareText, significant } from "../../src/report/quantity-text.js";

describe("quantity text", () => {
  it.each([
    [812.4, "812 µs"],
    [0.5, "0.5 µs"],
    [999.4, "999 µs"],
    [1234, "1.23 ms"],
    [12_345, "12.3 ms"],
    [2_500_000, "2.5 s"],
    [null, "—"],
  ])("durationText(%j) = %s", (us, text) => {
    expect(durationText(us)).toBe(text);
  });

  it("signs a change of time", () => {
    expect(durationChangeText(45.2)).toBe("+45.2 µs");
    expect(durationChangeText(-1200)).toBe("−1.2 ms");
    expect(durationChangeText(0)).toBe("+0 µs");
  });

  it("writes energy, p and shares", () => {
    expect(energyText(12.34)).toBe("12.3 mJ");
    expect(energyText(null)).toBe("—");
    expect([pText(0.0004), pText(0.0342), pText(1), pText(null)]).toEqual(["<0.001", "0.034", "1", "—"]);
    expect([shareText(24, 100), shareText(0.2, 100), shareText(0, 100), shareText(5, undefined), shareText(5, 0)]).toEqual(["24 %", "<1 %", "0 %", "—", "—"]);
    expect([significant(1e12), significant(Number.NaN)]).toEqual(["1000000000000", "?"]);
  });
});
