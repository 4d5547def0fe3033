import { describe, expect, it } from "vitest";
import { mulberry32, randomIndex } from "../../src/stats/rng.js";

describe("mulberry32", () => {
  it("repeats its sequence for a seed and stays in [0, 1)", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    // Roughly uniform: the mean of 1000 draws is within 4 standard errors of 0.5.
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / 1000));
  });

  it("draws indices in range", () => {
    const rng = mulberry32(1);
    for (let i = 0; i < 100; i++) expect(randomIndex(rng, 3)).toBeLessThan(3);
  });
});
