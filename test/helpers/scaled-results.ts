// Head results derived from a real base run: every latency and layer sample scaled, so the truth
// of a comparison is known.
import type { Results } from "../../src/results/types.js";

export function scaledResults(base: Results, factor: number): Results {
  const head = structuredClone(base);
  for (const model of head.models) {
    model.latency.samples = model.latency.samples.map((s) => s * factor);
    for (const layer of model.layers) layer.samples = layer.samples.map((s) => s * factor);
  }
  return head;
}
