// The uplink rates at which the best split changes: a log-spaced sweep, each change located by
// bisection, so a report can say "offload below 3.2 Mbps, run on the phone above".

import type { SplitProblem } from "./build-split-problem.js";
import type { DevicePower } from "./evaluate-split.js";
import { withUplinkMbps, type Network } from "./resolve-networks.js";
import { solveSplit, type SplitObjective } from "./solve-split.js";

export interface CrossoverSweep {
  minMbps: number;
  maxMbps: number;
  pointsPerDecade: number;
  /** Bisection stops when hi/lo is below 1 + relativeTolerance. */
  relativeTolerance: number;
}

export const DEFAULT_CROSSOVER_SWEEP: CrossoverSweep = { minMbps: 0.1, maxMbps: 1000, pointsPerDecade: 8, relativeTolerance: 1e-3 };

function samePhoneSet(a: Uint8Array, b: Uint8Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Uplink rates (Mbps, ascending, rounded to 4 significant digits) where the best phone set changes.
 * A change between two grid points is bisected, and each half again if the middle differs from
 * both ends, so several changes between grid points are found when the bisection meets them.
 */
export function crossoverBandwidths(
  problem: SplitProblem,
  network: Network,
  objective: SplitObjective,
  power: DevicePower,
  sweep: CrossoverSweep = DEFAULT_CROSSOVER_SWEEP,
): number[] {
  const bestAt = (mbps: number): Uint8Array => solveSplit(problem, withUplinkMbps(network, mbps), objective, power);
  const steps = Math.max(1, Math.round(Math.log10(sweep.maxMbps / sweep.minMbps) * sweep.pointsPerDecade));
  const grid = Array.from({ length: steps + 1 }, (_, i) => sweep.minMbps * (sweep.maxMbps / sweep.minMbps) ** (i / steps));
  const crossovers: number[] = [];
  const refine = (lo: number, hi: number, setLo: Uint8Array, setHi: Uint8Array): void => {
    if (samePhoneSet(setLo, setHi)) return;
    if (hi / lo < 1 + sweep.relativeTolerance) {
      crossovers.push(Number(Math.sqrt(lo * hi).toPrecision(4)));
      return;
    }
    const mid = Math.sqrt(lo * hi);
    const setMid = bestAt(mid);
    refine(lo, mid, setLo, setMid);
    refine(mid, hi, setMid, setHi);
  };
  let previous = bestAt(grid[0]!);
  for (let i = 1; i < grid.length; i++) {
    const current = bestAt(grid[i]!);
    refine(grid[i - 1]!, grid[i]!, previous, current);
    previous = current;
  }
  return crossovers;
}
