import { describe, expect, it } from "vitest";
import { FormatError } from "../../src/errors.js";
import { endpointSummaries, toGab, type LayerSelection } from "../../src/export/index.js";
import { isGabExport } from "../../src/export/gab.js";
import { model, results } from "../compare/fixtures.js";
import { ODD_LAYER, smallResults } from "./small-results.js";

const gab = (layers: LayerSelection = { kind: "all" }, from = smallResults()) => toGab(endpointSummaries(from, { layers, file: "small.json" }), "small.json");

// Worked out by hand from the samples in small-results.ts: value = median, range = ± (p75 − p25) / 2.
const EXPECTED = [
  { name: "tiny @ pixel 7: latency", unit: "us", value: 12, range: "± 1.000", extra: "median of 5 timed runs, p25–p75 11–13 us" },
  { name: "tiny @ pixel 7: energy", unit: "mJ", value: 3.3, range: "± 0.150000", extra: "median of 4 samples, p25–p75 3.15–3.45 mJ\nsource: measured:rapl" },
  { name: "tiny @ pixel 7: layer conv", unit: "us", value: 5, range: "± 0.500", extra: "median of 3 profiled runs, p25–p75 4.5–5.5 us\nop: Conv" },
  { name: "tiny @ pixel 7: layer relu", unit: "us", value: 1.25, range: "± 0.125", extra: "median of 2 profiled runs, p25–p75 1.125–1.375 us\nop: Relu" },
  { name: `tiny @ pixel 7: layer ${ODD_LAYER}`, unit: "us", value: 2, range: "± 0.000", extra: "median of 1 profiled run, p25–p75 2–2 us\nop: Gemm" },
  { name: "second @ pixel 7: latency", unit: "us", value: 100, range: "± 0.000", extra: "median of 1 timed run, p25–p75 100–100 us\nwarnings: high-variation" },
];

describe("toGab", () => {
  it("writes one entry per model latency, energy and layer, as worked out by hand", () => {
    expect(gab()).toEqual(EXPECTED);
  });

  it("writes the odd layer name escaped, and reads it back unchanged", () => {
    const text = JSON.stringify(gab(), null, 1);
    expect(text).toContain(String.raw`"name": "tiny @ pixel 7: layer odd \"quoted\" \\ name\n\t\u001b[31m"`);
    expect((JSON.parse(text) as { name: string }[]).map((e) => e.name)).toEqual(EXPECTED.map((e) => e.name));
  });

  it("lists no layer by default, and the N slowest of each model with top:N, in the file's order", () => {
    const names = (layers: LayerSelection) => gab(layers).map((e) => e.name);
    expect(names({ kind: "none" })).toEqual(["tiny @ pixel 7: latency", "tiny @ pixel 7: energy", "second @ pixel 7: latency"]);
    expect(names({ kind: "top", count: 1 })).toEqual(["tiny @ pixel 7: latency", "tiny @ pixel 7: energy", "tiny @ pixel 7: layer conv", "second @ pixel 7: latency"]);
    // conv (5 µs) and the odd layer (2 µs) beat relu (1.25 µs); they stay in the file's order.
    expect(names({ kind: "top", count: 2 })).toEqual(["tiny @ pixel 7: latency", "tiny @ pixel 7: energy", "tiny @ pixel 7: layer conv", `tiny @ pixel 7: layer ${ODD_LAYER}`, "second @ pixel 7: latency"]);
    expect(names({ kind: "top", count: 99 })).toEqual(names({ kind: "all" }));
  });

  it("breaks a tie for the last place in top:N by the file's order", () => {
    const tied = results([model("m", [1], [
      { name: "a", op: "Relu", shape: [1], samples: [3] },
      { name: "b", op: "Relu", shape: [1], samples: [5] },
      { name: "c", op: "Relu", shape: [1], samples: [5] },
    ], "t", { oneProcess: true })]);
    expect(gab({ kind: "top", count: 1 }, tied).map((e) => e.name)).toEqual(["m @ host: latency", "m @ host: layer b"]);
  });

  it("names an endpoint by model, device and layer only: other samples, the same names", () => {
    const other = smallResults();
    for (const m of other.models) {
      m.latency.samples = m.latency.samples.map((s) => s * 1.7);
      for (const layer of m.layers) layer.samples = [...layer.samples, 9, 9, 9].reverse();
    }
    expect(gab({ kind: "all" }, other).map((e) => e.name)).toEqual(EXPECTED.map((e) => e.name));
  });

  it("skips a layer without samples (no median to chart)", () => {
    const file = smallResults();
    file.models[0]!.layers[0]!.samples = [];
    expect(gab().map((e) => e.name)).toContain("tiny @ pixel 7: layer conv");
    expect(gab({ kind: "all" }, file).map((e) => e.name)).not.toContain("tiny @ pixel 7: layer conv");
  });

  it("refuses two endpoints that would share a name, naming both in the results file", () => {
    // Model "a"'s layer "x @ host: latency" and model "a @ host: layer x"'s latency both spell
    // "a @ host: layer x @ host: latency": only names holding " @ " can meet.
    const clash = results([
      model("a", [1], [{ name: "x @ host: latency", op: "Relu", shape: [1], samples: [1] }], "t", { oneProcess: true }),
      model("a @ host: layer x", [1], [], "u", { oneProcess: true }),
    ]);
    let error: unknown;
    try {
      gab({ kind: "all" }, clash);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FormatError);
    expect((error as FormatError).message).toBe('small.json: models[1].latency: exports under the name "a @ host: layer x @ host: latency", which models[0].layers[0] exports under too; rename one of them so that each keeps its own history');
  });

  it("refuses a results file without models: github-action-benchmark refuses an empty array", () => {
    expect(() => gab({ kind: "all" }, results([]))).toThrow(/^small\.json: models: holds no model, so there is nothing to export/);
  });
});

describe("isGabExport", () => {
  it("knows a file toGab wrote, after a round trip through JSON", () => {
    expect(isGabExport(JSON.stringify(gab(), null, 1))).toBe(true);
  });

  it.each([
    ["another tool's entries", JSON.stringify([{ name: "fib(20)", unit: "ns/iter", value: 37174, range: "± 7527" }])],
    ["an empty array", "[]"],
    ["a results file", JSON.stringify(smallResults())],
    ["an entry with a field more", JSON.stringify([{ ...EXPECTED[0], os: "linux" }])],
    ["not JSON", "[{"],
    ["a YAML file", "models:\n  - path: m.onnx\n"],
  ])("does not take %s for one", (_, text) => {
    expect(isGabExport(text)).toBe(false);
  });
});
