// Read a comparison file (`dnntune compare --out`) from outside: a bounded regular file, JSON,
// then the schema (schema.ts), every problem named by file and field at once.
import { readJsonFile } from "../read-file.js";
import { validateVersioned, type VersionedFormat } from "../validate-file.js";
import { comparisonSchema } from "./schema.js";
import type { Comparison } from "./types.js";

/** A comparison holds a few numbers per endpoint: far below a results file's limit. */
export const MAX_COMPARISON_BYTES = 256 * 1024 * 1024;

export const COMPARISON_FORMAT: VersionedFormat<typeof comparisonSchema> = {
  name: "dnntune.comparison",
  version: 1,
  schema: comparisonSchema,
  kind: "a comparison file written by `dnntune compare`",
  // Fields added to v1 since (`unit`, `needs`) are optional: nothing to fill.
  migrations: { 1: () => {} },
};

export function readComparison(path: string, flag = "comparison"): Comparison {
  return validateVersioned(COMPARISON_FORMAT, readJsonFile(path, { input: flag, maxBytes: MAX_COMPARISON_BYTES, kind: COMPARISON_FORMAT.kind }), path);
}
