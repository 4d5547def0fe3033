// `dnntune compare`: read the flags → read both sides' results → compare → write the comparison
// → print the summary; exit 1 on a regression only when asked to.
import { parseCommandArgs, type CommandSpec } from "../config/command-options.js";
import { compare, DEFAULT_COMPARE_OPTIONS, gatedRegressions, readCompareOptions } from "../compare/index.js";
import { effectiveSettings, flagOverrides, fromFile, settingOf, withFileValues } from "../config/effective-config.js";
import { CONFIG_OPTION, readConfigOption } from "./config-file.js";
import { InputError } from "../errors.js";
import { comparisonSummary } from "../report/comparison-summary.js";
import { writtenFiles } from "../report/written-files.js";
import { checkOutputs } from "../results/output-paths.js";
import { readResults } from "../results/read-results.js";
import { writeJsonAtomic } from "../results/write-results.js";
import type { Command, Io } from "./io.js";

export const compareSpec: CommandSpec = {
  name: "compare",
  summary: "compare head results with base results: a verdict per model, device and layer",
  options: [
    { flag: "base", type: "string", multiple: true, placeholder: "FILE", field: "baseFiles", required: { what: "the baseline results file(s)", example: "base.json" }, help: "baseline results; several files are replicate processes" },
    { flag: "head", type: "string", multiple: true, placeholder: "FILE", field: "headFiles", required: { what: "the head results file(s)", example: "head.json" }, help: "head results; several files are replicate processes" },
    { flag: "out", type: "string", placeholder: "FILE", field: "out", required: { what: "the comparison file to write", example: "comparison.json" }, help: "comparison file (`dnntune.comparison/v1`), written atomically" },
    { flag: "threshold", type: "string", placeholder: "PCT", default: "5%", field: "threshold", help: "practical threshold: `5%` or `0.05` (a bare `5` is refused)" },
    { flag: "alpha", type: "string", placeholder: "A", default: String(DEFAULT_COMPARE_OPTIONS.alpha), field: "alpha", help: "family-wise error rate (Holm) for models, false discovery rate for layers" },
    { flag: "min-abs-us", type: "string", placeholder: "US", default: String(DEFAULT_COMPARE_OPTIONS.minAbsModelUs), field: "minAbsModelUs", help: "the estimated change of a model (ratio − 1 × base median) must pass this many µs to be flagged" },
    { flag: "min-abs-layer-us", type: "string", placeholder: "US", default: String(DEFAULT_COMPARE_OPTIONS.minAbsLayerUs), field: "minAbsLayerUs", help: "the same for a layer" },
    { flag: "max-busy-cores", type: "string", placeholder: "C", default: String(DEFAULT_COMPARE_OPTIONS.maxBusyCores), field: "maxBusyCores", help: "a run timed while other programs used more cores than this calls no regression or improvement" },
    { flag: "stored-baseline", type: "string", placeholder: "TEXT", field: "storedBaseline", help: "where the bases not interleaved with the head come from (`main at abc1234`): the report marks each verdict paired or stored" },
    { ...CONFIG_OPTION, help: "`dnntune.yml`: its gate's threshold, alpha and min-abs (flags win)" },
    { flag: "fail-on-regression", type: "boolean", field: "failOnRegression", help: "exit 1 when an endpoint that `gate.fail-on` names regressed (default: a model's latency and energy)" },
  ],
  notes: ["example:", "  dnntune compare --base main.json --head pr.json --out comparison.json --fail-on-regression"],
};

interface CompareFlags {
  base: string[];
  head: string[];
  out: string;
  threshold?: string;
  alpha?: string;
  "min-abs-us"?: string;
  "min-abs-layer-us"?: string;
  "max-busy-cores"?: string;
  "fail-on-regression"?: boolean;
  "stored-baseline"?: string;
}

async function run(args: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs(args, compareSpec);
  // Precedence: flags, then dnntune.yml's gate section, then the defaults.
  const file = readConfigOption(parsed.config as string | undefined);
  const settings = effectiveSettings(file, undefined, flagOverrides(compareSpec, parsed));
  const flags = withFileValues(compareSpec, parsed, settings) as unknown as CompareFlags;
  const options = fromFile(settings, () => readCompareOptions({
    threshold: flags.threshold,
    alpha: flags.alpha,
    minAbsModelUs: flags["min-abs-us"],
    minAbsLayerUs: flags["min-abs-layer-us"],
    maxBusyCores: flags["max-busy-cores"],
    baseFiles: flags.base,
    headFiles: flags.head,
  }));
  checkOutputs([{ flag: "out", path: flags.out }], [...flags.base.map((path) => ({ flag: "baseFiles", path })), ...flags.head.map((path) => ({ flag: "headFiles", path })), ...(file ? [{ flag: "config", path: file.path }] : [])]);
  const base = flags.base.map((file) => readResults(file, "baseFiles"));
  const head = flags.head.map((file) => readResults(file, "headFiles"));
  const stored = flags["stored-baseline"];
  if (stored !== undefined && (stored.trim() === "" || stored.length > 300 || /[\r\n]/.test(stored))) {
    throw new InputError("storedBaseline", `must be one line of 1 to 300 characters; got ${stored.length} characters${/[\r\n]/.test(stored) ? " with a line break" : ""}`);
  }
  const comparison = { ...compare(base, head, options), ...(stored !== undefined ? { storedBaseline: stored.trim() } : {}) };
  writeJsonAtomic(flags.out, comparison, "out");
  io.stdout(`${comparisonSummary(comparison)}\n${writtenFiles([{ path: flags.out }])}`);
  const failOn = [settingOf(settings, "failOn").value].flat() as string[];
  return gatedRegressions(comparison, failOn).length > 0 && flags["fail-on-regression"] ? 1 : 0;
}

export const compareCommand: Command = { spec: compareSpec, run };
