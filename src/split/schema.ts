// The `dnntune.split/v1` format — what `dnntune split --out` writes — declared once: the types of
// split-models.ts and split-diff.ts, the check on read and schema/split.v1.json come from here.
// Unknown keys are dropped on read: the file is written by programs (see results/schema.ts).
import { z } from "zod";
import type { VersionedFormat } from "../validate-file.js";

export const SPLIT_SCHEMA = "dnntune.split/v1";

const MAX_ITEMS = 1_000_000;
const names = z.array(z.string()).max(MAX_ITEMS);
const objective = z.enum(["latency", "energy"]);

export const splitPlaceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("mobile-only") }),
  z.object({ kind: z.literal("cloud-only") }),
  z.object({ kind: z.literal("after"), node: z.string() }),
  z.object({ kind: z.literal("cut"), sentTensors: names }),
], { error: 'expected one of "mobile-only", "cloud-only", "after", "cut"' });

export const splitPredictionSchema = z.object({
  latencyUs: z.number(),
  phoneEnergyMj: z.number(),
});

export const bestSplitSchema = splitPredictionSchema.extend({
  phoneNodes: names,
  sentTensors: names,
  sentBytes: z.number(),
  returnedBytes: z.number(),
  place: splitPlaceSchema,
  label: z.string().describe("\"after `block_4`\", \"cloud-only\", …"),
});

export const splitEntrySchema = z.object({
  model: z.string(),
  mobile: z.string(),
  cloud: z.string(),
  network: z.string(),
  objective,
  best: bestSplitSchema,
  mobileOnly: splitPredictionSchema,
  cloudOnly: splitPredictionSchema,
  speedup: z.number().describe("min(mobile-only, cloud-only) latency / best latency."),
  energySaving: z.number().describe("1 − best energy / min(mobile-only, cloud-only) energy."),
  curve: z.array(z.object({ after: z.string(), latencyUs: z.number(), phoneEnergyMj: z.number() })).max(MAX_ITEMS)
    .describe("Every topological prefix, first node to mobile-only (cloud-only is `cloudOnly`)."),
  crossoversMbps: z.array(z.number()).max(MAX_ITEMS),
});

const skippedSchema = z.object({ model: z.string(), reason: z.string() });

export const splitVerdictSchema = z.enum(["regression", "improvement", "equivalent", "inconclusive"]);

export const splitSideSchema = z.object({
  place: splitPlaceSchema,
  label: z.string(),
  phoneNodes: names,
  predicted: z.number().describe("The objective's predicted value: µs for latency, mJ for energy."),
});

export const splitFindingSchema = z.object({
  model: z.string(),
  mobile: z.string(),
  cloud: z.string(),
  network: z.string(),
  objective,
  base: splitSideSchema,
  head: splitSideSchema,
  moved: z.boolean(),
  ratio: z.number().describe("Head / base predicted value (of each side's best split)."),
  ci: z.tuple([z.number(), z.number()]),
  verdict: splitVerdictSchema,
  message: z.string(),
});

export const splitDiffSchema = z.object({
  findings: z.array(splitFindingSchema).max(MAX_ITEMS),
  missing: z.array(skippedSchema).max(MAX_ITEMS).describe("Models in head without a base (or the reverse): nothing to compare."),
});

export const splitReportSchema = z.object({
  schema: z.literal(SPLIT_SCHEMA),
  power: z.object({ activeW: z.number(), idleW: z.number(), assumed: z.boolean(), source: z.string().optional() }),
  splits: z.array(splitEntrySchema).max(MAX_ITEMS),
  skipped: z.array(skippedSchema).max(MAX_ITEMS).describe("Models measured on only one of the two devices."),
});

/** The whole file: the report, and where the best split moved when a baseline was given. */
export const splitFileSchema = splitReportSchema.extend({
  diff: splitDiffSchema.optional(),
}).describe("What `dnntune split --out` writes.");

export type SplitPlace = z.infer<typeof splitPlaceSchema>;
export type SplitPrediction = z.infer<typeof splitPredictionSchema>;
export type BestSplit = z.infer<typeof bestSplitSchema>;
export type SplitEntry = z.infer<typeof splitEntrySchema>;
export type SplitReport = z.infer<typeof splitReportSchema>;
export type SplitVerdict = z.infer<typeof splitVerdictSchema>;
export type SplitSide = z.infer<typeof splitSideSchema>;
export type SplitFinding = z.infer<typeof splitFindingSchema>;
export type SplitDiff = z.infer<typeof splitDiffSchema>;
export type SplitFile = z.infer<typeof splitFileSchema>;

export const SPLIT_FORMAT: VersionedFormat<typeof splitFileSchema> = {
  name: "dnntune.split",
  version: 1,
  schema: splitFileSchema,
  kind: "a split file written by `dnntune split`",
  migrations: { 1: () => {} },
};
