// Head results derived from a real base run: every latency and layer sample scaled, so the truth
// of a comparison is known.
import type { Results } from "../../src/results/types.js";

export function scaledResults(base: Results, factor: number): Results {
  const head = structuredClone(base);
  for (const model of head.models) {
    const baseSamples = model.latency.samples;
    model.latency.samples = baseSamples.map((s) => s * factor);
    // As a paired bench writes it: the head's runs interleaved with the base's, layers too.
    model.latency.paired = { baseSamples, headSamples: model.latency.samples, layers: "interleaved" };
    for (const layer of model.layers) layer.samples = layer.samples.map((s) => s * factor);
  }
  return head;
}
