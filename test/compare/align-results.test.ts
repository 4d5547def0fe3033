// Alignment on its own: which series meet which, in which family, and why an endpoint has
// nothing to meet.

import { describe, expect, it } from "vitest";
import { alignResults } from "../../src/compare/align-results.js";
import { cnnLayers, model, noisy, results } from "./fixtures.js";

const options = { baseFiles: [], headFiles: [], maxCv: 0.1, driftAlpha: 0.01, maxBusyCores: 0.5 };
const cnn = (name: string, seed: number) => model(name, noisy(2000, 30, 0.02, seed), cnnLayers((i, op) => `${op.toLowerCase()}${i}`, 1, seed + 100));

describe("alignResults", () => {
  it("puts latency and measured energy in the primary family, modelled energy in its own, and each model's layers in a family of their own", () => {
    const base = [cnn("a", 1), cnn("b", 2)];
    const head = [cnn("a", 3), cnn("b", 4)];
    base[0]!.energy = { unit: "mJ", source: "measured:rapl", samples: [1, 2, 3] };
    head[0]!.energy = { unit: "mJ", source: "measured:rapl", samples: [1, 2, 3] };
    base[1]!.energy = { unit: "mJ", source: "modelled", samples: [1, 2, 3], watts: 2.5 };
    head[1]!.energy = { unit: "mJ", source: "modelled", samples: [1, 2, 3], watts: 2.5 };
    const alignment = alignResults([results(base)], [results(head)], options);
    expect(alignment.primary.map((s) => `${s.where.model} ${s.where.metric}`)).toEqual(["a latency", "a energy", "b latency"]);
    expect(alignment.primary[1]!.where.energySource).toBe("measured:rapl");
    expect(alignment.modelledEnergy.map((s) => `${s.where.model} ${s.where.metric} ${s.where.energySource}`)).toEqual(["b energy modelled"]);
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

  it("pairs a head's own interleaved base only with the base file that run wrote", () => {
    const base = cnn("a", 1);
    const head = cnn("a", 2);
    head.latency.paired = { baseSamples: base.latency.samples, headSamples: head.latency.samples };
    const own = alignResults([results([base])], [results([head])], options);
    expect(own.primary[0]).toMatchObject({ paired: true, base: base.latency.samples });
    expect(own.findings.map((f) => f.code)).not.toContain("paired-with-another-base");

    // Another base given (a stored baseline, a different run): compared unpaired against it, and said.
    const other = cnn("a", 7);
    const given = alignResults([results([other])], [results([head])], options);
    expect(given.primary[0]).toMatchObject({ paired: false, base: other.latency.samples, head: head.latency.samples });
    expect(given.findings.find((f) => f.code === "paired-with-another-base")?.message).toMatch(/^a on host: the head was measured interleaved with another base/);
  });

  it("pairs the layers of an interleaved run with the base file it wrote, and only then", () => {
    const base = cnn("a", 1);
    const head = cnn("a", 2);
    head.latency.paired = { baseSamples: base.latency.samples, headSamples: head.latency.samples, layers: "interleaved" };
    const layersOf = (b: typeof base) => alignResults([results([b])], [results([head])], options).layerFamilies[0]!;
    expect(layersOf(base).every((s) => s.paired)).toBe(true);
    // Another base file: its profiled runs were not neighbours of the head's.
    expect(layersOf(cnn("a", 7)).some((s) => s.paired)).toBe(false);
    // A file whose profiled sessions ran one after the other (no `layers: "interleaved"`).
    head.latency.paired = { baseSamples: base.latency.samples, headSamples: head.latency.samples };
    expect(layersOf(base).some((s) => s.paired)).toBe(false);
  });

  it("flags base and head that ran other inputs, on the finding and on the endpoint", () => {
    const base = cnn("a", 1);
    const head = cnn("a", 2);
    base.inputs = { x: { dtype: "float32", shape: [1, 3, 320, 320] } };
    head.inputs = { x: { dtype: "float32", shape: [1, 3, 64, 64] } };
    const alignment = alignResults([results([base])], [results([head])], options);
    expect(alignment.findings.find((f) => f.code === "inputs-differ")?.message).toBe("a on host: base and head ran other inputs (x: float32[1x3x320x320] → float32[1x3x64x64]); the change measures the inputs as much as the model");
    expect(alignment.primary[0]!.warnings).toContain("inputs-differ");
    head.inputs = { x: { dtype: "float32", shape: [1, 3, 320, 320] } };
    expect(alignResults([results([base])], [results([head])], options).findings.map((f) => f.code)).not.toContain("inputs-differ");
  });

  it("knows where each head layer sits, for the reading order", () => {
    const alignment = alignResults([results([cnn("a", 1)])], [results([cnn("a", 2)])], options);
    expect(alignment.layerPosition({ device: "host", model: "a", metric: "layer", layer: "conv2" })).toBe(2);
    expect(alignment.layerPosition({ device: "host", model: "a", metric: "layer", layer: "nope" })).toBe(-1);
  });
});
