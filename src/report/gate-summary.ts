// What `dnntune gate` prints: the verdict in one line, then every reason, most severe first, and
// what to do about a failure. Names from models are made safe for a terminal or an Actions log.
import { gatedCount } from "../gate/decide-gate.js";
import type { GateDecision, GateReason } from "../gate/types.js";
import { terminalLines } from "./terminal-text.js";

const MARK: Record<GateReason["severity"], string> = { fail: "✗ fail", warn: "! warn", info: "· info" };

export function gateSummary(decision: GateDecision): string {
  const failing = gatedCount(decision);
  const lines = [`gate: ${headlineOf(decision, failing)}`, ...decision.reasons.map((r) => `  ${MARK[r.severity]}  ${r.message}`)];
  if (decision.verdict === "fail") lines.push(`to accept ${failing === 1 ? "it" : "them"}: add the label ${decision.policy.acceptLabel} to the pull request (or run dnntune gate --accept)`);
  return terminalLines(lines);
}

function headlineOf(decision: GateDecision, failing: number): string {
  const c = decision.counts;
  const tested = c.regressions + c.improvements + c.equivalent + c.inconclusive;
  const modes = Object.entries(decision.modes).filter(([, n]) => n > 0).map(([unit, n]) => `${n} ${UNIT[unit as keyof typeof UNIT]}`);
  const from = modes.length > 0 ? ` (${modes.join(", ")})` : "";
  const regressions = `${failing} ${failing === 1 ? "regression" : "regressions"}`;
  switch (decision.verdict) {
    case "fail":
      return `FAIL: ${regressions} of what fail-on names (${decision.policy.failOn.join(", ")})`;
    case "accepted":
      return `ACCEPTED: ${regressions} accepted by the label ${decision.policy.acceptLabel}; the gate passes`;
    case "no-baseline":
      return "NO BASELINE: nothing was compared; the gate passes";
    case "pass":
      return `PASS: no regression of ${decision.policy.failOn.join(", ")} in ${tested} model ${tested === 1 ? "endpoint" : "endpoints"} compared${from}`;
    default:
      return unreachable(decision.verdict);
  }
}

const UNIT = { pairs: "paired", processes: "by process", runs: "one process a side" } as const;

function unreachable(value: never): never {
  throw new Error(`unknown gate verdict ${JSON.stringify(value)}`);
}
