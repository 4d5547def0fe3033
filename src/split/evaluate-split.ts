// The split cost model (docs/split.md), evaluated for one given phone set: what a split sends, returns,
// and costs in latency and phone energy. The solver optimises the same terms; reports use this.

import type { SplitProblem } from "./build-split-problem.js";
import { radioDownW, radioUpW, type Network } from "./resolve-networks.js";

/** Device power in W; energy is modelled from it. */
export interface DevicePower {
  activeW: number;
  idleW: number;
}

export const DEFAULT_POWER: DevicePower = { activeW: 2.5, idleW: 0.3 };

export interface SplitCost {
  /** 1 for nodes (indices into problem.nodes) on the phone. */
  phone: Uint8Array;
  sentTensors: string[];
  sentBytes: number;
  returnedBytes: number;
  latencyUs: number;
  phoneEnergyMj: number;
}

/** Seconds → µs cancels the 1e6 of Mbps: bytes × 8 / Mbps is already µs. */
export function transferUs(bytes: number, mbps: number): number {
  return (bytes * 8) / mbps;
}

/**
 * Latency and phone energy of running `phone` nodes on the phone and the rest in the cloud.
 * `latency` overrides the problem's per-node medians (the bootstrap passes resampled ones).
 */
export function evaluateSplit(
  problem: SplitProblem,
  phone: Uint8Array,
  network: Network,
  power: DevicePower,
  latency: { mobileUs: Float64Array; cloudUs: Float64Array } = problem,
): SplitCost {
  let phoneUs = 0;
  let cloudUs = 0;
  let allPhone = true;
  for (let i = 0; i < problem.nodes.length; i++) {
    if (phone[i]) phoneUs += latency.mobileUs[i]!;
    else {
      cloudUs += latency.cloudUs[i]!;
      allPhone = false;
    }
  }
  if (allPhone) return { phone, sentTensors: [], sentBytes: 0, returnedBytes: 0, ...splitTotals(phoneUs, 0, 0, 0, true, network, power) };
  const sentTensors: string[] = [];
  let sentBytes = 0;
  for (const tensor of problem.tensors) {
    const producedOnPhone = tensor.producer < 0 || phone[tensor.producer] === 1;
    if (producedOnPhone && tensor.consumers.some((c) => !phone[c])) {
      sentTensors.push(tensor.name);
      sentBytes += tensor.bytes;
    }
  }
  let returnedBytes = 0;
  for (const output of problem.outputs) if (!phone[output.producer]) returnedBytes += output.bytes;
  return { phone, sentTensors, sentBytes, returnedBytes, ...splitTotals(phoneUs, cloudUs, sentBytes, returnedBytes, false, network, power) };
}

/** The cost model's formulas (docs/split.md), from the split's totals; `allPhone` drops the RTT and the radio. */
export function splitTotals(
  phoneUs: number,
  cloudUs: number,
  sentBytes: number,
  returnedBytes: number,
  allPhone: boolean,
  network: Network,
  power: DevicePower,
): { latencyUs: number; phoneEnergyMj: number } {
  // W × µs = µJ; /1000 → mJ.
  if (allPhone) return { latencyUs: phoneUs, phoneEnergyMj: (power.activeW * phoneUs) / 1000 };
  const upUs = transferUs(sentBytes, network.uplinkMbps);
  const downUs = transferUs(returnedBytes, network.downlinkMbps);
  const rttUs = network.rttMs * 1000;
  const latencyUs = phoneUs + rttUs + upUs + cloudUs + downUs;
  const energyUj = power.activeW * phoneUs + radioUpW(network) * upUs + radioDownW(network) * downUs + power.idleW * (rttUs + cloudUs);
  return { latencyUs, phoneEnergyMj: energyUj / 1000 };
}
