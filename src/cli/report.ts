// `dnntune report`: read the flags → read the comparison (and split) → decide the gate → render
// the report in the chosen format → write it. It reports and never gates: the exit is 0 whatever
// the verdict (`dnntune gate` gates).
import { parseCommandArgs, type CommandSpec } from "../config/command-options.js";
import { InputError } from "../errors.js";
import { renderHtml, type HtmlReportInput } from "../report/html/render-html.js";
import { renderComment, type CommentOptions } from "../report/markdown/render-comment.js";
import { reportJson } from "../report/report-json.js";
import { writtenFiles } from "../report/written-files.js";
import { REPORT_OUTPUT } from "../results/output-paths.js";
import { readResults } from "../results/read-results.js";
import { writeTextAtomic } from "../results/write-results.js";
import type { Command, Io } from "./io.js";
import { readReportInput, REPORT_INPUT_OPTIONS } from "./report-inputs.js";

const FORMATS = ["markdown", "json", "html"] as const;
type ReportFormat = (typeof FORMATS)[number];

/** One renderer per format. */
const RENDERERS: Record<ReportFormat, (input: HtmlReportInput, options: CommentOptions) => string> = {
  markdown: renderComment,
  json: (input) => reportJson(input),
  html: (input) => renderHtml(input),
};

export const reportSpec: CommandSpec = {
  name: "report",
  summary: "write the report of a comparison and a split: the PR comment in Markdown, a self-contained HTML page, or JSON",
  options: [
    ...REPORT_INPUT_OPTIONS,
    { flag: "format", type: "string", placeholder: "NAME", default: "markdown", field: "format", help: "`markdown` (the PR comment), `html` (one self-contained page with charts) or `json` (comparison, split and decision)" },
    { flag: "base", type: "string", multiple: true, placeholder: "FILE", field: "baseResults", help: "html: the base results compared, to draw latency distributions (a paired head file holds both sides)" },
    { flag: "head", type: "string", multiple: true, placeholder: "FILE", field: "headResults", help: "html: the head results compared" },
    { flag: "out", type: "string", placeholder: "FILE", field: "out", required: { what: "the report file to write", example: "report.md" }, help: "report file, written atomically" },
  ],
  notes: ["examples:", "  dnntune report --comparison comparison.json --format markdown --out report.md", "  dnntune report --comparison comparison.json --split split.json --head head.json --format html --out report.html"],
};

interface ReportFlags {
  format?: string;
  out: string;
  base?: string[];
  head?: string[];
}

async function run(args: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs(args, reportSpec);
  const flags = parsed as unknown as ReportFlags;
  const format = readFormat(flags.format ?? "markdown");
  const resultFiles = [...(flags.base ?? []).map((path) => ({ flag: "baseResults", path })), ...(flags.head ?? []).map((path) => ({ flag: "headResults", path }))];
  if (format !== "html" && resultFiles.length > 0) throw new InputError(resultFiles[0]!.flag, `results files are drawn only by --format html; got --format ${format}`);
  const { input, comment } = readReportInput(reportSpec, parsed, [{ flag: "out", path: flags.out, replaces: REPORT_OUTPUT }], resultFiles);
  const html: HtmlReportInput = {
    ...input,
    ...(resultFiles.length > 0 ? { results: { base: (flags.base ?? []).map((f) => readResults(f, "base")), head: (flags.head ?? []).map((f) => readResults(f, "head")) } } : {}),
    ...(input.splitReport ? { splits: { head: input.splitReport } } : {}),
  };
  const text = RENDERERS[format](html, comment);
  writeTextAtomic(flags.out, text, "out");
  io.stdout(writtenFiles([{ path: flags.out, note: `${format}, gate verdict ${input.decision.verdict}` }]));
  return 0;
}

function readFormat(word: string): ReportFormat {
  const format = FORMATS.find((f) => f === word.trim().toLowerCase());
  if (!format) throw new InputError("format", `must be one of ${FORMATS.join(", ")}; got ${JSON.stringify(word)}`);
  return format;
}

export const report: Command = { spec: reportSpec, run };
