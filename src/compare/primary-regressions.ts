// The endpoints that can fail a merge: primary (latency, energy) endpoints judged a regression.

import type { Comparison, Endpoint } from "./types.js";

export function primaryRegressions(comparison: Comparison): Endpoint[] {
  return comparison.endpoints.filter((e) => e.metric !== "layer" && isRegression(e));
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
