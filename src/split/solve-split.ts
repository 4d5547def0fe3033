// The exact best split for one network and objective: a single minimum s–t cut (DADS, INFOCOM
// 2019) whose graph encodes every term of the cost model, the RTT included.

import type { SplitProblem } from "./build-split-problem.js";
import { transferUs, type DevicePower } from "./evaluate-split.js";
import { minCut, type FlowEdge } from "./min-cut.js";
import { radioDownW, radioUpW, type Network } from "./resolve-networks.js";

export type SplitObjective = "latency" | "energy";

/**
 * The phone set (1 per node on the phone) that minimises the objective.
 *
 * Source side = phone, sink side = cloud; one vertex per unit (nodes a cut may not separate).
 * - unit on the phone pays its phone cost (edge unit → sink); in the cloud its cloud cost plus
 *   the downlink of the graph outputs it produces (edge source → unit): "returned" is a per-node
 *   term, so it is exact without anything else.
 * - a tensor with one consumer unit: edge producer → consumer with its upload cost; with several,
 *   an auxiliary vertex (producer → aux at the upload cost, aux → consumers infinite) so it is paid
 *   once however many consumers run in the cloud. A graph input's producer is the source (pinned
 *   to the phone).
 * - infinite consumer → producer edges: no cut puts a producer in the cloud and a consumer on the
 *   phone, i.e. the phone set is closed under predecessors.
 * - the RTT (and the idle power it costs) is due only when something runs in the cloud. It is
 *   K·[cloud set ≠ ∅], a submodular term with an exact cut gadget: a vertex z with source → z of
 *   capacity K and z → every unit infinite. z on the phone side forces every unit onto the phone
 *   (pays 0); z on the cloud side pays K and frees them. So mobile-only and every offloading split
 *   compete in one max-flow, each with its exact cost.
 */
export function solveSplit(
  problem: SplitProblem,
  network: Network,
  objective: SplitObjective,
  power: DevicePower,
  latency: { mobileUs: Float64Array; cloudUs: Float64Array } = problem,
): Uint8Array {
  const { unitOf, unitCount } = problem;
  // Weights in one unit per objective: µs for latency, µJ for energy.
  const phoneW = objective === "latency" ? 1 : power.activeW;
  const cloudW = objective === "latency" ? 1 : power.idleW;
  const upW = objective === "latency" ? 1 : radioUpW(network);
  const downW = objective === "latency" ? 1 : radioDownW(network);
  const rttCost = network.rttMs * 1000 * cloudW;

  const source = 0;
  const sink = 1;
  const z = 2;
  const unitVertex = (unit: number): number => 3 + unit;
  let vertexCount = 3 + unitCount;
  const onPhoneCost = new Float64Array(unitCount);
  const inCloudCost = new Float64Array(unitCount);
  for (let i = 0; i < problem.nodes.length; i++) {
    onPhoneCost[unitOf[i]!]! += phoneW * latency.mobileUs[i]!;
    inCloudCost[unitOf[i]!]! += cloudW * latency.cloudUs[i]!;
  }
  for (const output of problem.outputs) {
    inCloudCost[unitOf[output.producer]!]! += downW * transferUs(output.bytes, network.downlinkMbps);
  }

  const edges: FlowEdge[] = [];
  for (let u = 0; u < unitCount; u++) {
    const v = unitVertex(u);
    // Only the difference matters to the argmin: the shared part min(phone, cloud) is paid
    // either way, and leaving it out spares the max-flow that trivial s → u → t flow.
    const shared = Math.min(onPhoneCost[u]!, inCloudCost[u]!);
    if (onPhoneCost[u]! > shared) edges.push({ from: v, to: sink, capacity: onPhoneCost[u]! - shared });
    if (inCloudCost[u]! > shared) edges.push({ from: source, to: v, capacity: inCloudCost[u]! - shared });
    edges.push({ from: z, to: v, capacity: Infinity });
  }
  if (rttCost > 0) edges.push({ from: source, to: z, capacity: rttCost });

  for (const tensor of problem.tensors) {
    const from = tensor.producer < 0 ? source : unitVertex(unitOf[tensor.producer]!);
    const targets = [...new Set(tensor.consumers.map((c) => unitVertex(unitOf[c]!)))].filter((v) => v !== from);
    if (targets.length === 0) continue;
    const uploadCost = upW * transferUs(tensor.bytes, network.uplinkMbps);
    if (from !== source) for (const to of targets) edges.push({ from: to, to: from, capacity: Infinity });
    if (uploadCost <= 0) continue;
    if (targets.length === 1) {
      edges.push({ from, to: targets[0]!, capacity: uploadCost });
    } else {
      const aux = vertexCount++;
      edges.push({ from, to: aux, capacity: uploadCost });
      for (const to of targets) edges.push({ from: aux, to, capacity: Infinity });
    }
  }

  const { sourceSide } = minCut(vertexCount, edges, source, sink);
  const phone = new Uint8Array(problem.nodes.length);
  for (let i = 0; i < phone.length; i++) phone[i] = sourceSide[unitVertex(unitOf[i]!)]!;
  return phone;
}
