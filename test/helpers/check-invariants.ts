// Consistency of one model's results beyond its schema: sample counts, the covers/folded
// partition of the ONNX nodes, and layer output bytes against their shapes. A check on what
// bench writes, so it lives with the tests (and bench/protocol-overhead.ts).
import { tensorBytes } from "../../src/onnx/dtype.js";
import type { ModelResult } from "../../src/results/types.js";

export function invariantViolations(model: ModelResult, expected: { runs: number; profileRuns: number }): string[] {
  const problems: string[] = [];
  if (model.latency.samples.length !== expected.runs) problems.push(`latency has ${model.latency.samples.length} samples, expected ${expected.runs}`);
  for (const layer of model.layers) {
    if (layer.samples.length !== expected.profileRuns) problems.push(`layer ${layer.name} has ${layer.samples.length} samples, expected ${expected.profileRuns}`);
    if (layer.outputs) {
      const bytes = layer.outputs.reduce((sum, o) => sum + (tensorBytes(o.dtype, o.shape) ?? NaN), 0);
      if (bytes !== layer.outputBytes) problems.push(`layer ${layer.name}: outputBytes ${layer.outputBytes} but its output shapes make ${bytes}`);
    }
  }
  // Every original node is covered by exactly one layer or listed as folded.
  const owners = new Map<string, string[]>();
  for (const layer of model.layers) for (const node of layer.covers) owners.set(node, [...(owners.get(node) ?? []), layer.name]);
  for (const node of model.graph.folded) owners.set(node, [...(owners.get(node) ?? []), "(folded)"]);
  for (const node of model.graph.nodes) {
    const who = owners.get(node.name) ?? [];
    if (who.length !== 1) problems.push(`node ${node.name} is in ${who.length === 0 ? "no layer and not folded" : `${who.join(", ")}`}`);
  }
  const known = new Set(model.graph.nodes.map((n) => n.name));
  for (const node of owners.keys()) if (!known.has(node)) problems.push(`${node} is covered but is not a node of the graph`);
  return problems;
}
