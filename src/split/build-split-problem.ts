// Turns a mobile and a cloud result of one model into the split problem: per-node latencies
// (layer medians), the units a cut may not separate (fused layers), and the tensors that can cross.

import { median } from "../stats/quantile.js";
import { InputError } from "../errors.js";
import type { ModelResult } from "../results/types.js";

/** A layer's samples charged to one node (the first node it covers, in topological order). */
export interface LayerCharge {
  layer: string;
  node: number;
  samples: readonly number[];
}

/** A tensor that a cut could send: produced by a node (or a graph input, producer -1). */
export interface SplitTensor {
  name: string;
  bytes: number;
  /** Index into `nodes`, or -1 for a graph input (always on the phone). */
  producer: number;
  /** Distinct consumer node indices. */
  consumers: number[];
}

/** A graph output produced by a node: returned over the downlink when that node runs in the cloud. */
export interface SplitOutput {
  name: string;
  bytes: number;
  producer: number;
}

export interface SplitProblem {
  model: string;
  mobileDevice: string;
  cloudDevice: string;
  /** The nodes a split places, in topological order; nodes folded on both devices are constants and absent. */
  nodes: string[];
  /** Per node: median kernel time on each device (µs); 0 for a node folded there or fused into another. */
  mobileUs: Float64Array;
  cloudUs: Float64Array;
  mobileCharges: LayerCharge[];
  cloudCharges: LayerCharge[];
  /** Per node: its unit. Nodes that one layer covers on either device share a unit, which a cut never separates. */
  unitOf: Int32Array;
  unitCount: number;
  tensors: SplitTensor[];
  outputs: SplitOutput[];
}

export { median };

/** Per-node kernel time from layer charges, each layer summarised by `summary` (the median, or a bootstrap median). */
export function nodeLatencyUs(
  nodeCount: number,
  charges: readonly LayerCharge[],
  summary: (samples: readonly number[]) => number = median,
): Float64Array {
  const latencyUs = new Float64Array(nodeCount);
  for (const charge of charges) latencyUs[charge.node]! += summary(charge.samples);
  return latencyUs;
}

function find(parent: Int32Array, x: number): number {
  while (parent[x] !== x) {
    parent[x] = parent[parent[x]!]!;
    x = parent[x]!;
  }
  return x;
}

/**
 * The split problem of one model measured on a mobile and a cloud device.
 * Throws InputError when the two results are of different models, when a device has no layer
 * samples, or when a node is neither covered by a layer nor folded on a device.
 */
export function buildSplitProblem(
  mobile: ModelResult,
  cloud: ModelResult,
  devices: { mobile: string; cloud: string },
): SplitProblem {
  const where = `split ${mobile.name}`;
  if (mobile.sha256 && cloud.sha256 && mobile.sha256 !== cloud.sha256) {
    throw new InputError(
      where,
      `the mobile (${devices.mobile}) and cloud (${devices.cloud}) results are of different models: sha256 ${mobile.sha256} vs ${cloud.sha256}`,
    );
  }
  const mobileNames = mobile.graph.nodes.map((n) => n.name);
  const cloudNames = new Set(cloud.graph.nodes.map((n) => n.name));
  if (mobileNames.length !== cloudNames.size || mobileNames.some((name) => !cloudNames.has(name))) {
    throw new InputError(
      where,
      `the mobile (${devices.mobile}) and cloud (${devices.cloud}) results are of different models: their graphs have different nodes`,
    );
  }

  // A node folded on both devices is a constant on both: it runs nowhere and its outputs are
  // never sent, like initializers. Folded on one device only, it still runs on the other.
  const foldedMobile = new Set(mobile.graph.folded);
  const foldedCloud = new Set(cloud.graph.folded);
  const graphNodes = mobile.graph.nodes.filter((n) => !(foldedMobile.has(n.name) && foldedCloud.has(n.name)));
  const nodes = graphNodes.map((n) => n.name);
  const indexOf = new Map(nodes.map((name, i) => [name, i]));
  const parent = Int32Array.from(nodes, (_, i) => i);

  const chargesOf = (result: ModelResult, role: "mobile" | "cloud", device: string, folded: Set<string>): LayerCharge[] => {
    const deviceWhere = `${role} results (${device}), model ${result.name}`;
    const withSamples = result.layers.filter((layer) => layer.samples.length > 0);
    if (withSamples.length === 0) {
      throw new InputError(deviceWhere, "has no layer samples; run bench with a profiling phase on this device");
    }
    const covered = new Set<number>();
    const charges: LayerCharge[] = [];
    for (const layer of result.layers) {
      if (layer.samples.length === 0) throw new InputError(deviceWhere, `layer ${layer.name} has no samples`);
      if (layer.samples.some((s) => !Number.isFinite(s) || s < 0)) {
        throw new InputError(deviceWhere, `layer ${layer.name} has a sample that is not a finite number ≥ 0`);
      }
      const members: number[] = [];
      for (const name of layer.covers) {
        const i = indexOf.get(name);
        if (i === undefined) {
          if (!cloudNames.has(name)) throw new InputError(deviceWhere, `layer ${layer.name} covers ${name}, which is not a node of the graph`);
          continue; // a constant on both devices
        }
        members.push(i);
        covered.add(i);
      }
      // A layer that covers no placed node (a runtime's copy op) has no place in the split.
      if (members.length === 0) continue;
      members.sort((a, b) => a - b);
      for (const m of members) {
        const a = find(parent, members[0]!);
        const b = find(parent, m);
        if (a !== b) parent[b] = a;
      }
      charges.push({ layer: layer.name, node: members[0]!, samples: layer.samples });
    }
    nodes.forEach((name, i) => {
      if (!covered.has(i) && !folded.has(name)) {
        throw new InputError(deviceWhere, `node ${name} is neither covered by a layer nor folded; the results are incomplete`);
      }
    });
    return charges;
  };
  const mobileCharges = chargesOf(mobile, "mobile", devices.mobile, foldedMobile);
  const cloudCharges = chargesOf(cloud, "cloud", devices.cloud, foldedCloud);

  const unitOf = new Int32Array(nodes.length);
  const unitIds = new Map<number, number>();
  for (let i = 0; i < nodes.length; i++) {
    const root = find(parent, i);
    let unit = unitIds.get(root);
    if (unit === undefined) {
      unit = unitIds.size;
      unitIds.set(root, unit);
    }
    unitOf[i] = unit;
  }

  const tensorInfo = mobile.graph.tensors;
  const bytesOf = (name: string, role: string): number => {
    const bytes = tensorInfo[name]?.bytes;
    if (typeof bytes !== "number" || !Number.isFinite(bytes) || bytes < 0) {
      throw new InputError(where, `tensor ${name} (${role}) has no known size in bytes; the split needs the size of every tensor a cut can send`);
    }
    return bytes;
  };
  const producerOf = new Map<string, number>();
  graphNodes.forEach((node, i) => node.outputs.forEach((t) => t && producerOf.set(t, i)));
  const graphInputs = new Set(mobile.graph.inputs);
  const consumersOf = new Map<string, Set<number>>();
  graphNodes.forEach((node, i) => {
    for (const t of node.inputs) {
      // Initializers and constants' outputs are on both devices: only computed tensors travel.
      if (!t || !(producerOf.has(t) || graphInputs.has(t))) continue;
      let set = consumersOf.get(t);
      if (!set) consumersOf.set(t, (set = new Set()));
      set.add(i);
    }
  });
  const tensors: SplitTensor[] = [];
  for (const [name, consumerSet] of consumersOf) {
    const producer = producerOf.get(name) ?? -1;
    const consumers = [...consumerSet].sort((a, b) => a - b);
    // A tensor used only inside its producer's unit never crosses a cut.
    if (producer >= 0 && consumers.every((c) => unitOf[c] === unitOf[producer])) continue;
    tensors.push({ name, bytes: bytesOf(name, "sent when its consumers run in the cloud"), producer, consumers });
  }
  const outputs: SplitOutput[] = [];
  for (const name of new Set(mobile.graph.outputs)) {
    const producer = producerOf.get(name);
    if (producer === undefined) continue; // a graph input or a constant: the phone has it
    outputs.push({ name, bytes: bytesOf(name, "a graph output, returned when computed in the cloud"), producer });
  }

  return {
    model: mobile.name,
    mobileDevice: devices.mobile,
    cloudDevice: devices.cloud,
    nodes,
    mobileUs: nodeLatencyUs(nodes.length, mobileCharges),
    cloudUs: nodeLatencyUs(nodes.length, cloudCharges),
    mobileCharges,
    cloudCharges,
    unitOf,
    unitCount: unitIds.size,
    tensors,
    outputs,
  };
}
