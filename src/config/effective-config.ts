// Precedence, in one place: a CLI flag or an action input wins over dnntune.yml, which wins over
// the built-in default; every effective value remembers where it came from, so `config --print`
// can say it and an error about a value from the file names the file and key, not a flag.
import { FormatError, InputError } from "../errors.js";
import type { CommandSpec, ParsedArgs } from "./command-options.js";
import { keyName, type LoadedConfig } from "./read-config.js";
import { CONFIG_DEFAULTS, type ConfigFile, type DeviceConfigFile } from "./schema.js";
import { closest } from "../validate-file.js";

/** Where an effective value came from. */
export type Source =
  | { from: "default" }
  | { from: "file"; file: string; line?: number }
  | { from: "flag"; flag: string }
  | { from: "input"; input: string };

export function sourceText(source: Source): string {
  switch (source.from) {
    case "default":
      return "default";
    case "file":
      return source.line === undefined ? source.file : `${source.file}:${source.line}`;
    case "flag":
      return `flag ${source.flag}`;
    case "input":
      return `input ${source.input}`;
  }
}

/** One effective value: the file's key, the configuration field flags name it by, the value, its source. */
export interface Setting {
  key: string;
  field: string;
  value: unknown;
  source: Source;
}

/** A value given by the entry (a flag or an action input), by the configuration field it sets. */
export interface Override {
  value: string | string[] | boolean;
  source: Source;
}

const DEVICE = Symbol("the chosen device");

interface SettingSpec {
  key: readonly (string | typeof DEVICE)[];
  field: string;
  /** Undefined: off unless given (max-runs). */
  fallback?: unknown;
}

/** Every value that a flag or input can override, by its key in dnntune.yml and its field. */
export const SETTINGS: readonly SettingSpec[] = [
  { key: ["models"], field: "models", fallback: [] },
  { key: ["bench", "warmup"], field: "warmupRuns", fallback: CONFIG_DEFAULTS.bench.warmup },
  { key: ["bench", "runs"], field: "runs", fallback: CONFIG_DEFAULTS.bench.runs },
  { key: ["bench", "profile-runs"], field: "profileRuns", fallback: CONFIG_DEFAULTS.bench["profile-runs"] },
  { key: ["bench", "max-runs"], field: "maxRuns", fallback: "paired: 10 × runs; otherwise off" },
  { key: ["bench", "time-budget"], field: "timeBudgetS", fallback: CONFIG_DEFAULTS.bench["time-budget"] },
  { key: ["bench", "processes"], field: "processes", fallback: CONFIG_DEFAULTS.bench.processes },
  { key: ["devices", DEVICE, "threads"], field: "threads", fallback: "the device's cores" },
  { key: ["devices", DEVICE, "optimization"], field: "optimization", fallback: "all" },
  { key: ["gate", "threshold"], field: "threshold", fallback: CONFIG_DEFAULTS.gate.threshold },
  { key: ["gate", "alpha"], field: "alpha", fallback: CONFIG_DEFAULTS.gate.alpha },
  { key: ["gate", "min-abs", "model-us"], field: "minAbsModelUs", fallback: CONFIG_DEFAULTS.gate["min-abs"]["model-us"] },
  { key: ["gate", "min-abs", "layer-us"], field: "minAbsLayerUs", fallback: CONFIG_DEFAULTS.gate["min-abs"]["layer-us"] },
  { key: ["gate", "min-abs", "energy-mj"], field: "minAbsEnergyMj", fallback: CONFIG_DEFAULTS.gate["min-abs"]["energy-mj"] },
  { key: ["gate", "fail-on"], field: "failOn", fallback: CONFIG_DEFAULTS.gate["fail-on"] },
  { key: ["gate", "accept-label"], field: "acceptLabel", fallback: CONFIG_DEFAULTS.gate["accept-label"] },
  { key: ["split", "pairs"], field: "pairs", fallback: [] },
  { key: ["split", "networks"], field: "networks", fallback: CONFIG_DEFAULTS.split.networks },
  { key: ["split", "objectives"], field: "objectives", fallback: CONFIG_DEFAULTS.split.objectives },
  { key: ["report", "comment"], field: "comment", fallback: CONFIG_DEFAULTS.report.comment },
  { key: ["report", "top-layers"], field: "topLayers", fallback: CONFIG_DEFAULTS.report["top-layers"] },
  { key: ["report", "charts"], field: "charts", fallback: CONFIG_DEFAULTS.report.charts },
];

/** The device a command runs for: its name and, when dnntune.yml declares it, its settings. */
export interface ChosenDevice {
  name: string;
  config?: DeviceConfigFile;
}

/**
 * `--device NAME` in dnntune.yml's devices. Without a name: the one local device of the file, or
 * `local` (today's default name). A name the file does not declare is refused when the file
 * declares devices (a typo would otherwise bench the runner under the phone's name).
 */
export function chooseDevice(config: ConfigFile | undefined, name: string | undefined, file = "dnntune.yml"): ChosenDevice {
  const devices = config?.devices ?? {};
  const names = Object.keys(devices);
  if (name === undefined) {
    const local = names.filter((n) => devices[n]!.transport === "local");
    if (local.length === 1) return { name: local[0]!, config: devices[local[0]!] };
    if (Object.hasOwn(devices, "local")) return { name: "local", config: devices.local };
    // Several local devices: which one is meant cannot be guessed.
    if (local.length > 1) throw new InputError("deviceName", (flag) => `${file} declares ${local.length} local devices (${local.join(", ")}); choose one with ${flag("deviceName")} NAME`);
    return { name: "local" };
  }
  if (Object.hasOwn(devices, name)) return { name, config: devices[name] };
  if (names.length > 0) {
    const near = closest(name, names);
    throw new InputError("deviceName", `no device "${name}" in ${file}${near !== undefined ? `; did you mean "${near}"?` : ""} (its devices are ${names.join(", ")})`);
  }
  return { name };
}

/** The flags a command was given, as overrides by field: `--runs 50` → runs = "50" from flag --runs. */
export function flagOverrides(spec: CommandSpec, parsed: ParsedArgs): Map<string, Override> {
  const overrides = new Map<string, Override>();
  for (const option of spec.options) {
    const value = parsed[option.flag];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    overrides.set(option.field, { value, source: { from: "flag", flag: `--${option.flag}` } });
  }
  return overrides;
}

/** Every setting's effective value and source: override, then dnntune.yml, then the default. */
export function effectiveSettings(loaded: LoadedConfig | undefined, device: string | undefined, overrides: ReadonlyMap<string, Override>): Setting[] {
  const settings: Setting[] = [];
  for (const spec of SETTINGS) {
    const usesDevice = spec.key.includes(DEVICE);
    const key = spec.key.map((k) => (k === DEVICE ? (device ?? "<device>") : k));
    const override = overrides.get(spec.field);
    const fileValue = loaded && (!usesDevice || device !== undefined) ? valueAt(loaded.data, key) : undefined;
    if (override) settings.push({ key: keyName(key), field: spec.field, value: override.value, source: override.source });
    else if (fileValue !== undefined) settings.push({ key: keyName(key), field: spec.field, value: spec.field === "models" ? modelPaths(fileValue) : fileValue, source: { from: "file", file: loaded!.path, ...lineOf(loaded!, key) } });
    else settings.push({ key: keyName(key), field: spec.field, value: spec.fallback, source: { from: "default" } });
  }
  return settings;
}

/**
 * The command's parsed flags with the file's values filled in where no flag was given, as the
 * text a flag would carry, so the command's own parsing (bounds, words) reads both alike.
 */
export function withFileValues(spec: CommandSpec, parsed: ParsedArgs, settings: readonly Setting[]): ParsedArgs {
  const merged: ParsedArgs = { ...parsed };
  for (const setting of settings) {
    if (setting.source.from !== "file") continue;
    const option = spec.options.find((o) => o.field === setting.field);
    if (!option) continue;
    const value = setting.value;
    merged[option.flag] = option.multiple
      ? (Array.isArray(value) ? value : [value]).map(String)
      : String(value);
  }
  return merged;
}

/**
 * Runs `read`; an InputError about a field whose value came from dnntune.yml becomes a
 * FormatError naming the file and key (`dnntune.yml: bench.runs: …`), since no flag was typed.
 */
export function fromFile<T>(settings: readonly Setting[], read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const setting = settings.find((s) => s.field === error.field && s.source.from === "file");
    if (!setting || setting.source.from !== "file") throw error;
    const detail = error.describe(() => "").replace(/^:\s*/, "");
    throw new FormatError(setting.source.file, setting.key, setting.source.line === undefined ? detail : `${detail} (line ${setting.source.line})`);
  }
}

/** The setting of `field`. */
export function settingOf(settings: readonly Setting[], field: string): Setting {
  const setting = settings.find((s) => s.field === field);
  if (!setting) throw new TypeError(`no setting ${field}`);
  return setting;
}

// The models setting holds what `--model` would: paths (an entry's other keys stay in the file).
function modelPaths(models: unknown): unknown {
  return Array.isArray(models) ? models.map((m: unknown) => (typeof m === "object" && m !== null && "path" in m ? (m as { path: unknown }).path : m)) : models;
}

function valueAt(data: unknown, key: readonly string[]): unknown {
  let value = data;
  for (const k of key) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, k)) return undefined;
    value = (value as Record<string, unknown>)[k];
  }
  return value;
}

function lineOf(loaded: LoadedConfig, key: readonly string[]): { line?: number } {
  const line = loaded.lineOf(key);
  return line === undefined ? {} : { line };
}
