// Split findings for the gate: where the best split of each model, network and objective moved
// from base to head, and how much its predicted cost changed, with a bootstrap CI from the layer
// samples so a move inside the noise is not called a regression.

import type { Results } from "../results/types.js";
import { quantileSorted as quantile } from "../stats/quantile.js";
import { buildSplitProblem, nodeLatencyUs, median, type LayerCharge, type SplitProblem } from "./build-split-problem.js";
import { samePlace } from "./describe-split.js";
import { evaluateSplit } from "./evaluate-split.js";
import { resolveNetworks } from "./resolve-networks.js";
import { bestSplit, pairModels, resolveObjectives, resolvePower, type SplitOptions } from "./split-models.js";
import type { SplitDiff, SplitFinding, SplitVerdict } from "./schema.js";
import type { SplitObjective } from "./solve-split.js";

export interface DevicePair {
  mobile: Results;
  cloud: Results;
}

export interface SplitDiffOptions extends Omit<SplitOptions, "crossovers"> {
  /** Uniform [0, 1) numbers; pass mulberry32(seed) from stats/ for a reproducible CI. */
  rng: () => number;
  /** Bootstrap resamples (default 1000). */
  resamples?: number;
  /** Practical threshold on the ratio (default 0.05: ±5 %). */
  threshold?: number;
  /** Two-sided confidence level of the CI (default 0.95). */
  confidence?: number;
}

export type { SplitDiff, SplitFinding, SplitSide, SplitVerdict } from "./schema.js";

function resampledMedian(samples: readonly number[], rng: () => number): number {
  const draw = new Array<number>(samples.length);
  for (let i = 0; i < samples.length; i++) draw[i] = samples[Math.floor(rng() * samples.length)]!;
  return median(draw);
}

/** Every layer's samples resampled on both devices: per-node latencies of one bootstrap replicate. */
function replicate(problem: SplitProblem, rng: () => number): { mobileUs: Float64Array; cloudUs: Float64Array } {
  const n = problem.nodes.length;
  const draw = (charges: LayerCharge[]): Float64Array => nodeLatencyUs(n, charges, (s) => resampledMedian(s, rng));
  return { mobileUs: draw(problem.mobileCharges), cloudUs: draw(problem.cloudCharges) };
}

function valueOf(objective: SplitObjective, cost: { latencyUs: number; phoneEnergyMj: number }): number {
  return objective === "latency" ? cost.latencyUs : cost.phoneEnergyMj;
}

function phoneSet(problem: SplitProblem, phoneNodes: readonly string[]): Uint8Array {
  const names = new Set(phoneNodes);
  return Uint8Array.from(problem.nodes, (name) => (names.has(name) ? 1 : 0));
}


function percent(ratio: number): string {
  const pct = (ratio - 1) * 100;
  const digits = Math.abs(pct) < 10 ? 1 : 0;
  return `${pct < 0 ? "−" : "+"}${Math.abs(pct).toFixed(digits)}`;
}

export function verdictOf(ci: readonly [number, number], threshold: number): SplitVerdict {
  if (ci[0] > 1 + threshold) return "regression";
  if (ci[1] < 1 - threshold) return "improvement";
  if (ci[0] >= 1 - threshold && ci[1] <= 1 + threshold) return "equivalent";
  return "inconclusive";
}

/**
 * Base vs head best splits for every model in both, every network and objective. The CI is a
 * percentile bootstrap of head/base: each replicate resamples every layer's samples on all four
 * devices and re-costs the two best splits (the decisions stay fixed; their predictions move).
 */
export function splitDiff(base: DevicePair, head: DevicePair, options: SplitDiffOptions): SplitDiff {
  const networks = resolveNetworks(options.networks, options.userNetworks);
  const objectives = resolveObjectives(options.objectives);
  const power = resolvePower(options.power);
  const resamples = options.resamples ?? 1000;
  const threshold = options.threshold ?? 0.05;
  const alpha = 1 - (options.confidence ?? 0.95);
  const basePairs = pairModels(base.mobile, base.cloud).pairs;
  const headPairs = pairModels(head.mobile, head.cloud).pairs;
  const baseByName = new Map(basePairs.map((p) => [p.mobile.name, p]));
  const headNames = new Set(headPairs.map((p) => p.mobile.name));
  const missing: SplitDiff["missing"] = basePairs
    .filter((p) => !headNames.has(p.mobile.name))
    .map((p) => ({ model: p.mobile.name, reason: "in base, not in head" }));
  const findings: SplitFinding[] = [];

  for (const headPair of headPairs) {
    // By name only: another model's baseline is no baseline, however alone it is in its file.
    const basePair = baseByName.get(headPair.mobile.name);
    if (!basePair) {
      missing.push({ model: headPair.mobile.name, reason: "no baseline" });
      continue;
    }
    const baseProblem = buildSplitProblem(basePair.mobile, basePair.cloud, { mobile: base.mobile.device.name, cloud: base.cloud.device.name });
    const headProblem = buildSplitProblem(headPair.mobile, headPair.cloud, { mobile: head.mobile.device.name, cloud: head.cloud.device.name });
    const combos = networks.flatMap((network) =>
      objectives.map((objective) => {
        const baseBest = bestSplit(baseProblem, network, objective, power);
        const headBest = bestSplit(headProblem, network, objective, power);
        return {
          network,
          objective,
          baseBest,
          headBest,
          basePhone: phoneSet(baseProblem, baseBest.phoneNodes),
          headPhone: phoneSet(headProblem, headBest.phoneNodes),
          ratios: [] as number[],
        };
      }),
    );
    // Replicate by replicate, so memory stays O(nodes) however many resamples.
    for (let b = 0; b < resamples; b++) {
      const baseReplicate = replicate(baseProblem, options.rng);
      const headReplicate = replicate(headProblem, options.rng);
      for (const combo of combos) {
        const baseValue = valueOf(combo.objective, evaluateSplit(baseProblem, combo.basePhone, combo.network, power, baseReplicate));
        const headValue = valueOf(combo.objective, evaluateSplit(headProblem, combo.headPhone, combo.network, power, headReplicate));
        combo.ratios.push(baseValue > 0 ? headValue / baseValue : 1);
      }
    }

    for (const { network, objective, baseBest, headBest, ratios } of combos) {
      ratios.sort((a, b) => a - b);
      const ci: [number, number] = resamples > 0 ? [quantile(ratios, alpha / 2), quantile(ratios, 1 - alpha / 2)] : [NaN, NaN];
      const baseValue = valueOf(objective, baseBest);
      const headValue = valueOf(objective, headBest);
      const ratio = baseValue > 0 ? headValue / baseValue : 1;
      const verdict = resamples > 0 ? verdictOf(ci, threshold) : "inconclusive";
      const moved = !samePlace(baseBest.place, headBest.place);
      const what = objective === "latency" ? "latency" : "phone energy";
      const where = moved ? `moved from ${baseBest.label} to ${headBest.label}` : `stays ${headBest.label}`;
      findings.push({
        model: headProblem.model,
        mobile: headProblem.mobileDevice,
        cloud: headProblem.cloudDevice,
        network: network.name,
        objective,
        base: { place: baseBest.place, label: baseBest.label, phoneNodes: baseBest.phoneNodes, predicted: baseValue },
        head: { place: headBest.place, label: headBest.label, phoneNodes: headBest.phoneNodes, predicted: headValue },
        moved,
        ratio,
        ci,
        verdict,
        message: `the best ${network.name} split ${where}; predicted ${what} ${percent(ratio)} % [${percent(ci[0])}, ${percent(ci[1])}]`,
      });
    }
  }
  return { findings, missing };
}
