import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readComparison } from "../../src/compare/read-comparison.js";
import { FormatError, InputError } from "../../src/errors.js";
import { oneRegression } from "../report/scenarios.js";

const dir = mkdtempSync(join(tmpdir(), "read-comparison-"));
const write = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === "string" ? value : JSON.stringify(value));
  return path;
};

describe("readComparison (dnntune.comparison/v1)", () => {
  const { comparison } = oneRegression();

  it("reads back what compare writes", () => {
    expect(readComparison(write("c.json", comparison))).toEqual(comparison);
  });

  it("refuses verdicts compare cannot write, naming the endpoint and field (an edited file must not gate)", () => {
    const i = comparison.endpoints.findIndex((e) => e.verdict === "regression");
    const edited = (change: Record<string, unknown>) => {
      const c = structuredClone(comparison) as unknown as { endpoints: Record<string, unknown>[] };
      Object.assign(c.endpoints[i]!, change);
      return write(`edited-${Object.keys(change).join("-")}.json`, c);
    };
    expect(() => readComparison(edited({ ratio: 0.9, ci: [0.85, 0.95] }))).toThrow(`endpoints[${i}].ratio: a regression is slower (ratio above 1); got 0.9`);
    expect(() => readComparison(edited({ unit: "runs" }))).toThrow(`endpoints[${i}].verdict: one process a side decides nothing, so it is inconclusive; got regression`);
    expect(() => readComparison(edited({ ci: [1.5, 1.1] }))).toThrow(`endpoints[${i}].ci: must be [lower, upper]`);
    expect(() => readComparison(edited({ verdict: "inconclusive", needs: { count: 0, unit: "pairs" } }))).toThrow(`endpoints[${i}].needs.count`);
  });

  it("refuses a newer version, another format and a bad field by name", () => {
    expect(() => readComparison(write("v2.json", { ...comparison, schema: "dnntune.comparison/v2" }))).toThrow('"dnntune.comparison/v2" is newer than this dnntune reads (dnntune.comparison/v1); upgrade dnntune');
    expect(() => readComparison(write("split.json", { schema: "dnntune.split/v1" }))).toThrow(FormatError);
    const bad = structuredClone(comparison) as unknown as { endpoints: { verdict: unknown }[] };
    bad.endpoints[0]!.verdict = "worse";
    const path = write("bad.json", bad);
    expect(() => readComparison(path)).toThrow(`${path}: endpoints[0]`);
  });

  it("names the flag for a file it cannot read", () => {
    expect(() => readComparison(join(dir, "missing.json"), "comparison")).toThrow(InputError);
    expect(() => readComparison(join(dir, "missing.json"), "comparison")).toThrow(/^comparison: cannot read /);
  });
});
