// `dnntune.comparison/v1` declared once: the types in types.ts are inferred from it, and the
// file reader and the published JSON Schema take it from here.

import { z } from "zod";

export const COMPARISON_SCHEMA = "dnntune.comparison/v1";

export const metricSchema = z.enum(["latency", "energy", "layer"]);

/** The verdicts of an endpoint that had a baseline and was tested. */
export const testedVerdictSchema = z.enum(["regression", "improvement", "equivalent", "inconclusive"]);

const probability = z.number().min(0).max(1);
// Ratios head / base; exp() of a very negative log shift may round to 0.
const ratio = z.number().nonnegative();
const count = z.int().nonnegative();
const median = z.number().nullable();

const endpointFields = {
  model: z.string(),
  device: z.string(),
  metric: metricSchema,
  /** For metric "layer": the head layer's name. */
  layer: z.string().optional(),
  /** For metric "energy": `modelled` (latency × a declared power: informs, never gates) or `measured:<meter>`. */
  energySource: z.string().regex(/^(?:modelled|measured:[a-z][a-z0-9-]{0,39})$/).optional(),
  /** Medians of latency and layer endpoints; null for energy (see the Mj fields). */
  baseMedianUs: median,
  headMedianUs: median,
  /** Medians of energy endpoints, per inference. */
  baseMedianMj: median.optional(),
  headMedianMj: median.optional(),
  nBase: count,
  nHead: count,
  paired: z.boolean(),
  /**
   * Replicate processes per side when the process was the unit of the test (`nBase`/`nHead`
   * then count processes, and the medians are medians of the per-process medians).
   */
  replicates: z.object({ base: z.int().positive(), head: z.int().positive() }).optional(),
  /** Codes of the findings that affect this endpoint (e.g. "fingerprint-mismatch"). */
  warnings: z.array(z.string()),
};

/**
 * What one sample of the test is: a base/head pair of one interleaved process, a replicate
 * process's median, or a run of one process per side — runs of one process share its speed, so
 * they never decide a regression or an improvement on their own.
 */
export const testUnitSchema = z.enum(["pairs", "processes", "runs"]);

export const testedEndpointSchema = z.object({
  ...endpointFields,
  verdict: testedVerdictSchema,
  /** head / base: Hodges–Lehmann (or bootstrap median) ratio. */
  ratio,
  ci: z.tuple([ratio, ratio]),
  /** Two-sided Mann–Whitney p on the raw samples (signed-rank when paired), before correction. */
  p: probability,
  /** Holm across primary endpoints, Benjamini–Hochberg across the layers of one model × device. */
  pAdjusted: probability,
  /** What the test counted (absent in files written before 2026-12-02). */
  unit: testUnitSchema.optional(),
  /** Why an inconclusive endpoint could not be decided from these samples, and what would. */
  needs: z.object({ count: z.int().min(1).max(64), unit: z.enum(["pairs", "processes", "runs"]) }).optional(),
}).superRefine((e, ctx) => {
  // What compare can write: a file that says otherwise was edited, and must not gate.
  const problem = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  if (e.ci[0] > e.ci[1]) problem("ci", `must be [lower, upper]; got [${e.ci.join(", ")}]`);
  if (e.verdict === "regression" && e.ratio <= 1) problem("ratio", `a regression is slower (ratio above 1); got ${e.ratio}`);
  if (e.verdict === "improvement" && e.ratio >= 1) problem("ratio", `an improvement is faster (ratio below 1); got ${e.ratio}`);
  if (e.unit === "runs" && e.verdict !== "inconclusive") problem("verdict", `one process a side decides nothing, so it is inconclusive; got ${e.verdict}`);
  if (e.verdict !== "inconclusive" && e.needs !== undefined) problem("needs", `only an inconclusive endpoint needs more samples; this one is ${e.verdict}`);
});

/** An endpoint with nothing to compare against; the statistics stay in the file as null. */
export const missingEndpointSchema = z.object({
  ...endpointFields,
  verdict: z.literal("missing"),
  /** Why there is no baseline, e.g. "not in the baseline". */
  reason: z.string(),
  ratio: z.null(),
  ci: z.null(),
  p: z.null(),
  pAdjusted: z.null(),
});

export const endpointSchema = z.discriminatedUnion("verdict", [testedEndpointSchema, missingEndpointSchema]);

export const findingSchema = z.object({
  /** One of FindingCode, or a code carried over from a results file's warnings. */
  code: z.string(),
  severity: z.enum(["warning", "info"]),
  device: z.string(),
  model: z.string().optional(),
  layer: z.string().optional(),
  /** Which run it concerns, when only one does. */
  side: z.enum(["base", "head"]).optional(),
  message: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});

export const comparisonSchema = z.object({
  schema: z.literal(COMPARISON_SCHEMA),
  /** What the verdicts were judged at (absent in files written before 2026-12-02). */
  judgedAt: z.object({ threshold: z.number().min(0).max(1), alpha: probability, minAbsModelUs: z.number().nonnegative(), minAbsLayerUs: z.number().nonnegative() }).optional(),
  /**
   * Where the bases that were not interleaved with the head came from (`main at abc1234, run 42`),
   * as `compare --stored-baseline` was told: the report then says per verdict "paired" or "stored".
   */
  storedBaseline: z.string().min(1).max(300).optional(),
  endpoints: z.array(endpointSchema),
  findings: z.array(findingSchema),
});
