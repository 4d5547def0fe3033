import { describe, expect, it } from "vitest";
import { endpointSummaries, toBmf, type LayerSelection } from "../../src/export/index.js";
import { isBmfExport } from "../../src/export/bmf.js";
import { model, results } from "../compare/fixtures.js";
import { ODD_LAYER, smallResults } from "./small-results.js";

const bmf = (layers: LayerSelection = { kind: "all" }, from = smallResults()) => toBmf(endpointSummaries(from, { layers, file: "small.json" }), "small.json");

// The same hand-worked medians and quartiles as gab.test.ts, latency in ns (µs × 1000), energy in mJ.
const EXPECTED = {
  "tiny @ pixel 7": {
    latency: { value: 12000, lower_value: 11000, upper_value: 13000 },
    energy: { value: 3.3, lower_value: 3.15, upper_value: 3.45 },
  },
  "tiny @ pixel 7: layer conv": { latency: { value: 5000, lower_value: 4500, upper_value: 5500 } },
  "tiny @ pixel 7: layer relu": { latency: { value: 1250, lower_value: 1125, upper_value: 1375 } },
  [`tiny @ pixel 7: layer ${ODD_LAYER}`]: { latency: { value: 2000, lower_value: 2000, upper_value: 2000 } },
  "second @ pixel 7": { latency: { value: 100000, lower_value: 100000, upper_value: 100000 } },
};

describe("toBmf", () => {
  it("writes a benchmark per model (latency, energy) and per layer (latency), as worked out by hand", () => {
    const written = bmf();
    expect(written).toEqual(EXPECTED);
    expect(Object.keys(written)).toEqual(Object.keys(EXPECTED));
  });

  it("writes the odd layer name escaped as a key, and reads it back unchanged", () => {
    const text = JSON.stringify(bmf(), null, 1);
    expect(text).toContain(String.raw`"tiny @ pixel 7: layer odd \"quoted\" \\ name\n\t\u001b[31m": {`);
    expect(JSON.parse(text)).toEqual(EXPECTED);
  });

  it("lists the models only by default", () => {
    expect(Object.keys(bmf({ kind: "none" }))).toEqual(["tiny @ pixel 7", "second @ pixel 7"]);
  });

  it("rounds latency to whole nanoseconds", () => {
    // (1.0004 + 1.0007) / 2 = 1.00055 µs → 1000.55 ns → 1001 ns
    const file = results([model("m", [1.0004, 1.0007], [], "t", { oneProcess: true })]);
    expect(bmf({ kind: "none" }, file)["m @ host"]!.latency!.value).toBe(1001);
  });
});

describe("isBmfExport", () => {
  it("knows a file toBmf wrote, after a round trip through JSON", () => {
    expect(isBmfExport(JSON.stringify(bmf(), null, 1))).toBe(true);
  });

  it.each([
    ["bencher mock's output", JSON.stringify({ "bencher::mock_0": { latency: { value: 1.5, lower_value: 1, upper_value: 2 } } })],
    ["another measure", JSON.stringify({ "m @ d": { latency: { value: 1, lower_value: 1, upper_value: 1 }, "file-size": { value: 3, lower_value: 3, upper_value: 3 } } })],
    ["an empty object", "{}"],
    ["a results file", JSON.stringify(smallResults())],
    ["not JSON", "{"],
  ])("does not take %s for one", (_, text) => {
    expect(isBmfExport(text)).toBe(false);
  });
});
