// The table of primary endpoints: end-to-end latency and energy per model × device, with the
// medians, the change and its interval, p, what the test counted, the verdict and warning badges.
import type { Endpoint } from "../../compare/types.js";
import type { ReportInput } from "../../gate/types.js";
import { badgeLegend, badgesCell, changeCell, mediansCell, pCell, sourcedSamplesCell, verdictCell } from "./endpoint-cells.js";
import { inlineCode, tableCell } from "./escape.js";
import type { Trimmable } from "./trimmable.js";
import { isModelledEnergy } from "../../compare/index.js";

/**
 * `flaggedOnly` keeps the rows a reader must see (everything but equivalent), for a comment too
 * long to list every model; the tail says how many were left out.
 */
export function primaryTable(input: ReportInput, flaggedOnly = false): Trimmable {
  const all = input.comparison.endpoints.filter((e) => e.metric !== "layer");
  if (all.length === 0) return { head: "#### Models\n\nThe comparison holds no model endpoint.", rows: [], tail: () => "" };
  const shown = flaggedOnly ? all.filter((e) => e.verdict !== "equivalent") : all;
  const legend = badgeLegend(shown.flatMap((e) => e.warnings));
  const notes = [
    "<sub>Change: head ÷ base with its confidence interval · p: adjusted across the models (Holm) · "
      + `a regression or improvement is significant and passes the threshold (${thresholdText(input.decision.policy.threshold)}) and the floor${floorText(input)}</sub>`,
    ...(input.comparison.storedBaseline !== undefined
      ? [`<sub>Samples: **paired** = base and head interleaved on the device in this run · **stored** = against the stored baseline, ${tableCell(input.comparison.storedBaseline)}</sub>`]
      : []),
    ...(legend ? [legend] : []),
  ];
  return {
    head: [
      "#### Models",
      "",
      "| Model | Device | Metric | Base → head | Change | p | Samples | Verdict | Warnings |",
      "|---|---|---|---|---|---|---|---|---|",
    ].join("\n"),
    rows: shown.map((e) => row(e, input)),
    tail: (omitted) => {
      const left = all.length - shown.length + omitted;
      const note = left > 0 ? [`_${left} more ${left === 1 ? "endpoint" : "endpoints"} (equivalent first) left out to fit: see the full report._`] : [];
      return `\n\n${[...note, ...notes].join("\n")}`;
    },
  };
}

function row(e: Endpoint, input: ReportInput): string {
  const cells = [
    tableCell(inlineCode(e.model)),
    tableCell(inlineCode(e.device)),
    isModelledEnergy(e) ? "energy (modelled)" : e.metric,
    mediansCell(e),
    changeCell(e),
    pCell(e),
    sourcedSamplesCell(e, input.comparison.storedBaseline),
    verdictCell(e, input.decision),
    badgesCell(e.warnings),
  ];
  return `| ${cells.join(" | ")} |`;
}

// The floor the comparison was judged at: a change smaller than this many µs is never flagged.
function floorText(input: ReportInput): string {
  const us = input.comparison.judgedAt?.minAbsModelUs;
  return us === undefined ? "" : ` (${us} µs for a model)`;
}

function thresholdText(threshold: number): string {
  return `${Number((threshold * 100).toPrecision(3))} %`;
}
