// The types of the `dnntune.results/v1` format, inferred from its schema in schema.ts; the stages
// import them from here.
export {
  RESULTS_SCHEMA,
  type DeviceInfo, type Fingerprint, type GraphNode, type Layer, type ModelResult, type Results,
  type ModelConditions, type ResultsGraph, type TensorInfo, type Warning,
} from "./schema.js";
