// Read a results file from outside: a bounded regular file, JSON, then the schema (schema.ts) —
// every problem named by file and field at once; a newer version refused, an older migrated.
import { readJsonFile } from "../read-file.js";
import { validateVersioned } from "../validate-file.js";
import { RESULTS_FORMAT, type Results } from "./schema.js";

/** Larger results files are refused unread: parsing takes several times the file in memory. */
export const MAX_RESULTS_BYTES = 512 * 1024 * 1024;

export function readResults(path: string, flag = "results"): Results {
  return validateResults(readJsonFile(path, { input: flag, maxBytes: MAX_RESULTS_BYTES, kind: RESULTS_FORMAT.kind }), path);
}

export function validateResults(value: unknown, file: string): Results {
  return validateVersioned(RESULTS_FORMAT, value, file);
}
