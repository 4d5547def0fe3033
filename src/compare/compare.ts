// Compare head results against base results: align models, devices and layers, test every
// endpoint, correct for multiplicity (Holm on primary endpoints, BH on each model's layers) and
// give each a verdict. Pure: the caller reads the files and passes their names for messages.

import type { Results } from "../results/types.js";
import { benjaminiHochberg } from "../stats/benjamini-hochberg.js";
import { holm } from "../stats/holm.js";
import { alignResults, type AlignedSeries } from "./align-results.js";
import { readCompareOptions, type CompareOptions, type CompareOptionsInput } from "./compare-options.js";
import { judge, lookAdjustedP, missingEndpoint, testEndpoint, type Measured } from "./test-endpoint.js";
import { COMPARISON_SCHEMA, type Comparison, type Endpoint, type Metric } from "./types.js";

/**
 * Compare head against base. Several results files per side (one per device, or shards of one
 * device) are merged by device name; Holm then runs across the primary endpoints of all of them.
 */
export function compare(
  base: Results | readonly Results[],
  head: Results | readonly Results[],
  options: CompareOptionsInput = {},
): Comparison {
  const opts = readCompareOptions(options);
  const alignment = alignResults(toList(base), toList(head), opts);
  const measure = (series: AlignedSeries) => testEndpoint({ ...series, minAbs: minAbsOf(series.where.metric, opts), options: opts });
  const primary = judgeFamily(alignment.primary.map(measure), holm, opts);
  const modelledEnergy = judgeFamily(alignment.modelledEnergy.map(measure), holm, opts);
  const layers = alignment.layerFamilies.flatMap((family) => judgeFamily(family.map(measure), benjaminiHochberg, opts));
  const endpoints: Endpoint[] = [...primary, ...modelledEnergy, ...layers, ...alignment.missing.map(missingEndpoint)];

  // Keep the reading order: device, model, then latency, energy, layers in head order.
  const order = new Map<string, number>();
  for (const e of endpoints) {
    const key = `${e.device}\0${e.model}`;
    if (!order.has(key)) order.set(key, order.size);
  }
  const metricRank: Record<Metric, number> = { latency: 0, energy: 1, layer: 2 };
  const rank = new Map(endpoints.map((e, i) => [e, [order.get(`${e.device}\0${e.model}`) ?? 0, metricRank[e.metric], e.metric === "layer" ? alignment.layerPosition(e) : 0, i] as const]));
  endpoints.sort((a, b) => {
    const [x, y] = [rank.get(a)!, rank.get(b)!];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2] || x[3] - y[3];
  });
  const judgedAt = { threshold: opts.threshold, alpha: opts.alpha, minAbsModelUs: opts.minAbsModelUs, minAbsLayerUs: opts.minAbsLayerUs };
  return { schema: COMPARISON_SCHEMA, judgedAt, endpoints, findings: alignment.findings };
}

/** One family's p-values adjusted together, and every endpoint's verdict from its adjusted p. */
function judgeFamily(family: Measured[], adjust: (p: readonly number[]) => number[], opts: CompareOptions): Endpoint[] {
  const adjusted = adjust(family.map(lookAdjustedP));
  return family.map((measured, i) => judge(measured, adjusted[i] as number, opts));
}

function minAbsOf(metric: Metric, opts: CompareOptions): number {
  switch (metric) {
    case "latency":
      return opts.minAbsModelUs;
    case "energy":
      return opts.minAbsEnergyMj;
    case "layer":
      return opts.minAbsLayerUs;
  }
}

function toList(value: Results | readonly Results[]): readonly Results[] {
  return Array.isArray(value) ? value : [value as Results];
}
