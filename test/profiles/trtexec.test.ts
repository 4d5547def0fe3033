import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FormatError } from "../../src/errors.js";
import { joinTrtexec, onnxNodesOf, parseTrtexecLayerInfo, parseTrtexecProfile, parseTrtexecTimes } from "../../src/profiles/trtexec.js";
import { expectTimes, fuzzParser } from "./profile-fuzz.js";

// Real trtexec output from NVIDIA/TensorRT's trex test inputs (fixtures/profiles/trtexec/README.md).
const read = (name: string) => readFileSync(new URL(`../../fixtures/profiles/trtexec/${name}`, import.meta.url), "utf8");
const noMedian = read("mobilenet.qat.profile.json");
const withMedian = read("mobilenet_v2_residuals.qat.profile.json");
const layerInfo = read("mobilenet.qat.layers.json");

// With TensorRT's \x1f between entries, as tools reading real layer info describe it (no published capture was found).
const US = String.fromCharCode(0x1f);
const metadataInfo = JSON.stringify({
  Layers: [
    { Name: "/conv1/Conv + /relu1/Relu", LayerType: "CaskConvolution", Metadata: `[ONNX Layer: /conv1/Conv]${US}[ONNX Layer: /relu1/Relu]` },
    { Name: "Reformatting CopyNode for Input Tensor 0 to /fc/Gemm", LayerType: "Reformat" },
    { Name: "/fc/Gemm", LayerType: "CaskGemmMatrixMultiply", Metadata: "[ONNX Layer: /fc/Gemm]" },
  ],
  Bindings: ["input", "output"],
});
const metadataProfile = `[
  { "count" : 10 }
, { "name" : "/conv1/Conv + /relu1/Relu", "timeMs" : 1.5, "averageMs" : 0.15, "medianMs" : 0.149, "percentage" : 60 }
, { "name" : "Reformatting CopyNode for Input Tensor 0 to /fc/Gemm", "timeMs" : 0.25, "averageMs" : 0.025, "medianMs" : 0.025, "percentage" : 10 }
, { "name" : "/fc/Gemm", "timeMs" : 0.75, "averageMs" : 0.075, "medianMs" : 0.074, "percentage" : 30 }
]`;

describe("parseTrtexecProfile", () => {
  it("reads the run count and each layer's times in µs, with the median where trtexec wrote one", () => {
    const profile = parseTrtexecProfile(withMedian, "p.json");
    expect(profile.runs).toBe(8657);
    expect(profile.layers).toHaveLength(11);
    // 0.00455183 ms = 4.55183 µs; 39.4052 ms total; 0.004384 ms median.
    expect(profile.layers[0]).toEqual({ name: "QuantizeLinear_2", totalUs: 39405.2, averageUs: 4.552, medianUs: 4.384, percent: 1.27889 });
    expect(profile.layers.at(-1)).toMatchObject({ name: "copied_squeeze_after_(Unnamed Layer* 803) [ElementWise]", totalUs: 0, averageUs: 0 });
  });

  it("reads older profiles without medianMs", () => {
    const profile = parseTrtexecProfile(noMedian, "p.json");
    expect(profile.runs).toBe(4216);
    expect(profile.layers.map((l) => l.medianUs)).toEqual(Array(9).fill(undefined));
    expect(profile.layers[1]!.averageUs).toBeCloseTo(10.7465, 2);
  });

  it.each([
    ["not JSON", "[\n  { \"count\" : 3 }\n, { \"name\" : \"a\"b\" }\n]", /^p\.json: line 3: not trtexec --exportProfile JSON/],
    ["a file cut short", withMedian.slice(0, 200), /^p\.json: line 4: not trtexec --exportProfile JSON/],
    ["no count", '[{"name":"a","timeMs":1,"averageMs":1,"percentage":1}]', /^p\.json: \[0\]: expected \{"count": N\}/],
    ["a negative time", '[{"count":1},{"name":"a","timeMs":-1,"averageMs":1,"percentage":1}]', /^p\.json: \[1\]\.timeMs: expected a time in ms/],
    ["a name that is a number", '[{"count":1},{"name":5,"timeMs":1,"averageMs":1,"percentage":1}]', /^p\.json: \[1\]\.name: expected the layer's name/],
  ])("refuses %s, naming the file and where", (_, text, message) => {
    expect(() => parseTrtexecProfile(text, "p.json")).toThrow(FormatError);
    expect(() => parseTrtexecProfile(text, "p.json")).toThrow(message);
  });
});

describe("parseTrtexecLayerInfo and joinTrtexec", () => {
  it("maps each fused layer to the ONNX nodes its Metadata lists: the join key to the ONNX vocabulary", () => {
    const layers = joinTrtexec(parseTrtexecProfile(metadataProfile, "p.json"), parseTrtexecLayerInfo(metadataInfo, "l.json"));
    expect(layers.map((l) => [l.name, l.covers, l.mapped])).toEqual([
      ["/conv1/Conv + /relu1/Relu", ["/conv1/Conv", "/relu1/Relu"], true],
      ["Reformatting CopyNode for Input Tensor 0 to /fc/Gemm", [], false],
      ["/fc/Gemm", ["/fc/Gemm"], true],
    ]);
    expect(layers[1]).toMatchObject({ layerType: "Reformat", reformatFor: "/fc/Gemm", averageUs: 25 });
  });

  it("keeps the TensorRT name, unmapped, for layers whose layer info has no Metadata (real TensorRT output)", () => {
    const layers = joinTrtexec(parseTrtexecProfile(noMedian, "p.json"), parseTrtexecLayerInfo(layerInfo, "l.json"));
    expect(layers).toHaveLength(9);
    expect(layers.every((l) => !l.mapped && l.covers.length === 0)).toBe(true);
    expect(layers[1]).toMatchObject({ name: "features.0.0.weight + QuantizeLinear_8 + Conv_12 + PWN(Clip_16)", layerType: "CaskConvolution" });
    // The reformatting layer is in the profile but not in the layer info: kept, its time counted.
    const reformat = layers.find((l) => l.reformatFor !== undefined)!;
    expect(reformat).toMatchObject({ reformatFor: "features.2.conv.2.weight + QuantizeLinear_90 + Conv_94", layerType: undefined, averageUs: 6.071 });
  });

  it("reads layer info that lists names only (built without --profilingVerbosity=detailed)", () => {
    expect(parseTrtexecLayerInfo('{"Layers": ["a + b", "c"], "Bindings": ["x"]}', "l.json")).toEqual([
      { name: "a + b", layerType: undefined, onnxNodes: undefined },
      { name: "c", layerType: undefined, onnxNodes: undefined },
    ]);
  });

  it("splits Metadata on either separator and on entries run together, and ignores text that names no ONNX layer", () => {
    expect(onnxNodesOf(`[ONNX Layer: a]${US}[ONNX Layer: b]${String.fromCharCode(0x1e)}[ONNX Layer: c]`)).toEqual(["a", "b", "c"]);
    expect(onnxNodesOf("[ONNX Layer: q][ONNX Layer: k]")).toEqual(["q", "k"]);
    expect(onnxNodesOf("[ONNX Layer: /m/layer[0]/Conv]")).toEqual(["/m/layer[0]/Conv"]);
    expect(onnxNodesOf("")).toEqual([]);
    expect(onnxNodesOf("something else")).toEqual([]);
  });

  it.each([
    ["no Layers", '{"Bindings": []}', /^l\.json: Layers: expected \{"Layers": \[\.\.\.\]\}/],
    ["a layer without a name", '{"Layers": [{"LayerType": "X"}]}', /^l\.json: Layers\[0\]\.Name: expected the layer's name/],
    ["Metadata that is not text", '{"Layers": [{"Name": "a", "Metadata": 3}]}', /^l\.json: Layers\[0\]\.Metadata: expected a string/],
  ])("refuses layer info with %s", (_, text, message) => {
    expect(() => parseTrtexecLayerInfo(text, "l.json")).toThrow(message);
  });
});

// `--exportTimes` as samples/common/sampleReporting.cpp's exportJSONTrace writes it (TensorRT 8+
// field names; `std::ostream` prints floats with %g), one warm-up inference and two timed.
const times = `[
  { "startEnqMs" : 0.0219, "endEnqMs" : 0.0412, "startH2dMs" : 0.0219, "endH2dMs" : 0.0561, "startComputeMs" : 0.0561, "endComputeMs" : 1.84127, "startD2hMs" : 1.84127, "endD2hMs" : 1.85, "h2dMs" : 0.0342, "computeMs" : 1.78517, "d2hMs" : 0.00873, "latencyMs" : 1.8281, "endToEndMs" : 1.82810 }
, { "startEnqMs" : 200.1, "endEnqMs" : 200.12, "startH2dMs" : 200.1, "endH2dMs" : 200.13, "startComputeMs" : 200.13, "endComputeMs" : 201.3, "startD2hMs" : 201.3, "endD2hMs" : 201.31, "h2dMs" : 0.03, "computeMs" : 1.17, "d2hMs" : 0.01, "latencyMs" : 1.21, "endToEndMs" : 1.21 }
, { "startEnqMs" : 201.4, "endEnqMs" : 201.42, "startH2dMs" : 201.4, "endH2dMs" : 201.43, "startComputeMs" : 201.43, "endComputeMs" : 202.6, "startD2hMs" : 202.6, "endD2hMs" : 202.61, "h2dMs" : 0.03, "computeMs" : 1.17, "d2hMs" : 0.01, "latencyMs" : 1.2, "endToEndMs" : 1.2 }
]
`;

describe("parseTrtexecTimes", () => {
  it("reads each inference's start, compute and latency in µs, warm-up ones included", () => {
    expect(parseTrtexecTimes(times, "t.json")).toEqual([
      { startComputeUs: 56.1, latencyUs: 1828.1, computeUs: 1785.17 },
      { startComputeUs: 200130, latencyUs: 1210, computeUs: 1170 },
      { startComputeUs: 201430, latencyUs: 1200, computeUs: 1170 },
    ]);
  });

  it.each([
    ["not JSON", "[{", /^t\.json: line 1: not trtexec --exportTimes JSON/],
    ["not a list", "{}", /^t\.json: expected a JSON array of inferences/],
    ["an inference without a latency", '[{"startComputeMs": 1, "computeMs": 1}]', /^t\.json: \[0\]\.latencyMs: expected a time in ms/],
    ["a negative time", '[{"startComputeMs": 1, "computeMs": -1, "latencyMs": 1}]', /^t\.json: \[0\]\.computeMs: expected a time in ms/],
  ])("refuses %s, naming the file and entry", (_, text, message) => {
    expect(() => parseTrtexecTimes(text, "t.json")).toThrow(FormatError);
    expect(() => parseTrtexecTimes(text, "t.json")).toThrow(message);
  });
});

describe("trtexec parsers under fuzzing", () => {
  it("read or refuse every truncation and mutation of --exportTimes", () => {
    fuzzParser([times], parseTrtexecTimes, (inferences) => {
      for (const t of inferences) expectTimes(t.startComputeUs, t.latencyUs, t.computeUs);
    });
  });

  it("read or refuse every truncation and mutation of the real profiles", () => {
    fuzzParser([noMedian, withMedian, metadataProfile], parseTrtexecProfile, (p) => {
      expect(Number.isSafeInteger(p.runs)).toBe(true);
      for (const l of p.layers) {
        expect(typeof l.name).toBe("string");
        expectTimes(l.totalUs, l.averageUs, l.medianUs);
      }
    });
  });

  it("read or refuse every truncation and mutation of the real layer info", () => {
    fuzzParser([layerInfo, metadataInfo], parseTrtexecLayerInfo, (layers) => {
      for (const l of layers) expect(typeof l.name === "string" && (l.onnxNodes ?? []).every((n) => typeof n === "string")).toBe(true);
    });
  });
});
