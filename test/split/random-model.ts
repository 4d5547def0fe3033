// Random DAG-shaped models as a mobile + cloud pair of results, for the split's property tests
// and its bench: branches, skip connections, multi-consumer tensors, fused layers, folded nodes.

import type { GraphNode, Layer, ModelResult, Results, TensorInfo } from "../../src/results/types.js";

export const INITIALIZER_PICK = 20;

/** Plain numbers so fast-check can generate and shrink them; `buildRandomModel` turns them into a graph. */
export interface NodeSpec {
  /** Each pick chooses an input: k = the k-th newest tensor available so far; INITIALIZER_PICK an initializer. */
  inputPicks: number[];
  outputCount: number;
  outputBytes: number[];
  mobileUs: number[];
  cloudUs: number[];
  /** When set, this node fuses with the producer of one of its inputs on that device. */
  fuseMobile: number | null;
  fuseCloud: number | null;
  /** 0: runs on both; 1: folded on mobile; 2: folded on cloud; 3: a constant (no inputs, folded on both). */
  folded: number;
  /** Marks this node's first output as a graph output even if something consumes it. */
  extraOutput: boolean;
}

export interface ModelSpec {
  inputBytes: number[];
  nodes: NodeSpec[];
  /** Only chains: node i consumes node i−1's output. */
  chain?: boolean;
}

function model(name: string, graph: ModelResult["graph"], layers: Layer[]): ModelResult {
  return { name, path: `models/${name}.onnx`, sha256: "0".repeat(64), graph, latency: { unit: "us", samples: [1] }, layers, warnings: [] };
}

export function results(device: string, models: ModelResult[]): Results {
  return {
    schema: "dnntune.results/v1",
    createdAt: "2026-11-30T12:00:00Z",
    device: { name: device, transport: "local", tool: "onnxruntime-node", fingerprint: {} },
    models,
  };
}

/** A mobile and a cloud result of one random model. */
export function buildRandomModel(spec: ModelSpec, name = "random"): { mobile: Results; cloud: Results } {
  const tensors: Record<string, TensorInfo> = {};
  const inputs = spec.inputBytes.map((bytes, i) => {
    tensors[`in${i}`] = { dtype: "float32", shape: [bytes / 4], bytes };
    return `in${i}`;
  });
  const available = [...inputs];
  const consumed = new Set<string>();
  const nodes: GraphNode[] = [];
  const producer = new Map<string, number>();
  spec.nodes.forEach((nodeSpec, i) => {
    const nodeInputs: string[] = [];
    if (nodeSpec.folded !== 3) {
      if (spec.chain) nodeInputs.push(i === 0 ? available[0]! : `n${i - 1}_0`);
      else {
        for (const pick of nodeSpec.inputPicks) {
          // Weights live on both devices and never travel.
          const t = pick === INITIALIZER_PICK ? `w${i}` : available[available.length - 1 - (pick % available.length)]!;
          if (!nodeInputs.includes(t)) nodeInputs.push(t);
        }
      }
    }
    nodeInputs.forEach((t) => consumed.add(t));
    const outputs = Array.from({ length: spec.chain ? 1 : nodeSpec.outputCount }, (_, k) => {
      const t = `n${i}_${k}`;
      const bytes = nodeSpec.outputBytes[k % nodeSpec.outputBytes.length]!;
      tensors[t] = { dtype: "float32", shape: [bytes / 4], bytes };
      producer.set(t, i);
      available.push(t);
      return t;
    });
    nodes.push({ name: `node${i}`, op: nodeSpec.folded === 3 ? "Constant" : "Op", inputs: nodeInputs, outputs });
  });
  const outputs = new Set<string>();
  spec.nodes.forEach((nodeSpec, i) => {
    for (const t of nodes[i]!.outputs) if (!consumed.has(t)) outputs.add(t);
    if (nodeSpec.extraOutput) outputs.add(nodes[i]!.outputs[0]!);
  });

  const layersFor = (device: "mobile" | "cloud"): { layers: Layer[]; folded: string[] } => {
    const isFolded = (i: number): boolean => {
      const f = spec.nodes[i]!.folded;
      return f === 3 || (device === "mobile" ? f === 1 : f === 2);
    };
    const group = spec.nodes.map((_, i) => i);
    const root = (i: number): number => (group[i] === i ? i : root(group[i]!));
    spec.nodes.forEach((nodeSpec, i) => {
      const fuse = device === "mobile" ? nodeSpec.fuseMobile : nodeSpec.fuseCloud;
      if (fuse === null || isFolded(i)) return;
      const producers = nodes[i]!.inputs.map((t) => producer.get(t)).filter((p): p is number => p !== undefined && !isFolded(p));
      const p = producers[fuse % Math.max(1, producers.length)];
      if (p !== undefined) group[root(i)] = root(p);
    });
    const members = new Map<number, number[]>();
    spec.nodes.forEach((_, i) => {
      if (isFolded(i)) return;
      const r = root(i);
      members.set(r, [...(members.get(r) ?? []), i]);
    });
    const layers = [...members.values()].map((covers) => {
      const samples = (device === "mobile" ? spec.nodes[covers[0]!]!.mobileUs : spec.nodes[covers[0]!]!.cloudUs).slice();
      return {
        name: `${device}_${covers.map((c) => `node${c}`).join("+")}`,
        op: "Op",
        // Fused covers in reverse order: the builder must not rely on covers' order.
        covers: covers.map((c) => `node${c}`).reverse(),
        provider: "CPUExecutionProvider",
        outputBytes: 0,
        samples,
      };
    });
    return { layers, folded: spec.nodes.map((_, i) => i).filter(isFolded).map((i) => `node${i}`) };
  };
  const graphFor = (folded: string[]): ModelResult["graph"] => ({ nodes, tensors, inputs, outputs: [...outputs], folded });
  const m = layersFor("mobile");
  const c = layersFor("cloud");
  return {
    mobile: results("phone", [model(name, graphFor(m.folded), m.layers)]),
    cloud: results("server", [model(name, graphFor(c.folded), c.layers)]),
  };
}

/**
 * A seeded random model of `nodeCount` nodes for the bench: a backbone (each node reads the newest
 * tensor) with skip connections and bottleneck tensors among wide ones.
 */
export function randomModelSpec(nodeCount: number, rng: () => number): ModelSpec {
  const int = (n: number): number => Math.floor(rng() * n);
  return {
    inputBytes: [602112],
    nodes: Array.from({ length: nodeCount }, () => ({
      inputPicks: rng() < 0.3 ? [0, 1 + int(19)] : [0],
      outputCount: 1,
      // One tensor in ten is a bottleneck (≤ 4 kB): where a split pays off.
      outputBytes: [rng() < 0.1 ? 4 * (10 + int(1000)) : 4 * (10_000 + int(200_000))],
      mobileUs: [50 + rng() * 2000, 50 + rng() * 2000, 50 + rng() * 2000],
      cloudUs: [5 + rng() * 200, 5 + rng() * 200, 5 + rng() * 200],
      fuseMobile: rng() < 0.2 ? 0 : null,
      fuseCloud: rng() < 0.2 ? 0 : null,
      folded: 0,
      extraOutput: false,
    })),
  };
}
