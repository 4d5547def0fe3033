// The `dnntune.comparison/v1` object: one verdict per endpoint plus the findings (setup
// mismatches, unmatched layers, stability warnings) that a reader needs beside the verdicts.
// The types are inferred from the schema in schema.ts, so the two cannot drift apart.

import type { z } from "zod";
import type { comparisonSchema, endpointSchema, findingSchema, metricSchema, missingEndpointSchema, testedEndpointSchema, testedVerdictSchema } from "./schema.js";

export { COMPARISON_SCHEMA } from "./schema.js";

export type Metric = z.infer<typeof metricSchema>;

export type TestedVerdict = z.infer<typeof testedVerdictSchema>;

export type Verdict = TestedVerdict | "missing";

/** An endpoint with a baseline: a ratio, its interval and p-values, and a verdict from them. */
export type TestedEndpoint = z.infer<typeof testedEndpointSchema>;

/** An endpoint without a baseline, and why. */
export type MissingEndpoint = z.infer<typeof missingEndpointSchema>;

/** A thing that gets a verdict: discriminated on `verdict`, so readers narrow instead of asserting. */
export type Endpoint = z.infer<typeof endpointSchema>;

/** Codes this stage produces; findings carried over from results files keep their own codes. */
export type FindingCode =
  | "fingerprint-mismatch"
  | "device-no-baseline"
  | "device-not-in-head"
  | "model-no-baseline"
  | "model-not-in-head"
  | "paired-with-another-base"
  | "not-paired"
  | "placement-moved"
  | "inputs-differ"
  | "layer-added"
  | "layer-removed"
  | "layers-renamed"
  | "thermal-drift"
  | "high-variation"
  | "too-few-samples"
  | "one-process-per-side"
  | "busy-machine";

/** Something a reader needs beside the verdicts; `code` is a FindingCode or a carried-over one. */
export type Finding = z.infer<typeof findingSchema>;

export type Comparison = z.infer<typeof comparisonSchema>;
