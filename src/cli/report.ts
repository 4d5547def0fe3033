// `dnntune report`: read the flags → read the comparison (and split) → decide the gate → render
// the report in the chosen format → write it. It reports and never gates: the exit is 0 whatever
// the verdict (`dnntune gate` gates).
import { parseCommandArgs, type CommandSpec } from "../config/command-options.js";
import { InputError } from "../errors.js";
import type { ReportInput } from "../gate/types.js";
import { renderComment, type CommentOptions } from "../report/markdown/render-comment.js";
import { reportJson } from "../report/report-json.js";
import { writtenFiles } from "../report/written-files.js";
import { writeTextAtomic } from "../results/write-results.js";
import type { Command, Io } from "./io.js";
import { readReportInput, REPORT_INPUT_OPTIONS } from "./report-inputs.js";

const FORMATS = ["markdown", "json", "html"] as const;
type ReportFormat = (typeof FORMATS)[number];

/** One renderer per format. */
const RENDERERS: Record<ReportFormat, (input: ReportInput, options: CommentOptions) => string> = {
  markdown: renderComment,
  json: (input) => reportJson(input),
  // The self-contained HTML report (report/html/, renderHtml) plugs in here.
  html: () => { throw new InputError("format", "html is not built yet; use markdown or json"); },
};

export const reportSpec: CommandSpec = {
  name: "report",
  summary: "write the report of a comparison and a split: the PR comment in Markdown, or JSON",
  options: [
    ...REPORT_INPUT_OPTIONS,
    { flag: "format", type: "string", placeholder: "NAME", default: "markdown", field: "format", help: "`markdown` (the PR comment) or `json` (comparison, split and decision)" },
    { flag: "out", type: "string", placeholder: "FILE", field: "out", required: { what: "the report file to write", example: "report.md" }, help: "report file, written atomically" },
  ],
  notes: ["example:", "  dnntune report --comparison comparison.json --format markdown --out report.md"],
};

interface ReportFlags {
  format?: string;
  out: string;
}

async function run(args: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs(args, reportSpec);
  const flags = parsed as unknown as ReportFlags;
  const format = readFormat(flags.format ?? "markdown");
  const { input, comment } = readReportInput(reportSpec, parsed, [{ flag: "out", path: flags.out }]);
  const text = RENDERERS[format](input, comment);
  writeTextAtomic(flags.out, text, "out");
  io.stdout(writtenFiles([{ path: flags.out, note: `${format}, gate verdict ${input.decision.verdict}` }]));
  return 0;
}

function readFormat(word: string): ReportFormat {
  const format = FORMATS.find((f) => f === word.trim().toLowerCase());
  if (!format) throw new InputError("format", `must be one of markdown, json; got ${JSON.stringify(word)}`);
  return format;
}

export const report: Command = { spec: reportSpec, run };
