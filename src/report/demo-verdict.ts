// The demo's closing line: what the gate decided about the demo's pull request, in one sentence
// a newcomer can read, and that this is the gate's exit status, not the demo's.
import { changeText } from "../compare/change-text.js";
import type { Endpoint } from "../compare/types.js";
import type { GateDecision } from "../gate/types.js";
import { terminalText } from "./terminal-text.js";

/** `the gate fails this change, as intended: mlp's latency regressed (+104 % [+98, +110]) …`. */
export function demoVerdict(decision: GateDecision): string {
  const regressions = decision.gated.flatMap((e) => (e.verdict === "regression" ? [`${subject(e)} regressed (${changeText(e.ratio, e.ci)})`] : []));
  const exits = "`dnntune gate` exits 1 on it; the demo itself succeeded and exits 0";
  switch (decision.verdict) {
    case "fail":
      return terminalText(`the gate fails this change, as intended: ${regressions.join("; ")}. ${exits}.`);
    case "accepted":
      return terminalText(`the gate accepts this change by its label: ${regressions.join("; ")}.`);
    case "pass":
    case "no-baseline":
      // The slowdown is real; a pass means this machine was too busy to confirm it.
      return terminalText(`the gate did not fail this change (${decision.verdict}), though its slowdown is real: this machine was too busy to confirm it; see the warnings above, close other programs and run the demo again.`);
  }
}

function subject(e: Endpoint): string {
  const what = e.metric === "layer" ? `layer ${e.layer ?? "?"}` : e.metric;
  return `${e.model}'s ${what} on ${e.device}`;
}
