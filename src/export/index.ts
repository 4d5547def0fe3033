// export/: a results file in the formats other tools chart history from. Pure: results in, JSON
// values out; `dnntune export` reads and writes the files.
import { InputError } from "../errors.js";
import type { OwnFormat } from "../results/output-paths.js";
import { isBmfExport, toBmf } from "./bmf.js";
import type { EndpointSummary } from "./endpoint-summaries.js";
import { isGabExport, toGab } from "./gab.js";

export { endpointSummaries, type EndpointSummary, type ExportOptions, type SampleSummary } from "./endpoint-summaries.js";
export { parseLayerSelection, type LayerSelection } from "./layer-selection.js";
export { toBmf, type Bmf, type BmfMetric } from "./bmf.js";
export { toGab, type GabEntry } from "./gab.js";

export interface ExportFormat {
  /** What the format is, for help and for the summary line. */
  describe: string;
  render: (endpoints: readonly EndpointSummary[], file: string) => unknown;
}

export const EXPORT_FORMATS = {
  gab: { describe: "github-action-benchmark customSmallerIsBetter JSON", render: toGab },
  bmf: { describe: "Bencher Metric Format JSON", render: toBmf },
} as const satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof EXPORT_FORMATS;

/** `gab` or `bmf`; anything else is an InputError naming `--format`. */
export function parseExportFormat(text: string): ExportFormatName {
  const name = text.trim();
  if (Object.hasOwn(EXPORT_FORMATS, name)) return name as ExportFormatName;
  throw new InputError("format", `expected gab (github-action-benchmark, tool customSmallerIsBetter) or bmf (Bencher Metric Format, bencher run --adapter json); got ${JSON.stringify(text)}`);
}

/** Either format as an existing `--out` that an export may replace: only what dnntune exported. */
export const EXPORT_FILE: OwnFormat = {
  what: "a github-action-benchmark or Bencher Metric Format file that dnntune exported",
  recognize: (text) => isGabExport(text) || isBmfExport(text),
};
