import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FormatError } from "../../src/errors.js";
import { mapTfliteLayers, parseTfliteBenchmark, type TfliteLayer } from "../../src/profiles/tflite-benchmark.js";
import { expectTimes, fuzzParser } from "./profile-fuzz.js";

// fixtures/profiles/tflite-benchmark/README.md: a real NNAPI run (older format) and a
// reconstructed GPU run as stdout and as CSV.
const read = (name: string) => readFileSync(new URL(`../../fixtures/profiles/tflite-benchmark/${name}`, import.meta.url), "utf8");
const nnapi = read("deeplabv3-nnapi.stdout.txt");
const gpu = read("mobilenet_v2-gpu.stdout.txt");
const csv = read("mobilenet_v2-gpu.csv");

// Rows as a public capture of a current benchmark_model with XNNPACK shows them, tabs turned to
// spaces by the terminal it was copied from: XNNPACK profiles its own ops (`Delegate/…` rows).
const xnnpack = `INFO: Created TensorFlow Lite XNNPACK delegate for CPU.
INFO: Operator-wise Profiling Info for Regular Benchmark Runs:
============================== Run Order ==============================
                                     [node type]          [first]        [avg ms]            [%]          [cdf%]          [mem KB]        [times called]  [Name]
                                        QUANTIZE            0.199           0.203         1.328%          1.328%             0.000                1       [tfl.quantize]:0
                   Convolution (NHWC, QC8) IGEMM            0.398           0.407         2.658%          3.986%             0.000                1       Delegate/Convolution (NHWC, QC8) IGEMM:0
                  Convolution (NHWC, QC8) DWConv            0.428           0.051         4.317%          8.304%             0.000               13       Delegate/Convolution (NHWC, QC8) DWConv:1

`;

describe("parseTfliteBenchmark", () => {
  it("reads the older table with its [start] column, keeping each NNAPI-delegated subgraph as one layer", () => {
    const { format, layers } = parseTfliteBenchmark(nnapi, "deeplab.txt");
    expect(format).toBe("table");
    expect(layers.map((l) => l.nodeType)).toEqual(["TfLiteNnapiDelegate", "AVERAGE_POOL_2D", "TfLiteNnapiDelegate", "RESIZE_BILINEAR", "TfLiteNnapiDelegate", "RESIZE_BILINEAR", "RESIZE_BILINEAR", "ARG_MAX"]);
    expect(layers[0]).toMatchObject({
      name: "[MobilenetV2/expanded_conv_16/project/add_fold, aspp0/Relu]:71",
      nodeIndex: 71,
      outputs: ["MobilenetV2/expanded_conv_16/project/add_fold", "aspp0/Relu"],
      delegate: "TfLiteNnapiDelegate",
      accelerator: "nnapi",
      firstUs: 11665,
      averageUs: 11422,
      timesCalled: 1,
      line: 4,
    });
    expect(layers[1]).toMatchObject({ nodeType: "AVERAGE_POOL_2D", delegate: undefined, accelerator: undefined, averageUs: 80 });
  });

  it("reads the current table (no [start]) and only its Run Order, with the GPU delegate flagged and the run's timings", () => {
    const result = parseTfliteBenchmark(gpu, "gpu.txt");
    expect(result.layers.map((l) => [l.nodeType, l.accelerator, l.averageUs])).toEqual([
      ["TfLiteGpuDelegateV2", "gpu", 4596],
      ["MEAN", undefined, 98],
      ["TfLiteGpuDelegateV2", "gpu", 312],
      ["SOFTMAX", undefined, 11],
    ]);
    expect(result.inference).toEqual({ initUs: 412310, firstInferenceUs: 6124, warmupAverageUs: 5321.4, inferenceAverageUs: 5017.2 });
  });

  it("reads the CSV formatter's rows to the same layers, skipping the init section and restoring the names' commas", () => {
    const fromCsv = parseTfliteBenchmark(csv, "gpu.csv");
    const fromText = parseTfliteBenchmark(gpu, "gpu.txt");
    expect(fromCsv.format).toBe("csv");
    const key = (l: { name: string; nodeType: string; outputs: string[]; averageUs: number; accelerator: string | undefined }) => [l.nodeType, l.outputs, l.averageUs, l.accelerator];
    expect(fromCsv.layers.map(key)).toEqual(fromText.layers.map(key));
  });

  it("reads space-separated rows and XNNPACK's own ops, whose node type holds ', '", () => {
    const { layers } = parseTfliteBenchmark(xnnpack, "x.txt");
    expect(layers.map((l) => [l.nodeType, l.nodeIndex, l.delegate, l.accelerator, l.timesCalled])).toEqual([
      ["QUANTIZE", 0, undefined, undefined, 1],
      ["Convolution (NHWC, QC8) IGEMM", 0, "TfLiteXNNPackDelegate", undefined, 1],
      ["Convolution (NHWC, QC8) DWConv", 1, "TfLiteXNNPackDelegate", undefined, 13],
    ]);
  });

  it("puts subgraphs' rows under their index and the delegate's internal table apart", () => {
    const header = "\t             [node type]\t  [first]\t [avg ms]\t     [%]\t  [cdf%]\t  [mem KB]\t[times called]\t[Name]";
    const row = (type: string, name: string) => `\t${type.padStart(24)}\t    0.100\t    0.100\t 50.000%\t 50.000%\t     0.000\t        1\t${name}`;
    const text = [
      "Operator-wise Profiling Info for Regular Benchmark Runs:",
      "Primary graph (name: main) profile:",
      "============================== Run Order ==============================", header, row("WHILE", "[out]:0"), "",
      "Subgraph (index: 1, name: body) profile:",
      "============================== Run Order ==============================", header, row("ADD", "[x]:0"), "",
      "Delegate internal: ",
      "============================== Run Order ==============================", header, row("DelegateOpInvoke", "Delegate/Conv:0"), "",
    ].join("\n");
    const result = parseTfliteBenchmark(text, "s.txt");
    expect(result.layers.map((l) => [l.nodeType, l.subgraph])).toEqual([["WHILE", 0], ["ADD", 1]]);
    expect(result.delegateInternal.map((l) => l.name)).toEqual(["Delegate/Conv:0"]);
  });

  it.each([
    ["no op profiling section", "INFO: Inference timings in us: Init: 1, First inference: 2, Warmup (avg): 3, Inference (avg): 4\n", /^b\.txt: no "Operator-wise Profiling Info for Regular Benchmark Runs:" section: run benchmark_model with --enable_op_profiling=true$/],
    ["a row cut short", nnapi.slice(0, nnapi.indexOf("[AvgPool2D") - 12), /^b\.txt: line 5: expected a Run Order row/],
    ["a section cut before its table", "Operator-wise Profiling Info for Regular Benchmark Runs:\n", /^b\.txt: line 1: the section has no Run Order table/],
    ["a negative time", nnapi.replace("   11.665", "  -11.665"), /^b\.txt: line 4: expected a time in ms \(a number ≥ 0\); got "-11.665"/],
  ])("refuses %s, naming the file and line", (_, text, message) => {
    expect(() => parseTfliteBenchmark(text, "b.txt")).toThrow(FormatError);
    expect(() => parseTfliteBenchmark(text, "b.txt")).toThrow(message);
  });
});

describe("mapTfliteLayers", () => {
  it("maps layers to the ONNX nodes that write their output tensors or are named like them, else keeps the runtime's name", () => {
    const { layers } = parseTfliteBenchmark(nnapi, "deeplab.txt");
    const onnx = [
      { name: "aspp0_relu", outputs: ["aspp0/Relu"] },
      { name: "ArgMax", outputs: ["argmax_out"] },
    ];
    const mapped = mapTfliteLayers(layers, onnx);
    expect(mapped[0]).toMatchObject({ covers: ["aspp0_relu"], mapped: true });
    expect(mapped.at(-1)).toMatchObject({ name: "[ArgMax]:70", covers: ["ArgMax"], mapped: true });
    expect(mapped[1]).toMatchObject({ name: "[AvgPool2D/AvgPool]:61", covers: [], mapped: false });
  });
});

describe("mapTfliteLayers with a delegated partition", () => {
  // a → conv → relu → add → pool → out: the GPU delegate took conv, relu and add (its row names add's
  // output), and the pool stayed on the CPU; a second input feeds add from a CPU-side node.
  const row = (name: string, outputs: string[], delegate?: string): TfliteLayer => ({
    name, nodeType: delegate ?? "MAX_POOL_2D", nodeIndex: 0, outputs, subgraph: 0, delegate, accelerator: delegate ? "gpu" : undefined,
    firstUs: 1, averageUs: 1, timesCalled: 1, memKb: 0, line: 1,
  });
  const onnx = [
    { name: "scale", inputs: ["b"], outputs: ["b2"] },
    { name: "conv", inputs: ["a", "w"], outputs: ["c"] },
    { name: "relu", inputs: ["c"], outputs: ["r"] },
    { name: "add", inputs: ["r", "b2"], outputs: ["s"] },
    { name: "pool", inputs: ["s"], outputs: ["out"] },
  ];

  it("covers every node inside the partition, and none a CPU row claims", () => {
    const mapped = mapTfliteLayers([row("[b2]:0", ["b2"]), row("[s]:5", ["s"], "TfLiteGpuDelegateV2"), row("[out]:4", ["out"])], onnx);
    expect(mapped.map((l) => l.covers)).toEqual([["scale"], ["conv", "relu", "add"], ["pool"]]);
  });

  it("covers only the partition's outputs when the nodes' inputs are not known", () => {
    const mapped = mapTfliteLayers([row("[s]:5", ["s"], "TfLiteGpuDelegateV2")], onnx.map(({ name, outputs }) => ({ name, outputs })));
    expect(mapped[0]!.covers).toEqual(["add"]);
  });
});

describe("parseTfliteBenchmark under fuzzing", () => {
  it("reads or refuses every truncation and mutation of the fixtures", () => {
    fuzzParser([nnapi, gpu, csv, xnnpack], parseTfliteBenchmark, (result) => {
      for (const l of [...result.layers, ...result.delegateInternal]) {
        expectTimes(l.firstUs, l.averageUs);
        expect(Number.isSafeInteger(l.timesCalled) && (l.line ?? 0) > 0 && typeof l.name === "string").toBe(true);
        expect(Number.isFinite(l.memKb)).toBe(true);
      }
    });
  });
});
