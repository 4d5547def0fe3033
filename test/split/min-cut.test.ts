// minCut on graphs whose answer is known by hand.

import { describe, expect, it } from "vitest";
import { minCut } from "../../src/split/min-cut.js";

describe("minCut", () => {
  it("finds the max-flow of the textbook network (CLRS fig. 26.6: 23)", () => {
    // s=0, v1..v4 = 1..4, t=5.
    const edges = [
      [0, 1, 16], [0, 2, 13], [1, 3, 12], [2, 1, 4], [2, 4, 14], [3, 2, 9], [3, 5, 20], [4, 3, 7], [4, 5, 4],
    ].map(([from, to, capacity]) => ({ from: from!, to: to!, capacity: capacity! }));
    const cut = minCut(6, edges, 0, 5);
    expect(cut.value).toBe(23);
    // The minimal source side: {s, v1, v2, v4}; the cut edges v1→v3 (12), v4→v3 (7), v4→t (4) sum to 23.
    expect([...cut.sourceSide]).toEqual([1, 1, 1, 0, 1, 0]);
  });

  it("never cuts an infinite edge", () => {
    // s→a 5, a→t 1, a→b infinite, b→t 10: b must follow a, so the only finite cut is s→a (5).
    const cut = minCut(4, [
      { from: 0, to: 1, capacity: 5 },
      { from: 1, to: 3, capacity: 1 },
      { from: 1, to: 2, capacity: Infinity },
      { from: 2, to: 3, capacity: 10 },
    ], 0, 3);
    expect(cut.value).toBe(5);
    expect([...cut.sourceSide]).toEqual([1, 0, 0, 0]);
  });

  it("handles a 20,000-vertex chain without recursion", () => {
    const n = 20_000;
    const edges = Array.from({ length: n - 1 }, (_, i) => ({ from: i, to: i + 1, capacity: i === 12_345 ? 0.5 : 3 }));
    const cut = minCut(n, edges, 0, n - 1);
    expect(cut.value).toBe(0.5);
    expect(cut.sourceSide[12_345]).toBe(1);
    expect(cut.sourceSide[12_346]).toBe(0);
  });
});
