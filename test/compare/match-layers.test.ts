import { describe, expect, it } from "vitest";
import { matchLayers } from "../../src/compare/match-layers.js";
import type { Layer } from "../../src/results/types.js";
import { cnnLayers, model, noisy, type LayerSpec } from "./fixtures.js";

const latency = noisy(2000, 5, 0.01, 1);

describe("matchLayers", () => {
  it("matches by name when names are kept", () => {
    const layers = cnnLayers((i, op) => `${op.toLowerCase()}${i}`, 1, 10, 3);
    const { matches, removed, added } = matchLayers(model("m", latency, layers), model("m", latency, layers));
    expect(matches.every((m) => m.by === "name" && m.base.name === m.head.name)).toBe(true);
    expect(matches).toHaveLength(12);
    expect([removed, added]).toEqual([[], []]);
  });

  it("pairs a renamed re-export by op type, shapes and position, repeated ops in order", () => {
    const base = model("m", latency, cnnLayers((i, op) => `${op.toLowerCase()}${i}`, 1, 10, 3));
    const head = model("m", latency, cnnLayers((i) => `/block/node_${i + 100}`, 1, 20, 3), "renamed_");
    const { matches, removed, added } = matchLayers(base, head);
    expect(matches).toHaveLength(12);
    expect(matches.every((m) => m.by === "structure")).toBe(true);
    // Relu 1, 3 and 5 share op type; the two Relu of shape [1,32,8,8] must keep their order.
    for (const m of matches) expect(m.head.name).toBe(`/block/node_${Number(m.base.name.replace(/\D/g, "")) + 100}`);
    expect([removed, added]).toEqual([[], []]);
  });

  it("does not pair a same-named layer of another op, and reports what is left", () => {
    const base = model("m", latency, [
      { name: "a", op: "Conv", shape: [1, 8], samples: [1] },
      { name: "b", op: "Relu", shape: [1, 8], samples: [1] },
    ]);
    const head = model("m", latency, [
      { name: "a", op: "Conv", shape: [1, 8], samples: [1] },
      { name: "b", op: "Sigmoid", shape: [1, 8], samples: [1] },
    ]);
    const { matches, removed, added } = matchLayers(base, head);
    expect(matches.map((m) => m.head.name)).toEqual(["a"]);
    expect(removed.map((l) => l.op)).toEqual(["Relu"]);
    expect(added.map((l) => l.op)).toEqual(["Sigmoid"]);
  });

  it("matches a layer whose input shape changed by its output shape and position", () => {
    const base = model("m", latency, [
      { name: "stem", op: "Conv", shape: [1, 8, 8, 8], samples: [1] },
      { name: "head", op: "Gemm", shape: [1, 10], samples: [1] },
    ]);
    const head = model("m", latency, [
      { name: "stem_v2", op: "Conv", shape: [1, 16, 8, 8], samples: [1] },
      { name: "fc", op: "Gemm", shape: [1, 10], samples: [1] },
    ]);
    const { matches, removed, added } = matchLayers(base, head);
    expect(matches.map((m) => [m.base.name, m.head.name])).toEqual([["head", "fc"]]);
    expect(removed.map((l) => l.name)).toEqual(["stem"]);
    expect(added.map((l) => l.name)).toEqual(["stem_v2"]);
  });

  it("pairs the kernels the runtime inserted by the layers around them, not by their session's names or list order", () => {
    // Two branches, each ending in a reorder of the same shape. onnxruntime runs the branches in
    // another order in another session, and numbers its reorders in the order it made them: the
    // head's `ReorderOutput_token_1` is the base's `ReorderOutput_token_2`.
    const branch = (b: string, channels: number): LayerSpec[] =>
      [1, 2, 3, 4, 5].map((i) => ({ name: `${b}${i}`, op: i % 2 === 1 ? "Conv" : "Relu", shape: [1, channels + i, 8, 8], samples: [100] }));
    const specs = [{ name: "stem", op: "Conv", shape: [1, 8, 8, 8], samples: [100] }, ...branch("a", 10), ...branch("b", 20), { name: "concat", op: "Concat", shape: [1, 51, 8, 8], samples: [10] }];
    const reorder = (name: string, us: number): Layer => ({ name, op: "ReorderOutput", covers: [], provider: "CPUExecutionProvider", outputBytes: 4096, outputs: [{ dtype: "float32", shape: [1, 16, 8, 8] }], samples: [us] });
    const runIn = (order: string[], reorders: Record<string, Layer>) => {
      const m = model("m", latency, specs);
      const byName = new Map(m.layers.map((l) => [l.name, l]));
      m.layers = order.map((name) => reorders[name] ?? byName.get(name)!);
      return m;
    };
    const a = ["a1", "a2", "a3", "a4", "a5", "RA"];
    const b = ["b1", "b2", "b3", "b4", "b5", "RB"];
    const base = runIn(["stem", ...a, ...b, "concat"], { RA: reorder("ReorderOutput_token_1", 11), RB: reorder("ReorderOutput_token_2", 22) });
    const head = runIn(["stem", ...b, ...a, "concat"], { RB: reorder("ReorderOutput_token_1", 22), RA: reorder("ReorderOutput_token_2", 11) });
    const { matches, removed, added } = matchLayers(base, head);
    expect([removed, added]).toEqual([[], []]);
    const inserted = matches.filter((m) => m.base.covers.length === 0);
    expect(inserted.map((m) => [m.base.samples[0], m.head.samples[0], m.by])).toEqual([[22, 22, "runtime"], [11, 11, "runtime"]]);
    expect(matches.filter((m) => m.base.covers.length > 0).every((m) => m.by === "name" && m.base.name === m.head.name)).toBe(true);
  });
});
