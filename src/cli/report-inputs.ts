// What `dnntune gate` and `dnntune report` share: the options that name the comparison, the split
// and the policy, and reading them into the report's input: flags, then dnntune.yml's gate and
// report sections, then the defaults → the comparison and split files → the gate's decision.
import type { OptionSpec, ParsedArgs, CommandSpec } from "../config/command-options.js";
import { effectiveSettings, flagOverrides, fromFile, settingOf, withFileValues } from "../config/effective-config.js";
import { CONFIG_DEFAULTS } from "../config/schema.js";
import { readComparison } from "../compare/read-comparison.js";
import { InputError } from "../errors.js";
import { decideGate } from "../gate/decide-gate.js";
import { readGatePolicy } from "../gate/read-gate-policy.js";
import type { ReportInput } from "../gate/types.js";
import type { CommentOptions } from "../report/markdown/render-comment.js";
import { checkOutputs, type FlagPath } from "../results/output-paths.js";
import { readSplit } from "../split/read-split.js";
import type { SplitReport } from "../split/schema.js";
import type { SplitDiff } from "../split/split-diff.js";
import { CONFIG_OPTION, readConfigOption } from "./config-file.js";

/** The options both commands take, in the order help lists them. */
export const REPORT_INPUT_OPTIONS: readonly OptionSpec[] = [
  { flag: "comparison", type: "string", placeholder: "FILE", field: "comparison", required: { what: "the comparison file", example: "comparison.json" }, help: "comparison written by `dnntune compare --out`" },
  { flag: "split", type: "string", placeholder: "FILE", field: "split", help: "split file written by `dnntune split --out`; with its baseline (`--base-mobile`, `--base-cloud`) it says where the best split moved" },
  { ...CONFIG_OPTION, help: "`dnntune.yml`: gate.fail-on, gate.accept-label, gate.threshold, report.top-layers, report.charts (flags win)" },
  { flag: "fail-on", type: "string", placeholder: "LIST", default: CONFIG_DEFAULTS.gate["fail-on"].join(","), field: "failOn", help: "confirmed regressions of these fail the gate: `latency`, `energy`, `split`, `layers`, separated by commas" },
  { flag: "accept", type: "boolean", field: "accepted", help: "the accept label is on the pull request: a failing gate passes, as accepted" },
  { flag: "accept-label", type: "string", placeholder: "LABEL", default: CONFIG_DEFAULTS.gate["accept-label"], field: "acceptLabel", help: "the label that accepts a failing change; the comment names it" },
  { flag: "top-layers", type: "string", placeholder: "N", default: String(CONFIG_DEFAULTS.report["top-layers"]), field: "topLayers", help: "layers listed per model × device, the most changed first (0 to 100)" },
  { flag: "report-url", type: "string", placeholder: "URL", field: "fullReportUrl", help: "where the full report is (an artifact's URL or a file name): a comment shortened to fit points there" },
];

interface ReportInputFlags {
  comparison: string;
  split?: string;
  config?: string;
  "fail-on"?: string;
  accept?: boolean;
  "accept-label"?: string;
  "top-layers"?: string;
  "report-url"?: string;
}

export interface ReadReportInput {
  input: ReportInput;
  comment: CommentOptions;
}

/**
 * Reads dnntune.yml, checks that `outputs` can be written and are none of the inputs, then reads
 * the comparison and split files and decides the gate.
 */
export function readReportInput(spec: CommandSpec, parsed: ParsedArgs, outputs: readonly FlagPath[], otherInputs: readonly FlagPath[] = []): ReadReportInput {
  const given = parsed as unknown as ReportInputFlags;
  const file = readConfigOption(given.config);
  // Precedence: flags, then dnntune.yml's gate and report sections, then the defaults.
  const settings = effectiveSettings(file, undefined, flagOverrides(spec, parsed));
  const flags = withFileValues(spec, parsed, settings) as unknown as ReportInputFlags;
  const policy = fromFile(settings, () => readGatePolicy({
    failOn: flags["fail-on"],
    acceptLabel: flags["accept-label"],
    accepted: flags.accept === true,
    threshold: settingOf(settings, "threshold").value as string | number,
  }));
  const comment: CommentOptions = {
    topLayers: fromFile(settings, () => readTopLayers(flags["top-layers"])),
    charts: settingOf(settings, "charts").value !== false,
  };
  const inputs: FlagPath[] = [
    { flag: "comparison", path: flags.comparison },
    ...(flags.split ? [{ flag: "split", path: flags.split }] : []),
    ...(file ? [{ flag: "config", path: file.path }] : []),
    ...otherInputs,
  ];
  checkOutputs(outputs, inputs);
  const comparison = readComparison(flags.comparison, "comparison");
  // A split file is the head's splits and, when it had a baseline, where they moved (its diff).
  let split: SplitDiff | undefined;
  let splitReport: SplitReport | undefined;
  if (flags.split) {
    const { diff, ...report } = readSplit(flags.split, "split");
    split = diff;
    splitReport = report;
  }
  // The threshold the verdicts were judged at is the comparison's, whatever dnntune.yml says now.
  if (comparison.judgedAt) policy.threshold = comparison.judgedAt.threshold;
  const input: ReportInput = {
    comparison,
    ...(split ? { split } : {}),
    ...(splitReport ? { splitReport } : {}),
    decision: decideGate(comparison, split, policy),
    ...(flags["report-url"] ? { fullReportUrl: flags["report-url"] } : {}),
  };
  return { input, comment };
}

function readTopLayers(text: string | undefined): number {
  if (text === undefined) return CONFIG_DEFAULTS.report["top-layers"];
  const n = /^\s*\d{1,3}\s*$/.test(text) ? Number(text) : Number.NaN;
  if (!(n >= 0 && n <= 100)) throw new InputError("topLayers", `must be an integer from 0 to 100; got ${JSON.stringify(text)}`);
  return n;
}
