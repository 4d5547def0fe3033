// The curve that reports plot: every topological prefix "phone runs up to node X, the cloud the
// rest", costed in O(nodes + tensors) with difference arrays. On chains its minimum is the optimum.

import type { SplitProblem } from "./build-split-problem.js";
import { splitTotals, type DevicePower } from "./evaluate-split.js";
import type { Network } from "./resolve-networks.js";

export interface CurvePoint {
  /** The last node on the phone; null for the empty prefix (cloud-only). */
  after: string | null;
  /** Number of nodes on the phone. */
  phoneNodeCount: number;
  latencyUs: number;
  phoneEnergyMj: number;
}

/**
 * Cost of each prefix of the topological order, cloud-only first, mobile-only last. Prefixes that
 * would separate a unit (a fused layer whose nodes are not contiguous) are left out: no split may
 * take them.
 */
export function chainSweep(problem: SplitProblem, network: Network, power: DevicePower): CurvePoint[] {
  const n = problem.nodes.length;
  // Prefix k puts nodes 0..k-1 on the phone. Each array below is a difference array over k.
  const sentDiff = new Float64Array(n + 2);
  const returnedDiff = new Float64Array(n + 2);
  const invalidDiff = new Int32Array(n + 2);
  const addRange = (diff: Float64Array | Int32Array, from: number, to: number, value: number): void => {
    if (from > to) return;
    diff[from]! += value;
    diff[to + 1]! -= value;
  };
  for (const tensor of problem.tensors) {
    const lastConsumer = tensor.consumers[tensor.consumers.length - 1]!;
    // Sent while the producer is on the phone (k > producer) and its last consumer is not (k ≤ lastConsumer).
    addRange(sentDiff, tensor.producer + 1, lastConsumer, tensor.bytes);
  }
  // Returned while its producer is in the cloud (k ≤ producer).
  for (const output of problem.outputs) addRange(returnedDiff, 0, output.producer, output.bytes);
  const firstOfUnit = new Int32Array(problem.unitCount).fill(-1);
  const lastOfUnit = new Int32Array(problem.unitCount);
  for (let i = 0; i < n; i++) {
    const unit = problem.unitOf[i]!;
    if (firstOfUnit[unit]! < 0) firstOfUnit[unit] = i;
    lastOfUnit[unit] = i;
  }
  for (let u = 0; u < problem.unitCount; u++) addRange(invalidDiff, firstOfUnit[u]! + 1, lastOfUnit[u]!, 1);

  let cloudTotalUs = 0;
  for (let i = 0; i < n; i++) cloudTotalUs += problem.cloudUs[i]!;
  const curve: CurvePoint[] = [];
  let phoneUs = 0;
  let cloudPhoneUs = 0;
  let sentBytes = 0;
  let returnedBytes = 0;
  let invalid = 0;
  for (let k = 0; k <= n; k++) {
    if (k > 0) {
      phoneUs += problem.mobileUs[k - 1]!;
      cloudPhoneUs += problem.cloudUs[k - 1]!;
    }
    sentBytes += sentDiff[k]!;
    returnedBytes += returnedDiff[k]!;
    invalid += invalidDiff[k]!;
    if (invalid > 0) continue;
    // Cloud time as total minus the phone's share can go a hair below 0 from rounding.
    const cloudUs = Math.max(0, cloudTotalUs - cloudPhoneUs);
    curve.push({
      after: k === 0 ? null : problem.nodes[k - 1]!,
      phoneNodeCount: k,
      ...splitTotals(phoneUs, cloudUs, sentBytes, returnedBytes, k === n, network, power),
    });
  }
  return curve;
}
