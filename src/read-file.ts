// Every file dnntune reads from outside — results, comparison, split files, dnntune.yml — comes in
// here: a regular file (checked on the open descriptor, so a FIFO or a device never blocks the
// read), no larger than its format allows, UTF-8, then JSON; each failure names the file.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";
import { FormatError, InputError } from "./errors.js";

export interface ReadFileOptions {
  /** The flag or input that named the file (`--base`), for errors about the path itself. */
  input: string;
  /** Larger files are refused before they are read. */
  maxBytes: number;
  /** What the file should be, for the messages: "a results file". */
  kind: string;
}

/** JSON deeper than this is refused: no dnntune format nests past a dozen levels. */
export const MAX_JSON_DEPTH = 64;

export function readTextFile(path: string, options: ReadFileOptions): string {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO without a writer would otherwise wait forever. It does not
    // change how a regular file reads.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new InputError(options.input, `cannot read ${path}: ${reasonOf(error)}`);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new InputError(options.input, `${path} is ${kindOf(stats)}, not a regular file; give ${options.kind}`);
    const tooLarge = () => new FormatError(path, undefined, `larger than ${options.maxBytes} bytes, the limit for ${options.kind}; is this the right file?`);
    if (stats.size > options.maxBytes) throw tooLarge();
    // Read to the end rather than trusting the size: the file may grow while we read it.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(stats.size - total, 0) + 1, options.maxBytes + 1 - total, 1 << 24));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > options.maxBytes) throw tooLarge();
    }
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks, total));
    } catch {
      throw new FormatError(path, undefined, `not UTF-8 text; give ${options.kind}`);
    }
  } catch (error) {
    if (error instanceof InputError || error instanceof FormatError) throw error;
    throw new InputError(options.input, `cannot read ${path}: ${reasonOf(error)}`);
  } finally {
    closeSync(fd);
  }
}

/** A JSON file, parsed: nesting bounded, and no `__proto__` keys left to reach a prototype. */
export function readJsonFile(path: string, options: ReadFileOptions): unknown {
  return parseJson(readTextFile(path, options), path, options.kind);
}

export function parseJson(text: string, file: string, kind = "a JSON file"): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new FormatError(file, undefined, `not valid JSON (${reason.slice(0, 200)}); is the file truncated, or not ${kind}?`);
  }
  boundJson(value, file);
  return value;
}

// Iterative, so a hostile nesting cannot overflow the stack here or later (JSON.stringify and the
// schema recurse). `__proto__` keys go: JSON.parse makes them plain keys, but copying such an
// object by assignment would set its prototype.
function boundJson(root: unknown, file: string): void {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (typeof value !== "object" || value === null) continue;
    if (depth >= MAX_JSON_DEPTH) throw new FormatError(file, undefined, `nested deeper than ${MAX_JSON_DEPTH} levels; no dnntune file is`);
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === "object" && item !== null) stack.push([item, depth + 1]);
      continue;
    }
    if (Object.hasOwn(value, "__proto__")) delete (value as Record<string, unknown>)["__proto__"];
    for (const item of Object.values(value)) if (typeof item === "object" && item !== null) stack.push([item, depth + 1]);
  }
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return "a folder";
  if (stats.isFIFO()) return "a FIFO (named pipe)";
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  if (stats.isSocket()) return "a socket";
  return "a special file";
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOTDIR") return "a part of the path is not a folder";
  if (code === "ELOOP") return "too many symbolic links";
  return error instanceof Error ? error.message : String(error);
}
