// Runs within one process share that process's speed. With replicate processes on both sides,
// the process is the unit; these samples are built so that the answer is known.
import { describe, expect, it } from "vitest";
import { compare } from "../../src/compare/index.js";
import { groupMedians, mergeReplicates } from "../../src/results/merge-replicates.js";
import { model, noisy, results } from "./fixtures.js";

// K processes of n runs: each process runs at its own speed (offsets, ±4 %) with 1 % noise inside.
function processes(medianUs: number, offsets: number[], n: number, seed: number) {
  return offsets.map((offset, k) => results([model("m", noisy(medianUs * offset, n, 0.01, seed + k), [{ name: "conv", op: "Conv", shape: [1, 8], samples: noisy(100 * offset, 10, 0.01, seed + 50 + k) }], "t", { oneProcess: true })]));
}

describe("replicate processes", () => {
  const baseOffsets = [0.97, 1.0, 1.02, 0.99, 1.01];
  const headOffsets = [1.04, 1.03, 1.05, 1.02, 1.06]; // the head processes happened to run slower

  it("one process a side never decides: a process-to-process offset of +9 % is not a regression", () => {
    // Two single processes from the two extremes: 30 runs each, all agreeing on +9 %. A per-run
    // test finds p ≈ 1e-11; but the runs of one process are one draw of its speed.
    const base = processes(1500, [0.97], 30, 1)[0]!;
    const head = processes(1500, [1.06], 30, 100)[0]!;
    const latency = compare(base, head).endpoints.find((e) => e.metric === "latency")!;
    expect(latency.p).toBeLessThan(1e-9);
    expect(latency).toMatchObject({ verdict: "inconclusive", unit: "runs", needs: { count: 4, unit: "processes" } });
    expect(latency.warnings).toContain("one-process-per-side");
  });

  it("the same kind of data with processes as the unit is not a regression", () => {
    const base = processes(1500, baseOffsets, 30, 1);
    const head = processes(1500, headOffsets, 30, 100);
    const comparison = compare(base, head, { baseFiles: base.map((_, k) => `b${k}.json`), headFiles: head.map((_, k) => `h${k}.json`) });
    const latency = comparison.endpoints.find((e) => e.metric === "latency")!;
    expect(latency.replicates).toEqual({ base: 5, head: 5 });
    expect(latency.nBase).toBe(5);
    expect(latency.verdict).not.toBe("regression");
    // The interval now spans the spread between processes.
    expect(latency.ci![0]).toBeLessThan(1.05);
    const layer = comparison.endpoints.find((e) => e.metric === "layer")!;
    expect(layer.replicates).toEqual({ base: 5, head: 5 });
  });

  it("a slowdown far beyond the spread between processes is still a regression", () => {
    const base = processes(1500, baseOffsets, 30, 1);
    const head = processes(1500 * 1.3, baseOffsets, 30, 100);
    const latency = compare(base, head, { baseFiles: "b", headFiles: "h" }).endpoints.find((e) => e.metric === "latency")!;
    expect(latency.verdict).toBe("regression");
    expect(latency.ratio!).toBeCloseTo(1.3, 1);
  });

  it("merges replicate results and keeps which process each run came from", () => {
    const merged = mergeReplicates(processes(1000, [1, 1.1, 1.2], 4, 7), ["a", "b", "c"]);
    const m = merged.models[0]!;
    expect(m.latency.samples).toHaveLength(12);
    expect(m.latency.groups).toEqual([4, 4, 4]);
    expect(m.layers[0]!.groups).toEqual([10, 10, 10]);
    const medians = groupMedians(m.latency.samples, m.latency.groups!);
    expect(medians[1]! / medians[0]!).toBeCloseTo(1.1, 1);
    expect(medians[2]! / medians[0]!).toBeCloseTo(1.2, 1);
  });

  it("refuses to merge another model file as a replicate", () => {
    const [a, b] = processes(1000, [1, 1], 4, 7);
    b!.models[0]!.sha256 = "f".repeat(64);
    expect(() => mergeReplicates([a!, b!], ["a.json", "b.json"])).toThrow(/b\.json: models\[\]\.sha256: m is another model file/);
  });
});
