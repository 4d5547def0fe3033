// `dnntune config`: read dnntune.yml (all its problems at once) → with `--print`, the effective
// configuration and where each value came from, with the same flags the other commands take.
import { parseCommandArgs, type CommandSpec, type OptionSpec } from "../config/command-options.js";
import { chooseDevice, effectiveSettings, flagOverrides, type Setting } from "../config/effective-config.js";
import { benchConfig } from "../config/bench-args.js";
import { keyName, splitView, type LoadedConfig } from "../config/read-config.js";
import { readCompareOptions } from "../compare/index.js";
import { resolveNetworks } from "../split/resolve-networks.js";
import { resolveObjectives } from "../split/split-models.js";
import { InputError } from "../errors.js";
import { effectiveConfigText } from "../report/effective-config-text.js";
import { benchSpec } from "./bench.js";
import { compareSpec } from "./compare.js";
import { CONFIG_OPTION, readConfigOption } from "./config-file.js";
import type { Command, Io } from "./io.js";
import { splitSpec } from "./split.js";

// The flags that override dnntune.yml, as the commands that use them declare them.
const OVERRIDES: readonly OptionSpec[] = [
  ...pick(benchSpec, ["model", "runs", "warmup", "profile-runs", "max-runs", "processes", "threads", "optimization", "threshold", "alpha"]),
  ...pick(compareSpec, ["min-abs-us", "min-abs-layer-us"]),
  ...pick(splitSpec, ["network", "objective"]),
];

export const configSpec: CommandSpec = {
  name: "config",
  summary: "check dnntune.yml; with --print, show the effective configuration and where each value came from",
  options: [
    { flag: "print", type: "boolean", field: "print", help: "print every effective value with its source: `default`, `dnntune.yml:LINE`, `flag --NAME`" },
    CONFIG_OPTION,
    { flag: "device", type: "string", placeholder: "NAME", field: "deviceName", help: "show this device of `--config` (default: its one local device)" },
    ...OVERRIDES.map((o) => ({ ...o, help: `as in \`dnntune ${commandOf(o)}\`: ${o.help}` })),
  ],
  notes: ["examples:", "  dnntune config", "  dnntune config --print --device pixel7 --runs 50"],
};

async function run(args: string[], io: Io): Promise<number> {
  const flags = parseCommandArgs(args, configSpec);
  const file = readConfigOption(flags.config as string | undefined);
  if (!flags.print) {
    if (!file) throw new InputError("config", "no dnntune.yml here; give --config FILE");
    const data = file.data;
    const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
    io.stdout(`${file.path}: valid (${count((data.models ?? []).length, "model")}, ${count(Object.keys(data.devices ?? {}).length, "device")}, ${count(Object.keys(data.networks ?? {}).length, "network")})\n`);
    return 0;
  }
  const device = chooseDevice(file?.data, flags.device as string | undefined, file?.path);
  checkOverrides(flags as Record<string, string | string[] | undefined>, file);
  const settings = effectiveSettings(file, device.config ? device.name : undefined, flagOverrides(configSpec, flags));
  io.stdout(effectiveConfigText({
    ...(file ? { file: file.path } : {}),
    device: { name: device.name, declared: device.config !== undefined },
    declared: file ? declaredKeys(file, device.config ? device.name : undefined, settings) : [],
    settings,
  }));
  return 0;
}

// The chosen device's own keys (transport, tool, …) and, when the models come from the file,
// each entry: one line per leaf, with its line in the file.
function declaredKeys(file: LoadedConfig, device: string | undefined, settings: readonly Setting[]): Setting[] {
  const rows: Setting[] = [];
  const leaves = (value: unknown, key: (string | number)[]) => {
    if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) leaves(v, [...key, k]);
      return;
    }
    // The device's threads and optimization are settings (a flag may override them).
    if (settings.some((s) => s.key === keyName(key))) return;
    const line = file.lineOf(key);
    rows.push({ key: keyName(key), field: "", value, source: { from: "file", file: file.path, ...(line === undefined ? {} : { line }) } });
  };
  if (device !== undefined) leaves(file.data.devices?.[device], ["devices", device]);
  if (settings.find((s) => s.field === "models")?.source.from === "file") {
    (file.data.models ?? []).forEach((model, i) => leaves(model, ["models", i]));
  }
  return rows;
}

/**
 * The overriding flags go through the readers of the commands that take them, so `--print` shows
 * only values those commands would accept (the file's values are checked by its schema already).
 */
function checkOverrides(flags: Record<string, string | string[] | undefined>, file: LoadedConfig | undefined): void {
  const one = (flag: string) => flags[flag] as string | undefined;
  // --max-runs alone has no base to judge against here; its bounds are checked by its own reader.
  const maxRuns = one("max-runs");
  benchConfig({
    model: ["model.onnx"], out: "results.json",
    runs: one("runs"), warmup: one("warmup"), "profile-runs": one("profile-runs"), threads: one("threads"), optimization: one("optimization"),
    ...(maxRuns !== undefined ? { "max-runs": maxRuns, "base-threads": "1" } : { processes: one("processes") }),
  });
  if (maxRuns !== undefined && one("processes") !== undefined) benchConfig({ model: ["model.onnx"], out: "results.json", processes: one("processes") });
  readCompareOptions({ threshold: one("threshold"), alpha: one("alpha"), minAbsModelUs: one("min-abs-us"), minAbsLayerUs: one("min-abs-layer-us") });
  const objectives = flags.objective as string[] | undefined;
  if (objectives) resolveObjectives(objectives);
  const networks = flags.network as string[] | undefined;
  if (networks) resolveNetworks(networks, file ? splitView(file.data).networks : []);
}

function pick(spec: CommandSpec, flags: readonly string[]): OptionSpec[] {
  return flags.map((flag) => {
    const option = spec.options.find((o) => o.flag === flag);
    if (!option) throw new TypeError(`dnntune ${spec.name} has no --${flag}`);
    return option;
  });
}

function commandOf(option: OptionSpec): string {
  return [benchSpec, compareSpec, splitSpec].find((spec) => spec.options.includes(option))!.name;
}

export const configCommand: Command = { spec: configSpec, run };
