// Alignment on its own: which series meet which, in which family, and why an endpoint has
// nothing to meet.

import { describe, expect, it } from "vitest";
import { alignResults } from "../../src/compare/align-results.js";
import { cnnLayers, model, noisy, results } from "./fixtures.js";

const options = { baseFiles: [], headFiles: [], maxCv: 0.1, driftAlpha: 0.01 };
const cnn = (name: string, seed: number) => model(name, noisy(2000, 30, 0.02, seed), cnnLayers((i, op) => `${op.toLowerCase()}${i}`, 1, seed + 100));

describe("alignResults", () => {
  it("puts latency and energy in the primary family and each model's layers in a family of their own", () => {
    const base = [cnn("a", 1), cnn("b", 2)];
    const head = [cnn("a", 3), cnn("b", 4)];
    base[0]!.energy = { unit: "mJ", source: "modelled", samples: [1, 2, 3] };
    head[0]!.energy = { unit: "mJ", source: "modelled", samples: [1, 2, 3] };
    const alignment = alignResults([results(base)], [results(head)], options);
    expect(alignment.primary.map((s) => `${s.where.model} ${s.where.metric}`)).toEqual(["a latency", "a energy", "b latency"]);
    expect(alignment.layerFamilies.map((f) => f.length)).toEqual([12, 12]);
    expect(alignment.primary[0]!.base).toBe(base[0]!.latency.samples);
    expect(alignment.missing).toEqual([]);
  });

  it("says why an endpoint has no baseline", () => {
    const head = cnn("a", 3);
    head.energy = { unit: "mJ", source: "modelled", samples: [1, 2, 3] };
    head.layers.push({ name: "softmax", op: "Softmax", covers: [], provider: "CPUExecutionProvider", outputBytes: 40, samples: [5, 5, 6] });
    const alignment = alignResults([results([cnn("a", 1)])], [results([head, cnn("new", 4)])], options);
    expect(alignment.missing.map((s) => [s.where.model, s.where.metric, s.where.layer, s.reason])).toEqual([
      ["a", "energy", undefined, "no energy in the baseline"],
      ["a", "layer", "softmax", "new in head"],
      ["new", "latency", undefined, "not in the baseline"],
    ]);
    const noDevice = alignResults([results([cnn("a", 1)], "host")], [results([cnn("a", 2)], "host"), results([cnn("a", 5)], "phone")], options);
    expect(noDevice.missing.map((s) => [s.where.device, s.reason])).toEqual([["phone", "no baseline results for this device"]]);
  });

  it("knows where each head layer sits, for the reading order", () => {
    const alignment = alignResults([results([cnn("a", 1)])], [results([cnn("a", 2)])], options);
    expect(alignment.layerPosition({ device: "host", model: "a", metric: "layer", layer: "conv2" })).toBe(2);
    expect(alignment.layerPosition({ device: "host", model: "a", metric: "layer", layer: "nope" })).toBe(-1);
  });
});
