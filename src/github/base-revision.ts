// The pull request's base revision of each model (and of dnntune.yml), taken out of git into a temp
// folder so that base and head can be benchmarked interleaved on one runner. Git runs through
// execFile/spawn with argv arrays only, and objects are read by id, so no path or sha is ever
// parsed by a shell or as a revision expression.
//
// Policy: anything that stops one file from being extracted (git missing, not a repository, a
// commit that cannot be fetched, an LFS pointer, a symlink, a file too big) makes that file
// `unavailable` with a reason that carries the fix; the caller benchmarks head alone for it. Only
// a malformed sha, a programming error of the caller, throws.
import { execFile, spawn } from "node:child_process";
import { closeSync, createWriteStream, mkdirSync, openSync, readFileSync, readSync, realpathSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, posix, relative, resolve, sep } from "node:path";
import { pipeline } from "node:stream/promises";
import { MAX_MESSAGE_BYTES } from "../bench/session-model.js";
import { MAX_CONFIG_BYTES } from "../config/read-config.js";
import { InputError } from "../errors.js";
import { externalDataRefs } from "../onnx/external-data.js";
import { readModel } from "../onnx/read-model.js";
import { makeTempDir, removeTemp } from "../temp-files.js";

export type BaseFile =
  /** Extracted to `path`, under the revision's temp folder at its path in the repository. */
  | { kind: "found"; path: string }
  /** The path does not exist at the base commit: the pull request adds it. */
  | { kind: "new"; reason: string }
  /** It may exist there, but cannot be extracted; `reason` says why and what to do. */
  | { kind: "unavailable"; reason: string };

export interface BaseRevision {
  /** The base commit, in lower case. */
  sha: string;
  /** Keyed by each path as the caller gave it. */
  files: Map<string, BaseFile>;
  /** The base commit's configuration file, when `configPath` was given. */
  config?: BaseFile;
  /** Other files asked for by `extraPaths` (a model's .tflite export), keyed as given. */
  extras: Map<string, BaseFile>;
  /** Whether the commit was missing here and was fetched from origin. */
  fetched: boolean;
  /** Removes the temp folder (also removed at exit). */
  dispose(): void;
}

export interface BaseRevisionOptions {
  /** A folder inside the repository; relative paths are taken from it. */
  cwd: string;
  /** The base commit: 40 (SHA-1) or 64 (SHA-256) hex digits. */
  sha: string;
  /** Model files, relative to `cwd` or absolute, inside the repository. */
  paths: readonly string[];
  /** The configuration file (`dnntune.yml`), relative to `cwd` or absolute, when its base is wanted. */
  configPath?: string;
  /** Other files a tool runs instead of the ONNX file (a model's .tflite export), extracted at their paths as models are. */
  extraPaths?: readonly string[];
  log?: (line: string) => void;
  /** The git executable; "git" from PATH by default. */
  git?: string;
  /** Most bytes a model and its external data may come to (default: the 2 GiB a session takes). */
  maxModelBytes?: number;
}

/** How long fetching the base commit may take; a hung fetch must not hold the job. */
export const FETCH_TIMEOUT_MS = 120_000;

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
const LFS_POINTER = Buffer.from("version https://git-lfs.github.com/spec/v1");
// A pointer file is about 130 bytes; the spec caps it at 1024.
const MAX_LFS_POINTER_BYTES = 1024;
const LFS_FIX = "enable `lfs: true` in actions/checkout and fetch the base's LFS objects (git lfs fetch origin <base sha>)";

export async function baseRevision(options: BaseRevisionOptions): Promise<BaseRevision> {
  if (typeof options.sha !== "string" || !SHA.test(options.sha)) {
    throw new InputError("sha", `must be a full commit id of 40 or 64 hex digits; got ${JSON.stringify(String(options.sha).slice(0, 80))}`);
  }
  const sha = options.sha.toLowerCase();
  const git = new Git(options.git ?? "git");
  const log = options.log ?? (() => {});
  const extraPaths = options.extraPaths ?? [];
  const asked = [...options.paths, ...extraPaths, ...(options.configPath === undefined ? [] : [options.configPath])];
  const result = (files: Map<string, BaseFile>, config: BaseFile | undefined, fetched: boolean, extras: Map<string, BaseFile>, dispose = () => {}): BaseRevision =>
    ({ sha, files, ...(options.configPath === undefined ? {} : { config }), extras, fetched, dispose });
  const allUnavailable = (reason: string): BaseRevision =>
    result(new Map(options.paths.map((p) => [p, { kind: "unavailable", reason }])), { kind: "unavailable", reason }, false, new Map(extraPaths.map((p) => [p, { kind: "unavailable", reason }])));

  // The repository, and the commit in it.
  let cwd: string;
  try {
    cwd = realpathSync(options.cwd);
    if (!statSync(cwd).isDirectory()) return allUnavailable(`${options.cwd} is not a folder`);
  } catch {
    return allUnavailable(`${options.cwd} does not exist`);
  }
  const top = await git.run(["rev-parse", "--show-toplevel"], cwd);
  if (!top.ok) {
    return allUnavailable(top.spawnError ? git.missing(top.spawnError) : `${cwd} is not in a git repository (${top.stderrTail}); check the repository out first (actions/checkout)`);
  }
  const root = top.stdout.toString("utf8").replace(/\n$/, "");
  let fetched = false;
  if (!(await git.run(["cat-file", "-e", `${sha}^{commit}`], root)).ok) {
    // actions/checkout fetches one commit by default: the base is not here. Fetch just that
    // commit; --depth=1 only in a shallow clone, since in a full one it would make it shallow.
    const shallow = (await git.run(["rev-parse", "--is-shallow-repository"], root)).stdout?.toString().trim() === "true";
    log(`base commit ${sha} is not in this checkout${shallow ? " (a shallow clone)" : ""}; fetching it from origin`);
    const fetch = await git.run(["fetch", "--no-tags", ...(shallow ? ["--depth=1"] : []), "origin", sha], root, FETCH_TIMEOUT_MS);
    if (!fetch.ok || !(await git.run(["cat-file", "-e", `${sha}^{commit}`], root)).ok) {
      const why = fetch.timedOut ? `git fetch took over ${FETCH_TIMEOUT_MS / 1000} s` : fetch.ok ? "origin has no such commit" : `git fetch failed: ${fetch.stderrTail}`;
      return allUnavailable(`base commit ${sha} is not in this checkout and could not be fetched from origin (${why}); check out with \`fetch-depth: 0\` in actions/checkout, or let the workflow's token read the repository (permissions: contents: read)`);
    }
    fetched = true;
  }

  const dir = makeTempDir("dnntune-base-");
  const extractor = new Extractor(git, root, sha, dir, options.maxModelBytes ?? MAX_MESSAGE_BYTES);
  const files = new Map<string, BaseFile>();
  const extras = new Map<string, BaseFile>();
  let config: BaseFile | undefined;
  try {
    const where = new Map(asked.map((p) => [p, repoPath(p, cwd, root)]));
    for (const path of options.paths) {
      if (files.has(path)) continue;
      const at = where.get(path)!;
      files.set(path, at.kind === "inside" ? await extractor.model(at.path) : { kind: "unavailable", reason: at.reason });
    }
    for (const path of extraPaths) {
      const at = where.get(path)!;
      extras.set(path, at.kind === "inside" ? await extractor.file(at.path, options.maxModelBytes ?? MAX_MESSAGE_BYTES, "a model export") : { kind: "unavailable", reason: at.reason });
    }
    if (options.configPath !== undefined) {
      const at = where.get(options.configPath)!;
      config = at.kind === "inside" ? await extractor.file(at.path, MAX_CONFIG_BYTES, "a dnntune.yml") : { kind: "unavailable", reason: at.reason };
    }
  } catch (error) {
    removeTemp(dir);
    throw error;
  }
  return result(files, config, fetched, extras, () => removeTemp(dir));
}

/** A path as the caller gave it, made relative to the repository's top folder (with `/`). */
function repoPath(path: string, cwd: string, root: string): { kind: "inside"; path: string } | { kind: "outside"; reason: string } {
  const inside = (absolute: string) => {
    const rel = relative(root, absolute);
    return rel !== "" && rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel) ? rel.split(sep).join("/") : undefined;
  };
  const absolute = resolve(cwd, path);
  let rel = inside(absolute);
  // An absolute path through a symlink (macOS's /var → /private/var) names a file inside all the same.
  if (rel === undefined) {
    try {
      rel = inside(realpathSync(absolute));
    } catch {
      // Nothing there to resolve: it is outside.
    }
  }
  if (rel !== undefined) return { kind: "inside", path: rel };
  return { kind: "outside", reason: relative(root, absolute) === "" ? `${path} is the repository's top folder, not a file` : `${path} lies outside the repository ${root}; give a path inside it` };
}

/** One entry of `git ls-tree -l`. */
interface TreeEntry {
  mode: string;
  type: string;
  oid: string;
  /** Bytes, for a blob. */
  size: number;
}

/** Extracts blobs of one commit into `dir`, each at its path in the repository. */
class Extractor {
  /** null: not in the tree; a string: why it could not be looked up. */
  readonly #entries = new Map<string, TreeEntry | null | string>();
  readonly #done = new Map<string, BaseFile>();

  constructor(
    private readonly git: Git,
    private readonly root: string,
    private readonly sha: string,
    private readonly dir: string,
    private readonly maxModelBytes: number,
  ) {}

  /** Looks up `paths` in the commit's tree. */
  async list(paths: readonly string[]): Promise<void> {
    // One call per path: given `models` and `models/a.onnx` together, ls-tree lists what is in
    // `models` instead of the folder itself.
    for (const path of new Set(paths)) {
      if (this.#entries.has(path)) continue;
      // A model called `v[12].onnx` is that file: ls-tree takes paths literally, and says so.
      const out = await this.git.run(["--literal-pathspecs", "ls-tree", "-z", "-l", "--full-tree", this.sha, "--", path], this.root);
      if (!out.ok) {
        this.#entries.set(path, `git ls-tree failed: ${out.stderrTail}`);
        continue;
      }
      this.#entries.set(path, null);
      for (const record of out.stdout.toString("utf8").split("\0")) {
        const match = /^(\d+) (\w+) ([0-9a-f]+) +(-|\d+)\t(.*)$/s.exec(record);
        if (match?.[5] !== path) continue;
        const [, mode, type, oid, size] = match;
        this.#entries.set(path, { mode: mode!, type: type!, oid: oid!, size: size === "-" ? 0 : Number(size) });
      }
    }
  }

  /** A model and the external data files it references, or why not. */
  async model(path: string): Promise<BaseFile> {
    const model = await this.file(path, this.maxModelBytes, "an ONNX model");
    if (model.kind !== "found") return model;
    let refs;
    try {
      refs = externalDataRefs(readModel(readFileSync(model.path), path).proto);
    } catch (error) {
      return { kind: "unavailable", reason: `${path} at the base commit is not a model dnntune reads: ${(error as Error).message}` };
    }
    const folder = posix.dirname(path);
    const locations = [...new Set(refs.map((r) => r.location))];
    const dataPaths: string[] = [];
    for (const location of locations) {
      // As the session reads them (bench/session-model.ts): relative, inside the model's folder.
      const data = posix.normalize(posix.join(folder, location));
      const inFolder = folder === "." ? !data.startsWith("../") && data !== ".." : data.startsWith(`${folder}/`);
      if (location === "" || posix.isAbsolute(location) || !inFolder) {
        return { kind: "unavailable", reason: `${path} at the base commit keeps tensor data in "${location}", which is not a file inside the model's folder` };
      }
      dataPaths.push(data);
    }
    await this.list(dataPaths);
    let bytesLeft = this.maxModelBytes - statSync(model.path).size;
    for (const data of dataPaths) {
      const extracted = await this.file(data, bytesLeft, "external data");
      if (extracted.kind !== "found") {
        const why = extracted.kind === "new" ? "which does not exist at the base commit" : `which cannot be extracted: ${extracted.reason}`;
        return { kind: "unavailable", reason: `${path} at the base commit keeps tensor data in ${data}, ${why}` };
      }
      bytesLeft -= statSync(extracted.path).size;
    }
    return model;
  }

  /** One regular file of the commit, at most `maxBytes`, written under the temp folder. */
  async file(path: string, maxBytes: number, kind: string): Promise<BaseFile> {
    const done = this.#done.get(path);
    if (done) return done;
    const result = await this.#extract(path, maxBytes, kind);
    this.#done.set(path, result);
    return result;
  }

  async #extract(path: string, maxBytes: number, kind: string): Promise<BaseFile> {
    await this.list([path]);
    const entry = this.#entries.get(path);
    const at = `${path} at the base commit ${this.sha.slice(0, 12)}`;
    if (typeof entry === "string") return { kind: "unavailable", reason: `${at}: ${entry}` };
    if (!entry) return { kind: "new", reason: `${path} does not exist at the base commit ${this.sha.slice(0, 12)}` };
    if (entry.mode === "160000") return { kind: "unavailable", reason: `${at} is a submodule, not ${kind}; give the model's path inside it` };
    if (entry.mode === "120000") return { kind: "unavailable", reason: `${at} is a symbolic link; dnntune extracts regular files only, give the path it points to` };
    if (entry.type !== "blob") return { kind: "unavailable", reason: `${at} is a folder, not ${kind}` };
    if (entry.size > maxBytes) return { kind: "unavailable", reason: `${at} is ${entry.size} bytes, more than the ${maxBytes} dnntune takes for ${kind}` };
    const target = join(this.dir, ...path.split("/"));
    mkdirSync(dirname(target), { recursive: true });
    const written = await this.git.blobTo(entry.oid, target, this.root);
    if (written !== true) return { kind: "unavailable", reason: `${at}: git cat-file failed: ${written}` };
    if (statSync(target).size !== entry.size) return { kind: "unavailable", reason: `${at}: git wrote ${statSync(target).size} bytes of ${entry.size}` };
    if (entry.size <= MAX_LFS_POINTER_BYTES && startsWith(target, LFS_POINTER)) {
      return { kind: "unavailable", reason: `${at} is a Git LFS pointer, not the file; ${LFS_FIX}` };
    }
    return { kind: "found", path: target };
  }
}

function startsWith(file: string, prefix: Buffer): boolean {
  const head = Buffer.alloc(prefix.length);
  const fd = openSync(file, "r");
  try {
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(prefix);
  } finally {
    closeSync(fd);
  }
}

type GitRun =
  | { ok: true; stdout: Buffer; stderrTail: string; timedOut: false; spawnError?: undefined }
  | { ok: false; stdout?: undefined; stderrTail: string; timedOut: boolean; spawnError?: SpawnError };

interface SpawnError {
  code: string;
  message: string;
}

/** The git executable, run without a shell and never prompting for credentials. */
class Git {
  constructor(readonly executable: string) {}

  /** Why git could not be started. */
  missing(error: SpawnError): string {
    return error.code === "ENOENT"
      ? `git (${this.executable}) is not installed or not on PATH; dnntune needs it to read the base commit`
      : `cannot run git (${this.executable}): ${error.message}`;
  }

  run(args: readonly string[], cwd: string, timeoutMs = 30_000): Promise<GitRun> {
    return new Promise((done) => {
      execFile(this.executable, args, { cwd, env: gitEnv(), encoding: "buffer", maxBuffer: 64 * 1024 * 1024, timeout: timeoutMs, windowsHide: true },
        (error, stdout, stderr) => {
          if (!error) return done({ ok: true, stdout, stderrTail: tail(stderr), timedOut: false });
          // A string code is the spawn's own failure (ENOENT); a number is git's exit status.
          const spawnError = typeof error.code === "string" ? { code: error.code, message: error.message } : undefined;
          done({ ok: false, stderrTail: tail(stderr) || error.message, timedOut: error.killed === true && error.signal === "SIGTERM", spawnError });
        });
    });
  }

  /** Streams blob `oid` into `target` (binary-safe, never whole in memory); true, or why not. */
  async blobTo(oid: string, target: string, cwd: string): Promise<true | string> {
    const child = spawn(this.executable, ["cat-file", "blob", oid], { cwd, env: gitEnv(), stdio: ["ignore", "pipe", "pipe"], windowsHide: true });
    const stderr: Buffer[] = [];
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    const exit = new Promise<number | string>((done) => {
      child.on("error", (error) => done(error.message));
      child.on("close", (code, signal) => done(code ?? String(signal)));
    });
    try {
      await pipeline(child.stdout, createWriteStream(target, { flags: "wx" }));
    } catch (error) {
      child.kill();
      await exit;
      return (error as Error).message;
    }
    const code = await exit;
    return code === 0 ? true : tail(Buffer.concat(stderr)) || `exit ${code}`;
  }
}

// A fetch that needs credentials it does not have fails at once instead of waiting on a prompt.
// A global pathspec setting from the environment would make ls-tree refuse every path (glob) or
// clash with --literal-pathspecs.
function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_TERMINAL_PROMPT: "0", GCM_INTERACTIVE: "never" };
  for (const name of ["GIT_GLOB_PATHSPECS", "GIT_NOGLOB_PATHSPECS", "GIT_ICASE_PATHSPECS", "GIT_LITERAL_PATHSPECS"]) delete env[name];
  return env;
}

/** What git said, as one line: its `fatal:` and `error:` lines when it wrote any, else its last lines. */
function tail(stderr: Buffer): string {
  const lines = stderr.toString("utf8").split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "");
  const errors = lines.filter((l) => /^(fatal|error):/.test(l));
  const text = (errors.length > 0 ? errors.slice(0, 3) : lines.slice(-3)).join(" ");
  return text.length > 400 ? `…${text.slice(-399)}` : text;
}
