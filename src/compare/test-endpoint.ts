// Endpoint testing: the effect (Hodges–Lehmann ratio on logs, or a seeded bootstrap of medians)
// with its interval, the rank test's p, and — once the family's p-values are adjusted — the
// verdict. Pure; the series come from alignment.

import { groupMedians } from "../results/merge-replicates.js";
import { bootstrapMedianRatio, bootstrapPairedRatio } from "../stats/bootstrap-ratio.js";
import { hodgesLehmannPairedRatio, hodgesLehmannRatio } from "../stats/hodges-lehmann.js";
import { mannWhitneyU } from "../stats/mann-whitney-u.js";
import { median } from "../stats/quantile.js";
import { mulberry32 } from "../stats/rng.js";
import { wilcoxonSignedRank } from "../stats/wilcoxon-signed-rank.js";
import type { AlignedSeries, UnalignedSeries, Where } from "./align-results.js";
import type { CompareOptions } from "./compare-options.js";
import type { Endpoint, Metric, MissingEndpoint, TestedEndpoint, Verdict } from "./types.js";

/** Replicates per side from which the process becomes the unit of a comparison. */
const MIN_REPLICATES = 3;

export type TestUnit = "pairs" | "processes" | "runs";

export type TestOptions = Pick<CompareOptions, "alpha" | "effect" | "seed" | "bootstrapResamples">;

/** What a verdict is decided from: the endpoint's CI and adjusted p, and the medians' move. */
export interface VerdictInput {
  endpoint: Pick<Endpoint, "ratio" | "ci" | "pAdjusted">;
  minAbs: number;
  baseMedian: number;
  headMedian: number;
  /** Pairs flag from half the threshold; processes and runs from the whole threshold. */
  unit: TestUnit;
}

/** A tested endpoint before its family's adjustment: everything but `pAdjusted` and the verdict. */
export interface Measured {
  endpoint: Omit<TestedEndpoint, "verdict" | "pAdjusted">;
  minAbs: number;
  baseMedian: number;
  headMedian: number;
  /** Looks adaptive sampling planned: the p-value is spent across them (Bonferroni). */
  looks: number;
  /** Whether these sample sizes can reach the interval's nominal coverage at all. */
  coverable: boolean;
  /** What one sample is; "runs" (one process per side) never decides a regression or improvement. */
  unit: TestUnit;
  /** When the samples cannot decide: the smallest count of `unit` per side that could. */
  needs?: { count: number; unit: TestUnit };
}

export interface EndpointTest extends AlignedSeries {
  /** The medians must move more than this for a regression or an improvement (µs or mJ). */
  minAbs: number;
  options: TestOptions;
}

/** Effect, interval and p of one endpoint. */
export function testEndpoint(test: EndpointTest, asProcesses = false): Measured {
  const { where, paired, looks, groups, options } = test;
  // Replicate processes on both sides: the process is the unit (its median one value), because
  // runs within one process share that process's speed and are not independent draws.
  if (!paired && groups.base && groups.head && groups.base.length >= MIN_REPLICATES && groups.head.length >= MIN_REPLICATES) {
    const measured = testEndpoint({ ...test, base: groupMedians(test.base, groups.base), head: groupMedians(test.head, groups.head), groups: {} }, true);
    measured.endpoint.replicates = { base: groups.base.length, head: groups.head.length };
    return measured;
  }
  const floor = logFloor(test.base, test.head);
  const base = test.base.map((v) => Math.max(v, floor));
  const head = test.head.map((v) => Math.max(v, floor));
  // With adaptive sampling the samples were looked at up to `looks` times: each look gets α/looks.
  const alpha = options.alpha / Math.max(1, looks);
  const bootstrap = { alpha, resamples: options.bootstrapResamples };
  let effect: { ratio: number; lower: number; upper: number };
  let p: number;
  if (paired) {
    p = wilcoxonSignedRank(head.map((h, i) => Math.log(h) - Math.log(base[i] as number))).p;
    effect = options.effect === "bootstrap" ? bootstrapPairedRatio(base, head, mulberry32(seedFor(options.seed, where)), bootstrap) : hodgesLehmannPairedRatio(base, head, alpha);
  } else {
    // The rank test is invariant under the log, so it runs on the raw samples as SciPy would.
    p = mannWhitneyU(test.base, test.head).p;
    effect = options.effect === "bootstrap" ? bootstrapMedianRatio(base, head, mulberry32(seedFor(options.seed, where)), bootstrap) : hodgesLehmannRatio(base, head, alpha);
  }
  const baseMedian = median(test.base);
  const headMedian = median(test.head);
  const coverable = smallestP(test.base.length, test.head.length, paired) <= alpha;
  const unit: TestUnit = paired ? "pairs" : asProcesses ? "processes" : "runs";
  // Runs of one process per side share that process's speed: however many, they are one draw of
  // the machine's state each, so only replicate processes (bench --processes) or pairs can decide.
  const needs = !coverable ? { count: samplesNeeded(paired, alpha), unit } : unit === "runs" ? { count: samplesNeeded(false, alpha), unit: "processes" as const } : undefined;
  const warnings = [...test.warnings, ...(coverable ? [] : ["too-few-samples"]), ...(unit === "runs" ? ["one-process-per-side"] : [])];
  return {
    endpoint: {
      ...where,
      ratio: effect.ratio,
      ci: [effect.lower, effect.upper],
      p,
      ...medians(where.metric, baseMedian, headMedian),
      nBase: test.base.length,
      nHead: test.head.length,
      paired,
      warnings,
    },
    minAbs: test.minAbs,
    baseMedian,
    headMedian,
    looks: Math.max(1, looks),
    coverable,
    unit,
    ...(needs ? { needs } : {}),
  };
}

/** The smallest count per side (pairs, or samples of each side) at which the rank test can reach α. */
export function samplesNeeded(paired: boolean, alpha: number): number {
  let n = 1;
  while (smallestP(n, n, paired) > alpha && n < 64) n++;
  return n;
}

/**
 * The smallest two-sided p the rank test can give at these sizes: 2 / C(m + n, m) for two samples,
 * 2 / 2ⁿ for n pairs. Above α no sample can be significant, and the rank-based interval cannot
 * reach its 1 − α coverage (it falls back to the sample range), so no verdict may rest on it.
 */
export function smallestP(nBase: number, nHead: number, paired: boolean): number {
  if (paired) return Math.min(1, 2 / 2 ** Math.min(nBase, nHead));
  let combinations = 1; // C(m + n, m), built up term by term; only whether it passes 2/α matters
  const m = Math.min(nBase, nHead);
  const n = Math.max(nBase, nHead);
  for (let i = 1; i <= m && combinations < 1e12; i++) combinations = (combinations * (n + i)) / i;
  return Math.min(1, 2 / combinations);
}

/** The endpoint with its family-adjusted p-value and the verdict that follows. */
export function judge(measured: Measured, pAdjusted: number, opts: Pick<CompareOptions, "alpha" | "threshold">): TestedEndpoint {
  // Weak data never buys a verdict: too few samples to reach the interval's coverage is inconclusive.
  let verdict = measured.coverable ? verdictOf({ ...measured, unit: measured.unit, endpoint: { ratio: measured.endpoint.ratio, ci: measured.endpoint.ci, pAdjusted } }, opts) : "inconclusive";
  if (verdict === "missing") throw new Error("a tested endpoint has an interval and a p-value");
  // One process per side: the interval knows nothing of the spread between processes, so it can
  // neither prove a change (regression, improvement) nor rule one out (equivalent: a real +10 %
  // read as +1 % [−2, +4] when the head's process happened to run fast).
  if (measured.unit === "runs") verdict = "inconclusive";
  // Timed on a busy machine: contention, not the change, can move a whole run (machine-load.ts).
  if (measured.endpoint.warnings.includes("busy-machine") && (verdict === "regression" || verdict === "improvement")) verdict = "inconclusive";
  // The file reads where, verdict, effect, then the rest, as before the verdict became the tag.
  const { device, model, metric, layer, ratio, ci, p, ...rest } = measured.endpoint;
  const needs = verdict === "inconclusive" && measured.needs ? { needs: measured.needs } : {};
  return { device, model, metric, ...(layer === undefined ? {} : { layer }), verdict, ratio, ci, p, pAdjusted, ...rest, unit: measured.unit, ...needs };
}

/** The p-value a family's adjustment starts from: spent across the looks of adaptive sampling. */
export function lookAdjustedP(measured: Measured): number {
  return Math.min(1, measured.endpoint.p * measured.looks);
}

export function missingEndpoint(series: UnalignedSeries): MissingEndpoint {
  const { where, head } = series;
  return {
    ...where,
    verdict: "missing",
    reason: series.reason,
    ratio: null,
    ci: null,
    p: null,
    pAdjusted: null,
    ...medians(where.metric, null, head.length > 0 ? median(head) : null),
    nBase: 0,
    nHead: head.length,
    paired: false,
    warnings: series.warnings,
  };
}

function medians(metric: Metric, base: number | null, head: number | null): Pick<Endpoint, "baseMedianUs" | "headMedianUs" | "baseMedianMj" | "headMedianMj"> {
  return metric === "energy"
    ? { baseMedianUs: null, headMedianUs: null, baseMedianMj: base, headMedianMj: head }
    : { baseMedianUs: base, headMedianUs: head };
}

/**
 * The verdict rule; its error rates, measured, are in docs/calibration.md.
 * - regression: significant after correction, the estimate at least **half the threshold**
 *   slower for pairs (the whole threshold otherwise, FLAG_AT), and the estimate applied to the
 *   base median at least the floor;
 * - improvement: the same, faster;
 * - equivalent: the whole interval inside ±max(the share of the threshold that flags, floor /
 *   base median) — shown to be smaller than anything this rule would flag;
 * - otherwise inconclusive (adaptive sampling asks for more runs).
 * Why half: the threshold is the smallest change the gate must catch. A rule that flags only
 * estimates beyond the threshold catches a change of exactly the threshold half the time; with
 * the flag at half of it, a change of the threshold is caught once its standard error is under
 * about a third of the threshold (adaptive sampling runs until the endpoint is decided), while
 * no change needs both significance and an estimate that far out to be flagged. Unpaired sides
 * ran at other times, and the interval cannot see how the machine's speed differed between them:
 * there the estimate must pass the whole threshold.
 */
export function verdictOf(t: VerdictInput, opts: Pick<CompareOptions, "alpha" | "threshold">): Verdict {
  const { ratio, ci, pAdjusted } = t.endpoint;
  if (ratio === null || ci === null || pAdjusted === null) return "missing";
  const significant = pAdjusted < opts.alpha;
  // A hair below, so a ratio of exactly 1.025 counts as +2.5 % (1.025 − 1 is 0.024999… in binary).
  const flagAt = opts.threshold * FLAG_AT[t.unit] - 1e-12;
  // The floor is tested on the estimate the verdict rests on (the paired or Hodges–Lehmann ratio
  // applied to the base median), not on the two medians, which pairing does not compare.
  const moved = (ratio - 1) * t.baseMedian;
  if (significant && ratio - 1 >= flagAt && moved >= t.minAbs) return "regression";
  if (significant && 1 - ratio >= flagAt && -moved >= t.minAbs) return "improvement";
  // Equivalent: shown smaller than anything this rule would flag — not merely than the threshold,
  // or adaptive sampling would stop at +3 % [+0.5, +4.9] that more pairs would call a regression.
  const band = Math.max(opts.threshold * FLAG_AT[t.unit], t.baseMedian > 0 ? t.minAbs / t.baseMedian : 0);
  if (ci[0] >= 1 - band && ci[1] <= 1 + band) return "equivalent";
  return "inconclusive";
}

/** The share of the threshold the estimate must reach for a regression or an improvement. */
export const FLAG_AT: Record<TestUnit, number> = { pairs: 0.5, processes: 1, runs: 1 };

/**
 * The verdict on one latency endpoint, judged at α / looks: what adaptive sampling asks after
 * each batch ("decided" = anything but inconclusive).
 */
export function judgeLatency(baseSamples: readonly number[], headSamples: readonly number[], paired: boolean, looks: number, opts: CompareOptions): Verdict {
  const measured = testEndpoint({
    where: { device: "", model: "", metric: "latency" },
    base: baseSamples,
    head: headSamples,
    paired,
    looks,
    groups: {},
    warnings: [],
    minAbs: opts.minAbsModelUs,
    options: opts,
  });
  return judge(measured, lookAdjustedP(measured), opts).verdict;
}

// Zero kernel times (sub-µs ops that integer-µs profilers round down) have no log: lift them to
// half the smallest positive sample, which keeps the order and hence the rank statistics.
function logFloor(a: readonly number[], b: readonly number[]): number {
  let smallest = Infinity;
  for (const v of a) if (v > 0 && v < smallest) smallest = v;
  for (const v of b) if (v > 0 && v < smallest) smallest = v;
  return smallest === Infinity ? 1 : smallest / 2;
}

// Each endpoint gets its own stream, so a bootstrap CI does not depend on what else was compared.
function seedFor(seed: number, where: Where): number {
  let hash = 0x811c9dc5 ^ seed;
  for (const ch of `${where.device}\0${where.model}\0${where.metric}\0${where.layer ?? ""}`) {
    hash = Math.imul(hash ^ ch.charCodeAt(0), 0x01000193);
  }
  return hash >>> 0;
}
