// Fuzz the results reader with broken copies of a real results file (fixtures/results). It must
// return results that compare and split can use, or refuse with a FormatError naming the file.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { compare } from "../../src/compare/index.js";
import { FormatError, InputError } from "../../src/errors.js";
import { readResults, validateResults } from "../../src/results/read-results.js";
import type { Results } from "../../src/results/types.js";
import { splitModels } from "../../src/split/split-models.js";
import { budget } from "./budget.js";
import { mutatedBytes, mutatedJson, oddJson, parsesOrRefuses } from "./mutate.js";
import { fifo, readInChild } from "./special-files.js";

const FILE = "results.json";
const bytes = readFileSync(new URL("../../fixtures/results/local.results.json", import.meta.url));
const real = JSON.parse(bytes.toString()) as Parameters<typeof mutatedJson>[0];
const original = () => structuredClone(real) as unknown as Results;
const dir = mkdtempSync(join(tmpdir(), "dnntune-fuzz-results-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The stages that read results next: a bug there is a bug of validation. */
function useResults(results: Results): void {
  try {
    compare(original(), results);
    compare(results, original());
    splitModels(results, original(), { networks: ["wifi"], objectives: ["latency"], userNetworks: [] });
    splitModels(original(), results, { networks: ["wifi"], objectives: ["energy"], userNetworks: [] });
  } catch (error) {
    if (!(error instanceof FormatError || error instanceof InputError)) throw error;
  }
}

describe("validateResults under fuzzing", () => {
  it("accepts the real results file the mutations start from", () => {
    useResults(validateResults(original(), FILE));
  });

  it("returns or refuses a real results file with fields deleted, emptied or of the wrong type", () => {
    fc.assert(fc.property(mutatedJson(real), (value) => { parsesOrRefuses(() => validateResults(value, FILE), FILE); }), budget());
  });

  it("returns or refuses any JSON value", () => {
    fc.assert(fc.property(fc.oneof(fc.jsonValue(), oddJson), (value) => { parsesOrRefuses(() => validateResults(value, FILE), FILE); }), budget());
  });

  // Validation once accepted results that crashed compare or split with a TypeError — a missing
  // device.fingerprint, models[].warnings or graph.tensors, layers[].covers of numbers, a string
  // where samples' numbers are read.
  it("returns only results that compare and split can use", () => {
    fc.assert(fc.property(mutatedJson(real), (value) => {
      const results = parsesOrRefuses(() => validateResults(value, FILE), FILE);
      if (results) useResults(results);
    }), budget());
  });
});

describe("readResults under fuzzing", () => {
  it("returns or refuses bit flips, truncations and splices of a real results file", () => {
    let n = 0;
    fc.assert(fc.property(mutatedBytes([bytes]), (mutated) => {
      const path = join(dir, `mutated-${n++}.json`);
      writeFileSync(path, mutated);
      parsesOrRefuses(() => readResults(path, "--head"), path);
    }), budget());
  });

  it("refuses a folder and a missing file as the flag's input", () => {
    mkdirSync(join(dir, "folder.json"), { recursive: true });
    expect(() => readResults(join(dir, "folder.json"), "--head")).toThrow(InputError);
    expect(() => readResults(join(dir, "none.json"), "--head")).toThrow(/^--head: cannot read .*none\.json: no such file/);
  });

  // A FIFO with no writer once hung the reader.
  it("refuses a FIFO instead of waiting for a writer", async () => {
    const { path, done } = fifo();
    try {
      expect(await readInChild("results", path)).not.toBe("hang");
    } finally {
      done();
    }
  });
});
