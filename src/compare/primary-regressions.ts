// The endpoints that can fail a merge: primary (latency, energy) endpoints judged a regression.

import type { Comparison, Endpoint } from "./types.js";

export function primaryRegressions(comparison: Comparison): Endpoint[] {
  return comparison.endpoints.filter((e) => e.metric !== "layer" && isRegression(e));
}

/**
 * The regressions that fail the gate under `fail-on` (dnntune.yml's gate.fail-on): latency and
 * energy endpoints when named, and every layer's when `layers` is named; layers inform otherwise.
 */
export function gatedRegressions(comparison: Comparison, failOn: readonly string[]): Endpoint[] {
  const gated = (e: Endpoint) => (e.metric === "layer" ? failOn.includes("layers") : failOn.includes(e.metric));
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
