// The top of the comment, what a reviewer reads first: the verdict with its mark, the counts,
// where the verdicts came from (pairs, processes, single runs), the reasons most severe first,
// and what to do next. Bounded, so that it always fits whatever the models hold.
import { gatedCount } from "../../gate/decide-gate.js";
import type { GateDecision, GateReason, ReportInput } from "../../gate/types.js";
import type { SplitDiff } from "../../split/split-diff.js";
import { inlineCode, plainText } from "./escape.js";

/** Reasons listed in the headline; the rest are counted. */
export const HEADLINE_REASONS = 10;

const MARK: Record<GateReason["severity"], string> = { fail: "❌", warn: "⚠️", info: "ℹ️" };

export function headline(input: ReportInput): string {
  const { decision } = input;
  const shown = decision.reasons.slice(0, HEADLINE_REASONS);
  const more = decision.reasons.length - shown.length;
  return [
    `### ${title(decision)}`,
    "",
    countsLine(decision, input.split),
    ...(shown.length > 0 ? ["", ...shown.map((r) => `- ${MARK[r.severity]} ${plainText(r.message)}`), ...(more > 0 ? [`- … and ${more} more`] : [])] : []),
    ...nextStep(decision).map((line) => `\n${line}`),
  ].join("\n");
}

function title(decision: GateDecision): string {
  const failing = gatedCount(decision);
  const warnings = decision.reasons.filter((r) => r.severity === "warn").length;
  switch (decision.verdict) {
    case "fail":
      return `❌ DNNTune: ${plural(failing, "regression")} ${failing === 1 ? "fails" : "fail"} the gate`;
    case "accepted":
      return `⚠️ DNNTune: ${plural(failing, "regression")} accepted`;
    case "no-baseline":
      return "⚠️ DNNTune: no baseline, nothing compared";
    case "pass": {
      const c = decision.counts;
      // Nothing decided is not "no regression": say so before anything else.
      if (c.regressions + c.improvements + c.equivalent === 0 && c.inconclusive > 0) return `⚠️ DNNTune: nothing decided, ${plural(c.inconclusive, "endpoint")} inconclusive`;
      const notGated = c.regressions > 0 ? ` (${plural(c.regressions, "regression")} not gated)` : "";
      return warnings > 0 ? `⚠️ DNNTune: no gated regression found${notGated}, ${plural(warnings, "warning")}` : `✅ DNNTune: no gated regression${notGated}`;
    }
    default:
      return unreachable(decision.verdict);
  }
}

/** `3 models on 2 devices: 1 regression, … · verdicts from paired runs (5), single runs (1)`. */
function countsLine(decision: GateDecision, split: SplitDiff | undefined): string {
  const c = decision.counts;
  const verdicts = [
    plural(c.regressions, "regression"),
    plural(c.improvements, "improvement"),
    `${c.equivalent} equivalent`,
    `${c.inconclusive} inconclusive`,
    ...(c.missing > 0 ? [`${c.missing} without a baseline`] : []),
  ].join(", ");
  const modes = [
    ...(decision.modes.pairs > 0 ? [`paired runs (${decision.modes.pairs})`] : []),
    ...(decision.modes.processes > 0 ? [`replicate processes (${decision.modes.processes})`] : []),
    ...(decision.modes.runs > 0 ? [`single runs, one process a side (${decision.modes.runs})`] : []),
  ];
  const from = modes.length > 0 ? ` · verdicts from ${modes.join(", ")}` : "";
  const splits = split && split.findings.length > 0 ? ` · ${splitCounts(split)}` : "";
  return `**${plural(c.models, "model")} on ${plural(c.devices, "device")}**: ${verdicts}${from}${splits}.`;
}

/** `splits: 2 regressions, 1 moved of 6`. */
function splitCounts(split: SplitDiff): string {
  const regressions = split.findings.filter((f) => f.verdict === "regression").length;
  const moved = split.findings.filter((f) => f.moved).length;
  return `splits: ${plural(regressions, "regression")}, ${moved} moved of ${split.findings.length}`;
}

function nextStep(decision: GateDecision): string[] {
  const label = inlineCode(decision.policy.acceptLabel, 60);
  switch (decision.verdict) {
    case "fail": {
      const one = gatedCount(decision) === 1;
      return [`**Next:** fix the ${one ? "regression" : "regressions"}, or add the ${label} label to accept ${one ? "it" : "them"} and run the check again.`];
    }
    case "accepted":
      return [`**Accepted** by the ${label} label: the gate passes. Remove the label to gate on these regressions again.`];
    case "no-baseline":
      return ["**Next:** give the gate a baseline: benchmark paired against the base revision, or let a run on the base branch store its results."];
    case "pass":
      if (decision.reasons.some((r) => r.severity === "warn" && r.code === "inconclusive")) {
        return ["**Next:** nothing blocks the merge, but what is inconclusive was not checked: rerun with what the warnings above ask for."];
      }
      return decision.reasons.some((r) => r.severity === "warn") ? ["**Next:** nothing blocks the merge; read the warnings above before trusting the verdicts."] : [];
    default:
      return unreachable(decision.verdict);
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function unreachable(value: never): never {
  throw new Error(`unknown gate verdict ${JSON.stringify(value)}`);
}
