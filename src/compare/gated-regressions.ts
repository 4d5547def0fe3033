// The endpoints that fail a merge: regressions of the endpoints `fail-on` names.

import type { Comparison, Endpoint } from "./types.js";

/** Energy modelled from latency × a declared power: it repeats latency, so it informs and never gates. */
export function isModelledEnergy(e: Endpoint): boolean {
  return e.metric === "energy" && e.energySource === "modelled";
}

/**
 * The regressions that fail the gate under `fail-on` (dnntune.yml's gate.fail-on): latency and
 * energy endpoints when named, and every layer's when `layers` is named; layers inform otherwise.
 */
export function gatedRegressions(comparison: Comparison, failOn: readonly string[]): Endpoint[] {
  // Modelled energy is latency × a declared power: it informs; only a measured energy gates.
  const gated = (e: Endpoint) => (e.metric === "layer" ? failOn.includes("layers") : !isModelledEnergy(e) && failOn.includes(e.metric));
  return comparison.endpoints.filter((e) => gated(e) && isRegression(e));
}

function isRegression(e: Endpoint): boolean {
  switch (e.verdict) {
    case "regression":
      return true;
    case "improvement":
    case "equivalent":
    case "inconclusive":
    case "missing":
      return false;
    default:
      return unreachable(e);
  }
}

function unreachable(value: never): never {
  throw new Error(`unknown verdict ${JSON.stringify(value)}`);
}
