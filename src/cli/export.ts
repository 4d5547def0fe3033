// `dnntune export`: read the flags → read the results → summarize the endpoints → render the
// format → write it → say what was written.
import { parseCommandArgs, type CommandSpec } from "../config/command-options.js";
import { endpointSummaries, EXPORT_FILE, EXPORT_FORMATS, parseExportFormat, parseLayerSelection } from "../export/index.js";
import { writtenFiles } from "../report/written-files.js";
import { checkOutputs } from "../results/output-paths.js";
import { readResults } from "../results/read-results.js";
import { writeJsonAtomic } from "../results/write-results.js";
import type { Command, Io } from "./io.js";

export const exportSpec: CommandSpec = {
  name: "export",
  summary: "a results file as github-action-benchmark or Bencher JSON, to chart its history there",
  options: [
    { flag: "results", type: "string", placeholder: "FILE", field: "results", required: { what: "the results file to export", example: "results.json" }, help: "results of `dnntune bench` (`dnntune.results/v1`)" },
    { flag: "format", type: "string", placeholder: "FORMAT", field: "format", required: { what: "the format to write", example: "gab" }, help: "`gab`: github-action-benchmark (`tool: customSmallerIsBetter`); `bmf`: Bencher Metric Format (`bencher run --adapter json`)" },
    { flag: "out", type: "string", placeholder: "FILE", field: "out", required: { what: "the file to write", example: "benchmark.json" }, help: "the export, written atomically; a file already there is replaced only if dnntune exported it" },
    { flag: "layers", type: "string", placeholder: "WHICH", default: "none", field: "layers", help: "layers to chart besides each model: `none`, `all`, or `top:N` (the N slowest of each model)" },
  ],
  notes: [
    "names are stable from run to run: <model> @ <device>, and : layer <layer> for a layer (docs/exports.md)",
    "",
    "examples:",
    "  dnntune export --results results.json --format gab --out benchmark.json --layers top:5",
    "  dnntune export --results results.json --format bmf --out bmf.json",
  ],
};

interface ExportFlags {
  results: string;
  format: string;
  out: string;
  layers?: string;
}

async function run(args: string[], io: Io): Promise<number> {
  const flags = parseCommandArgs(args, exportSpec) as unknown as ExportFlags;
  const format = EXPORT_FORMATS[parseExportFormat(flags.format)];
  const layers = parseLayerSelection(flags.layers ?? "none");
  checkOutputs([{ flag: "out", path: flags.out, replaces: EXPORT_FILE }], [{ flag: "results", path: flags.results }]);
  const endpoints = endpointSummaries(readResults(flags.results, "results"), { layers, file: flags.results });
  writeJsonAtomic(flags.out, format.render(endpoints, flags.results), "out", EXPORT_FILE);
  io.stdout(writtenFiles([{ path: flags.out, note: `${endpoints.length} endpoint${endpoints.length === 1 ? "" : "s"}, ${format.describe}` }]));
  return 0;
}

export const exportCommand: Command = { spec: exportSpec, run };
