// Split findings: where the best split moved, the predicted change, and its bootstrap CI, so a
// move inside the noise is not called a regression.

import { describe, expect, it } from "vitest";
import { mulberry32 as seededRng } from "../../src/stats/rng.js";
import { splitDiff } from "../../src/split/split-diff.js";
import { handModel } from "./hand-model.js";

// x (100 B) → A → y (100 B). Offloading costs 20,000 (wifi RTT) + 800/18.88 (42.3729) + cloud A
// + 800/54 (14.8148) µs; mobile-only costs mobile A.
function oneNode(mobileUs: number[], cloudUs: number[]) {
  return handModel({
    nodes: [{ name: "A", inputs: ["x"], outputs: ["y"] }],
    bytes: { x: 100, y: 100 },
    inputs: ["x"],
    outputs: ["y"],
    mobile: { A: mobileUs },
    cloud: { A: cloudUs },
  });
}

const around = (us: number): number[] => [0.98, 0.99, 1, 1.01, 1.02, 0.995, 1.005].map((f) => us * f);
const options = { networks: ["wifi"], objectives: ["latency" as const], resamples: 400 };

describe("splitDiff", () => {
  it("finds nothing when head is base", () => {
    const base = oneNode(around(30_000), around(100));
    const [finding] = splitDiff(base, base, { ...options, rng: seededRng(1) }).findings;
    expect(finding).toMatchObject({ moved: false, verdict: "equivalent", ratio: 1 });
    expect(finding!.ci[0]).toBeLessThanOrEqual(1);
    expect(finding!.ci[1]).toBeGreaterThanOrEqual(1);
    expect(finding!.message).toMatch(/^the best wifi split stays cloud-only; predicted latency \+0\.0 % \[/);
  });

  it("reports a move whose predicted change is inside the threshold as equivalent, not a regression", () => {
    // Base: mobile 20,100 < 20,157.19 → mobile-only. Head: mobile 30,000 → cloud-only at 20,157.19 (+0.28 %).
    const base = oneNode(around(20_100), around(100));
    const head = oneNode(around(30_000), around(100));
    const [finding] = splitDiff(base, head, { ...options, rng: seededRng(2) }).findings;
    expect(finding).toMatchObject({ moved: true, verdict: "equivalent" });
    expect(finding!.base.label).toBe("mobile-only");
    expect(finding!.head.label).toBe("cloud-only");
    expect(finding!.ratio).toBeCloseTo(20_157.1877 / 20_100, 9);
    expect(finding!.message).toMatch(/^the best wifi split moved from mobile-only to cloud-only; predicted latency \+0\.3 % \[/);
  });

  it("flags a confirmed regression of the predicted latency", () => {
    // Cloud A 100 → 8,000 µs: cloud-only 20,157.19 → 28,057.19 (still below mobile 30,000): +39.2 %.
    const base = oneNode(around(30_000), around(100));
    const head = oneNode(around(30_000), around(8_000));
    const { findings } = splitDiff(base, head, { ...options, objectives: ["latency", "energy"], rng: seededRng(3) });
    const latency = findings.find((f) => f.objective === "latency")!;
    expect(latency.verdict).toBe("regression");
    expect(latency.ratio).toBeCloseTo(28_057.1877 / 20_157.1877, 9);
    expect(latency.ci[0]).toBeGreaterThan(1.05);
    expect(latency.message).toMatch(/^the best wifi split stays cloud-only; predicted latency \+39 % \[\+3\d, \+\d\d\]$/);
    expect(findings.find((f) => f.objective === "energy")!.message).toMatch(/predicted phone energy/);
  });

  it("does not call a change inside the noise a regression", () => {
    // Head's cloud samples spread from 100 to 16,000 µs: resampled medians land anywhere between.
    const base = oneNode(around(30_000), around(100));
    const head = oneNode(around(30_000), [100, 100, 8_000, 16_000, 16_000]);
    const [finding] = splitDiff(base, head, { ...options, rng: seededRng(4) }).findings;
    expect(finding!.ratio).toBeGreaterThan(1.05);
    expect(finding!.ci[0]).toBeLessThan(1.05);
    expect(finding!.verdict).toBe("inconclusive");
  });

  it("is reproducible from the seed", () => {
    const base = oneNode(around(30_000), around(100));
    const head = oneNode(around(30_000), [100, 100, 8_000, 16_000, 16_000]);
    const a = splitDiff(base, head, { ...options, rng: seededRng(9) }).findings[0]!;
    const b = splitDiff(base, head, { ...options, rng: seededRng(9) }).findings[0]!;
    expect(a.ci).toEqual(b.ci);
  });

  it("lists models without a baseline", () => {
    const base = oneNode(around(30_000), around(100));
    const head = oneNode(around(30_000), around(100));
    const extra = handModel({
      name: "extra",
      nodes: [{ name: "A", inputs: ["x"], outputs: ["y"] }],
      bytes: { x: 100, y: 100 },
      inputs: ["x"],
      outputs: ["y"],
      mobile: { A: [1] },
      cloud: { A: [1] },
    });
    head.mobile.models.push(extra.mobile.models[0]!);
    head.cloud.models.push(extra.cloud.models[0]!);
    const diff = splitDiff(base, head, { ...options, rng: seededRng(5) });
    expect(diff.missing).toEqual([{ model: "extra", reason: "no baseline" }]);
    expect(diff.findings).toHaveLength(1);
  });

  it("pairs models by name only: a baseline file holding one other model is no baseline", () => {
    const base = handModel({
      name: "resnet",
      nodes: [{ name: "A", inputs: ["x"], outputs: ["y"] }],
      bytes: { x: 100, y: 100 },
      inputs: ["x"],
      outputs: ["y"],
      mobile: { A: around(30_000) },
      cloud: { A: around(100) },
    });
    const head = oneNode(around(900), around(100));
    const diff = splitDiff(base, head, { ...options, rng: seededRng(6) });
    expect(diff.findings).toEqual([]);
    expect(diff.missing).toEqual([
      { model: "resnet", reason: "in base, not in head" },
      { model: "hand", reason: "no baseline" },
    ]);
  });
});
