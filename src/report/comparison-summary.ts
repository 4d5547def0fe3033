// The readable summary `dnntune compare` prints: primary endpoints first, then the layers that
// moved, then the findings a reader must see beside the verdicts.
import type { Comparison, Endpoint, Verdict } from "../compare/types.js";
import { terminalLines } from "./terminal-text.js";

const MARK: Record<Verdict, string> = {
  regression: "✗ regression",
  improvement: "✓ improvement",
  equivalent: "= equivalent",
  inconclusive: "? inconclusive",
  missing: "· missing",
};

export function comparisonSummary(comparison: Comparison, maxLayers = 10): string {
  const lines: string[] = [];
  const primary = comparison.endpoints.filter((e) => e.metric !== "layer");
  const counts = countVerdicts(primary);
  lines.push(`${primary.length} model endpoint(s): ${Object.entries(counts).map(([v, n]) => `${n} ${v}`).join(", ") || "none"}`);
  for (const e of primary) lines.push(`  ${describe(e)}`);
  const moved = comparison.endpoints.filter((e) => e.metric === "layer" && (e.verdict === "regression" || e.verdict === "improvement"));
  if (moved.length > 0) {
    lines.push(`${moved.length} layer(s) moved:`);
    for (const e of moved.slice(0, maxLayers)) lines.push(`  ${describe(e)}`);
    if (moved.length > maxLayers) lines.push(`  … and ${moved.length - maxLayers} more (see the comparison file)`);
  }
  const warnings = comparison.findings.filter((f) => f.severity === "warning");
  for (const f of warnings) lines.push(`warning (${f.code}): ${f.message}`);
  return terminalLines(lines);
}

function describe(e: Endpoint): string {
  const what = `${e.model} on ${e.device}${e.metric === "layer" ? ` layer ${e.layer}` : e.metric === "energy" ? " energy" : " latency"}`;
  switch (e.verdict) {
    case "missing":
      return `${MARK[e.verdict]}  ${what}  (${e.reason})`;
    case "regression":
    case "improvement":
    case "equivalent":
    case "inconclusive": {
      const pct = (r: number) => `${r >= 1 ? "+" : ""}${((r - 1) * 100).toFixed(1)}`;
      const medians = e.baseMedianUs !== null && e.headMedianUs !== null ? `  ${e.baseMedianUs.toFixed(1)} → ${e.headMedianUs.toFixed(1)} µs` : "";
      const flags = e.warnings.length > 0 ? `  [${e.warnings.join(", ")}]` : "";
      const unit = e.unit === undefined ? (e.paired ? "  paired" : "") : `  ${UNIT[e.unit]}`;
      const needs = e.needs ? `  (${needsText(e.needs)})` : "";
      return `${MARK[e.verdict]}  ${what}  ${pct(e.ratio)} % [${pct(e.ci[0])}, ${pct(e.ci[1])}]${medians}  p=${e.pAdjusted.toPrecision(2)}${unit}${flags}${needs}`;
    }
    default:
      return unreachable(e);
  }
}

/** What would decide an inconclusive endpoint, in one wording wherever it is said. */
export function needsText(needs: { count: number; unit: "pairs" | "processes" | "runs" }): string {
  if (needs.unit === "processes") return `one process a side decides nothing: run base and head paired (bench --base-model), or ≥ ${needs.count} processes a side (bench --processes)`;
  return `needs ≥ ${needs.count} ${needs.unit}${needs.unit === "runs" ? " a side" : ""}`;
}

/** Which samples the test counted, as the summary says it. */
const UNIT = { pairs: "paired", processes: "by process", runs: "one process a side" } as const;

function unreachable(value: never): never {
  throw new Error(`unknown verdict ${JSON.stringify(value)}`);
}

function countVerdicts(endpoints: Endpoint[]): Partial<Record<Verdict, number>> {
  const counts: Partial<Record<Verdict, number>> = {};
  for (const e of endpoints) counts[e.verdict] = (counts[e.verdict] ?? 0) + 1;
  return counts;
}
