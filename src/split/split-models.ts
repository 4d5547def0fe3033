// The split stage's entry: for each model measured on a mobile and a cloud device, the best
// split per network and objective, the references, the curve and the crossovers (dnntune.split/v1).

import { InputError } from "../errors.js";
import type { ModelResult, Results } from "../results/types.js";
import { buildSplitProblem, type SplitProblem } from "./build-split-problem.js";
import { chainSweep } from "./chain-sweep.js";
import { crossoverBandwidths, DEFAULT_CROSSOVER_SWEEP, type CrossoverSweep } from "./crossover-bandwidths.js";
import { placeOf, describeSplit } from "./describe-split.js";
import { DEFAULT_POWER, evaluateSplit, type DevicePower } from "./evaluate-split.js";
import { resolveNetworks, type Network } from "./resolve-networks.js";
import { SPLIT_SCHEMA, type BestSplit, type SplitEntry, type SplitPrediction, type SplitReport } from "./schema.js";
import { solveSplit, type SplitObjective } from "./solve-split.js";

export { SPLIT_SCHEMA, type BestSplit, type SplitEntry, type SplitPrediction, type SplitReport } from "./schema.js";

export const SPLIT_OBJECTIVES: readonly SplitObjective[] = ["latency", "energy"];

export interface SplitOptions {
  /** Built-in or user network names, or networks. */
  networks: readonly (string | Network)[];
  objectives: readonly SplitObjective[];
  /** Networks from dnntune.yml; a name here overrides a built-in. */
  userNetworks?: readonly Network[];
  /** The phone's power; unset fields take the defaults (2.5 W active, 0.3 W idle), reported as assumed. */
  power?: Partial<DevicePower>;
  /** false skips the crossover sweep (the gate's diff does not need it). */
  crossovers?: CrossoverSweep | false;
}

export interface ModelPair {
  mobile: ModelResult;
  cloud: ModelResult;
}

/** Models of the two results side by side: by name, or the only model of each. */
export function pairModels(mobile: Results, cloud: Results): { pairs: ModelPair[]; skipped: SplitReport["skipped"] } {
  if (mobile.models.length === 1 && cloud.models.length === 1) {
    return { pairs: [{ mobile: mobile.models[0]!, cloud: cloud.models[0]! }], skipped: [] };
  }
  const cloudByName = new Map(cloud.models.map((m) => [m.name, m]));
  const mobileNames = new Set(mobile.models.map((m) => m.name));
  const pairs: ModelPair[] = [];
  const skipped: SplitReport["skipped"] = [];
  for (const m of mobile.models) {
    const c = cloudByName.get(m.name);
    if (c) pairs.push({ mobile: m, cloud: c });
    else skipped.push({ model: m.name, reason: `not in the cloud results (${cloud.device.name})` });
  }
  for (const c of cloud.models) {
    if (!mobileNames.has(c.name)) skipped.push({ model: c.name, reason: `not in the mobile results (${mobile.device.name})` });
  }
  if (pairs.length === 0) {
    throw new InputError(
      "split",
      `the mobile results (${mobile.device.name}) and cloud results (${cloud.device.name}) have no model in common`,
    );
  }
  return { pairs, skipped };
}

export function resolvePower(power: Partial<DevicePower> | undefined): DevicePower & { assumed: boolean } {
  const resolved = { ...DEFAULT_POWER, ...power };
  for (const field of ["activeW", "idleW"] as const) {
    const value = resolved[field];
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      throw new InputError(`power.${field}`, `must be a number ≥ 0; got ${JSON.stringify(value)}`);
    }
  }
  return { ...resolved, assumed: power?.activeW === undefined || power.idleW === undefined };
}

export function resolveObjectives(objectives: readonly string[]): SplitObjective[] {
  if (objectives.length === 0) throw new InputError("objectives", "give at least one of latency, energy");
  return objectives.map((o) => {
    if (o !== "latency" && o !== "energy") throw new InputError("objectives", `must be one of latency, energy; got ${JSON.stringify(o)}`);
    return o;
  });
}

/** The best split of `problem` for one network and objective, costed and described. */
export function bestSplit(problem: SplitProblem, network: Network, objective: SplitObjective, power: DevicePower): BestSplit {
  const cost = evaluateSplit(problem, solveSplit(problem, network, objective, power), network, power);
  const place = placeOf(problem, cost.phone, cost.sentTensors);
  return {
    phoneNodes: problem.nodes.filter((_, i) => cost.phone[i] === 1),
    sentTensors: cost.sentTensors,
    sentBytes: cost.sentBytes,
    returnedBytes: cost.returnedBytes,
    latencyUs: cost.latencyUs,
    phoneEnergyMj: cost.phoneEnergyMj,
    place,
    label: describeSplit(place),
  };
}

// A model measured at 0 µs (all layers folded) has nothing to gain: 1× and 0 %, not NaN in the JSON.
function speedupOf(referenceUs: number, bestUs: number): number {
  return bestUs > 0 ? referenceUs / bestUs : 1;
}

function savingOf(referenceMj: number, bestMj: number): number {
  return referenceMj > 0 ? 1 - bestMj / referenceMj : 0;
}

function prediction(cost: SplitPrediction): SplitPrediction {
  return { latencyUs: cost.latencyUs, phoneEnergyMj: cost.phoneEnergyMj };
}

/** Every model's best split for every network × objective (schema dnntune.split/v1). */
export function splitModels(mobile: Results, cloud: Results, options: SplitOptions): SplitReport {
  const networks = resolveNetworks(options.networks, options.userNetworks);
  if (networks.length === 0) throw new InputError("networks", "give at least one network");
  const objectives = resolveObjectives(options.objectives);
  const power = resolvePower(options.power);
  const sweep = options.crossovers === undefined ? DEFAULT_CROSSOVER_SWEEP : options.crossovers;
  const { pairs, skipped } = pairModels(mobile, cloud);
  const splits: SplitEntry[] = [];
  for (const pair of pairs) {
    const problem = buildSplitProblem(pair.mobile, pair.cloud, { mobile: mobile.device.name, cloud: cloud.device.name });
    const n = problem.nodes.length;
    for (const network of networks) {
      const mobileOnly = prediction(evaluateSplit(problem, new Uint8Array(n).fill(1), network, power));
      const cloudOnly = prediction(evaluateSplit(problem, new Uint8Array(n), network, power));
      const curve = chainSweep(problem, network, power)
        .filter((point) => point.after !== null)
        .map((point) => ({ after: point.after!, latencyUs: point.latencyUs, phoneEnergyMj: point.phoneEnergyMj }));
      for (const objective of objectives) {
        const best = bestSplit(problem, network, objective, power);
        splits.push({
          model: problem.model,
          mobile: problem.mobileDevice,
          cloud: problem.cloudDevice,
          network: network.name,
          objective,
          best,
          mobileOnly,
          cloudOnly,
          speedup: speedupOf(Math.min(mobileOnly.latencyUs, cloudOnly.latencyUs), best.latencyUs),
          energySaving: savingOf(Math.min(mobileOnly.phoneEnergyMj, cloudOnly.phoneEnergyMj), best.phoneEnergyMj),
          curve,
          crossoversMbps: sweep === false ? [] : crossoverBandwidths(problem, network, objective, power, sweep),
        });
      }
    }
  }
  return { schema: SPLIT_SCHEMA, power, splits, skipped };
}
