import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { benchmarkName, MAX_NAME_BYTES, wellFormed } from "../../src/export/benchmark-name.js";
import { endpointSummaries, toBmf, toGab } from "../../src/export/index.js";
import { model, results } from "../compare/fixtures.js";

describe("benchmarkName", () => {
  it("is model @ device, then the suffix after a colon", () => {
    expect(benchmarkName("mlp", "pixel7")).toBe("mlp @ pixel7");
    expect(benchmarkName("mlp", "pixel7", "layer fused fc1")).toBe("mlp @ pixel7: layer fused fc1");
  });

  it("keeps a name of exactly the limit, and shortens a longer one to the limit, the same way every time", () => {
    const fits = "m".repeat(MAX_NAME_BYTES - " @ d".length);
    expect(benchmarkName(fits, "d")).toBe(`${fits} @ d`);
    const long = benchmarkName(`${fits}x`, "d");
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(long).toMatch(/^m+ …#[0-9a-f]{16}$/);
    expect(benchmarkName(`${fits}x`, "d")).toBe(long);
  });

  it("keeps two long names that share their start apart", () => {
    const start = "layer/".repeat(300);
    expect(benchmarkName("m", "d", `${start}a`)).not.toBe(benchmarkName("m", "d", `${start}b`));
  });

  it("never cuts a character in two", () => {
    const name = benchmarkName("é".repeat(700), "d", "😀".repeat(100));
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(Buffer.from(name, "utf8").toString("utf8")).toBe(name);
  });
});

describe("wellFormed", () => {
  it("replaces unpaired surrogates, which Bencher's JSON reader refuses, and keeps pairs", () => {
    expect(wellFormed("a\ud800b")).toBe("a\ufffdb");
    expect(wellFormed("\udc00")).toBe("\ufffd");
    expect(wellFormed("x\ud83d")).toBe("x\ufffd");
    expect(wellFormed("😀")).toBe("😀");
    expect(wellFormed("\ud83d\ude00\ude00")).toBe("😀\ufffd");
  });
});

// Any names a results file can hold: the exports stay JSON whose names read back as the names
// given (or their well-formed, capped spelling), unique, within Bencher's limit, and with no
// escaped lone surrogate that serde_json (Bencher) would refuse.
describe("names in exports, for any names", () => {
  const anyName = fc.oneof(
    fc.string({ unit: "binary", minLength: 1, maxLength: 40 }),
    fc.constantFrom("\ud800", "a\udc00b", "\n::error::x", "\u202eevil", '"', "\\", "x".repeat(1100), "é".repeat(600)),
  ).filter((name) => /\S/.test(name) && !name.includes(" @ ") && !name.includes(": layer "));

  it("round-trip through JSON unchanged but for the documented spelling", () => {
    fc.assert(fc.property(anyName, anyName, fc.uniqueArray(anyName, { maxLength: 4, selector: wellFormed }), (modelName, device, layerNames) => {
      const file = results([model(modelName, [1, 2, 3], layerNames.map((name) => ({ name, op: "Relu", shape: [1], samples: [1] })), "t", { oneProcess: true })], device);
      const endpoints = endpointSummaries(file, { layers: { kind: "all" }, file: "r.json" });
      const gabText = JSON.stringify(toGab(endpoints, "r.json"));
      const bmfText = JSON.stringify(toBmf(endpoints, "r.json"));
      for (const text of [gabText, bmfText]) expect(text).not.toMatch(/\\ud[89a-f]/i);
      const expected = [benchmarkName(modelName, device, "latency"), ...layerNames.map((l) => benchmarkName(modelName, device, `layer ${l}`))];
      const gabNames = (JSON.parse(gabText) as { name: string }[]).map((e) => e.name);
      expect(gabNames).toEqual(expected);
      expect(new Set(gabNames).size).toBe(gabNames.length);
      const bmfNames = Object.keys(JSON.parse(bmfText) as object);
      expect(bmfNames).toEqual([benchmarkName(modelName, device), ...layerNames.map((l) => benchmarkName(modelName, device, `layer ${l}`))]);
      for (const name of [...gabNames, ...bmfNames]) {
        expect(Buffer.byteLength(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
        expect(name).toBe(wellFormed(name));
      }
    }), { numRuns: 300 });
  });
});
