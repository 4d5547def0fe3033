// dnntune.yml → the validated configuration file. Reading is bounded (size, aliases, nesting) and
// every problem of the file is reported at once, one line each, naming the field, what was
// expected and what was got: `dnntune.yml: networks.office.uplink-mbps: must be a positive
// number; got 0`. Relative paths in the file are relative to the file's folder.
import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { isScalar, LineCounter, parseDocument, visit, type Document } from "yaml";
import { FormatError, type Problem } from "../errors.js";
import { readTextFile } from "../read-file.js";
import { formatPath, validateFile } from "../validate-file.js";
import { configProblems, modelPathProblems, type MatchModels } from "./check-config.js";
import type { Network } from "./network.js";
import { configSchema, type ConfigFile } from "./schema.js";

export interface DevicePowerConfig {
  activeW?: number;
  idleW?: number;
}

/** The parts of the configuration the split stage reads: user networks and each device's power. */
export interface DnntuneConfig {
  networks: Network[];
  devices: Record<string, { power: DevicePowerConfig }>;
}

export const EMPTY_CONFIG: DnntuneConfig = { networks: [], devices: {} };

/** A dnntune.yml is a few kilobytes; anything near this is not one. */
export const MAX_CONFIG_BYTES = 1024 * 1024;
/** Aliases expanded at most: a few are handy, thousands are an alias bomb ("billion laughs"). */
export const MAX_CONFIG_ALIASES = 100;
/** The file `--config` defaults to, when it exists. */
export const DEFAULT_CONFIG_FILE = "dnntune.yml";

/** A read dnntune.yml: its path, its validated content (paths resolved), and where each key is. */
export interface LoadedConfig {
  /** The path as given (`dnntune.yml`), for messages and provenance. */
  path: string;
  data: ConfigFile;
  /** The 1-based line of a key's value (`["bench", "runs"]`), when the file has it. */
  lineOf: (path: readonly (string | number)[]) => number | undefined;
}

/** `--config FILE`, or ./dnntune.yml when it exists, or nothing. */
export function configPathOf(given: string | undefined, cwd = process.cwd()): string | undefined {
  if (given !== undefined) return given;
  return existsSync(join(cwd, DEFAULT_CONFIG_FILE)) ? DEFAULT_CONFIG_FILE : undefined;
}

/**
 * Reads, validates and checks `path`, resolving relative paths; with `match`, model paths and
 * globs are checked against the file system too.
 */
export function loadConfig(path: string, match?: MatchModels, cwd = process.cwd()): LoadedConfig {
  const text = readTextFile(cwd === process.cwd() ? path : resolve(cwd, path), { input: "config", maxBytes: MAX_CONFIG_BYTES, kind: "a dnntune.yml" });
  const { value, document, lines } = parseYaml(text, path);
  const dir = dirname(resolve(cwd, path));
  const raw = value ?? {};
  checkSizes(raw, path);
  const data = validateFile(configSchema, raw, path, [...configProblems(raw), ...(match ? modelPathProblems(raw, dir, match) : [])]);
  resolvePaths(data, dir, cwd);
  return {
    path,
    data,
    lineOf: (keys) => {
      const node = document.getIn(keys, true) as { range?: [number, number, number] } | undefined;
      return node?.range ? lines.linePos(node.range[0]).line : undefined;
    },
  };
}

/** The split stage's view of `path`. */
export function readConfig(path: string): DnntuneConfig {
  return splitView(loadConfig(path).data);
}

/** A parsed dnntune.yml, validated (pure: model globs are checked by loadConfig), in the split stage's view. */
export function parseConfig(value: unknown, file: string): DnntuneConfig {
  return splitView(parseConfigFile(value, file));
}

/** The text of a dnntune.yml, parsed and validated; no file system access (model paths unchecked). */
export function parseConfigText(text: string, file: string): ConfigFile {
  return parseConfigFile(parseYaml(text, file).value ?? {}, file);
}

/** A parsed dnntune.yml, validated and checked across fields; no file system access. */
export function parseConfigFile(value: unknown, file: string): ConfigFile {
  return validateFile(configSchema, value, file, configProblems(value));
}

export function splitView(config: ConfigFile): DnntuneConfig {
  const networks = Object.entries(config.networks ?? {}).map(([name, n]): Network => ({
    name,
    uplinkMbps: n["uplink-mbps"],
    downlinkMbps: n["downlink-mbps"],
    rttMs: n["rtt-ms"],
    // Constant radio power unless given; 1.2 W / 0.9 W is DNNTune's Wi-Fi figure.
    radio: { kind: "constant", upW: n["radio-up-w"] ?? 1.2, downW: n["radio-down-w"] ?? 0.9 },
  }));
  const devices: DnntuneConfig["devices"] = {};
  for (const [name, device] of Object.entries(config.devices ?? {})) {
    const power = device.power ?? {};
    devices[name] = {
      power: {
        ...(power["active-w"] !== undefined ? { activeW: power["active-w"] } : {}),
        ...(power["idle-w"] !== undefined ? { idleW: power["idle-w"] } : {}),
      },
    };
  }
  return { networks, devices };
}

// YAML → a plain value. Syntax errors and duplicate keys are one line each with their line; the
// alias limit stops a billion-laughs file before it expands.
function parseYaml(text: string, file: string): { value: unknown; document: Document; lines: LineCounter } {
  const lines = new LineCounter();
  let document: Document;
  try {
    document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    if (error instanceof RangeError) throw new FormatError(file, undefined, `nested deeper than ${MAX_CONFIG_DEPTH} levels; no dnntune.yml is`);
    throw new FormatError(file, undefined, `not valid YAML (${firstLine(error)})`);
  }
  if (document.errors.some((e) => /call stack/i.test(e.message))) throw new FormatError(file, undefined, `nested deeper than ${MAX_CONFIG_DEPTH} levels; no dnntune.yml is`);
  if (document.errors.length > 0) {
    throw FormatError.of(file, document.errors.map((e): Problem => {
      const line = lines.linePos(e.pos[0]).line;
      const key = /^[^:\n]*/.exec(text.slice(e.pos[0]))![0].trim().slice(0, 60);
      const message = e.code === "DUPLICATE_KEY" ? `duplicate key ${JSON.stringify(key)} at line ${line}; each key may appear once in a mapping` : `not valid YAML at line ${line} (${firstLine(e)})`;
      return { field: undefined, message };
    }));
  }
  // `__proto__` would set the object's prototype instead of a key, and vanish: refuse it by name.
  const problems: Problem[] = [];
  visit(document, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === "__proto__") {
        problems.push({ field: undefined, message: `key "__proto__" at line ${lines.linePos(pair.key.range?.[0] ?? 0).line} is not allowed` });
      }
    },
  });
  if (problems.length > 0) throw FormatError.of(file, problems);
  try {
    const value: unknown = document.toJS({ maxAliasCount: MAX_CONFIG_ALIASES });
    checkShape(value, file);
    return { value, document, lines };
  } catch (error) {
    if (error instanceof FormatError) throw error;
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      throw new FormatError(file, undefined, `its aliases expand past ${MAX_CONFIG_ALIASES} nodes (an alias bomb?); write the values out`);
    }
    if (error instanceof RangeError) throw new FormatError(file, undefined, "nested too deeply to be a dnntune.yml");
    throw new FormatError(file, undefined, `not valid YAML (${firstLine(error)})`);
  }
}

/** Deeper than this, no dnntune.yml is: its schema nests six levels. */
const MAX_CONFIG_DEPTH = 64;

// An alias inside the mapping it names (`a: &a { b: *a }`) makes a cycle that every later reader
// (the schema, JSON, the printer) would follow forever; nesting is bounded like JSON's.
function checkShape(value: unknown, file: string, ancestors = new Set<object>(), done = new Set<object>()): void {
  if (typeof value !== "object" || value === null || done.has(value)) return;
  if (ancestors.has(value)) throw new FormatError(file, undefined, "an alias refers to a mapping or list that contains it (a cycle); write the values out");
  if (ancestors.size >= MAX_CONFIG_DEPTH) throw new FormatError(file, undefined, `nested deeper than ${MAX_CONFIG_DEPTH} levels; no dnntune.yml is`);
  ancestors.add(value);
  const children = value instanceof Map ? [...value.keys(), ...value.values()] : value instanceof Set ? [...value] : Object.values(value);
  for (const child of children) checkShape(child, file, ancestors, done);
  ancestors.delete(value);
  done.add(value);
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0]!.slice(0, 200);
}

// Paths in the file are relative to the file; the rest of dnntune reads them relative to the
// working folder. Kept relative when the file is below it, so results record `models/m.onnx`.
function resolvePaths(data: ConfigFile, dir: string, cwd: string): void {
  const fix = (path: string) => {
    if (isAbsolute(path)) return path;
    const absolute = join(dir, path);
    const fromCwd = relative(cwd, absolute);
    return fromCwd === "" ? "." : fromCwd.startsWith("..") || isAbsolute(fromCwd) ? absolute : fromCwd;
  };
  for (const model of data.models ?? []) {
    model.path = fix(model.path);
    for (const [tool, sibling] of Object.entries(model.siblings ?? {})) (model.siblings as Record<string, string>)[tool] = fix(sibling);
  }
  for (const device of Object.values(data.devices ?? {})) {
    // A program on this runner given as a path (not a name looked up on PATH) is the file's too.
    if (device.transport === "local" && device.binary !== undefined && device.binary.includes("/")) device.binary = fix(device.binary);
    if (device.transport !== "ssh") continue;
    if (device.identity !== undefined) device.identity = fix(device.identity);
    if (device["ssh-config"] !== undefined) device["ssh-config"] = fix(device["ssh-config"]);
  }
}

/** `devices.pixel7.transport` for a key path. */
export function keyName(path: readonly (string | number)[]): string {
  return formatPath(path) ?? "";
}

/** How many entries a section may hold: far past any fleet, and checked before the schema walks them. */
export const MAX_CONFIG_ENTRIES = { models: 1000, devices: 200, networks: 200 } as const;

// A file under the byte limit can still hold thousands of entries, each checked and, for models,
// matched against the file system; refuse those at once rather than spend seconds on them.
function checkSizes(raw: unknown, file: string): void {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return;
  const problems: Problem[] = [];
  for (const [section, max] of Object.entries(MAX_CONFIG_ENTRIES)) {
    const value = (raw as Record<string, unknown>)[section];
    const count = Array.isArray(value) ? value.length : typeof value === "object" && value !== null ? Object.keys(value).length : 0;
    if (count > max) problems.push({ field: section, message: `holds ${count} entries; at most ${max}` });
  }
  // Names that every JavaScript object inherits cannot name a device or a network.
  for (const section of ["devices", "networks"] as const) {
    const value = (raw as Record<string, unknown>)[section];
    if (typeof value !== "object" || value === null || Array.isArray(value)) continue;
    for (const name of Object.keys(value)) {
      if (RESERVED_NAMES.has(name)) problems.push({ field: `${section}.${name}`, message: `"${name}" is a reserved name; choose another` });
    }
  }
  if (problems.length > 0) throw FormatError.of(file, problems);
}

const RESERVED_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));
