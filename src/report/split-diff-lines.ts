// The lines `dnntune split` prints under its table when given a baseline: where the best split
// moved (or changed beyond the noise), and the models that could not be compared.
import type { SplitDiff } from "../split/split-diff.js";
import { terminalLines } from "./terminal-text.js";

export function splitDiffLines(diff: SplitDiff): string {
  return terminalLines([
    ...diff.findings.filter((f) => f.moved || f.verdict !== "equivalent").map((f) => `${f.verdict}: ${f.message}`),
    ...diff.missing.map((m) => `not compared: ${m.model}: ${m.reason}`),
  ]);
}
