// Bencher Metric Format (bencher.dev/docs/reference/bencher-metric-format): a JSON object from
// benchmark name to measure to `{ value, lower_value?, upper_value? }`, read by
// `bencher run --adapter json`. A model is one benchmark with the measures `latency` and, when the
// file has it, `energy`; a chosen layer is a benchmark of its own with `latency`. `latency` is
// Bencher's built-in measure, in nanoseconds (bencher.dev/docs/how-to/track-custom-benchmarks), so
// µs become ns; `energy` is created by Bencher on first use and carries mJ. The value is the
// median, lower_value and upper_value the quartiles around it.
import { z } from "zod";
import { benchmarkName, checkUniqueNames } from "./benchmark-name.js";
import type { EndpointSummary, SampleSummary } from "./endpoint-summaries.js";
import { roundTo } from "./round-to.js";

/** The measure slugs dnntune reports under. */
export type BmfMeasure = "latency" | "energy";

export interface BmfMetric {
  value: number;
  lower_value: number;
  upper_value: number;
}

export type Bmf = Record<string, Partial<Record<BmfMeasure, BmfMetric>>>;

export function toBmf(endpoints: readonly EndpointSummary[], file: string): Bmf {
  const benchmarks = new Map<string, Partial<Record<BmfMeasure, BmfMetric>>>();
  const named: { name: string; field: string }[] = [];
  for (const endpoint of endpoints) {
    const { name, measure, metric } = bmfMetric(endpoint);
    // A model's energy joins the benchmark its latency opened; anything else opens its own.
    const opened = endpoint.kind === "energy" ? benchmarks.get(name) : undefined;
    if (opened && opened[measure] === undefined) {
      opened[measure] = metric;
      continue;
    }
    named.push({ name, field: endpoint.field });
    const measures: Partial<Record<BmfMeasure, BmfMetric>> = {};
    measures[measure] = metric;
    benchmarks.set(name, measures);
  }
  checkUniqueNames(named, file);
  return Object.fromEntries(benchmarks);
}

function bmfMetric(endpoint: EndpointSummary): { name: string; measure: BmfMeasure; metric: BmfMetric } {
  const { model, device } = endpoint;
  switch (endpoint.kind) {
    case "latency":
      return { name: benchmarkName(model, device), measure: "latency", metric: metric(endpoint.us, (us) => roundTo(us * 1000, 0)) };
    case "energy":
      return { name: benchmarkName(model, device), measure: "energy", metric: metric(endpoint.mj, (mj) => roundTo(mj, 6)) };
    case "layer":
      return { name: benchmarkName(model, device, `layer ${endpoint.layer}`), measure: "latency", metric: metric(endpoint.us, (us) => roundTo(us * 1000, 0)) };
  }
}

function metric(summary: SampleSummary, convert: (value: number) => number): BmfMetric {
  return { value: convert(summary.median), lower_value: convert(summary.p25), upper_value: convert(summary.p75) };
}

// What toBmf writes, and nothing else: how `dnntune export` knows a file it may replace.
const measured = z.strictObject({ value: z.number(), lower_value: z.number(), upper_value: z.number() });
const written = z.record(z.string().includes(" @ "), z.strictObject({ latency: measured, energy: measured.optional() }))
  .refine((bmf) => Object.keys(bmf).length > 0);

/** Whether `text` is a file toBmf wrote (names, measures and fields as it writes them). */
export function isBmfExport(text: string): boolean {
  try {
    return written.safeParse(JSON.parse(text)).success;
  } catch {
    return false;
  }
}
