// The cells every endpoint table of the comment shares: medians, change, p, samples, verdict and
// warning badges, each already safe for a GFM table cell.
import { changeText } from "../../compare/change-text.js";
import type { Endpoint } from "../../compare/types.js";
import { testUnitOf } from "../../gate/decide-gate.js";
import type { GateDecision } from "../../gate/types.js";
import { durationText, energyText, pText } from "../quantity-text.js";
import { badgeOf } from "../warning-badges.js";
import { inlineCode, plainText, tableCell } from "./escape.js";

/** `1.23 ms → 1.38 ms`; the head alone for an endpoint without a baseline. */
export function mediansCell(e: Endpoint): string {
  const show = e.metric === "energy" ? energyText : durationText;
  const [base, head] = e.metric === "energy" ? [e.baseMedianMj, e.headMedianMj] : [e.baseMedianUs, e.headMedianUs];
  return `${show(base)} → ${show(head)}`;
}

/** `+12.4 % [+9.8, +15.1]`, or `—` without a baseline. */
export function changeCell(e: Endpoint): string {
  return e.verdict === "missing" ? "—" : changeText(e.ratio, e.ci);
}

/** The adjusted p; `&lt;0.001` keeps the `<` from reading as HTML. */
export function pCell(e: Endpoint): string {
  return pText(e.pAdjusted).replace("<", "&lt;");
}

/** `30 pairs`, `5 + 5 processes`, `30 + 30 runs`, `— + 30 runs` without a baseline. */
export function samplesCell(e: Endpoint): string {
  if (e.verdict === "missing") return `${e.nHead} head runs`;
  const unit = testUnitOf(e);
  return unit === "pairs" ? `${e.nHead} pairs` : `${e.nBase} + ${e.nHead} ${unit}`;
}

/**
 * Where the base of a verdict came from, when the comparison knows a stored baseline was used
 * (the action): `paired` (interleaved on the device in this run) or `stored`.
 */
export function baseSource(e: Endpoint, storedBaseline: string | undefined): "paired" | "stored" | undefined {
  if (storedBaseline === undefined || e.verdict === "missing") return undefined;
  return testUnitOf(e) === "pairs" ? "paired" : "stored";
}

/** The samples cell with the base's source in front: `paired · 30 pairs`, `stored · 1 + 1 runs`. */
export function sourcedSamplesCell(e: Endpoint, storedBaseline: string | undefined): string {
  const source = baseSource(e, storedBaseline);
  return source ? `${source} · ${samplesCell(e)}` : samplesCell(e);
}

/** The verdict with its mark; a regression that fails the gate is marked apart from one that informs. */
/** A tested verdict as a cell: a gated regression fails (or is accepted), any other informs. */
export function verdictMark(verdict: "regression" | "improvement" | "equivalent" | "inconclusive", gated: boolean, decision: GateDecision): string {
  switch (verdict) {
    case "regression":
      if (!gated) return "🔺 regression";
      return decision.verdict === "accepted" ? "⚠️ regression (accepted)" : "❌ **regression**";
    case "improvement":
      return "🟢 improvement";
    case "equivalent":
      return "⚪ equivalent";
    case "inconclusive":
      return "❔ inconclusive";
  }
}

export function verdictCell(e: Endpoint, decision: GateDecision): string {
  switch (e.verdict) {
    case "regression":
    case "improvement":
    case "equivalent":
      return verdictMark(e.verdict, e.verdict === "regression" && isGated(e, decision), decision);
    case "inconclusive":
      return e.needs ? `❔ inconclusive (needs ${e.needs.count} ${e.needs.unit})` : "❔ inconclusive";
    case "missing":
      return `➖ ${tableCell(plainText(e.reason, 60))}`;
    default:
      return unreachable(e);
  }
}

/** The warning codes of an endpoint as short badges (`setup` `noisy`). */
export function badgesCell(codes: readonly string[]): string {
  return tableCell(codes.map((code) => inlineCode(badgeOf(code).badge, 24)).join(" "));
}

/** One line explaining the badges that `codes` use; "" when none. */
export function badgeLegend(codes: Iterable<string>): string {
  const seen = new Map<string, string>();
  for (const code of codes) {
    const { badge, meaning } = badgeOf(code);
    if (!seen.has(badge)) seen.set(badge, `${inlineCode(badge, 24)} ${plainText(meaning, 120)}`);
  }
  return seen.size === 0 ? "" : `<sub>${[...seen.values()].join(" · ")}</sub>`;
}

/** Whether the decision gated `e`: by where it is, so a decision read back from JSON works too. */
export function isGated(e: Endpoint, decision: GateDecision): boolean {
  return decision.gated.some((g) => g.device === e.device && g.model === e.model && g.metric === e.metric && g.layer === e.layer);
}

function unreachable(value: never): never {
  throw new Error(`unknown verdict ${JSON.stringify(value)}`);
}
