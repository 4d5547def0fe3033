// Every layer of every model × device, collapsed under <details>, in the head's order: the part
// of the comment that is shortened first when it is too long.
import type { Endpoint } from "../../compare/types.js";
import type { ReportInput } from "../../gate/types.js";
import { badgesCell, changeCell, mediansCell, pCell, verdictCell } from "./endpoint-cells.js";
import { inlineCode, tableCell } from "./escape.js";
import type { Trimmable } from "./trimmable.js";

/** The details, or undefined when the comparison has no layer. */
export function layerDetails(input: ReportInput): Trimmable | undefined {
  const groups = new Map<string, Endpoint[]>();
  for (const e of input.comparison.endpoints) {
    if (e.metric !== "layer") continue;
    const key = `${e.device}\0${e.model}`;
    const layers = groups.get(key) ?? [];
    layers.push(e);
    groups.set(key, layers);
  }
  if (groups.size === 0) return undefined;
  const total = [...groups.values()].reduce((n, layers) => n + layers.length, 0);
  const rows: string[] = [];
  for (const layers of groups.values()) {
    const first = layers[0]!;
    layers.forEach((e, i) => {
      const line = row(e, input);
      rows.push(i > 0 ? line : [
        "",
        `**${inlineCode(first.model)} on ${inlineCode(first.device)}** (${layers.length} ${layers.length === 1 ? "layer" : "layers"})`,
        "",
        "| Layer | Base → head | Change | p | Verdict | Warnings |",
        "|---|---|---|---|---|---|",
        line,
      ].join("\n"));
    });
  }
  return {
    head: `<details>\n<summary>Every layer (${total} ${total === 1 ? "layer" : "layers"} of ${groups.size} ${groups.size === 1 ? "model × device" : "models × devices"})</summary>`,
    rows,
    tail: (omitted) => `${omitted > 0 ? `\n\n_${omitted} more ${omitted === 1 ? "layer" : "layers"} left out to fit: see the full report._` : ""}\n\n</details>`,
  };
}

function row(e: Endpoint, input: ReportInput): string {
  const cells = [tableCell(inlineCode(e.layer ?? "")), mediansCell(e), changeCell(e), pCell(e), verdictCell(e, input.decision), badgesCell(e.warnings)];
  return `| ${cells.join(" | ")} |`;
}
