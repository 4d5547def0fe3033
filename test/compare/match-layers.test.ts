import { describe, expect, it } from "vitest";
import { matchLayers } from "../../src/compare/match-layers.js";
import { cnnLayers, model, noisy } from "./fixtures.js";

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
});
