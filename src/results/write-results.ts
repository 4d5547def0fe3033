// Results are written atomically: a temp file in the same folder, then rename. A failed or
// interrupted run never leaves a partial file (the temp file is removed on every exit path,
// signals included), never replaces an existing one, and never replaces anything but a regular
// file: a symlink to one is written through, a device, FIFO, socket or folder is refused.
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { InputError } from "../errors.js";
import { registerTemp, removeTemp } from "../temp-files.js";
import { writeTarget, type Replaces } from "./output-paths.js";

export function writeJsonAtomic(path: string, value: unknown, flag = "out", replaces: Replaces = "dnntune-output"): void {
  writeTextAtomic(path, `${JSON.stringify(value, null, 1)}\n`, flag, replaces);
}

/** Writes `text` to `path` as writeJsonAtomic does (`dnntune init` writes YAML). */
export function writeTextAtomic(path: string, text: string, flag = "out", replaces: Replaces = "dnntune-output"): void {
  const target = writeTarget(path, flag, replaces);
  const dir = dirname(target);
  const temp = join(dir, `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    registerTemp(temp);
    writeFileSync(temp, text, { flag: "wx" });
    renameSync(temp, target);
  } catch (error) {
    throw new InputError(flag, `cannot write ${path}: ${(error as Error).message}`);
  } finally {
    removeTemp(temp);
  }
}
