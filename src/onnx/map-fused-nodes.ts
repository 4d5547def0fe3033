// Map the runtime's (optimized, fused) nodes back to the original ONNX nodes they perform, so
// layers compare across devices and runtimes that fuse differently, and a split can cut them.
//
// Tensors whose names survive optimization ("anchors") split both graphs into regions: the
// original nodes between a kernel's anchored outputs and the anchors upstream of them were done
// by that kernel or by the kernels feeding it through tensors the runtime made up (NCHWc
// reorders, fused intermediates). Within such a group each original node goes to the kernel
// whose name points at the nearest node downstream of it: onnxruntime keeps the name of an
// unfused node, names a fused one `fused <name>`, and an NCHWc one `<original output>_nchwc`.
// Activations and residual adds look upstream first, as runtimes fuse them into the kernel before.
import type { OnnxGraph, OnnxNode } from "./read-model.js";

export interface FusedNodeMap {
  /** Optimized node name → original node names it performs (in topological order). */
  covers: Map<string, string[]>;
  /** Original nodes the runtime removed: folded to constants or eliminated (Identity, Dropout). */
  folded: string[];
}

const ELIMINATED_OPS = new Set(["Identity", "Dropout"]);
// Runtimes fuse these into the kernel before them (Conv+Add+Relu, Gemm+Relu): look upstream first.
const EPILOGUE_OPS = new Set(["Add", "Sum", "Relu", "Clip", "LeakyRelu", "Sigmoid", "Tanh", "HardSigmoid", "HardSwish", "Elu", "Selu"]);

export function mapFusedNodes(original: OnnxGraph, optimized: OnnxGraph | null): FusedNodeMap {
  if (optimized === null) {
    return { covers: new Map(original.nodes.map((n) => [n.name, [n.name]])), folded: [] };
  }
  const nodes = original.nodes;
  const index = new Map(nodes.map((n, i) => [n.name, i]));
  const producer = new Map<string, number>();
  const consumers = new Map<string, number[]>();
  nodes.forEach((node, i) => {
    for (const t of node.outputs) if (t !== "") producer.set(t, i);
    for (const t of inputsOf(node)) if (t !== "") consumers.set(t, [...(consumers.get(t) ?? []), i]);
  });

  const optimizedTensors = new Set<string>();
  for (const node of optimized.nodes) for (const t of [...inputsOf(node), ...node.outputs]) optimizedTensors.add(t);
  const isAnchor = (t: string) =>
    t !== "" && optimizedTensors.has(t) && !optimized.initializers.has(t) && (producer.has(t) || original.inputs.includes(t));

  // Folded: every output became a constant, is unused, or feeds only folded nodes; or an
  // eliminated op whose outputs are gone. Reverse topological order sees consumers first.
  const graphOutputs = new Set(original.outputs);
  const folded = new Array<boolean>(nodes.length).fill(false);
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i]!;
    const outputs = node.outputs.filter((t) => t !== "");
    if (outputs.some((t) => graphOutputs.has(t) || isAnchor(t))) continue;
    const constant = outputs.every((t) => optimized.initializers.has(t) || (consumers.get(t) ?? []).every((c) => folded[c]));
    folded[i] = constant || (ELIMINATED_OPS.has(node.op) && outputs.every((t) => !optimizedTensors.has(t)));
  }

  const claimed = new Array<boolean>(nodes.length).fill(false);
  folded.forEach((f, i) => { if (f) claimed[i] = true; });
  const covers = new Map<string, string[]>(optimized.nodes.map((n) => [n.name, []]));
  const optimizedProducer = new Map<string, number>();
  optimized.nodes.forEach((n, i) => { for (const t of n.outputs) optimizedProducer.set(t, i); });
  const grouped = new Array<boolean>(optimized.nodes.length).fill(false);
  const optimizedIndex = new Map(optimized.nodes.map((n, i) => [n.name, i]));

  optimized.nodes.forEach((kernel, k) => {
    const anchoredOutputs = kernel.outputs.filter((t) => isAnchor(t) && producer.has(t));
    if (anchoredOutputs.length === 0) return;
    // The original nodes this kernel's group performed: walk back from its anchored outputs,
    // stopping at other anchors and at nodes already claimed.
    const collected = new Set<number>();
    const stack = anchoredOutputs.map((t) => producer.get(t)!);
    while (stack.length > 0) {
      const i = stack.pop()!;
      if (claimed[i] || collected.has(i)) continue;
      collected.add(i);
      for (const t of inputsOf(nodes[i]!)) {
        if (t === "" || (isAnchor(t) && !anchoredOutputs.includes(t))) continue;
        const p = producer.get(t);
        if (p !== undefined) stack.push(p);
      }
    }
    // The kernels that fed this one through made-up tensors share its work.
    const group = [k];
    grouped[k] = true;
    for (let g = 0; g < group.length; g++) {
      for (const t of inputsOf(optimized.nodes[group[g]!]!)) {
        const p = optimizedProducer.get(t);
        if (p !== undefined && !grouped[p] && !isAnchor(t)) {
          grouped[p] = true;
          group.push(p);
        }
      }
    }
    for (const [member, assigned] of distribute(collected, group.map((g) => optimized.nodes[g]!), kernel)) {
      covers.get(member)!.push(...assigned.map((i) => nodes[i]!.name));
      for (const i of assigned) claimed[i] = true;
    }
  });

  // Anything left (not reached from a surviving tensor) is performed by a same-named kernel if
  // there is one; otherwise the runtime removed it.
  nodes.forEach((node, i) => {
    if (claimed[i]) return;
    const same = covers.get(node.name);
    if (same) same.push(node.name);
    else folded[i] = true;
  });
  for (const list of covers.values()) list.sort((a, b) => index.get(a)! - index.get(b)!);
  return { covers, folded: nodes.filter((_, i) => folded[i]).map((n) => n.name) };

  function distribute(collected: Set<number>, members: OnnxNode[], owner: OnnxNode): Map<string, number[]> {
    // A kernel named after a node outranks one that merely produces its output (a reorder).
    const hintOwner = new Map<number, { member: OnnxNode; strength: number }>();
    for (const member of members) {
      for (const { node: hint, strength } of hintsOf(member)) {
        if (!collected.has(hint)) continue;
        const current = hintOwner.get(hint);
        const better = !current || strength > current.strength ||
          (strength === current.strength && !sameOp(current.member.op, nodes[hint]!.op) && sameOp(member.op, nodes[hint]!.op));
        if (better) hintOwner.set(hint, { member, strength });
      }
    }
    const result = new Map<string, number[]>();
    for (const i of [...collected].sort((a, b) => a - b)) {
      const [first, second] = EPILOGUE_OPS.has(nodes[i]!.op) ? (["up", "down"] as const) : (["down", "up"] as const);
      const member = nearestHint(i, collected, hintOwner, first) ?? nearestHint(i, collected, hintOwner, second) ?? owner;
      result.set(member.name, [...(result.get(member.name) ?? []), i]);
    }
    return result;
  }

  function hintsOf(member: OnnxNode): { node: number; strength: number }[] {
    const hints: { node: number; strength: number }[] = [];
    const byName = index.get(member.name) ?? (member.name.startsWith("fused ") ? index.get(member.name.slice(6)) : undefined);
    if (byName !== undefined) hints.push({ node: byName, strength: 2 });
    if (member.name.endsWith("_nchwc")) {
      const p = producer.get(member.name.slice(0, -"_nchwc".length));
      if (p !== undefined) hints.push({ node: p, strength: 2 });
    }
    for (const t of member.outputs) {
      const p = producer.get(t);
      if (p !== undefined) hints.push({ node: p, strength: 1 });
    }
    return hints;
  }

  function nearestHint(start: number, within: Set<number>, hintOwner: Map<number, { member: OnnxNode }>, direction: "down" | "up"): OnnxNode | undefined {
    const seen = new Set([start]);
    let frontier = [start];
    while (frontier.length > 0) {
      // Among kernels equally near, upstream the one the runtime ran last wins (a residual Add
      // fuses into the branch computed last), downstream the one it ran first.
      const owners = frontier.flatMap((i) => (hintOwner.has(i) ? [hintOwner.get(i)!.member] : []));
      if (owners.length > 0) {
        const order = (n: OnnxNode) => optimizedIndex.get(n.name)!;
        return owners.reduce((a, b) => ((direction === "up" ? order(b) > order(a) : order(b) < order(a)) ? b : a));
      }
      const next: number[] = [];
      for (const i of frontier) {
        const neighbours = direction === "down"
          ? nodes[i]!.outputs.flatMap((t) => consumers.get(t) ?? [])
          : inputsOf(nodes[i]!).flatMap((t) => (producer.has(t) ? [producer.get(t)!] : []));
        for (const n of neighbours) if (within.has(n) && !seen.has(n)) { seen.add(n); next.push(n); }
      }
      frontier = next;
    }
    return undefined;
  }
}

function inputsOf(node: OnnxNode): string[] {
  return [...node.inputs, ...node.implicitInputs];
}

function sameOp(runtimeOp: string, onnxOp: string): boolean {
  return runtimeOp === onnxOp || runtimeOp === `Fused${onnxOp}` || runtimeOp.endsWith(onnxOp);
}
