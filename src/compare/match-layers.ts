// Pair the layers of a base and a head model. Names first; a re-export that renames nodes
// keeps the structure, so the rest are aligned by op type, tensor shapes and topological
// position — a renamed model must read as unchanged, not as all layers removed and added.

import type { Layer, ModelResult, ResultsGraph } from "../results/types.js";

export interface LayerMatch {
  base: Layer;
  head: Layer;
  /** `runtime`: two kernels the runtime inserted (they cover no ONNX node), paired by op type,
   *  outputs and position; their names are the session's counters, so no rename either. */
  by: "name" | "structure" | "runtime";
}

export interface LayerMatching {
  matches: LayerMatch[];
  /** Base layers with no counterpart in head. */
  removed: Layer[];
  /** Head layers with no counterpart in base. */
  added: Layer[];
}

interface Described {
  layer: Layer;
  /** Op type plus the dtypes and shapes of the layer's inputs and outputs, without names. */
  signature: string;
  /** Op type plus output shapes only: survives an upstream change of input shapes. */
  outputSignature: string;
  /** Position of the layer's first node in topological order, in [0, 1]. */
  position: number;
  /** Where it may be: [position, position], or for an inserted kernel the stretch between the
   *  layers that ran before and after it (the runtime may run it anywhere between them). */
  range: [number, number];
  /** Only for a kernel the runtime inserted: its signature and the ONNX node of the layer that
   *  ran just before it (the producer a reorder converts from), or of the one just after it
   *  (the consumer it converts for), by the node's index in the graph. */
  follows?: string;
  precedes?: string;
}

type Key = "follows" | "precedes" | "signature" | "outputSignature";

// How far apart in relative topological position two structurally equal layers may be. A kernel
// the runtime inserted pairs first with one next to the same ONNX node: right after the same
// layer (a reorder back to NCHW follows its producer), then right before the same layer (a
// reorder to NCHWc is run just before the consumer that needs it), then by position.
const POSITION_TOLERANCE: Record<Key, number> = { follows: 1, precedes: 1, signature: 0.2, outputSignature: 0.05 };

function coversKey(layer: Layer): string {
  return [...layer.covers].sort().join("\u0000");
}

export function matchLayers(base: ModelResult, head: ModelResult): LayerMatching {
  const matches: LayerMatch[] = [];
  const matchedBase = new Set<Layer>();
  const matchedHead = new Set<Layer>();
  const pair = (b: Layer, h: Layer, by: LayerMatch["by"]) => {
    matches.push({ base: b, head: h, by });
    matchedBase.add(b);
    matchedHead.add(h);
  };
  // The ONNX nodes a layer performs are its identity: the same covers (and op) is the same layer
  // even when the runtime named its kernel differently.
  const headByCovers = new Map<string, Layer>();
  for (const layer of head.layers) if (layer.covers.length > 0) headByCovers.set(coversKey(layer), layer);
  for (const layer of base.layers) {
    const other = layer.covers.length > 0 ? headByCovers.get(coversKey(layer)) : undefined;
    if (other && other.op === layer.op && !matchedHead.has(other)) pair(layer, other, "name");
  }
  const headByName = new Map<string, Layer>();
  for (const layer of head.layers) if (!headByName.has(layer.name) && !matchedHead.has(layer)) headByName.set(layer.name, layer);
  for (const layer of base.layers) {
    if (matchedBase.has(layer)) continue;
    const other = headByName.get(layer.name);
    // Same name but another op is a different layer that happens to share a generated name. A
    // kernel the runtime inserted (no covers) is never paired by name: onnxruntime numbers them
    // per session (`ReorderOutput_token_60` is another reorder in the next session of the very
    // same file), so an equal name would pair a reorder with a random one of its shape and take
    // the counterpart of another; they are aligned by op, outputs and position below.
    const inserted = layer.covers.length === 0 || other?.covers.length === 0;
    if (other && other.op === layer.op && !matchedHead.has(other) && !inserted) pair(layer, other, "name");
  }
  let restBase = describeLayers(base).filter((d) => !matchedBase.has(d.layer));
  let restHead = describeLayers(head).filter((d) => !matchedHead.has(d.layer));
  for (const key of ["follows", "precedes", "signature", "outputSignature"] as const) {
    const found = alignByKey(restBase, restHead, key, POSITION_TOLERANCE[key]);
    for (const [b, h] of found) pair(b.layer, h.layer, b.layer.covers.length === 0 && h.layer.covers.length === 0 ? "runtime" : "structure");
    restBase = restBase.filter((d) => !matchedBase.has(d.layer));
    restHead = restHead.filter((d) => !matchedHead.has(d.layer));
  }
  // Report matches in head order, which is how readers walk the model.
  const headOrder = new Map(head.layers.map((layer, i) => [layer, i]));
  matches.sort((a, b) => (headOrder.get(a.head) ?? 0) - (headOrder.get(b.head) ?? 0));
  return {
    matches,
    removed: base.layers.filter((l) => !matchedBase.has(l)),
    added: head.layers.filter((l) => !matchedHead.has(l)),
  };
}

function describeLayers(model: ModelResult): Described[] {
  const { graph, layers } = model;
  const nodeIndex = new Map(graph.nodes.map((node, i) => [node.name, i]));
  const span = Math.max(1, graph.nodes.length - 1);
  const nodesOf = layers.map((layer) => {
    let indices = layer.covers.map((name) => nodeIndex.get(name)).filter((n): n is number => n !== undefined);
    if (indices.length === 0) {
      const own = nodeIndex.get(layer.name);
      indices = own === undefined ? [] : [own];
    }
    return indices.sort((a, b) => a - b);
  });
  return layers.map((layer, i) => {
    const indices = nodesOf[i]!;
    const first = indices[0];
    const { inputs, outputs, ops } = boundary(graph, indices);
    const outputShapes = outputs.map((t) => shapeOf(graph, t)).join(",");
    if (first !== undefined) {
      return {
        layer,
        signature: `${layer.op}[${ops.join(",")}](${inputs.map((t) => shapeOf(graph, t)).join(",")})->(${outputShapes})`,
        outputSignature: `${layer.op}->(${outputShapes})`,
        position: first / span,
        range: [first / span, first / span],
      };
    }
    const signature = `${layer.op}|${JSON.stringify(layer.outputs ?? layer.outputBytes)}`;
    const { before, after, position } = neighbours(nodesOf, i, span);
    const range: [number, number] = before !== undefined && after !== undefined ? [Math.min(before, after) / span, Math.max(before, after) / span] : [position, position];
    // By the node's place in the graph, not its name: a re-export renames nodes, not their order.
    const at = (node: number | undefined) => (node === undefined ? undefined : `${signature}@${node}`);
    return { layer, signature, outputSignature: signature, position, range, follows: at(before), precedes: at(after) };
  });
}

/**
 * Where a kernel that covers no ONNX node (one the runtime inserted: `ReorderOutput_token_60`)
 * sits: between the layers that ran next to it, by their ONNX nodes. Not its index in the layer
 * list: the runtime orders parallel branches differently from one session to the next (the
 * branches of an inception block, and the reorders after them, move by a dozen places), while
 * the ONNX nodes of the layers around it keep their places in the graph. `position` is in [0, 1]
 * as a node's; the share of the list before it when no layer covers a node.
 */
function neighbours(nodesOf: readonly number[][], i: number, span: number): { before?: number; after?: number; position: number } {
  let before: number | undefined;
  for (let k = i - 1; k >= 0 && before === undefined; k--) before = nodesOf[k]!.at(-1);
  let after: number | undefined;
  for (let k = i + 1; k < nodesOf.length && after === undefined; k++) after = nodesOf[k]![0];
  const position =
    before !== undefined && after !== undefined ? (before + after) / 2 / span
    : before !== undefined ? (before + 0.5) / span
    : after !== undefined ? (after - 0.5) / span
    : i / Math.max(1, nodesOf.length - 1);
  return { ...(before === undefined ? {} : { before }), ...(after === undefined ? {} : { after }), position };
}

// Inputs from outside the covered nodes, in node and argument order, and all their outputs.
function boundary(graph: ResultsGraph, indices: number[]): { inputs: string[]; outputs: string[]; ops: string[] } {
  const nodes = indices.map((i) => graph.nodes[i]).filter((n) => n !== undefined);
  const produced = new Set(nodes.flatMap((n) => n.outputs));
  const inputs = nodes.flatMap((n) => n.inputs).filter((t) => t !== "" && !produced.has(t));
  const outputs = nodes.flatMap((n) => n.outputs).filter((t) => t !== "");
  return { inputs, outputs, ops: nodes.map((n) => n.op) };
}

function shapeOf(graph: ResultsGraph, tensor: string): string {
  const info = graph.tensors[tensor];
  if (!info) return "?";
  return `${info.dtype}[${info.shape === null ? "?" : info.shape.join("x")}]`;
}

// Within each group of equal keys, the order-preserving pairing with the most pairs (then the
// least total position shift), pairing only layers within `tolerance` of each other.
function alignByKey(
  base: Described[],
  head: Described[],
  key: Key,
  tolerance: number,
): [Described, Described][] {
  const groups = new Map<string, { base: Described[]; head: Described[] }>();
  for (const d of base) if (d[key] !== undefined) groupOf(groups, d[key]).base.push(d);
  for (const d of head) if (d[key] !== undefined) groupOf(groups, d[key]).head.push(d);
  const pairs: [Described, Described][] = [];
  for (const group of groups.values()) {
    if (group.base.length === 0 || group.head.length === 0) continue;
    group.base.sort((a, b) => a.position - b.position);
    group.head.sort((a, b) => a.position - b.position);
    pairs.push(...alignMonotone(group.base, group.head, tolerance));
  }
  return pairs;
}

function groupOf<T>(groups: Map<string, { base: T[]; head: T[] }>, key: string): { base: T[]; head: T[] } {
  let group = groups.get(key);
  if (!group) groups.set(key, (group = { base: [], head: [] }));
  return group;
}

/** How far apart two layers are: between their ranges, 0 where they overlap. */
function distance(a: Described, b: Described): number {
  return Math.max(0, a.range[0] - b.range[1], b.range[0] - a.range[1]);
}

function alignMonotone(base: Described[], head: Described[], tolerance: number): [Described, Described][] {
  const m = base.length;
  const n = head.length;
  // score[i][j]: best (pairs, −shift) using base[i…] and head[j…]; compared pairs-first.
  const pairsAt = Array.from({ length: m + 1 }, () => new Float64Array(n + 1));
  const shiftAt = Array.from({ length: m + 1 }, () => new Float64Array(n + 1));
  const better = (p1: number, s1: number, p2: number, s2: number) => p1 > p2 || (p1 === p2 && s1 < s2);
  for (let i = m - 1; i >= 0; i--) {
    for (let j = n - 1; j >= 0; j--) {
      let bestPairs = pairsAt[i + 1]![j]!;
      let bestShift = shiftAt[i + 1]![j]!;
      if (better(pairsAt[i]![j + 1]!, shiftAt[i]![j + 1]!, bestPairs, bestShift)) {
        bestPairs = pairsAt[i]![j + 1]!;
        bestShift = shiftAt[i]![j + 1]!;
      }
      const shift = distance(base[i]!, head[j]!);
      if (shift <= tolerance) {
        const p = pairsAt[i + 1]![j + 1]! + 1;
        const s = shiftAt[i + 1]![j + 1]! + shift;
        if (better(p, s, bestPairs, bestShift)) {
          bestPairs = p;
          bestShift = s;
        }
      }
      pairsAt[i]![j] = bestPairs;
      shiftAt[i]![j] = bestShift;
    }
  }
  const pairs: [Described, Described][] = [];
  let i = 0;
  let j = 0;
  while (i < m && j < n) {
    const shift = distance(base[i]!, head[j]!);
    if (
      shift <= tolerance &&
      pairsAt[i]![j] === pairsAt[i + 1]![j + 1]! + 1 &&
      shiftAt[i]![j] === shiftAt[i + 1]![j + 1]! + shift
    ) {
      pairs.push([base[i]!, head[j]!]);
      i++;
      j++;
    } else if (pairsAt[i]![j] === pairsAt[i + 1]![j] && shiftAt[i]![j] === shiftAt[i + 1]![j]) {
      i++;
    } else {
      j++;
    }
  }
  return pairs;
}
