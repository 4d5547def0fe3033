// The gate's decision. First an exhaustive table of small comparisons (every verdict of latency,
// energy, a layer and a split, under every fail-on and with and without the accept label) checked
// against the rule written out plainly; then real comparisons made by compare() and splitDiff()
// over synthetic results (test/report/scenarios.ts), checked for the reasons a reviewer reads.
import { describe, expect, it } from "vitest";
import { comparisonSchema } from "../../src/compare/schema.js";
import type { Comparison, Endpoint, Metric, TestedEndpoint } from "../../src/compare/types.js";
import { FAIL_ON } from "../../src/config/schema.js";
import { decideGate, gatedCount, undecidedCause } from "../../src/gate/decide-gate.js";
import { readGatePolicy } from "../../src/gate/read-gate-policy.js";
import type { FailOn, GateDecision } from "../../src/gate/types.js";
import type { SplitDiff, SplitFinding } from "../../src/split/split-diff.js";
import { splitDiffSchema } from "../../src/split/schema.js";
import { fingerprintMismatch, inconclusive, noBaseline, oneRegression, splitMoved } from "../report/scenarios.js";

type Kind = "regression" | "improvement" | "equivalent" | "inconclusive" | "missing";

/** A schema-valid endpoint with `verdict`; the numbers only have to agree with the verdict. */
function endpoint(metric: Metric, verdict: Kind): Endpoint {
  const where = { model: "m", device: "d", metric, ...(metric === "layer" ? { layer: "conv" } : {}) };
  const medians = metric === "energy" ? { baseMedianUs: null, headMedianUs: null, baseMedianMj: 10, headMedianMj: 10 } : { baseMedianUs: 1000, headMedianUs: 1000 };
  if (verdict === "missing") {
    return { ...where, verdict, reason: "not in the baseline", ratio: null, ci: null, p: null, pAdjusted: null, ...medians, nBase: 0, nHead: 30, paired: false, warnings: [] };
  }
  const ratio = { regression: 1.2, improvement: 0.8, equivalent: 1, inconclusive: 1.04 }[verdict];
  return { ...where, verdict, ratio, ci: [ratio - 0.03, ratio + 0.03], p: 0.001, pAdjusted: 0.002, ...medians, nBase: 30, nHead: 30, paired: true, warnings: [], unit: "pairs" };
}

function splitFinding(verdict: SplitFinding["verdict"], moved: boolean): SplitFinding {
  const side = (node: string) => ({ place: { kind: "after" as const, node }, label: `after \`${node}\``, phoneNodes: ["A", node], predicted: 61_000 });
  const ratio = verdict === "regression" ? 1.33 : 1;
  return { model: "m", mobile: "phone", cloud: "server", network: "wifi", objective: "latency", base: side("B"), head: side(moved ? "A" : "B"), moved, ratio, ci: [ratio - 0.02, ratio + 0.02], verdict, message: "the best wifi split …" };
}

const subsets = <T>(items: readonly T[]): T[][] => items.reduce<T[][]>((all, item) => [...all, ...all.map((s) => [...s, item])], [[]]);

describe("decideGate: every small case against the rule written out", () => {
  const latencies: Kind[] = ["regression", "improvement", "equivalent", "inconclusive", "missing"];
  const energies: (Kind | "absent")[] = ["regression", "equivalent", "missing", "absent"];
  const layers: (Kind | "absent")[] = ["regression", "equivalent", "absent"];
  const splits: ("regression" | "moved" | "inconclusive" | "absent")[] = ["regression", "moved", "inconclusive", "absent"];
  const failOns = subsets(FAIL_ON).filter((s) => s.length > 0);
  let cases = 0;

  it("decides pass, fail, accepted and no-baseline as the rule says, reasons most severe first", () => {
    for (const latency of latencies) for (const energy of energies) for (const layer of layers) for (const split of splits) {
      const comparison = comparisonSchema.parse({
        schema: "dnntune.comparison/v1",
        endpoints: [endpoint("latency", latency), ...(energy === "absent" ? [] : [endpoint("energy", energy)]), ...(layer === "absent" ? [] : [endpoint("layer", layer)])],
        findings: [],
      });
      const diff: SplitDiff | undefined = split === "absent" ? undefined : splitDiffSchema.parse({
        findings: [split === "moved" ? splitFinding("equivalent", true) : splitFinding(split, false)],
        missing: [],
      });
      for (const failOn of failOns) for (const accepted of [false, true]) {
        const decision = decideGate(comparison, diff, readGatePolicy({ failOn, accepted }));
        const names = (what: FailOn) => failOn.includes(what);
        // The rule: a confirmed regression of something fail-on names fails, unless accepted; with
        // nothing failing, a comparison whose every model endpoint is missing has no baseline.
        const gated = Number(latency === "regression" && names("latency")) + Number(energy === "regression" && names("energy"))
          + Number(layer === "regression" && names("layers")) + Number(split === "regression" && names("split"));
        const allMissing = latency === "missing" && (energy === "missing" || energy === "absent");
        const verdict = gated > 0 ? (accepted ? "accepted" : "fail") : allMissing ? "no-baseline" : "pass";
        const at = JSON.stringify({ latency, energy, layer, split, failOn, accepted });
        expect(decision.verdict, at).toBe(verdict);
        expect(gatedCount(decision), at).toBe(gated);
        expect(decision.reasons.filter((r) => r.severity === "fail").length, at).toBe(accepted ? 0 : gated);
        expect(decision.gated.length, at).toBe(gated - Number(split === "regression" && names("split")));
        const rank = { fail: 0, warn: 1, info: 2 };
        const ranks = decision.reasons.map((r) => rank[r.severity]);
        expect(ranks, at).toEqual([...ranks].sort((a, b) => a - b));
        if (verdict === "accepted") expect(decision.reasons[0], at).toMatchObject({ severity: "warn", code: "accepted" });
        // What was not decided is never silent where it gates.
        expect(decision.reasons.some((r) => r.severity === "warn" && r.code === "inconclusive"), at).toBe(latency === "inconclusive" && names("latency"));
        expect(decision.reasons.some((r) => r.severity === "warn" && r.code === "split-missing"), at).toBe(split === "absent" && names("split"));
        expect(decision.reasons.some((r) => r.code === "split-inconclusive" && r.severity === (names("split") ? "warn" : "info")), at).toBe(split === "inconclusive");
        expect(decision.reasons.some((r) => r.code === "split-moved"), at).toBe(split === "moved");
        expect(decision.counts, at).toEqual({
          regressions: Number(latency === "regression") + Number(energy === "regression"),
          improvements: Number(latency === "improvement"),
          equivalent: Number(latency === "equivalent") + Number(energy === "equivalent"),
          inconclusive: Number(latency === "inconclusive"),
          missing: Number(latency === "missing") + Number(energy === "missing"),
          models: 1,
          devices: 1,
        });
        cases++;
      }
    }
    expect(cases).toBe(5 * 4 * 3 * 4 * 15 * 2);
  });
});

describe("decideGate on real comparisons", () => {
  const policy = (decision: GateDecision) => decision.policy;

  it("fails on a paired latency regression and says it in one line", () => {
    const { decision, comparison } = oneRegression();
    expect(decision.verdict).toBe("fail");
    expect(decision.reasons[0]).toMatchObject({ severity: "fail", code: "latency-regression", model: "detector", device: "pixel7" });
    expect(decision.reasons[0]!.message).toMatch(/^detector on pixel7: latency \+1\d\.\d % \[\+1\d\.\d, \+1\d\.\d\] \(paired\)$/);
    expect(decision.gated).toEqual([comparison.endpoints.find((e) => e.model === "detector" && e.metric === "latency")]);
    expect(decision.counts).toMatchObject({ regressions: 1, equivalent: 1, inconclusive: 0, missing: 0, models: 2, devices: 1 });
    expect(decision.modes).toEqual({ pairs: 2, processes: 0, runs: 0 });
    expect(policy(decision).failOn).toEqual(["latency", "energy"]);
    // The slower layer informs: it is not a reason unless fail-on names layers.
    expect(decision.reasons.map((r) => r.code)).not.toContain("layer-regression");
  });

  it("fails on the layer too when fail-on names layers", () => {
    const { decision } = oneRegression({ failOn: "latency,layers" });
    expect(decision.reasons.filter((r) => r.severity === "fail").map((r) => [r.code, r.layer])).toEqual([["latency-regression", undefined], ["layer-regression", "conv2"]]);
  });

  it("informs, without failing, of a regression fail-on does not name", () => {
    const { decision } = oneRegression({ failOn: "energy" });
    expect(decision.verdict).toBe("pass");
    // Gating on energy that nothing measured is said first: the pass means nothing could fail.
    expect(decision.reasons[0]).toMatchObject({ severity: "warn", code: "not-measured" });
    expect(decision.reasons[0]!.message).toMatch(/^fail-on names energy, but no energy was measured, so nothing of it could fail/);
    const info = decision.reasons.find((r) => r.code === "latency-regression")!;
    expect(info).toMatchObject({ severity: "info" });
    expect(info.message).toMatch(/\(not gated: fail-on is energy\)$/);
  });

  it("does not gate an unpaired regression measured across two setups, and says why", () => {
    const { comparison } = oneRegression();
    const latency = comparison.endpoints.find((e) => e.metric === "latency" && e.verdict === "regression")!;
    const across = structuredClone(comparison);
    const e = across.endpoints.find((x) => x.model === latency.model && x.metric === "latency")!;
    Object.assign(e, { unit: "processes", paired: false, warnings: [...e.warnings, "fingerprint-mismatch"] });
    const decision = decideGate(across, undefined, { failOn: ["latency"], threshold: 0.05, acceptLabel: "dnntune:accept", accepted: false });
    expect(decision.verdict).toBe("pass");
    expect(decision.reasons.find((r) => r.code === "latency-regression")).toMatchObject({ severity: "warn", message: expect.stringMatching(/different setups/) });
    // Paired, the setup that differs is the one under test (--base-threads): it gates.
    Object.assign(e, { unit: "pairs", paired: true });
    expect(decideGate(across, undefined, { failOn: ["latency"], threshold: 0.05, acceptLabel: "dnntune:accept", accepted: false }).verdict).toBe("fail");
  });

  it("accepts a failing change when the label is on, and still lists what it accepted", () => {
    const { decision } = oneRegression({ accepted: true, acceptLabel: "perf-ok" });
    expect(decision.verdict).toBe("accepted");
    expect(decision.reasons.slice(0, 2).map((r) => [r.severity, r.code])).toEqual([["warn", "accepted"], ["warn", "latency-regression"]]);
    expect(decision.reasons[0]!.message).toBe("accepted by the perf-ok label: 1 regression would fail the gate");
  });

  it("has no baseline when every model endpoint is missing, and says why", () => {
    const { decision } = noBaseline();
    expect(decision.verdict).toBe("no-baseline");
    expect(decision.counts).toMatchObject({ missing: 2, models: 2, devices: 1 });
    expect(decision.modes).toEqual({ pairs: 0, processes: 0, runs: 0 });
    expect(decision.reasons).toEqual([{ severity: "warn", code: "missing", message: "2 endpoints without a baseline: no baseline results for this device (detector on pixel7, classifier on pixel7)" }]);
  });

  it("passes over inconclusive endpoints, saying what was not decided, why, and what would decide it", () => {
    const { decision } = inconclusive();
    expect(decision.verdict).toBe("pass");
    expect(decision.counts).toMatchObject({ regressions: 0, inconclusive: 3 });
    expect(decision.modes).toEqual({ pairs: 1, processes: 0, runs: 2 });
    expect(decision.reasons.filter((r) => r.code === "inconclusive").map((r) => [r.severity, r.message])).toEqual([
      ["warn", "2 endpoints inconclusive: one process a side decides nothing: run base and head paired (bench --base-model), or ≥ 4 processes a side (bench --processes) (detector on pixel7, classifier on pixel7)"],
      ["warn", "1 endpoint inconclusive: too few pairs — needs ≥ 6 pairs (tiny on pixel7)"],
    ]);
  });

  it("warns of base and head run on other setups", () => {
    const { decision } = fingerprintMismatch();
    expect(decision.verdict).toBe("pass");
    const warning = decision.reasons.find((r) => r.code === "fingerprint-mismatch");
    expect(warning).toMatchObject({ severity: "warn", device: "pixel7" });
    expect(warning!.message).toMatch(/different setups \(.*threads 4 → 8/);
  });

  it("fails on a split that moved and got slower when fail-on names split, and only informs otherwise", () => {
    const gated = splitMoved().decision;
    expect(gated.verdict).toBe("fail");
    const fails = gated.reasons.filter((r) => r.severity === "fail");
    expect(fails.map((r) => r.code)).toEqual(["split-regression", "split-regression"]);
    expect(fails[0]!.message).toMatch(/^detector \(phone → server, latency\): the best wifi split moved from after `B` to after `A`; predicted latency \+3\d % \[/);
    expect(fails[1]!.message).toMatch(/the best lte split stays after `B`; predicted latency \+\d\d % \[/);
    expect(gated.gated).toEqual([]);

    const informs = splitMoved({ failOn: "latency" }).decision;
    expect(informs.verdict).toBe("pass");
    expect(informs.reasons.filter((r) => r.code === "split-regression").map((r) => r.severity)).toEqual(["info", "info"]);
  });

  it("counts as gated only what it gated, whatever codes a results file carried over", () => {
    const { comparison } = oneRegression();
    const carried = { ...comparison, findings: [...comparison.findings, { code: "latency-regression", severity: "warning" as const, device: "pixel7", message: "from a results file" }] };
    const decision = decideGate(carried, undefined, readGatePolicy());
    expect(decision.reasons.filter((r) => r.code === "latency-regression").map((r) => [r.severity, r.gated])).toEqual([["fail", true], ["warn", undefined]]);
    expect(gatedCount(decision)).toBe(1);
  });

  it("warns when fail-on names split and no split was given", () => {
    const { comparison } = oneRegression();
    const decision = decideGate(comparison, undefined, readGatePolicy({ failOn: "split" }));
    expect(decision.verdict).toBe("pass");
    expect(decision.reasons[0]).toMatchObject({ severity: "warn", code: "split-missing" });
  });

  it("calls an empty comparison no-baseline, never a pass", () => {
    const empty: Comparison = { schema: "dnntune.comparison/v1", endpoints: [], findings: [] };
    const decision = decideGate(empty, undefined, readGatePolicy());
    expect(decision.verdict).toBe("no-baseline");
    expect(decision.reasons).toEqual([{ severity: "warn", code: "missing", message: "nothing to compare: the comparison holds no model endpoint" }]);
  });
});

describe("undecidedCause", () => {
  const tested = (fields: Partial<TestedEndpoint>) => ({ ...endpoint("latency", "inconclusive"), ...fields }) as TestedEndpoint;
  it.each([
    [{ unit: "runs" as const, needs: { count: 4, unit: "processes" as const } }, "one process a side decides nothing: run base and head paired (bench --base-model), or ≥ 4 processes a side (bench --processes)"],
    [{ unit: "runs" as const, needs: { count: 4, unit: "runs" as const } }, "one process a side decides nothing: run base and head paired (bench --base-model), or ≥ 4 processes a side (bench --processes)"],
    [{ unit: "pairs" as const, needs: { count: 6, unit: "pairs" as const } }, "too few pairs — needs ≥ 6 pairs"],
    [{ unit: "processes" as const, needs: { count: 4, unit: "processes" as const } }, "too few processes — needs ≥ 4 processes a side"],
    [{ unit: "pairs" as const, nHead: 300 }, "undecided after 300 pairs — more pairs would narrow it (bench --max-runs, --time-budget)"],
    // A file written before `unit`: paired says pairs.
    [{ unit: undefined, paired: true, nHead: 90 }, "undecided after 90 pairs — more pairs would narrow it (bench --max-runs, --time-budget)"],
    [{ unit: "pairs" as const, warnings: ["busy-machine"] }, "timed on a busy machine — rerun on a quiet one"],
    [{ unit: undefined, paired: false, replicates: { base: 5, head: 5 } }, "the interval straddles the threshold — more processes would narrow it"],
  ])("%j: %s", (fields, cause) => {
    expect(undecidedCause(tested(fields))).toBe(cause);
  });
});

describe("undecidedCause: Holm across many models", () => {
  it("says a clear p was lifted past α by the correction, not that the interval straddles", () => {
    const e = { ...endpoint("latency", "inconclusive"), unit: "processes", p: 0.0286, pAdjusted: 0.229, ci: [1.3, 1.34] } as TestedEndpoint;
    expect(undecidedCause(e)).toBe("p = 0.029 alone, 0.23 after correcting across the models — more processes would decide it");
  });
});
