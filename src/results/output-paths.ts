// Outputs that cannot hurt: before a command does any work, every file it will write is checked
// to be a regular file or a new path in a writable folder, and to be none of the run's inputs
// nor another output — by real path and by device + inode, so a symlink, `./x` against `x`, or a
// hard link to a model is caught. A symlink to a regular file is written through: its target is
// replaced atomically and the link is kept (as `cp` and editors do). Device nodes, FIFOs,
// sockets, folders and dangling symlinks are refused.
import { closeSync, constants, existsSync, fstatSync, lstatSync, openSync, readlinkSync, readSync, realpathSync, type Stats, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { InputError } from "../errors.js";
import { registerTemp, removeTemp } from "../temp-files.js";

/** A path given on the command line and the flag that gave it, so errors name the flag. */
export interface FlagPath {
  flag: string;
  path: string;
  /** What an existing file there may be: only a JSON file dnntune wrote (the default), or anything (`init --force`). */
  replaces?: Replaces;
}

/**
 * An output replaces a file that is already there only when that file is one dnntune wrote
 * (JSON whose `schema` is a dnntune format), so a mistyped or symlinked `--out` cannot turn a
 * model, a config or a system file into JSON; `init --force` replaces its own YAML on request;
 * an export in another tool's format, which has no `schema` field, is told by its content.
 */
export type Replaces = "dnntune-output" | "any" | OwnFormat;

/** A file dnntune writes in another tool's format: recognized by reading all of it. */
export interface OwnFormat {
  /** What such a file is, for the refusal: `a github-action-benchmark file`. */
  what: string;
  /** Whether `text`, the whole file, is one that dnntune wrote. */
  recognize: (text: string) => boolean;
}

const REPORT_MARKER_START = "<!-- dnntune:";
const DNNTUNE_DATA = /^\s*\{[^]*?"schema"\s*:\s*"dnntune\.[a-z]+\/v\d+"/;

/** A report dnntune wrote (Markdown or HTML behind its marker, or its JSON report): never results or a comparison. */
export const REPORT_OUTPUT: OwnFormat = {
  what: "a report dnntune wrote (a file starting <!-- dnntune:, or a dnntune.report JSON)",
  recognize: (text) => text.startsWith(REPORT_MARKER_START) || /^\s*\{[^]*?"schema"\s*:\s*"dnntune\.report\/v\d+"/.test(text),
};

/** A job summary is appended to: any text file, but never one of dnntune's data files. */
export const SUMMARY_OUTPUT: OwnFormat = {
  what: "a text file that is not one of its results, comparison or split files",
  recognize: (text) => !DNNTUNE_DATA.test(text),
};

/** A larger file is no export dnntune wrote (those hold a few numbers per layer): refused unparsed. */
export const MAX_OWN_FORMAT_BYTES = 64 * 1024 * 1024;

/**
 * Throws an InputError naming the flag when an output cannot be written safely: not a regular
 * file or a new path, its folder not writable, or it is an input of the run or another output.
 */
export function checkOutputs(outputs: readonly FlagPath[], inputs: readonly FlagPath[]): void {
  const seen: { given: FlagPath; id: FileIdentity }[] = inputs.map((given) => ({ given, id: identityOf(given.path) }));
  for (const output of outputs) {
    const id = identityOf(output.path);
    const clash = seen.find((s) => sameFile(s.id, id));
    if (clash) {
      const what = inputs.includes(clash.given) ? "an input of this run" : "another output of this run";
      throw new InputError(output.flag, (name) => `${output.path} is ${what} (${name(clash.given.flag)} ${clash.given.path}); writing it would destroy that file, so give another path`);
    }
    const target = writeTarget(output.path, output.flag, output.replaces);
    probeWritable(dirname(target), output);
    seen.push({ given: output, id });
  }
}

/**
 * The regular file that writing `path` replaces (the target of a symlink), or `path` itself when
 * nothing is there yet. Throws an InputError naming `flag` for anything else.
 */
export function writeTarget(path: string, flag: string, replaces: Replaces = "dnntune-output"): string {
  let link: Stats;
  try {
    link = lstatSync(path);
  } catch (error) {
    if (isMissing(error)) return checkFolders(path, flag);
    throw new InputError(flag, `cannot write ${path}: ${(error as Error).message}`);
  }
  if (link.isFile()) return ownOutput(path, path, flag, replaces);
  if (link.isSymbolicLink()) {
    let target: Stats;
    try {
      target = statSync(path);
    } catch {
      throw new InputError(flag, `${path} is a symlink to nothing (a dangling link); dnntune writes through a symlink only to an existing regular file, so give a regular file or a new path`);
    }
    if (!target.isFile()) throw new InputError(flag, `${path} is a symlink to ${kindOf(target)}; dnntune writes only regular files, so give a file path such as results.json`);
    // /dev/stdout and /proc/self/fd/N lead to whatever file a shell opened: never ours to replace.
    const hop = resolve(dirname(path), readlinkSync(path));
    if (/^\/(dev|proc)\//.test(hop)) throw new InputError(flag, `${path} is a symlink to ${hop}, a device or a process's open file; dnntune writes only regular files, so give a file path such as results.json`);
    return ownOutput(path, realpathSync(path), flag, replaces);
  }
  throw new InputError(flag, `${path} is ${kindOf(link)}; dnntune writes only regular files (or a new path), so give a file path such as results.json`);
}

// A dnntune JSON file starts `{` and names its schema among its first keys; a Markdown report
// starts with its hidden marker (report/markdown's COMMENT_MARKER); an export is told by its
// whole content; an empty file (made by `touch` or mktemp) holds nothing to lose.
function ownOutput(path: string, target: string, flag: string, replaces: Replaces): string {
  if (replaces === "any") return target;
  const own = typeof replaces === "object" ? replaces : undefined;
  let head: Buffer;
  try {
    // One byte past the limit tells a file that is too large from one that just fits.
    head = readStart(target, own ? MAX_OWN_FORMAT_BYTES + 1 : 4096);
  } catch (error) {
    throw new InputError(flag, `cannot write ${path}: ${(error as Error).message}`);
  }
  const text = head.toString("utf8");
  if (text.trim() === "") return target;
  if (own ? head.length <= MAX_OWN_FORMAT_BYTES && own.recognize(text) : /^\s*\{[^]*?"schema"\s*:\s*"dnntune\.[a-z]+\/v\d+"/.test(text) || text.startsWith(REPORT_MARKER_START)) return target;
  const what = target === path ? path : `${path} (a link to ${target})`;
  const ours = own ? own.what : "its own results, comparison, split and report files";
  throw new InputError(flag, `${what} exists and is not a file dnntune wrote; dnntune replaces only ${ours}, so give a new path or remove that file first`);
}

/** The first `bytes` bytes of a regular file, or all of it when shorter. */
function readStart(file: string, bytes: number): Buffer {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    // The size only saves memory: a file of /proc says 0 and still holds its first 4 KiB.
    const buffer = Buffer.alloc(Math.min(bytes, Math.max(fstatSync(fd).size + 1, 4096)));
    let filled = 0;
    while (filled < buffer.length) {
      const n = readSync(fd, buffer, filled, buffer.length - filled, filled);
      if (n === 0) break;
      filled += n;
    }
    return buffer.subarray(0, filled);
  } finally {
    closeSync(fd);
  }
}

/** A new path: the nearest existing folder above it must be a folder (it will be created under). */
function checkFolders(path: string, flag: string): string {
  for (let dir = dirname(resolve(path)); ; dir = dirname(dir)) {
    let stat: Stats | undefined;
    try {
      stat = statSync(dir);
    } catch (error) {
      if (!isMissing(error)) throw new InputError(flag, `cannot write ${path}: ${(error as Error).message}`);
    }
    if (stat && !stat.isDirectory()) throw new InputError(flag, `cannot write ${path}: ${dir} is ${kindOf(stat)}, not a folder`);
    if (stat || dirname(dir) === dir) return path;
  }
}

// Creating and removing a file is the only test that holds for root, read-only mounts and ACLs.
function probeWritable(folder: string, output: FlagPath): void {
  let dir = resolve(folder);
  while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
  const probe = join(dir, `.dnntune-probe-${process.pid}-${Math.random().toString(36).slice(2)}`);
  registerTemp(probe);
  try {
    writeFileSync(probe, "", { flag: "wx" });
  } catch (error) {
    throw new InputError(output.flag, `cannot write ${output.path}: ${dir} is not writable (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  } finally {
    removeTemp(probe);
  }
}

interface FileIdentity {
  real: string;
  /** `dev:ino` when the file exists: catches hard links, which have different real paths. */
  inode?: string;
}

function identityOf(path: string): FileIdentity {
  let stat: Stats | undefined;
  try {
    stat = statSync(path);
  } catch {
    stat = undefined;
  }
  return { real: realPath(path), ...(stat ? { inode: `${stat.dev}:${stat.ino}` } : {}) };
}

/** The real path of `path`, or of its nearest existing folder joined with the rest when it is new. */
function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(resolve(path));
    return parent === resolve(path) ? parent : join(realPath(parent), basename(path));
  }
}

function sameFile(a: FileIdentity, b: FileIdentity): boolean {
  return a.real === b.real || (a.inode !== undefined && a.inode === b.inode);
}

function kindOf(stat: Stats): string {
  if (stat.isFile()) return "a regular file";
  if (stat.isDirectory()) return "a folder";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device";
  if (stat.isFIFO()) return "a FIFO (named pipe)";
  if (stat.isSocket()) return "a socket";
  if (stat.isSymbolicLink()) return "a symlink";
  return "not a regular file";
}


function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === "ENOENT" || code === "ENOTDIR";
}
