// Results are written atomically: a temp file in the same folder, then rename. A failed run
// never leaves a partial file, and never replaces an existing one.
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, basename } from "node:path";
import { InputError } from "../errors.js";

export function writeJsonAtomic(path: string, value: unknown, flag = "out"): void {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temp, `${JSON.stringify(value, null, 1)}\n`);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new InputError(flag, `cannot write ${path}: ${(error as Error).message}`);
  }
}
