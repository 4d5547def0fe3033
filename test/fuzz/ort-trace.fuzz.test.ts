// Fuzz the onnxruntime profile parser: broken text and broken events of a real trace, random
// JSON, and events whose fields have the wrong types. It returns runs whose numbers are sane, or
// refuses with a FormatError naming the file.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FormatError } from "../../src/errors.js";
import { parseOrtTrace, type ProfiledRun } from "../../src/profiles/ort-trace.js";
import { budget } from "./budget.js";
import { mutatedBytes, mutatedJson, oddJson, parsesOrRefuses } from "./mutate.js";

const FILE = "profile.json";
const text = readFileSync(new URL("../../fixtures/traces/if_branches.ort-trace.json", import.meta.url), "utf8");
const events = JSON.parse(text) as Parameters<typeof mutatedJson>[0];

const count = (n: number) => Number.isSafeInteger(n) && n >= 0;

function checkRuns(runs: ProfiledRun[]): void {
  for (const run of runs) {
    expect(Number.isFinite(run.durationUs) && run.durationUs >= 0).toBe(true);
    for (const k of run.kernels) {
      expect(Number.isFinite(k.durationUs) && k.durationUs >= 0, `${k.node} duration ${k.durationUs}`).toBe(true);
      expect(count(k.outputBytes), `${k.node} output bytes ${k.outputBytes}`).toBe(true);
      expect([k.node, k.op, k.provider].every((s) => typeof s === "string")).toBe(true);
      for (const o of k.outputs) expect(o.shape.every(count), `${k.node} shape ${o.shape.join("x")}`).toBe(true);
    }
  }
}

const parsesOrRefusesTrace = (trace: string) => {
  const runs = parsesOrRefuses(() => parseOrtTrace(trace, FILE), FILE);
  if (runs) checkRuns(runs);
};

// Events shaped like onnxruntime's, with any field of any type.
const field = <T>(usual: fc.Arbitrary<T>) => fc.oneof({ weight: 3, arbitrary: usual }, { weight: 1, arbitrary: oddJson });
const event = fc.record({
  cat: field(fc.constantFrom("Session", "Node", "Api")),
  name: field(fc.constantFrom("model_run", "a_kernel_time", "b_kernel_time", "_kernel_time", "a_fence_before")),
  tid: field(fc.constantFrom(1, 2, "7")),
  ts: field(fc.integer({ min: 0, max: 100 })),
  dur: field(fc.integer({ min: 0, max: 100 })),
  args: field(fc.record({
    op_name: field(fc.constantFrom("Conv", "")),
    provider: field(fc.constant("CPUExecutionProvider")),
    output_size: field(fc.constantFrom("256", "0", 12)),
    output_type_shape: field(fc.array(fc.dictionary(fc.constantFrom("float", "int64", "weird"), field(fc.array(fc.nat(64), { maxLength: 4 }))), { maxLength: 2 })),
  }, { requiredKeys: [] })),
}, { requiredKeys: [] });

describe("parseOrtTrace under fuzzing", () => {
  it("reads or refuses bit flips, truncations and splices of a real trace", () => {
    fc.assert(fc.property(mutatedBytes([new TextEncoder().encode(text)]), (bytes) => parsesOrRefusesTrace(new TextDecoder().decode(bytes))), budget());
  });

  it("reads or refuses a real trace with fields deleted, emptied or of the wrong type", () => {
    fc.assert(fc.property(mutatedJson(events), (trace) => parsesOrRefusesTrace(JSON.stringify(trace))), budget());
  });

  it("reads or refuses any JSON value", () => {
    fc.assert(fc.property(fc.oneof(fc.jsonValue(), fc.array(oddJson)), (value) => parsesOrRefusesTrace(JSON.stringify(value) ?? "")), budget());
  });

  it("reads or refuses traces of onnxruntime-shaped events with wrong types in any field", () => {
    fc.assert(fc.property(fc.array(event, { maxLength: 12 }), (trace) => parsesOrRefusesTrace(JSON.stringify(trace))), budget());
  });

  it.each([
    ["a non-object event", "[null]", /^profile\.json: \[0\]: expected a trace event object; got null/],
    ["a kernel time that is a string", '[{"cat":"Node","name":"a_kernel_time","ts":"5","dur":1}]', /^profile\.json: \[0\]\.ts: expected a time in µs/],
    ["a negative duration", '[{"cat":"Session","name":"model_run","ts":0,"dur":-4}]', /^profile\.json: \[0\]\.dur: expected a time in µs \(a number ≥ 0\); got -4/],
    ["an op name that is an object", '[{"cat":"Session","name":"model_run","ts":0,"dur":9},{"cat":"Node","name":"a_kernel_time","ts":1,"dur":1,"args":{"op_name":{"toString":1}}}]', /^profile\.json: \[1\]\.args\.op_name: expected a string; got an object/],
    ["a shape with a non-numeric dimension", '[{"cat":"Session","name":"model_run","ts":0,"dur":9},{"cat":"Node","name":"a_kernel_time","ts":1,"dur":1,"args":{"output_type_shape":[{"float":[1,"x"]}]}}]', /^profile\.json: \[1\]\.args\.output_type_shape\[0\]\.float\[1\]: expected a count/],
  ])("refuses %s, naming the event and field", (_, trace, message) => {
    expect(() => parseOrtTrace(trace, FILE)).toThrow(FormatError);
    expect(() => parseOrtTrace(trace, FILE)).toThrow(message);
  });

  it("puts each kernel in its run by binary search, so a trace of many runs stays linear-logarithmic", () => {
    // 2000 runs × 5 kernels: the kernels of run r lie inside r's interval, none outside.
    const trace: unknown[] = [];
    for (let r = 0; r < 2000; r++) {
      trace.push({ cat: "Session", name: "model_run", ts: r * 100, dur: 50 });
      for (let k = 0; k < 5; k++) trace.push({ cat: "Node", name: `n${k}_kernel_time`, ts: r * 100 + k * 10, dur: 5, args: {} });
    }
    trace.push({ cat: "Node", name: "between_kernel_time", ts: 75, dur: 1 });
    const runs = parseOrtTrace(JSON.stringify(trace), FILE);
    expect(runs).toHaveLength(2000);
    expect(runs.every((run) => run.kernels.map((k) => k.node).join() === "n0,n1,n2,n3,n4")).toBe(true);
  });
});
