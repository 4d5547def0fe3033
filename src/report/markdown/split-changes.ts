// Where the best mobile–cloud split moved, per model, network and objective: base → head best
// split and predicted cost with its interval and verdict, beside the head's mobile-only and
// cloud-only costs and the bandwidths at which the best split changes; and the curve of predicted
// latency over the cut points. Node and tensor names are rebuilt from the split's place, never
// taken from its label, so they are escaped like any other name.
import { changeText } from "../../compare/change-text.js";
import type { GateDecision, ReportInput } from "../../gate/types.js";
import type { SplitEntry, SplitFinding, SplitPlace } from "../../split/schema.js";
import { durationText, energyText, significant } from "../quantity-text.js";
import { verdictMark } from "./endpoint-cells.js";
import { inlineCode, plainText, tableCell } from "./escape.js";
import { mermaidChart, timeScale } from "./mermaid-chart.js";
import type { Trimmable } from "./trimmable.js";

/** Curves drawn at most, and the cut points each shows. */
const MAX_CHARTS = 3;
const MAX_CURVE_POINTS = 24;
/** Models without a comparison named in the closing line. */
const NAMED_MISSING = 5;

/** The split section, or undefined when no split was given. */
export function splitChanges(input: ReportInput, charts: boolean): Trimmable | undefined {
  const { split, splitReport } = input;
  if (!split && !splitReport) return undefined;
  const entries = splitReport?.splits ?? [];
  const chartLines = (changed: readonly SplitFinding[]) => (charts ? splitCharts(entries, changed) : []);
  if (!split) {
    return {
      head: ["#### Split (head)", "", "| Model | Devices | Network | Objective | Best split | Predicted | Gain | Mobile-only | Cloud-only | Crossovers |", "|---|---|---|---|---|---|---|---|---|---|"].join("\n"),
      rows: entries.map((entry) => reportRow(entry)),
      tail: (omitted) => closing([...(omitted > 0 ? [`_${omitted} more left out to fit: see the full report._`] : []), ...chartLines([])]),
    };
  }
  const changed = split.findings.filter((f) => f.moved || f.verdict !== "equivalent");
  const unchanged = split.findings.length - changed.length;
  const missing = split.missing.slice(0, NAMED_MISSING).map((m) => `${inlineCode(m.model)} (${plainText(m.reason, 80)})`);
  const notes = [
    ...(unchanged > 0 ? [`_${unchanged} more ${unchanged === 1 ? "split" : "splits"} stayed where ${unchanged === 1 ? "it was" : "they were"}, within the threshold._`] : []),
    ...(missing.length > 0 ? [`_Not compared: ${missing.join(", ")}${split.missing.length > missing.length ? ` and ${split.missing.length - missing.length} more` : ""}._`] : []),
  ];
  if (changed.length === 0) {
    return { head: ["#### Split", "", "The best split did not move and its predicted cost did not change."].join("\n"), rows: [], tail: () => closing([...notes, ...chartLines([])]) };
  }
  return {
    head: ["#### Split", "", "| Model | Devices | Network | Objective | Best split: base → head | Predicted: base → head | Change | Verdict | Mobile-only | Cloud-only | Crossovers |", "|---|---|---|---|---|---|---|---|---|---|---|"].join("\n"),
    rows: changed.map((f) => findingRow(f, entryOf(entries, f), input.decision)),
    tail: (omitted) => closing([...(omitted > 0 ? [`_${omitted} more changed ${omitted === 1 ? "split" : "splits"} left out to fit: see the full report._`] : []), ...notes, ...chartLines(changed)]),
  };
}

function closing(blocks: readonly string[]): string {
  return blocks.length === 0 ? "" : `\n\n${blocks.join("\n\n")}`;
}

function findingRow(f: SplitFinding, entry: SplitEntry | undefined, decision: GateDecision): string {
  const value = f.objective === "latency" ? durationText : energyText;
  const best = f.moved ? `${placeText(f.base.place)} → ${placeText(f.head.place)}` : `${placeText(f.head.place)} (same)`;
  const cells = [
    tableCell(inlineCode(f.model)),
    tableCell(`${inlineCode(f.mobile, 40)} → ${inlineCode(f.cloud, 40)}`),
    tableCell(inlineCode(f.network, 40)),
    f.objective,
    tableCell(best),
    `${value(f.base.predicted)} → ${value(f.head.predicted)}`,
    changeText(f.ratio, f.ci),
    verdictText(f, decision),
    ...referenceCells(entry, f.objective),
  ];
  return `| ${cells.join(" | ")} |`;
}

function reportRow(entry: SplitEntry): string {
  const value = entry.objective === "latency" ? entry.best.latencyUs : entry.best.phoneEnergyMj;
  const cells = [
    tableCell(inlineCode(entry.model)),
    tableCell(`${inlineCode(entry.mobile, 40)} → ${inlineCode(entry.cloud, 40)}`),
    tableCell(inlineCode(entry.network, 40)),
    entry.objective,
    tableCell(placeText(entry.best.place)),
    entry.objective === "latency" ? durationText(value) : energyText(value),
    // Against the better of mobile-only and cloud-only, in the objective's own terms.
    entry.objective === "latency" ? `${significant(entry.speedup)}× faster` : `${Math.round(entry.energySaving * 100)} % less energy`,
    ...referenceCells(entry, entry.objective),
  ];
  return `| ${cells.join(" | ")} |`;
}

/** Mobile-only, cloud-only and the crossovers of the head, `—` without a split report. */
function referenceCells(entry: SplitEntry | undefined, objective: SplitEntry["objective"]): string[] {
  if (!entry) return ["—", "—", "—"];
  const value = (p: { latencyUs: number; phoneEnergyMj: number }) => (objective === "latency" ? durationText(p.latencyUs) : energyText(p.phoneEnergyMj));
  const crossovers = entry.crossoversMbps.slice(0, 4).map((mbps) => significant(mbps)).join(", ");
  const more = entry.crossoversMbps.length > 4 ? ` +${entry.crossoversMbps.length - 4}` : "";
  return [value(entry.mobileOnly), value(entry.cloudOnly), entry.crossoversMbps.length === 0 ? "none" : `${crossovers}${more} Mbps`];
}

function verdictText(f: SplitFinding, decision: GateDecision): string {
  return verdictMark(f.verdict, decision.policy.failOn.includes("split"), decision);
}

/** `mobile-only`, `cloud-only`, ``after `conv3` ``, ``cut sending `a`, `b` +2``. */
export function placeText(place: SplitPlace): string {
  switch (place.kind) {
    case "mobile-only":
    case "cloud-only":
      return place.kind;
    case "after":
      return `after ${inlineCode(place.node, 40)}`;
    case "cut": {
      const shown = place.sentTensors.slice(0, 2).map((t) => inlineCode(t, 40));
      const more = place.sentTensors.length - shown.length;
      return `cut sending ${shown.join(", ")}${more > 0 ? ` +${more}` : ""}`;
    }
  }
}

function entryOf(entries: readonly SplitEntry[], f: SplitFinding): SplitEntry | undefined {
  return entries.find((e) => e.model === f.model && e.mobile === f.mobile && e.cloud === f.cloud && e.network === f.network && e.objective === f.objective);
}

/**
 * Predicted latency over the cut points (cloud-only, then after each node in topological order up
 * to mobile-only) for the model × network pairs that changed first, then the others.
 */
function splitCharts(entries: readonly SplitEntry[], changed: readonly SplitFinding[]): string[] {
  const key = (e: { model: string; mobile: string; cloud: string; network: string }) => JSON.stringify([e.model, e.mobile, e.cloud, e.network]);
  const changedKeys = new Set(changed.map(key));
  const seen = new Set<string>();
  const curves: SplitEntry[] = [];
  for (const entry of [...entries.filter((e) => changedKeys.has(key(e))), ...entries]) {
    if (entry.curve.length === 0 || seen.has(key(entry))) continue;
    seen.add(key(entry));
    curves.push(entry);
  }
  return curves.slice(0, MAX_CHARTS).map(curveChart);
}

function curveChart(entry: SplitEntry): string {
  const points = [{ after: "cloud-only", latencyUs: entry.cloudOnly.latencyUs }, ...entry.curve];
  const kept = downsample(points.map((p) => p.latencyUs), MAX_CURVE_POINTS).map((i) => points[i]!);
  const { unit, divisor } = timeScale(Math.max(...kept.map((p) => p.latencyUs)));
  return [
    `<sub>${plainText(`${entry.model} on ${entry.mobile} → ${entry.cloud}, ${entry.network}`, 200)}: predicted latency by where the model is cut (head), ${unit}${kept.length < points.length ? `, ${kept.length} of ${points.length} cut points` : ""}</sub>`,
    "",
    mermaidChart({
      title: `${entry.model}, ${entry.network}: latency by cut point, ${unit}`,
      labels: kept.map((p) => p.after),
      yAxis: unit,
      line: kept.map((p) => p.latencyUs / divisor),
    }),
  ].join("\n");
}

/** At most `max` indices, evenly spread, the first, the last and the lowest value always among them. */
export function downsample(values: readonly number[], max: number): number[] {
  if (values.length <= max) return values.map((_, i) => i);
  let lowest = 0;
  values.forEach((v, i) => { if (v < values[lowest]!) lowest = i; });
  const picked = new Set<number>([0, values.length - 1, lowest]);
  for (let k = 0; picked.size < max && k < max; k++) picked.add(Math.round((k * (values.length - 1)) / (max - 1)));
  return [...picked].sort((a, b) => a - b).slice(0, max);
}
