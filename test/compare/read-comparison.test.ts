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
