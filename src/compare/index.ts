// compare/: align base and head results and judge every endpoint with stats/.

export { alignResults, type AlignedSeries, type Alignment, type UnalignedSeries, type Where } from "./align-results.js";
export { compare } from "./compare.js";
export { DEFAULT_COMPARE_OPTIONS, readCompareOptions, type CompareOptions, type CompareOptionsInput } from "./compare-options.js";
export { fingerprintDiff, type FingerprintDifference } from "./fingerprint-diff.js";
export { matchLayers, type LayerMatch, type LayerMatching } from "./match-layers.js";
export { gatedRegressions, isModelledEnergy } from "./gated-regressions.js";
export { comparisonSchema, endpointSchema, findingSchema, missingEndpointSchema, testedEndpointSchema } from "./schema.js";
export { judgeLatency, testEndpoint, verdictOf, type EndpointTest, type Measured, type VerdictInput } from "./test-endpoint.js";
export {
  COMPARISON_SCHEMA,
  type Comparison,
  type Endpoint,
  type Finding,
  type FindingCode,
  type Metric,
  type MissingEndpoint,
  type TestedEndpoint,
  type TestedVerdict,
  type Verdict,
} from "./types.js";
