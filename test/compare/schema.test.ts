// dnntune.comparison/v1 in zod: every comparison compare() builds passes it, the types are the
// schema's (checked by the type checker), and an endpoint whose fields contradict its verdict
// does not pass.

import { describe, expect, expectTypeOf, it } from "vitest";
import { z } from "zod";
import { compare } from "../../src/compare/compare.js";
import { comparisonSchema, endpointSchema } from "../../src/compare/schema.js";
import type { Comparison } from "../../src/compare/types.js";
import { cnnLayers, model, noisy, results } from "./fixtures.js";

const cnn = (name: string, latencyUs: number, seed: number) => model(name, noisy(latencyUs, 30, 0.02, seed), cnnLayers((i, op) => `${op.toLowerCase()}${i}`, 1, seed + 100));

describe("comparisonSchema", () => {
  it("is the type compare() returns", () => {
    expectTypeOf(compare).returns.toEqualTypeOf<z.infer<typeof comparisonSchema>>();
    expectTypeOf<Comparison>().toEqualTypeOf<z.output<typeof comparisonSchema>>();
  });

  it("accepts what compare builds: tested, missing, paired, energy and replicate endpoints, before and after JSON", () => {
    const base = cnn("cnn", 2000, 1);
    const head = cnn("cnn", 2400, 2);
    base.energy = { unit: "mJ", source: "modelled", samples: noisy(10, 30, 0.03, 5) };
    head.energy = { unit: "mJ", source: "modelled", samples: noisy(10, 30, 0.03, 6) };
    const paired = model("mlp", noisy(900, 20, 0.02, 7), []);
    paired.latency.paired = { baseSamples: noisy(900, 20, 0.02, 8), headSamples: noisy(950, 20, 0.02, 9) };
    const replicated = [1, 2, 3].map((k) => results([cnn("rep", 2000, 20 + k)]));
    const comparison = compare(
      [results([base]), ...[1, 2, 3].map((k) => results([cnn("rep", 2000, 10 + k)]))],
      [results([head, paired, cnn("new", 700, 3)]), ...replicated],
    );
    const verdicts = new Set(comparison.endpoints.map((e) => e.verdict));
    expect(verdicts).toContain("missing");
    expect(verdicts).toContain("regression");
    expect(comparison.endpoints.some((e) => e.replicates)).toBe(true);
    expect(comparisonSchema.parse(comparison)).toEqual(comparison);
    expect(comparisonSchema.parse(JSON.parse(JSON.stringify(comparison)))).toEqual(comparison);
  });

  it("refuses an endpoint whose fields contradict its verdict, and another schema", () => {
    const comparison = compare(results([cnn("cnn", 2000, 1)]), results([cnn("cnn", 2000, 2), cnn("new", 700, 3)]));
    const tested = comparison.endpoints.find((e) => e.verdict !== "missing")!;
    const missing = comparison.endpoints.find((e) => e.verdict === "missing")!;
    expect(endpointSchema.safeParse({ ...tested, ci: null }).success).toBe(false);
    expect(endpointSchema.safeParse({ ...tested, p: 1.5 }).success).toBe(false);
    expect(endpointSchema.safeParse({ ...missing, ratio: 1.2 }).success).toBe(false);
    const { reason: _reason, ...withoutReason } = missing;
    expect(endpointSchema.safeParse(withoutReason).success).toBe(false);
    expect(endpointSchema.safeParse({ ...tested, verdict: "worse" }).success).toBe(false);
    expect(comparisonSchema.safeParse({ ...comparison, schema: "dnntune.comparison/v2" }).success).toBe(false);
  });

  it("exports to JSON Schema, the two kinds of endpoint as alternatives", () => {
    const json = z.toJSONSchema(comparisonSchema) as { properties: { endpoints: { items: { oneOf?: unknown[]; anyOf?: unknown[] } } } };
    const items = json.properties.endpoints.items;
    expect((items.oneOf ?? items.anyOf)?.length).toBe(2);
  });
});
