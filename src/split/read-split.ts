// Read a split file (`dnntune split --out`) from outside: bounded regular file, JSON, schema.ts.
import { readJsonFile } from "../read-file.js";
import { validateVersioned } from "../validate-file.js";
import { SPLIT_FORMAT, type SplitFile } from "./schema.js";

export const MAX_SPLIT_BYTES = 512 * 1024 * 1024;

export function readSplit(path: string, flag = "split"): SplitFile {
  return validateVersioned(SPLIT_FORMAT, readJsonFile(path, { input: flag, maxBytes: MAX_SPLIT_BYTES, kind: SPLIT_FORMAT.kind }), path);
}
