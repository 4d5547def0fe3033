// `dnntune gate`: read the flags → read the comparison (and split) → decide → write the comment
// and the job summary → print the verdict and its reasons → exit 1 when the gate fails. Report
// first, fail last: every file is written before the failing status is returned.
import { appendFileSync } from "node:fs";
import { parseCommandArgs, type CommandSpec } from "../config/command-options.js";
import { InputError } from "../errors.js";
import { gateSummary } from "../report/gate-summary.js";
import { renderComment } from "../report/markdown/render-comment.js";
import { writtenFiles } from "../report/written-files.js";
import { REPORT_OUTPUT, SUMMARY_OUTPUT, type FlagPath } from "../results/output-paths.js";
import { writeTextAtomic } from "../results/write-results.js";
import type { Command, Io } from "./io.js";
import { readReportInput, REPORT_INPUT_OPTIONS } from "./report-inputs.js";

export const gateSpec: CommandSpec = {
  name: "gate",
  summary: "decide the merge from a comparison and a split: pass, fail, accepted or no baseline",
  options: [
    ...REPORT_INPUT_OPTIONS,
    { flag: "comment-out", type: "string", placeholder: "FILE", field: "commentOut", help: "write the PR comment (Markdown, fitted to GitHub's 65,536 characters) here" },
    { flag: "summary-out", type: "string", placeholder: "FILE", field: "summaryOut", help: "append the same Markdown to this file: give `$GITHUB_STEP_SUMMARY` for the job summary" },
  ],
  notes: [
    "exit 1 only when a confirmed regression of what --fail-on names is not accepted; an inconclusive",
    "endpoint, a missing baseline or an accepted regression exits 0 with a warning.",
    "example:",
    "  dnntune gate --comparison comparison.json --split split.json --comment-out comment.md",
  ],
};

interface GateFlags {
  "comment-out"?: string;
  "summary-out"?: string;
}

async function run(args: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs(args, gateSpec);
  const flags = parsed as unknown as GateFlags;
  const outputs: FlagPath[] = [
    ...(flags["comment-out"] ? [{ flag: "commentOut", path: flags["comment-out"], replaces: REPORT_OUTPUT }] : []),
    // Appended to, never replaced: the runner's summary file holds other steps' summaries too.
    ...(flags["summary-out"] ? [{ flag: "summaryOut", path: flags["summary-out"], replaces: SUMMARY_OUTPUT }] : []),
  ];
  const { input, comment } = readReportInput(gateSpec, parsed, outputs);
  const { decision } = input;
  const written: { path: string; note?: string }[] = [];
  if (outputs.length > 0) {
    const body = renderComment(input, comment);
    if (flags["comment-out"]) {
      writeTextAtomic(flags["comment-out"], body, "commentOut");
      written.push({ path: flags["comment-out"], note: `${body.length} characters` });
    }
    if (flags["summary-out"]) {
      appendText(flags["summary-out"], body);
      written.push({ path: flags["summary-out"], note: "appended" });
    }
  }
  io.stdout(`${gateSummary(decision)}\n${writtenFiles(written)}`);
  if (decision.verdict === "no-baseline") io.stderr("dnntune: warning: no baseline: nothing was compared, so the gate passes without having checked anything\n");
  return decision.verdict === "fail" ? 1 : 0;
}

function appendText(path: string, text: string): void {
  try {
    appendFileSync(path, text);
  } catch (error) {
    throw new InputError("summaryOut", `cannot append to ${path}: ${(error as Error).message}`);
  }
}

export const gate: Command = { spec: gateSpec, run };
