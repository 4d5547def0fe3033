// A modelled device is the measured results with every sample scaled and a name that says so:
// nothing else may change, or the split would price a different graph.
import { describe, expect, it } from "vitest";
import { modelledDevice } from "../../src/devices/modelled-device.js";
import { resultsSchema } from "../../src/results/schema.js";
import type { Results } from "../../src/results/types.js";
import { cnnLayers, model, results } from "../compare/fixtures.js";
import { paired } from "../report/scenarios.js";

function measured(): Results {
  const base = model("detector", [100, 110, 120], cnnLayers((i, op) => `${op}${i}`, 1, 1, 3));
  const head = model("detector", [200, 210, 220], cnnLayers((i, op) => `${op}${i}`, 1, 2, 3));
  return results([{ ...paired(base, head), energy: { unit: "mJ", source: "modelled", samples: [1, 2, 3] } }], "local");
}

describe("modelledDevice", () => {
  it("scales every latency and layer sample by the factor, paired ones too", () => {
    const source = measured();
    const phone = modelledDevice(source, { name: "phone (modelled: this CPU × 8)", factor: 8 });
    const [before, after] = [source.models[0]!, phone.models[0]!];
    expect(after.latency.samples).toEqual(before.latency.samples.map((us) => us * 8));
    expect(after.latency.paired!.baseSamples).toEqual(before.latency.paired!.baseSamples.map((us) => us * 8));
    expect(after.latency.paired!.headSamples).toEqual(after.latency.samples);
    after.layers.forEach((layer, i) => expect(layer.samples).toEqual(before.layers[i]!.samples.map((us) => us * 8)));
  });

  it("says it is modelled, from what and by how much, and keeps the graph and the rest", () => {
    const source = measured();
    const cloud = modelledDevice(source, { name: "cloud (modelled: this CPU × 0.1)", factor: 0.1 });
    expect(cloud.device.name).toBe("cloud (modelled: this CPU × 0.1)");
    expect(cloud.device.fingerprint).toEqual({ ...source.device.fingerprint, modelled: "local × 0.1" });
    expect(cloud.models[0]!.graph).toEqual(source.models[0]!.graph);
    expect(cloud.models[0]!.layers.map((l) => [l.name, l.covers, l.outputBytes])).toEqual(source.models[0]!.layers.map((l) => [l.name, l.covers, l.outputBytes]));
    // Energy follows a device's own power: the measured one's would be wrong.
    expect(cloud.models[0]!.energy).toBeUndefined();
    expect(resultsSchema.safeParse(cloud).success).toBe(true);
  });

  it("leaves the measured results as they were", () => {
    const source = measured();
    const copy = structuredClone(source);
    modelledDevice(source, { name: "phone", factor: 8 });
    expect(source).toEqual(copy);
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])("refuses a factor of %s", (factor) => {
    expect(() => modelledDevice(measured(), { name: "phone", factor })).toThrow(/factor must be a positive number/);
  });
});
