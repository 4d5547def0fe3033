import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FormatError } from "../../src/errors.js";
import { parseTfliteBenchmark } from "../../src/profiles/tflite-benchmark.js";
import { BenchmarkProfilingData, parseTfliteBenchmarkProto } from "../../src/profiles/tflite-benchmark-proto.js";
import { budget } from "../fuzz/budget.js";
import { mutatedBytes, parsesOrRefuses } from "../fuzz/mutate.js";
import { expectTimes } from "./profile-fuzz.js";

// Reconstructed by fixtures/tflite-profile-proto.ts: the run of mobilenet_v2-gpu.stdout.txt in proto mode.
const dir = new URL("../../fixtures/profiles/tflite-benchmark/", import.meta.url);
const proto = new Uint8Array(readFileSync(new URL("mobilenet_v2-gpu.pb", dir)));
const text = readFileSync(new URL("mobilenet_v2-gpu.stdout.txt", dir), "utf8");

describe("parseTfliteBenchmarkProto", () => {
  it("reads the regular runs' ops to the same layers as the stdout table of the same run", () => {
    const fromProto = parseTfliteBenchmarkProto(proto, "p.pb");
    const fromText = parseTfliteBenchmark(text, "t.txt");
    expect(fromProto.format).toBe("proto");
    const key = (l: { name: string; nodeType: string; nodeIndex: number | undefined; outputs: string[]; firstUs: number; averageUs: number; accelerator: string | undefined; timesCalled: number }) =>
      [l.name, l.nodeType, l.nodeIndex, l.outputs, l.firstUs, l.averageUs, l.accelerator, l.timesCalled];
    expect(fromProto.layers.map(key)).toEqual(fromText.layers.map(key));
    expect(fromProto.layers.every((l) => l.line === undefined)).toBe(true);
  });

  it.each([
    ["bytes that are not a protobuf", new Uint8Array([0xff, 0xff, 0xff]), /^p\.pb: not a benchmark_model profile in proto mode/],
    ["a profile without regular runs", BenchmarkProfilingData.encode({ model_name: "m" }).finish(), /^p\.pb: runtime_profile: missing/],
    ["an op without a time", BenchmarkProfilingData.encode(BenchmarkProfilingData.fromObject({ runtime_profile: { subgraph_profiles: [{ per_op_profiles: [{ node_type: "ADD", name: "[x]:0" }] }] } })).finish(),
      /^p\.pb: runtime_profile\.subgraph_profiles\[0\]\.per_op_profiles\[0\]\.inference_microseconds\.first: expected a time in µs/],
  ])("refuses %s, naming the file and field", (_, bytes, message) => {
    expect(() => parseTfliteBenchmarkProto(bytes, "p.pb")).toThrow(FormatError);
    expect(() => parseTfliteBenchmarkProto(bytes, "p.pb")).toThrow(message);
  });

  it("reads or refuses every truncation, mutation and random bytes", () => {
    const check = (bytes: Uint8Array) => {
      const result = parsesOrRefuses(() => parseTfliteBenchmarkProto(bytes, "p.pb"), "p.pb");
      for (const l of result?.layers ?? []) {
        expectTimes(l.firstUs, l.averageUs);
        expect(typeof l.name === "string" && Number.isSafeInteger(l.timesCalled)).toBe(true);
      }
    };
    for (let at = 0; at <= proto.length; at++) check(proto.subarray(0, at));
    fc.assert(fc.property(fc.oneof(mutatedBytes([proto]), fc.uint8Array({ maxLength: 256 })), check), budget());
  });
});
