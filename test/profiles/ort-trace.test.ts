import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FormatError } from "../../src/errors.js";
import { parseOrtTrace } from "../../src/profiles/ort-trace.js";

// A real onnxruntime-node 1.30 profile of fixtures/test/if_branches.onnx: 5 runs
// (fixtures/capture-trace.ts).
const file = new URL("../../fixtures/traces/if_branches.ort-trace.json", import.meta.url);
const text = readFileSync(file, "utf8");
const events = JSON.parse(text) as { cat: string; name: string; ts: number; dur: number; args: Record<string, unknown> }[];

describe("parseOrtTrace", () => {
  const runs = parseOrtTrace(text, "if_branches.ort-trace.json");

  it("splits the trace into runs by model_run events", () => {
    expect(runs).toHaveLength(5);
    const modelRuns = events.filter((e) => e.name === "model_run");
    expect(runs.map((r) => r.durationUs)).toEqual(modelRuns.map((e) => e.dur));
  });

  it("gives each run every kernel with its time, op, provider, output bytes and shapes", () => {
    for (const run of runs) {
      expect(run.kernels.map((k) => k.node).sort()).toEqual(["branch", "cond_scalar", "fc_out", "fused fc_in", "is_positive", "then_op"]);
    }
    const fc = runs[0]!.kernels.find((k) => k.node === "fused fc_in")!;
    const event = events.find((e) => e.name === "fused fc_in_kernel_time")!;
    expect(fc).toMatchObject({ op: "FusedGemm", provider: "CPUExecutionProvider", durationUs: event.dur, outputBytes: 256, outputs: [{ dtype: "float32", shape: [1, 64] }] });
  });

  it("marks kernels inside an If body as nested, so their time is not counted twice", () => {
    for (const run of runs) {
      const inner = run.kernels.find((k) => k.node === "then_op")!;
      const parent = run.kernels.find((k) => k.node === "branch")!;
      expect(inner.nested).toBe(true);
      expect(parent.nested).toBe(false);
      expect(parent.durationUs).toBeGreaterThanOrEqual(inner.durationUs);
    }
  });

  it("refuses what is not a trace, naming the file", () => {
    expect(() => parseOrtTrace("{\"a\":1}", "x.json")).toThrow(FormatError);
    expect(() => parseOrtTrace("[{", "x.json")).toThrow(/x\.json: not a JSON onnxruntime profile/);
  });
});
