// The comment's energy chart: energy per inference of every model × device that has it, head
// (bars) and base (line), in mJ, with "modelled" in the title when any of it is modelled.
import type { ReportInput } from "../../gate/types.js";
import { plainText } from "./escape.js";
import { mermaidChart } from "./mermaid-chart.js";
import { isModelledEnergy } from "../../compare/index.js";

/** At most this many models × devices in the chart: past it a chart stops being read. */
const MAX_BARS = 12;

export function energyChart(input: ReportInput): string {
  const endpoints = input.comparison.endpoints.filter((e) => e.metric === "energy" && e.verdict !== "missing" && e.baseMedianMj != null && e.headMedianMj != null).slice(0, MAX_BARS);
  if (endpoints.length === 0) return "";
  const modelled = endpoints.some(isModelledEnergy);
  const what = modelled ? "energy per inference (modelled: latency × declared power), mJ" : "energy per inference (measured), mJ";
  return [
    `<sub>${plainText(`head (bars) and base (line): ${what}`, 160)}</sub>`,
    "",
    mermaidChart({
      title: modelled ? "Energy per inference, mJ (modelled)" : "Energy per inference, mJ",
      labels: endpoints.map((e) => `${e.model} on ${e.device}`),
      yAxis: "mJ",
      bar: endpoints.map((e) => e.headMedianMj ?? 0),
      line: endpoints.map((e) => e.baseMedianMj ?? 0),
    }),
  ].join("\n");
}
