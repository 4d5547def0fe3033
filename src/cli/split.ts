// `dnntune split`: read the flags → read the results and dnntune.yml → solve the best splits (and
// where they moved, with a baseline) → write the split file → print the table.
import { parseCommandArgs, type CommandSpec } from "../config/command-options.js";
import { CONFIG_DEFAULTS } from "../config/schema.js";
import { effectiveSettings, flagOverrides, fromFile, withFileValues } from "../config/effective-config.js";
import { configPathOf, EMPTY_CONFIG, splitView } from "../config/read-config.js";
import { CONFIG_OPTION, readConfigOption } from "./config-file.js";
import { readCompareOptions } from "../compare/index.js";
import { InputError } from "../errors.js";
import { splitSummary } from "../report/split-summary.js";
import { splitDiffLines } from "../report/split-diff-lines.js";
import { writtenFiles } from "../report/written-files.js";
import { checkOutputs } from "../results/output-paths.js";
import { readResults } from "../results/read-results.js";
import { writeJsonAtomic } from "../results/write-results.js";
import { splitDiff, type SplitDiff } from "../split/split-diff.js";
import { measuredPower } from "../split/measured-power.js";
import { resolveObjectives, splitModels, SPLIT_OBJECTIVES } from "../split/split-models.js";
import { mulberry32 } from "../stats/rng.js";
import type { Command, Io } from "./io.js";

const DEFAULT_NETWORKS: readonly string[] = CONFIG_DEFAULTS.split.networks;

export const splitSpec: CommandSpec = {
  name: "split",
  summary: "the best mobile–cloud split of every model, per network and objective",
  options: [
    { flag: "mobile", type: "string", placeholder: "FILE", field: "mobile", required: { what: "the mobile device's results file", example: "pixel7.json" }, help: "results of the phone" },
    { flag: "cloud", type: "string", placeholder: "FILE", field: "cloud", required: { what: "the cloud device's results file", example: "server.json" }, help: "results of the cloud host" },
    { flag: "out", type: "string", placeholder: "FILE", field: "out", required: { what: "the split file to write", example: "split.json" }, help: "split file (`dnntune.split/v1`), written atomically" },
    { flag: "network", type: "string", multiple: true, placeholder: "NAME", default: DEFAULT_NETWORKS.join(", "), field: "networks", help: "`wifi`, `lte`, `3g` or a network of `--config`" },
    { flag: "objective", type: "string", multiple: true, placeholder: "NAME", default: SPLIT_OBJECTIVES.join(", "), field: "objectives", help: "`latency` or phone `energy`" },
    { ...CONFIG_OPTION, help: "`dnntune.yml`: networks, each device's power, split pairs, networks and objectives (flags win)" },
    { flag: "no-crossovers", type: "boolean", field: "crossovers", help: "skip the bandwidths at which the best split changes" },
    { flag: "base-mobile", type: "string", placeholder: "FILE", field: "baseMobile", help: "baseline of the phone: say where the best split moved" },
    { flag: "base-cloud", type: "string", placeholder: "FILE", field: "baseCloud", help: "baseline of the cloud host (with `--base-mobile`)" },
    { flag: "threshold", type: "string", placeholder: "PCT", default: "5%", field: "threshold", help: "with a baseline: practical threshold, `5%` or `0.05`" },
  ],
  notes: ["example:", "  dnntune split --mobile pixel7.json --cloud server.json --network wifi --network lte --out split.json"],
};

interface SplitFlags {
  mobile: string;
  cloud: string;
  out: string;
  network?: string[];
  objective?: string[];
  config?: string;
  "no-crossovers"?: boolean;
  "base-mobile"?: string;
  "base-cloud"?: string;
  threshold?: string;
}

async function run(args: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs(args, splitSpec);
  const flags = parsed as unknown as SplitFlags;
  if ((flags["base-mobile"] === undefined) !== (flags["base-cloud"] === undefined)) {
    throw new InputError(flags["base-mobile"] ? "baseCloud" : "baseMobile", (name) => `a split diff needs the baseline of both devices: give ${name("baseMobile")} and ${name("baseCloud")} together`);
  }
  const inputs = { mobile: flags.mobile, cloud: flags.cloud, config: configPathOf(flags.config), baseMobile: flags["base-mobile"], baseCloud: flags["base-cloud"] };
  checkOutputs([{ flag: "out", path: flags.out }], Object.entries(inputs).flatMap(([field, path]) => (path ? [{ flag: field, path }] : [])));
  // Precedence: flags, then dnntune.yml's split and gate sections, then the defaults.
  const file = readConfigOption(flags.config);
  const config = file ? splitView(file.data) : EMPTY_CONFIG;
  const settings = effectiveSettings(file, undefined, flagOverrides(splitSpec, parsed));
  const given = withFileValues(splitSpec, parsed, settings) as unknown as SplitFlags;
  const mobile = readResults(flags.mobile, "mobile");
  const cloud = readResults(flags.cloud, "cloud");
  const pairs = file?.data.split?.pairs ?? [];
  if (pairs.length > 0 && !pairs.some((p) => p.mobile === mobile.device.name && p.cloud === cloud.device.name)) {
    io.stderr(`dnntune: warning: ${mobile.device.name} × ${cloud.device.name} is not one of ${file!.path}'s split.pairs (${pairs.map((p) => `${p.mobile} × ${p.cloud}`).join(", ")})\n`);
  }
  const measured = measuredPower(mobile);
  if (measured) io.stdout(`phone power: ${measured.activeW} W computing, ${measured.idleW} W idle (${measured.source.replace("measured:", "measured by ")}), in place of the declared power\n`);
  const options = {
    networks: given.network ?? DEFAULT_NETWORKS,
    objectives: fromFile(settings, () => resolveObjectives(given.objective ?? SPLIT_OBJECTIVES)),
    userNetworks: config.networks,
    // The phone's meter, when its results measured energy, over its declared power.
    power: measured ?? config.devices[mobile.device.name]?.power,
  };
  const report = splitModels(mobile, cloud, { ...options, ...(flags["no-crossovers"] ? { crossovers: false as const } : {}) });
  // With a baseline of both devices: where the best split moved, with a CI from the layer samples.
  let diff: SplitDiff | undefined;
  if (flags["base-mobile"] && flags["base-cloud"]) {
    const threshold = fromFile(settings, () => readCompareOptions({ threshold: given.threshold }).threshold);
    const base = { mobile: readResults(flags["base-mobile"], "baseMobile"), cloud: readResults(flags["base-cloud"], "baseCloud") };
    diff = splitDiff(base, { mobile, cloud }, { ...options, threshold, rng: mulberry32(1) });
  }
  writeJsonAtomic(flags.out, diff ? { ...report, diff } : report, "out");
  io.stdout(`${[splitSummary(report), ...(diff ? ["", splitDiffLines(diff)] : [])].join("\n")}\n${writtenFiles([{ path: flags.out }])}`);
  return 0;
}

export const split: Command = { spec: splitSpec, run };
