// github-action-benchmark's `customSmallerIsBetter` input: a JSON array of
// `{ name, unit, value, range?, extra? }` (its README, on customBiggerIsBetter and
// customSmallerIsBetter; src/extract.ts, `BenchmarkResult` and `extractCustomBenchmarkResult`,
// which keeps exactly those five fields). One entry per endpoint, its value the median.
// `range` is a string the action parses as `± <number>` in the value's unit (extractRangeInfo.ts,
// to rescale it when a unit changes); here it is half the interquartile range, the nearest a
// symmetric ± comes to the spread, and `extra` (the tooltip) gives the quartiles themselves.
// Latency is in `us`, a time unit the action knows (normalizeValueByUnit.ts); energy in `mJ`.
import { z } from "zod";
import { benchmarkName, checkUniqueNames, wellFormed } from "./benchmark-name.js";
import type { EndpointSummary, SampleSummary } from "./endpoint-summaries.js";
import { roundTo } from "./round-to.js";

export type GabUnit = "us" | "mJ";

/** One benchmark result as github-action-benchmark reads it; dnntune always fills range and extra. */
export interface GabEntry {
  name: string;
  unit: GabUnit;
  value: number;
  range: string;
  extra: string;
}

/** Decimals per unit: a nanosecond, a nanojoule. */
const DECIMALS: Record<GabUnit, number> = { us: 3, mJ: 6 };

export function toGab(endpoints: readonly EndpointSummary[], file: string): GabEntry[] {
  const entries = endpoints.map((endpoint) => ({ field: endpoint.field, entry: gabEntry(endpoint) }));
  checkUniqueNames(entries.map(({ field, entry }) => ({ name: entry.name, field })), file);
  return entries.map(({ entry }) => entry);
}

function gabEntry(endpoint: EndpointSummary): GabEntry {
  const { model, device } = endpoint;
  switch (endpoint.kind) {
    case "latency":
      return entry(benchmarkName(model, device, "latency"), "us", endpoint.us, "timed run", endpoint.warnings.length > 0 ? [`warnings: ${endpoint.warnings.join(", ")}`] : []);
    case "energy":
      return entry(benchmarkName(model, device, "energy"), "mJ", endpoint.mj, "sample", [`source: ${endpoint.source}`]);
    case "layer":
      return entry(benchmarkName(model, device, `layer ${endpoint.layer}`), "us", endpoint.us, "profiled run", [`op: ${endpoint.op}`]);
  }
}

/** `sample` names one sample in the singular: `timed run`. */
function entry(name: string, unit: GabUnit, summary: SampleSummary, sample: string, notes: string[]): GabEntry {
  const decimals = DECIMALS[unit];
  const round = (value: number) => roundTo(value, decimals);
  const samples = `${summary.count} ${sample}${summary.count === 1 ? "" : "s"}`;
  return {
    name,
    unit,
    value: round(summary.median),
    range: `± ${round((summary.p75 - summary.p25) / 2).toFixed(decimals)}`,
    extra: wellFormed([`median of ${samples}, p25–p75 ${round(summary.p25)}–${round(summary.p75)} ${unit}`, ...notes].join("\n")),
  };
}

// What toGab writes, and nothing else: how `dnntune export` knows a file it may replace.
const written = z.array(z.strictObject({
  name: z.string().includes(" @ "),
  unit: z.enum(["us", "mJ"]),
  value: z.number(),
  range: z.string().startsWith("± "),
  extra: z.string(),
})).min(1);

/** Whether `text` is a file toGab wrote (names, units and fields as it writes them). */
export function isGabExport(text: string): boolean {
  try {
    return written.safeParse(JSON.parse(text)).success;
  } catch {
    return false;
  }
}
