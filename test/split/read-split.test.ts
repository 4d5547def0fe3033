import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FormatError } from "../../src/errors.js";
import { readSplit } from "../../src/split/read-split.js";
import { splitDiff } from "../../src/split/split-diff.js";
import { splitModels } from "../../src/split/split-models.js";
import { mulberry32 } from "../../src/stats/rng.js";
import { handModel } from "./hand-model.js";

const chain = handModel({
  nodes: [
    { name: "A", inputs: ["x"], outputs: ["a"] },
    { name: "B", inputs: ["a"], outputs: ["y"] },
  ],
  bytes: { x: 1_000_000, a: 250_000, y: 4_000 },
  inputs: ["x"],
  outputs: ["y"],
  mobile: { A: [9000, 11000, 10000], B: [20000] },
  cloud: { A: [1000], B: [2000, 2000] },
});
const options = { networks: ["wifi", "lte"], objectives: ["latency", "energy"] as const };
const dir = mkdtempSync(join(tmpdir(), "read-split-"));
const write = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
};

describe("readSplit (dnntune.split/v1)", () => {
  const report = splitModels(chain.mobile, chain.cloud, options);
  const diff = splitDiff(chain, chain, { ...options, rng: mulberry32(1), resamples: 50 });

  it("reads back what split writes, with and without a diff", () => {
    expect(readSplit(write("split.json", report))).toEqual(report);
    expect(readSplit(write("diff.json", { ...report, diff }))).toEqual({ ...report, diff });
  });

  it("refuses a newer version by name", () => {
    expect(() => readSplit(write("v2.json", { ...report, schema: "dnntune.split/v2" }))).toThrow('"dnntune.split/v2" is newer than this dnntune reads (dnntune.split/v1); upgrade dnntune');
  });

  it("names every bad field", () => {
    const bad = structuredClone(report) as unknown as { splits: { best: { place: unknown }; objective: unknown }[] };
    bad.splits[0]!.best.place = { kind: "halfway" };
    bad.splits[1]!.objective = "speed";
    const path = write("bad.json", bad);
    expect(() => readSplit(path)).toThrow(FormatError);
    expect(() => readSplit(path)).toThrow(`${path}: splits[0].best.place.kind: expected one of "mobile-only", "cloud-only", "after", "cut"; got "halfway"\n${path}: splits[1].objective: expected one of "latency", "energy"; got "speed"`);
  });
});
