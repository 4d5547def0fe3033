import { describe, expect, it } from "vitest";
import { changeText, percentText } from "../../src/compare/change-text.js";

describe("percentText", () => {
  it.each([
    [1.124, "+12.4"],
    [0.97, "−3.0"],
    [1, "+0.0"],
    // Rounds to zero from below: no "−0.0".
    [0.99999, "+0.0"],
    [1.002, "+0.2"],
    [2.5, "+150"],
    [0.5, "−50.0"],
    // From 100 % on, whole per cents.
    [0, "−100"],
    [Number.NaN, "?"],
    [Number.POSITIVE_INFINITY, "?"],
  ])("%d → %s", (ratio, text) => {
    expect(percentText(ratio)).toBe(text);
  });

  it("writes the estimate and its interval", () => {
    expect(changeText(1.124, [1.098, 1.151])).toBe("+12.4 % [+9.8, +15.1]");
  });
});
