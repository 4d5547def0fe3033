// Which parts of two devices' setups differ: a comparison across another CPU, runtime version or
// thread count measures the setup as much as the change, so it is flagged, never trusted.

import type { DeviceInfo } from "../results/types.js";

export interface FingerprintDifference {
  field: string;
  base: unknown;
  head: unknown;
}

// Temperatures and the battery's charge change from run to run on the same setup; the drift
// check covers the first, and the charge alone does not change how fast a phone runs (its
// charging state, which does, is compared).
const VOLATILE = /^temp|^batteryPct$/i;

export function fingerprintDiff(base: DeviceInfo, head: DeviceInfo): FingerprintDifference[] {
  const differences: FingerprintDifference[] = [];
  for (const field of ["transport", "tool"] as const) {
    if (base[field] !== head[field]) differences.push({ field, base: base[field], head: head[field] });
  }
  const fields = new Set([...Object.keys(base.fingerprint), ...Object.keys(head.fingerprint)]);
  for (const field of [...fields].sort()) {
    if (VOLATILE.test(field)) continue;
    const a = base.fingerprint[field];
    const b = head.fingerprint[field];
    if (JSON.stringify(a) !== JSON.stringify(b)) differences.push({ field, base: a, head: b });
  }
  return differences;
}
