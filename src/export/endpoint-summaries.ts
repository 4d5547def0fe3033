// What an export says about one results file, before any format: per model its end-to-end latency,
// its energy when the file has it, and the chosen layers' latency, each as the median of its
// samples with the quartiles around it (type 7, as everywhere in dnntune). The formats render these.
import { FormatError } from "../errors.js";
import type { Results } from "../results/types.js";
import { quantileSorted } from "../stats/index.js";
import type { LayerSelection } from "./layer-selection.js";

/** The middle of a set of samples and its spread, in the samples' unit. */
export interface SampleSummary {
  median: number;
  p25: number;
  p75: number;
  count: number;
}

/** One thing an export charts. `field` is where it sits in the results file, for messages. */
export type EndpointSummary =
  | { kind: "latency"; model: string; device: string; field: string; us: SampleSummary; warnings: string[] }
  | { kind: "energy"; model: string; device: string; field: string; mj: SampleSummary; source: string }
  | { kind: "layer"; model: string; device: string; field: string; layer: string; op: string; us: SampleSummary };

export interface ExportOptions {
  layers: LayerSelection;
  /** The results file, as the user named it: errors say which file. */
  file: string;
}

export function endpointSummaries(results: Results, options: ExportOptions): EndpointSummary[] {
  // An empty export helps no one, and github-action-benchmark fails on one ("No benchmark result
  // was found"): say so here, where the reason is known.
  if (results.models.length === 0) throw new FormatError(options.file, "models", "holds no model, so there is nothing to export; run dnntune bench with at least one model");
  const device = results.device.name;
  const endpoints: EndpointSummary[] = [];
  results.models.forEach((model, m) => {
    const at = `models[${m}]`;
    endpoints.push({ kind: "latency", model: model.name, device, field: `${at}.latency`, us: summarize(model.latency.samples), warnings: model.warnings.map((w) => w.code) });
    if (model.energy) endpoints.push({ kind: "energy", model: model.name, device, field: `${at}.energy`, mj: summarize(model.energy.samples), source: model.energy.source });
    // A layer without samples (no profiled run) has no median to chart.
    const timed = model.layers.flatMap((layer, l) => (layer.samples.length > 0 ? [{ layer, l, us: summarize(layer.samples) }] : []));
    for (const { layer, l, us } of chosen(timed, options.layers)) {
      endpoints.push({ kind: "layer", model: model.name, device, field: `${at}.layers[${l}]`, layer: layer.name, op: layer.op, us });
    }
  });
  return endpoints;
}

/** The selected layers, in the file's order; `top:N` ranks by median, ties by that order. */
function chosen<T extends { l: number; us: SampleSummary }>(layers: readonly T[], selection: LayerSelection): T[] {
  switch (selection.kind) {
    case "none":
      return [];
    case "all":
      return [...layers];
    case "top": {
      const slowest = [...layers].sort((a, b) => b.us.median - a.us.median || a.l - b.l).slice(0, selection.count);
      return slowest.sort((a, b) => a.l - b.l);
    }
  }
}

function summarize(samples: readonly number[]): SampleSummary {
  const sorted = Float64Array.from(samples).sort();
  return { median: quantileSorted(sorted, 0.5), p25: quantileSorted(sorted, 0.25), p75: quantileSorted(sorted, 0.75), count: sorted.length };
}
