// The `dnntune.comparison/v1` object: one verdict per endpoint plus the findings (setup
// mismatches, unmatched layers, stability warnings) that a reader needs beside the verdicts.

export const COMPARISON_SCHEMA = "dnntune.comparison/v1";

export type Metric = "latency" | "energy" | "layer";

export type Verdict = "regression" | "improvement" | "equivalent" | "inconclusive" | "missing";

export interface Endpoint {
  model: string;
  device: string;
  metric: Metric;
  /** For metric "layer": the head layer's name. */
  layer?: string;
  verdict: Verdict;
  /** head / base: Hodges–Lehmann (or bootstrap median) ratio; null when there is no baseline. */
  ratio: number | null;
  ci: [number, number] | null;
  /** Two-sided Mann–Whitney p on the raw samples (signed-rank when paired), before correction. */
  p: number | null;
  /** Holm across primary endpoints, Benjamini–Hochberg across the layers of one model × device. */
  pAdjusted: number | null;
  /** Medians of latency and layer endpoints; null for energy (see the Mj fields). */
  baseMedianUs: number | null;
  headMedianUs: number | null;
  /** Medians of energy endpoints, per inference. */
  baseMedianMj?: number | null;
  headMedianMj?: number | null;
  nBase: number;
  nHead: number;
  paired: boolean;
  /**
   * Replicate processes per side when the process was the unit of the test (`nBase`/`nHead`
   * then count processes, and the medians are medians of the per-process medians).
   */
  replicates?: { base: number; head: number };
  /** Codes of the findings that affect this endpoint (e.g. "fingerprint-mismatch"). */
  warnings: string[];
}

/** Codes this stage produces; findings carried over from results files keep their own codes. */
export type FindingCode =
  | "fingerprint-mismatch"
  | "device-no-baseline"
  | "device-not-in-head"
  | "model-no-baseline"
  | "model-not-in-head"
  | "layer-added"
  | "layer-removed"
  | "layers-renamed"
  | "thermal-drift"
  | "high-variation";

export interface Finding {
  code: FindingCode | (string & {});
  severity: "warning" | "info";
  device: string;
  model?: string;
  layer?: string;
  /** Which run it concerns, when only one does. */
  side?: "base" | "head";
  message: string;
  details?: Record<string, unknown>;
}

export interface Comparison {
  schema: typeof COMPARISON_SCHEMA;
  endpoints: Endpoint[];
  findings: Finding[];
}
