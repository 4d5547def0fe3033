// The split cost model (docs/split.md) written again, plainly, over the results themselves (layers and
// graph, not the solver's problem), and every valid split enumerated: the reference for the tests.

import type { Results } from "../../src/results/types.js";
import type { Network } from "../../src/split/resolve-networks.js";

export interface Totals {
  phoneUs: number;
  cloudUs: number;
  sentBytes: number;
  returnedBytes: number;
  allPhone: boolean;
}

export interface Power {
  activeW: number;
  idleW: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function radioW(network: Network): { up: number; down: number } {
  const r = network.radio;
  if (r.kind === "constant") return { up: r.upW, down: r.downW };
  return {
    up: (r.upMwPerMbps * network.uplinkMbps + r.upBaseMw) / 1000,
    down: (r.downMwPerMbps * network.downlinkMbps + r.downBaseMw) / 1000,
  };
}

/** Latency (µs) and phone energy (mJ), straight from the cost model's formulas. */
export function costOf(t: Totals, network: Network, power: Power): { latencyUs: number; phoneEnergyMj: number } {
  if (t.allPhone) return { latencyUs: t.phoneUs, phoneEnergyMj: (power.activeW * t.phoneUs * 1e-6) * 1000 };
  const upS = (t.sentBytes * 8) / (network.uplinkMbps * 1e6);
  const downS = (t.returnedBytes * 8) / (network.downlinkMbps * 1e6);
  const rttS = network.rttMs / 1000;
  const phoneS = t.phoneUs * 1e-6;
  const cloudS = t.cloudUs * 1e-6;
  const radio = radioW(network);
  const latencyS = phoneS + rttS + upS + cloudS + downS;
  const energyJ = power.activeW * phoneS + radio.up * upS + radio.down * downS + power.idleW * (rttS + cloudS);
  return { latencyUs: latencyS * 1e6, phoneEnergyMj: energyJ * 1000 };
}

/** The placed nodes (not folded on both devices) of the only model, in graph order. */
export function placedNodes(mobile: Results, cloud: Results): string[] {
  const m = mobile.models[0]!;
  const c = cloud.models[0]!;
  return m.graph.nodes.map((n) => n.name).filter((n) => !(m.graph.folded.includes(n) && c.graph.folded.includes(n)));
}

/** Totals of the split that runs `phone` (a set of placed nodes) on the phone. */
export function totalsOf(mobile: Results, cloud: Results, phone: ReadonlySet<string>): Totals {
  const m = mobile.models[0]!;
  const c = cloud.models[0]!;
  const placed = new Set(placedNodes(mobile, cloud));
  const producerOf = new Map<string, string>();
  for (const n of m.graph.nodes) for (const t of n.outputs) producerOf.set(t, n.name);
  let phoneUs = 0;
  for (const layer of m.layers) {
    const cov = layer.covers.filter((x) => placed.has(x));
    if (cov.length > 0 && cov.every((x) => phone.has(x))) phoneUs += median(layer.samples);
  }
  let cloudUs = 0;
  for (const layer of c.layers) {
    const cov = layer.covers.filter((x) => placed.has(x));
    if (cov.length > 0 && cov.every((x) => !phone.has(x))) cloudUs += median(layer.samples);
  }
  const sent = new Set<string>();
  for (const n of m.graph.nodes) {
    if (!placed.has(n.name) || phone.has(n.name)) continue;
    for (const t of n.inputs) {
      const p = producerOf.get(t);
      const onPhone = p === undefined ? m.graph.inputs.includes(t) : placed.has(p) && phone.has(p);
      if (onPhone) sent.add(t);
    }
  }
  let sentBytes = 0;
  for (const t of sent) sentBytes += m.graph.tensors[t]!.bytes!;
  let returnedBytes = 0;
  for (const t of new Set(m.graph.outputs)) {
    const p = producerOf.get(t);
    if (p !== undefined && placed.has(p) && !phone.has(p)) returnedBytes += m.graph.tensors[t]!.bytes!;
  }
  return { phoneUs, cloudUs, sentBytes, returnedBytes, allPhone: [...placed].every((x) => phone.has(x)) };
}

/** Every split closed under predecessors that keeps each layer (on either device) on one side. */
export function validSplits(mobile: Results, cloud: Results): Set<string>[] {
  const m = mobile.models[0]!;
  const c = cloud.models[0]!;
  const placed = placedNodes(mobile, cloud);
  const placedSet = new Set(placed);
  const producerOf = new Map<string, string>();
  for (const n of m.graph.nodes) for (const t of n.outputs) producerOf.set(t, n.name);
  const preds = new Map(
    m.graph.nodes.map((n) => [n.name, n.inputs.map((t) => producerOf.get(t)).filter((p): p is string => p !== undefined && placedSet.has(p))]),
  );
  const layerGroups = [...m.layers, ...c.layers].map((l) => l.covers.filter((x) => placedSet.has(x)));
  const splits: Set<string>[] = [];
  for (let mask = 0; mask < 1 << placed.length; mask++) {
    const phone = new Set(placed.filter((_, i) => mask & (1 << i)));
    const closed = [...phone].every((v) => preds.get(v)!.every((p) => phone.has(p)));
    const whole = layerGroups.every((g) => g.every((x) => phone.has(x)) || g.every((x) => !phone.has(x)));
    if (closed && whole) splits.push(phone);
  }
  return splits;
}
