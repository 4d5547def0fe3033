// The exports against the formats as their tools document them, transcribed here by hand rather
// than imported from src/, so that renaming a field in the exporter fails this test. Each schema
// is strict where the tool would silently drop or misread a field.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { endpointSummaries, toBmf, toGab } from "../../src/export/index.js";
import { readResults } from "../../src/results/read-results.js";
import { smallResults } from "./small-results.js";

// github-action-benchmark: README ("customBiggerIsBetter and customSmallerIsBetter": "Every entry
// in the JSON file you provide only needs to provide name, unit, and value. You can also provide
// optional range … and extra"), and src/extract.ts: `interface BenchmarkResult { name: string;
// value: number; range?: string; unit: string; extra?: string }`; extractCustomBenchmarkResult
// keeps those five fields and the action fails on an empty array ("No benchmark result was found").
const GAB = z.array(z.strictObject({
  name: z.string(),
  value: z.number(),
  range: z.string().optional(),
  unit: z.string(),
  extra: z.string().optional(),
})).min(1);

// src/extractRangeInfo.ts: the range the action rescales when a unit changes.
const RANGE = /(?<prefix>(\+-|±)\s*)(?<value>\d.+)/;
// src/canonicalizeUnit.ts and src/normalizeValueByUnit.ts: the time units the action converts.
const GAB_TIME_UNITS = ["s", "ms", "us", "ns"];

// Bencher Metric Format: bencher.dev/docs/reference/bencher-metric-format, "Bencher Metric Format
// (BMF) JSON Schema": an object of benchmarks, each an object of measures, each
// `{ value: number, lower_value?: number, upper_value?: number }` with `value` required; names up
// to 1,024 characters (bytes, as the server counts them), measure slugs up to 64.
const METRIC = z.strictObject({ value: z.number(), lower_value: z.number().optional(), upper_value: z.number().optional() });
const BMF = z.record(
  z.string().min(1).refine((name) => Buffer.byteLength(name) <= 1024, "benchmark name over 1,024 bytes"),
  z.record(z.string().min(1).max(64), METRIC),
);

const fixture = new URL("../../fixtures/results/local.results.json", import.meta.url).pathname;
const sources = [
  ["the small hand-built file", () => smallResults()],
  ["the real fixtures/results/local.results.json", () => readResults(fixture)],
] as const;

describe.each(sources)("exports of %s", (_, read) => {
  const endpoints = () => endpointSummaries(read(), { layers: { kind: "all" }, file: "results.json" });

  it("are github-action-benchmark customSmallerIsBetter entries the action can parse", () => {
    const entries = JSON.parse(JSON.stringify(toGab(endpoints(), "results.json"))) as unknown;
    const parsed = GAB.parse(entries);
    for (const entry of parsed) {
      expect(entry.value).toBeGreaterThanOrEqual(0);
      const range = RANGE.exec(entry.range ?? "");
      expect(range, entry.range).not.toBeNull();
      expect(Number.isFinite(Number(range!.groups!.value)), entry.range).toBe(true);
    }
    expect(parsed.filter((e) => e.name.endsWith(": latency") || e.name.includes(": layer ")).every((e) => GAB_TIME_UNITS.includes(e.unit))).toBe(true);
    // The action lines up history by name (buildComment: prevSuite.benches.find(i => i.name === current.name)).
    expect(new Set(parsed.map((e) => e.name)).size).toBe(parsed.length);
  });

  it("are Bencher Metric Format, latency under the built-in `latency` measure", () => {
    const parsed = BMF.parse(JSON.parse(JSON.stringify(toBmf(endpoints(), "results.json"))));
    expect(Object.keys(parsed).length).toBeGreaterThan(0);
    for (const measures of Object.values(parsed)) {
      const latency = measures.latency;
      expect(latency).toBeDefined();
      expect(latency!.lower_value!).toBeLessThanOrEqual(latency!.value);
      expect(latency!.value).toBeLessThanOrEqual(latency!.upper_value!);
    }
  });
});

describe("the real fixture, worked by hand", () => {
  // if_branches' eight timed runs, sorted: 19.369 21.392 23.805 28.582 53.85 69.704 79.639 139.328.
  // median = (28.582 + 53.85) / 2 = 41.216; p25 at h = 1.75: 21.392 + 0.75 × 2.413 = 23.20175;
  // p75 at h = 5.25: 69.704 + 0.25 × 9.935 = 72.18775; half the spread (72.18775 − 23.20175) / 2 = 24.493.
  const endpoints = () => endpointSummaries(readResults(fixture), { layers: { kind: "none" }, file: "results.json" });

  it("gab: if_branches' latency", () => {
    expect(toGab(endpoints(), "results.json")[0]).toEqual({
      name: "if_branches @ local: latency", unit: "us", value: 41.216, range: "± 24.493",
      extra: "median of 8 timed runs, p25–p75 23.202–72.188 us\nwarnings: high-variation",
    });
  });

  it("bmf: if_branches' latency in ns", () => {
    expect(toBmf(endpoints(), "results.json")["if_branches @ local"]).toEqual({ latency: { value: 41216, lower_value: 23202, upper_value: 72188 } });
  });
});
