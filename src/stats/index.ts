// stats/: estimators, tests and multiple-testing control, all pure; randomness comes from a
// seeded Rng passed in.

export { mulberry32, randomIndex, type Rng } from "./rng.js";
export { median, medianInPlace, quantile, quantileSorted } from "./quantile.js";
export { erfc, normalCdf, normalQuantile, normalSf } from "./normal.js";
export { rankData, tieTerm, type Ranked } from "./rank-data.js";
export { mannWhitneyCdf, mannWhitneyMethod, mannWhitneyU, type MannWhitneyResult, type RankTestMethod } from "./mann-whitney-u.js";
export { signedRankCdf, signedRankPmf, wilcoxonSignedRank, type WilcoxonResult } from "./wilcoxon-signed-rank.js";
export {
  hodgesLehmannPairedRatio,
  hodgesLehmannPairedShift,
  hodgesLehmannRatio,
  hodgesLehmannShift,
  pairedLogRatios,
  type RatioEstimate,
  type ShiftEstimate,
} from "./hodges-lehmann.js";
export { bootstrapMedianRatio, bootstrapPairedRatio, type BootstrapOptions, type BootstrapRatio } from "./bootstrap-ratio.js";
export { holm } from "./holm.js";
export { benjaminiHochberg } from "./benjamini-hochberg.js";
export { coefficientOfVariation } from "./coefficient-of-variation.js";
export { kendallPairCounts, kendallTau, type KendallPairCounts, type KendallResult } from "./kendall-tau.js";
export { pairwiseDifferences } from "./pairwise-differences.js";
export { walshAverages } from "./walsh-averages.js";
export type { OrderStatistics } from "./select-sorted-matrix.js";
export { driftTest, type DriftResult } from "./drift-test.js";
export { STABILITY_LIMITS, stabilityCheck, type StabilityCheck, type StabilityLimits } from "./stability-check.js";
