// The readable summary `dnntune bench` prints: per model, median and p90 latency and the layers
// that take the most time, with their share.
import type { ModelConditions, Results } from "../results/types.js";
import { quantile } from "../stats/index.js";
import { terminalLines } from "./terminal-text.js";

export function benchSummary(results: Results, topLayers = 5): string {
  const lines: string[] = [];
  for (const model of results.models) {
    const median = quantile(model.latency.samples, 0.5);
    const p90 = quantile(model.latency.samples, 0.9);
    lines.push(`${model.name}  median ${formatUs(median)}  p90 ${formatUs(p90)}  (${model.latency.samples.length} runs${model.latency.stopped ? ` (adaptive: ${STOPPED[model.latency.stopped]})` : ""}, ${model.layers.length} layers, ${model.graph.nodes.length} ONNX nodes)`);
    const energy = model.energy;
    if (energy) {
      const how = energy.source === "modelled" ? `modelled at ${energy.watts ?? "?"} W` : `${energy.source.replace("measured:", "measured by ")}, ${energy.samples.length} batches${energy.idleW !== undefined ? `, idle ${energy.idleW} W taken off` : ""}`;
      lines.push(`  energy  median ${formatMj(quantile(energy.samples, 0.5))} per inference  (${how})`);
    }
    const medians = model.layers.map((l) => ({ layer: l, us: quantile(l.samples, 0.5) }));
    const total = medians.reduce((sum, m) => sum + m.us, 0);
    for (const { layer, us } of medians.sort((a, b) => b.us - a.us).slice(0, topLayers)) {
      const share = total > 0 ? (100 * us) / total : 0;
      const covers = layer.covers.length > 1 ? `  [${layer.covers.join(", ")}]` : "";
      lines.push(`  ${share.toFixed(1).padStart(5)} %  ${formatUs(us).padStart(10)}  ${layer.op.padEnd(18)} ${layer.name}${covers}`);
    }
    const device = conditionsText(model.conditions);
    if (device) lines.push(`  device  ${device}`);
    for (const warning of model.warnings) lines.push(`  warning (${warning.code}): ${warning.message}`);
  }
  return terminalLines(lines);
}

// Noise control made visible: the cool-down, the hottest zone over the runs, the battery.
function conditionsText(conditions: ModelConditions | undefined): string | undefined {
  if (!conditions) return undefined;
  const parts: string[] = [];
  const wait = conditions.coolDown;
  if (wait) {
    parts.push(wait.waitedS === 0 && !wait.timedOut
      ? `cool enough (${wait.fromC} °C, under ${wait.aboveC} °C)`
      : `${wait.timedOut ? "still warm after" : "cooled for"} ${wait.waitedS} s (${wait.fromC} → ${wait.toC} °C, threshold ${wait.aboveC} °C)`);
  }
  if (conditions.tempC) parts.push(`hottest zone ${conditions.tempC[0]} → ${conditions.tempC[1]} °C over the runs`);
  if (conditions.battery) parts.push(`battery ${conditions.battery.levelPct} % ${conditions.battery.status}${conditions.battery.plugged.length > 0 ? ` (${conditions.battery.plugged.join(", ")})` : ""}`);
  return parts.length > 0 ? parts.join(" · ") : undefined;
}

function formatMj(mj: number): string {
  return Math.abs(mj) >= 1000 ? `${(mj / 1000).toFixed(3)} J` : Math.abs(mj) >= 1 ? `${mj.toFixed(3)} mJ` : `${(mj * 1000).toFixed(1)} µJ`;
}

export function formatUs(us: number): string {
  return us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(1)} µs`;
}

/** Why adaptive sampling stopped, as the summary says it. */
const STOPPED = { decided: "decided", "max-runs": "undecided at --max-runs", "time-budget": "undecided when the time budget ran out" } as const;
