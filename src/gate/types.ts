// The gate's decision: what a reviewer reads first (the headline) and what the job's exit status
// follows. Pure data; `decideGate` (gate/decide-gate.ts) makes it from a comparison, an optional
// split diff and the policy; the Markdown and HTML reports render it.
import type { Comparison, Endpoint } from "../compare/types.js";
import type { SplitReport } from "../split/schema.js";
import type { SplitDiff } from "../split/split-diff.js";

/** What `gate.fail-on` may name. */
export type FailOn = "latency" | "energy" | "split" | "layers";

export interface GatePolicy {
  /** dnntune.yml's gate.fail-on; its default is in config/schema.ts (CONFIG_DEFAULTS). */
  failOn: readonly FailOn[];
  /** The practical threshold the comparison was judged at, as a fraction (0.05), for the text. */
  threshold: number;
  /** The label that accepts a failing change (default "dnntune:accept"). */
  acceptLabel: string;
  /** Whether that label is on the PR (or `--accept` was given). */
  accepted: boolean;
}

/**
 * pass: nothing gated regressed; fail: something gated regressed; accepted: it did, and the
 * accept label is on; no-baseline: nothing could be compared (every primary endpoint missing).
 */
export type GateVerdict = "pass" | "fail" | "accepted" | "no-baseline";

/** Ordered by severity in `GateDecision.reasons`: fail, then warn, then info. */
export type ReasonSeverity = "fail" | "warn" | "info";

export interface GateReason {
  severity: ReasonSeverity;
  /** e.g. "latency-regression", "energy-regression", "layer-regression", "split-moved", "inconclusive", "fingerprint-mismatch", "missing", "accepted". */
  code: string;
  /** One line a reviewer reads, e.g. "mobilenet on pixel7: latency +12.4 % [+9.8, +15.1] (paired)". */
  message: string;
  device?: string;
  model?: string;
  layer?: string;
  /** Set on the regressions that fail the gate (or would, when accepted). */
  gated?: true;
}

export interface GateCounts {
  regressions: number;
  improvements: number;
  equivalent: number;
  inconclusive: number;
  missing: number;
  models: number;
  devices: number;
}

export interface GateDecision {
  verdict: GateVerdict;
  reasons: GateReason[];
  /** Of the primary endpoints (latency, energy). */
  counts: GateCounts;
  /** How many primary endpoints each test unit decided: pairs, processes, one-process runs. */
  modes: { pairs: number; processes: number; runs: number };
  /** The regressions that failed (or would fail, when accepted) the gate. */
  gated: Endpoint[];
  policy: GatePolicy;
}

/** What a report renders. */
export interface ReportInput {
  comparison: Comparison;
  split?: SplitDiff;
  /**
   * The head's splits as `dnntune split` wrote them (best, mobile-only, cloud-only, the curve over
   * cut points, crossover bandwidths), when a split file was given; `split` is its diff.
   */
  splitReport?: SplitReport;
  decision: GateDecision;
  /** Where the full report lives (an artifact URL or a file name), for the size notice. */
  fullReportUrl?: string;
}
