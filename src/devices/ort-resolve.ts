// Where the action gets onnxruntime-node when the runner has none: the bundled action cannot carry
// its native binaries, so the pinned version is installed once into the runner's tool cache and
// loaded from there. The layout is @actions/tool-cache's (`<root>/<tool>/<version>/<arch>/` plus
// a sibling `<arch>.complete` marker), so other tools see the entry as a normal cached tool.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { DeviceError } from "../errors.js";

export const ORT_TOOL = "onnxruntime-node";

export interface ToolCacheEntry {
  root: string;
  version: string;
  arch: string;
}

/** The folder a version lives in, as @actions/tool-cache's `find` looks for it. */
export function toolCacheDir({ root, version, arch }: ToolCacheEntry): string {
  return join(root, ORT_TOOL, version, arch);
}

/** The marker @actions/tool-cache writes after a folder is complete. */
export function completeMarker(entry: ToolCacheEntry): string {
  return `${toolCacheDir(entry)}.complete`;
}

export function isCached(entry: ToolCacheEntry): boolean {
  return existsSync(toolCacheDir(entry)) && existsSync(completeMarker(entry));
}

/** Installs the package into `dir` (so that `dir/node_modules/onnxruntime-node` exists). */
export type Installer = (dir: string, version: string) => Promise<void>;

export type CacheOutcome = { kind: "cached"; dir: string } | { kind: "installed"; dir: string };

/**
 * The cached folder, installing it first when absent. Safe for two jobs sharing one runner's
 * cache: each installs into its own temp folder beside the final one and renames it into place;
 * rename is atomic, so the final folder only ever holds a complete install, and a loser of the race
 * removes its copy and uses the winner's. The marker is written last, and only by rename too.
 */
export async function ensureCached(entry: ToolCacheEntry, install: Installer): Promise<CacheOutcome> {
  const dir = toolCacheDir(entry);
  if (isCached(entry)) return { kind: "cached", dir };
  const parent = join(entry.root, ORT_TOOL, entry.version);
  mkdirSync(parent, { recursive: true });
  sweepAbandoned(parent, entry.arch);
  const temp = mkdtempSync(join(parent, `.${entry.arch}.tmp-`));
  let kind: CacheOutcome["kind"] = "installed";
  try {
    await install(temp, entry.version);
    try {
      renameSync(temp, dir);
    } catch (error) {
      // Another job got there first (or an earlier job renamed and died before its marker): the
      // folder there came by rename, so it is complete. Use it.
      if (!existsSync(dir)) throw error;
      kind = "cached";
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  const marker = completeMarker(entry);
  if (!existsSync(marker)) {
    const markerTemp = `${marker}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
    writeFileSync(markerTemp, "");
    renameSync(markerTemp, marker);
  }
  return { kind, dir };
}

/** An install that never finished (its job was killed) leaves its temp folder: an hour on, it is rubbish. */
function sweepAbandoned(parent: string, arch: string): void {
  const cutoff = Date.now() - 60 * 60 * 1000;
  for (const name of readdirSync(parent)) {
    if (!name.startsWith(`.${arch}.tmp-`)) continue;
    const path = join(parent, name);
    try {
      if (statSync(path).mtimeMs < cutoff) rmSync(path, { recursive: true, force: true });
    } catch {
      // another job's, just removed
    }
  }
}

/** How long `npm install` may take before the step fails instead of hanging. */
export const INSTALL_TIMEOUT_MS = 5 * 60 * 1000;

/**
 * `npm install` of the pinned version into `dir`. The package's install script only downloads CUDA
 * libraries (and fails offline); the CPU binaries are in the package, so scripts are skipped.
 */
export const npmInstall: Installer = (dir, version) => new Promise((resolve, reject) => {
  const windows = process.platform === "win32";
  execFile(windows ? "npm.cmd" : "npm", ["install", "--ignore-scripts", "--no-audit", "--no-fund", "--no-save", "--prefix", dir, `${ORT_TOOL}@${version}`],
    { env: { ...process.env, ONNXRUNTIME_NODE_INSTALL: "skip" }, shell: windows, maxBuffer: 16 * 1024 * 1024, timeout: INSTALL_TIMEOUT_MS, killSignal: "SIGKILL" },
    (error, _stdout, stderr) => {
      if (!error) return resolve();
      const timedOut = (error as { killed?: boolean }).killed === true;
      const tail = timedOut
        ? `npm did not finish within ${INSTALL_TIMEOUT_MS / 60_000} minutes (is the npm registry reachable from the runner?)`
        : `${stderr}`.trim().split("\n").slice(-3).join(" ") || error.message;
      reject(new DeviceError("local", `install ${ORT_TOOL} ${version} into the tool cache`, tail,
        `the runner needs npm and the npm registry; or install it in an earlier step: ONNXRUNTIME_NODE_INSTALL=skip npm install --ignore-scripts ${ORT_TOOL}@${version}`));
    });
});

/** Imports onnxruntime-node from a folder `ensureCached` made. */
export async function importFrom<T>(dir: string): Promise<T> {
  const require = createRequire(join(dir, "node_modules", ORT_TOOL, "package.json"));
  const main = require.resolve(ORT_TOOL);
  const loaded = await import(pathToFileURL(main).href) as T & { default?: T };
  // A CommonJS package imported from ESM: its exports are `default` (and, when node can tell, named).
  return (loaded.default ?? loaded) as T;
}

export interface ToolCacheOptions {
  root: string;
  version: string;
  log: (line: string) => void;
  /** Defaults to `npmInstall`; tests pass a fake. */
  install?: Installer;
  /** Milliseconds since some fixed point, for the one log line's duration. */
  now?: () => number;
}

/** onnxruntime-node from the tool cache, installed there first if needed; logs one line on what it did. */
export async function loadFromToolCache<T>(options: ToolCacheOptions): Promise<T> {
  const now = options.now ?? Date.now;
  const start = now();
  const entry = { root: options.root, version: options.version, arch: process.arch };
  if (!isCached(entry)) options.log(`${ORT_TOOL} ${options.version} is not installed here: installing it into the tool cache (${toolCacheDir(entry)}) with npm…`);
  const outcome = await ensureCached(entry, options.install ?? npmInstall);
  let ort: T;
  try {
    ort = await importFrom<T>(outcome.dir);
  } catch (error) {
    // Node's "Require stack" lines name our own files; the first line says what is missing.
    throw new DeviceError("local", `load ${ORT_TOOL} ${options.version} from the tool cache`, `${(error as Error).message}`.split("\n")[0]!,
      `delete ${toolCacheDir(entry)} and ${completeMarker(entry)} so the next run installs it afresh`);
  }
  const what = outcome.kind === "installed" ? `installed into the tool cache in ${Math.round((now() - start) / 1000)} s` : "from the tool cache";
  options.log(`${ORT_TOOL} ${options.version}: ${what} (${outcome.dir})`);
  return ort;
}
