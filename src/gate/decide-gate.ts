// The merge gate: a pure function of the comparison, the split diff and the policy. It fails on
// confirmed regressions of what `fail-on` names unless the accept label is on, and it says why,
// most severe first. What it could not decide (inconclusive endpoints, setups that differ, a
// split it was asked to gate but not given) is a warning with its cause, never a silent pass.
import { needsText } from "../report/comparison-summary.js";
import { changeText } from "../compare/change-text.js";
import { gatedRegressions } from "../compare/gated-regressions.js";
import type { Comparison, Endpoint, Finding, MissingEndpoint, TestedEndpoint } from "../compare/types.js";
import type { SplitDiff, SplitFinding } from "../split/split-diff.js";
import type { GateCounts, GateDecision, GatePolicy, GateReason, GateVerdict, ReasonSeverity } from "./types.js";
import { isModelledEnergy } from "../compare/index.js";

/** What one sample of an endpoint's test was (see compare/schema.ts `unit`). */
export type TestUnit = "pairs" | "processes" | "runs";

/** Endpoints named in one grouped reason; the rest are counted. */
const NAMED_IN_GROUP = 3;

/** Comparison findings that other reasons already say (a missing baseline is the "missing" reason). */
const SAID_ELSEWHERE = new Set(["fingerprint-mismatch", "model-no-baseline", "device-no-baseline"]);

export function decideGate(comparison: Comparison, split: SplitDiff | undefined, policy: GatePolicy): GateDecision {
  // Modelled energy (latency × a declared power) repeats latency: listed, never counted or gated.
  const primary = comparison.endpoints.filter((e) => e.metric !== "layer" && !isModelledEnergy(e));
  const modelled = comparison.endpoints.filter(isModelledEnergy);
  // A regression measured across two setups (another CPU, OS, runtime) is not confirmed as the
  // change's: unpaired, only the setup may have moved. Paired runs share the machine, so a setup
  // they differ in is the one under test (--base-threads, --base-optimization) and still gates.
  const acrossSetups = (e: Endpoint) => e.verdict !== "missing" && e.warnings.includes("fingerprint-mismatch") && testUnitOf(e) !== "pairs";
  const gated = gatedRegressions(comparison, policy.failOn).filter((e) => !acrossSetups(e));
  const gatesSplit = policy.failOn.includes("split");
  const gatedSplits = gatesSplit && split ? split.findings.filter((f) => f.verdict === "regression") : [];
  const failing = gated.length + gatedSplits.length;
  const verdict: GateVerdict = failing > 0 ? (policy.accepted ? "accepted" : "fail")
    : primary.every((e) => e.verdict === "missing") ? "no-baseline" : "pass";

  const reasons: GateReason[] = [];
  // An accepted regression no longer fails: it stays listed, as a warning.
  const failSeverity: ReasonSeverity = policy.accepted ? "warn" : "fail";
  if (verdict === "accepted") {
    reasons.push({ severity: "warn", code: "accepted", message: `accepted by the ${policy.acceptLabel} label: ${plural(failing, "regression")} would fail the gate` });
  }
  for (const e of gated) if (e.verdict !== "missing") reasons.push({ severity: failSeverity, code: regressionCode(e), message: endpointLine(e), ...where(e), gated: true });
  for (const f of gatedSplits) reasons.push({ severity: failSeverity, code: "split-regression", message: splitLine(f), model: f.model, gated: true });
  const gatedSet = new Set<Endpoint>(gated);
  for (const e of primary) {
    if (e.verdict === "regression" && !gatedSet.has(e)) {
      const why = acrossSetups(e) ? "not gated: base and head ran on different setups, so the setup may explain it — rerun both on one" : `not gated: fail-on is ${policy.failOn.join(", ")}`;
      reasons.push({ severity: acrossSetups(e) ? "warn" : "info", code: regressionCode(e), message: `${endpointLine(e)} (${why})`, ...where(e) });
    }
  }
  for (const e of modelled) {
    if (e.verdict === "regression" || e.verdict === "improvement") {
      reasons.push({ severity: "info", code: "modelled-energy", message: `${endpointLine(e)} (modelled: latency × the declared power; it follows latency and does not gate — measure it with a meter to gate on energy)`, ...where(e) });
    }
  }
  // Gating only on what no endpoint measured is a gap to say, not a pass to imply.
  const gatedMetrics = (["latency", "energy"] as const).filter((m) => policy.failOn.includes(m));
  const unmeasured = gatedMetrics.filter((m) => !primary.some((e) => e.metric === m));
  if (primary.length > 0 && unmeasured.length > 0 && (unmeasured.length === gatedMetrics.length || (unmeasured.includes("energy") && modelled.length > 0))) {
    // Nothing gated was measured: a warning. Only energy, with its model shown: information.
    const severity: ReasonSeverity = unmeasured.length === gatedMetrics.length ? "warn" : "info";
    reasons.push({ severity, code: "not-measured", message: `fail-on names ${unmeasured.join(", ")}, but no ${unmeasured.join(" or ")} was measured, so nothing of it could fail${unmeasured.includes("energy") ? ` (energy needs a meter${modelled.length > 0 ? "; the energy shown is modelled from latency × a declared power, and informs only" : ""})` : ""}` });
  }
  reasons.push(...inconclusiveReasons(primary, policy));
  reasons.push(...missingReasons(primary));
  reasons.push(...findingReasons(comparison.findings));
  reasons.push(...splitReasons(split, gatesSplit));

  const rank: Record<ReasonSeverity, number> = { fail: 0, warn: 1, info: 2 };
  // Array.prototype.sort is stable: within a severity the order above stays.
  reasons.sort((a, b) => rank[a.severity] - rank[b.severity]);
  return { verdict, reasons, counts: countsOf(primary), modes: modesOf(primary), gated, policy };
}

/** How many regressions fail the gate (or would, when accepted): gated endpoints and split findings. */
export function gatedCount(decision: GateDecision): number {
  return decision.reasons.filter((r) => r.gated === true).length;
}

/** What the test counted; files written before `unit` existed say it through `paired` and `replicates`. */
export function testUnitOf(e: TestedEndpoint): TestUnit {
  return e.unit ?? (e.paired ? "pairs" : e.replicates ? "processes" : "runs");
}

/** How a unit reads in a sentence: "paired", "by process", "one process a side". */
export const UNIT_WORDS: Record<TestUnit, string> = { pairs: "paired", processes: "by process", runs: "one process a side" };

/** Why an inconclusive endpoint was not decided, and what would decide it. */
export function undecidedCause(e: TestedEndpoint): string {
  const unit = testUnitOf(e);
  if (unit === "runs") return needsText({ count: e.needs?.unit === "processes" ? e.needs.count : 4, unit: "processes" });
  if (e.needs) return `too few ${e.needs.unit} — needs ≥ ${e.needs.count} ${e.needs.unit}${e.needs.unit === "pairs" ? "" : " a side"}`;
  if (e.warnings.includes("busy-machine")) return "timed on a busy machine — rerun on a quiet one";
  // Holm across many models can lift a clear p past α: say that, not "the interval straddles".
  if (e.p < 0.05 && e.pAdjusted >= 0.05) return `p = ${e.p.toPrecision(2)} alone, ${e.pAdjusted.toPrecision(2)} after correcting across the models — more ${unit} would decide it`;
  if (unit === "pairs") return `undecided after ${e.nHead} pairs — more pairs would narrow it (${e.metric === "energy" ? "bench --energy-batches" : "bench --max-runs, --time-budget"})`;
  return `the interval straddles the threshold — more ${unit} would narrow it`;
}

/** `mlp on pixel7: latency +12.4 % [+9.8, +15.1] (paired)`. */
export function endpointLine(e: TestedEndpoint): string {
  return `${endpointName(e)}: ${e.metric === "layer" ? "" : `${e.metric} `}${changeText(e.ratio, e.ci)} (${UNIT_WORDS[testUnitOf(e)]})`;
}

/** `mlp on pixel7`, `mlp on pixel7 energy`, `mlp on pixel7 layer conv1`. */
export function endpointName(e: Endpoint): string {
  const what = e.metric === "layer" ? ` layer ${e.layer ?? "?"}` : e.metric === "energy" ? " energy" : "";
  return `${e.model} on ${e.device}${what}`;
}

function regressionCode(e: Endpoint): string {
  return `${e.metric}-regression`;
}

function where(e: Endpoint): Pick<GateReason, "model" | "device" | "layer"> {
  return { model: e.model, device: e.device, ...(e.layer === undefined ? {} : { layer: e.layer }) };
}

function splitLine(f: SplitFinding): string {
  return `${f.model} (${f.mobile} → ${f.cloud}, ${f.objective}): ${f.message}`;
}

/**
 * One reason per cause: "2 endpoints inconclusive: one process a side — needs ≥ 4 processes or
 * paired runs (a on d, b on d)". A warning where the metric gates, information where it does not.
 */
function inconclusiveReasons(primary: readonly Endpoint[], policy: GatePolicy): GateReason[] {
  const groups = new Map<string, { severity: ReasonSeverity; cause: string; endpoints: Endpoint[] }>();
  for (const e of primary) {
    if (e.verdict !== "inconclusive") continue;
    const severity: ReasonSeverity = policy.failOn.includes(e.metric as "latency" | "energy") ? "warn" : "info";
    const cause = undecidedCause(e);
    const key = `${severity}\0${cause}`;
    const group = groups.get(key) ?? { severity, cause, endpoints: [] };
    group.endpoints.push(e);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ severity, cause, endpoints }) => ({
    severity,
    code: "inconclusive",
    message: `${plural(endpoints.length, "endpoint")} inconclusive: ${cause} (${named(endpoints)})`,
    ...(endpoints.length === 1 ? where(endpoints[0]!) : {}),
  }));
}

/** One warning per reason a baseline is missing: a missing baseline is a warning, never a crash. */
function missingReasons(primary: readonly Endpoint[]): GateReason[] {
  if (primary.length === 0) return [{ severity: "warn", code: "missing", message: "nothing to compare: the comparison holds no model endpoint" }];
  const groups = new Map<string, MissingEndpoint[]>();
  for (const e of primary) {
    if (e.verdict !== "missing") continue;
    const endpoints = groups.get(e.reason) ?? [];
    endpoints.push(e);
    groups.set(e.reason, endpoints);
  }
  return [...groups].map(([reason, endpoints]) => ({
    severity: "warn" as const,
    code: "missing",
    message: `${plural(endpoints.length, "endpoint")} without a baseline: ${reason} (${named(endpoints)})`,
    ...(endpoints.length === 1 ? where(endpoints[0]!) : {}),
  }));
}

/** The comparison's findings: warnings as warnings, layers added or removed counted per model. */
function findingReasons(findings: readonly Finding[]): GateReason[] {
  const reasons: GateReason[] = [];
  const counted = new Map<string, { finding: Finding; n: number }>();
  for (const f of findings) {
    const at = { device: f.device, ...(f.model === undefined ? {} : { model: f.model }), ...(f.layer === undefined ? {} : { layer: f.layer }) };
    if (f.code === "fingerprint-mismatch") reasons.push({ severity: "warn", code: f.code, message: f.message, device: f.device });
    else if (SAID_ELSEWHERE.has(f.code)) continue;
    else if (f.code === "layer-added" || f.code === "layer-removed") {
      const key = `${f.code}\0${f.device}\0${f.model ?? ""}`;
      const entry = counted.get(key) ?? { finding: f, n: 0 };
      entry.n++;
      counted.set(key, entry);
    } else reasons.push({ severity: f.severity === "warning" ? "warn" : "info", code: f.code, message: f.message, ...at });
  }
  for (const { finding: f, n } of counted.values()) {
    const what = f.code === "layer-added" ? "new in head" : "gone in head";
    reasons.push({ severity: "info", code: f.code, message: `${f.model ?? "?"} on ${f.device}: ${plural(n, "layer")} ${what}${n === 1 && f.layer !== undefined ? ` (${f.layer})` : ""}`, device: f.device, ...(f.model === undefined ? {} : { model: f.model }) });
  }
  return reasons;
}

/** Split findings other than the gated regressions: moves, undecided changes, models not compared. */
function splitReasons(split: SplitDiff | undefined, gatesSplit: boolean): GateReason[] {
  const severity: ReasonSeverity = gatesSplit ? "warn" : "info";
  if (!split) {
    return gatesSplit ? [{ severity: "warn", code: "split-missing", message: "fail-on names split, but no split diff was given: run dnntune split with --base-mobile and --base-cloud and pass its file" }] : [];
  }
  const reasons: GateReason[] = [];
  for (const f of split.findings) {
    if (f.verdict === "regression" && !gatesSplit) reasons.push({ severity: "info", code: "split-regression", message: `${splitLine(f)} (not gated: fail-on does not name split)`, model: f.model });
    else if (f.verdict === "inconclusive") reasons.push({ severity, code: "split-inconclusive", message: `${splitLine(f)}: inside the noise of the layer samples`, model: f.model });
    else if (f.moved && f.verdict !== "regression") reasons.push({ severity: "info", code: "split-moved", message: splitLine(f), model: f.model });
  }
  for (const m of split.missing) reasons.push({ severity, code: "split-missing", message: `${m.model}: split not compared (${m.reason})`, model: m.model });
  return reasons;
}

function countsOf(primary: readonly Endpoint[]): GateCounts {
  const count = (verdict: Endpoint["verdict"]) => primary.filter((e) => e.verdict === verdict).length;
  return {
    regressions: count("regression"),
    improvements: count("improvement"),
    equivalent: count("equivalent"),
    inconclusive: count("inconclusive"),
    missing: count("missing"),
    models: new Set(primary.map((e) => e.model)).size,
    devices: new Set(primary.map((e) => e.device)).size,
  };
}

/** Every tested primary endpoint by what its test counted; a missing one was not tested. */
function modesOf(primary: readonly Endpoint[]): GateDecision["modes"] {
  const modes = { pairs: 0, processes: 0, runs: 0 };
  for (const e of primary) if (e.verdict !== "missing") modes[testUnitOf(e)]++;
  return modes;
}

function named(endpoints: readonly Endpoint[]): string {
  const names = endpoints.slice(0, NAMED_IN_GROUP).map(endpointName);
  const rest = endpoints.length - names.length;
  return rest > 0 ? `${names.join(", ")} and ${rest} more` : names.join(", ");
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
