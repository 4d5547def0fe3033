import { describe, expect, it } from "vitest";
import type { BenchTarget } from "../../src/devices/bench-target.js";
import { affordableLooks, measure, measurePaired, plannedLooks } from "../../src/bench/protocol.js";

// A target whose runs return scripted latencies and log what ran: the protocol's orchestration
// (order, counts, stopping) is pure logic over the runner interface.
function scripted(name: string, log: string[], latencyUs = () => 100): BenchTarget {
  const runner = {
    async run() { log.push(name); return latencyUs(); },
    async close() {},
    async finish(): Promise<never> { throw new Error("not profiled"); },
  };
  return { open: async () => runner, openProfiled: async () => runner };
}

const noProfile = { warmupRuns: 2, runs: 4, profileRuns: 0 };

describe("measure", () => {
  it("runs warm-up then N timed runs, keeping only the timed ones", async () => {
    const log: string[] = [];
    let k = 0;
    const m = await measure(scripted("A", log, () => ++k), noProfile);
    expect(log).toHaveLength(6);
    expect(m.latencyUs).toEqual([3, 4, 5, 6]);
    expect(m.looks).toBe(1);
  });

  it("runs at most the warm-ups a target that warms itself up asks for (a vendor tool's invocation)", async () => {
    const log: string[] = [];
    const target = { ...scripted("A", log), maxWarmupRuns: 1 };
    await measure(target, { warmupRuns: 5, runs: 3, profileRuns: 0 });
    expect(log).toHaveLength(4);
    const paired: string[] = [];
    await measurePaired({ ...scripted("A", paired), maxWarmupRuns: 1 }, scripted("B", paired), { warmupRuns: 5, runs: 2, profileRuns: 0 });
    expect(paired).toHaveLength(2 + 4);
  });

  it("tops up in batches until the endpoint is decided, and plans its looks up front", async () => {
    const log: string[] = [];
    const sizes: number[] = [];
    const m = await measure(scripted("A", log), noProfile, undefined, {
      maxRuns: 20,
      budgetS: 60,
      decided: ({ head }, looks) => { sizes.push(head.length); expect(looks).toBe(5); return head.length >= 12; },
    });
    expect(sizes).toEqual([4, 8, 12]);
    expect(m.latencyUs).toHaveLength(12);
    expect(m.looks).toBe(5);
    expect(m.stopped).toBe("decided");
  });

  it("stops at max-runs when never decided", async () => {
    const m = await measure(scripted("A", []), { ...noProfile, runs: 3 }, undefined, { maxRuns: 10, budgetS: 60, decided: () => false });
    expect(m.latencyUs).toHaveLength(10);
    expect(m.stopped).toBe("max-runs");
  });

  it("starts no top-up once the timing phase has used its time budget", async () => {
    const m = await measure(scripted("A", []), { ...noProfile, runs: 3 }, undefined, { maxRuns: 30, budgetS: 0, decided: () => false });
    expect(m.latencyUs).toHaveLength(3);
    // A budget of 0 s fits one batch: one look, α undivided.
    expect(m).toMatchObject({ looks: 1, stopped: "time-budget" });
  });
});

describe("measurePaired", () => {
  it("alternates base and head, swapping the order each pair", async () => {
    const log: string[] = [];
    const m = await measurePaired(scripted("A", log), scripted("B", log), noProfile);
    expect(log.slice(4).join("")).toBe("ABBAABBA");
    expect(m.base.latencyUs).toHaveLength(4);
    expect(m.head.latencyUs).toHaveLength(4);
  });

  it("interleaves the profiled runs too, swapping the order each pair, and keeps each side's own", async () => {
    // A profiled runner logs its runs with a p; its trace has one model_run event per run, timed
    // by when it ran, so the runs kept can be traced back to the order they ran in.
    const log: string[] = [];
    const profiled = (name: string): BenchTarget => {
      const at: number[] = [];
      const runner = {
        async run() { log.push(`${name}p`); at.push(log.length); return 100; },
        async close() {},
        async finish() {
          return at.map((t) => ({ durationUs: t, kernels: [] }));
        },
      };
      return { ...scripted(name, log), openProfiled: async () => runner };
    };
    const m = await measurePaired(profiled("A"), profiled("B"), { warmupRuns: 2, runs: 2, profileRuns: 4 });
    const profiledRuns = log.filter((l) => l.endsWith("p")).join(" ");
    // Two warm-up pairs (min(warmup, 3)), then A B, B A, A B, B A.
    expect(profiledRuns).toBe("Ap Bp Ap Bp Ap Bp Bp Ap Ap Bp Bp Ap");
    // Each side keeps its last four runs (after 8 timed and warm-up runs and 4 profiled warm-ups).
    expect(m.base.profiledRuns.map((r) => r.durationUs)).toEqual([13, 16, 17, 20]);
    expect(m.head.profiledRuns.map((r) => r.durationUs)).toEqual([14, 15, 18, 19]);
  });

  it("hands adaptive sampling both series", async () => {
    const seen: [number, number][] = [];
    await measurePaired(scripted("A", []), scripted("B", []), noProfile, undefined, {
      maxRuns: 8,
      budgetS: 60,
      decided: ({ base, head }) => { seen.push([base!.length, head.length]); return false; },
    });
    expect(seen).toEqual([[4, 4], [8, 8]]);
  });
});

describe("affordableLooks", () => {
  it("spends α only on the looks the time budget can reach", () => {
    expect(affordableLooks(30, 300, 60, 100)).toBe(10); // 600 batches fit: max-runs limits
    expect(affordableLooks(30, 30_000, 3, 600)).toBe(5); // 1000 planned, 5 batches fit in 3 s
    expect(affordableLooks(30, 300, 0, 100)).toBe(1);
  });
});

describe("plannedLooks", () => {
  it("counts the first look and every planned batch", () => {
    expect(plannedLooks(30, 30)).toBe(1);
    expect(plannedLooks(30, 90)).toBe(3);
    expect(plannedLooks(30, 100)).toBe(4);
  });
});
