// compare/: align base and head results and judge every endpoint with stats/.

export { compare, judgeLatency, verdictOf, type VerdictInput } from "./compare.js";
export { DEFAULT_COMPARE_OPTIONS, readCompareOptions, type CompareOptions, type CompareOptionsInput } from "./compare-options.js";
export { fingerprintDiff, type FingerprintDifference } from "./fingerprint-diff.js";
export { matchLayers, type LayerMatch, type LayerMatching } from "./match-layers.js";
export { COMPARISON_SCHEMA, type Comparison, type Endpoint, type Finding, type FindingCode, type Metric, type Verdict } from "./types.js";
