// TensorFlow Lite benchmark_model's op profile in its proto mode (ProfileSummaryProtoFormatter in
// tensorflow/lite/profiling/profile_summary_formatter.cc): a serialized BenchmarkProfilingData.
// Times are already µs there (`inference_microseconds`). Rows read like the text mode's.
import protobuf from "protobufjs";
import { FormatError } from "../errors.js";
import { describeRow, type TfliteBenchmark, type TfliteLayer } from "./tflite-benchmark.js";

// tensorflow/lite/profiling/proto/profiling_info.proto (tensorflow/tensorflow @ 55554911713f7617784909b13c44a4e5dcc23908).
export const PROFILING_INFO_SCHEMA = `
syntax = "proto2";
package tflite.profiling;
message BenchmarkProfilingData {
  optional string model_name = 1;
  optional ModelProfilingData init_profile = 2;
  optional ModelProfilingData runtime_profile = 3;
}
message ModelProfilingData {
  repeated SubGraphProfilingData subgraph_profiles = 1;
  repeated DelegateProfilingData delegate_profiles = 2;
}
message SubGraphProfilingData {
  optional string subgraph_name = 1;
  optional int32 subgraph_index = 2;
  repeated OpProfileData per_op_profiles = 3;
}
message DelegateProfilingData {
  optional string delegate_name = 1;
  repeated OpProfileData per_op_profiles = 2;
}
message OpProfilingStat {
  optional int64 first = 1;
  optional int64 last = 2;
  optional int64 avg = 3;
  optional float stddev = 4;
  optional float variance = 5;
  optional int64 min = 6;
  optional int64 max = 7;
  optional int64 sum = 8;
  optional int64 count = 9;
}
message OpProfileData {
  optional string node_type = 1;
  optional OpProfilingStat inference_microseconds = 2;
  optional OpProfilingStat mem_kb = 3;
  optional int64 times_called = 4;
  optional string name = 5;
  optional int64 run_order = 6;
}
`;

export const BenchmarkProfilingData = protobuf.parse(PROFILING_INFO_SCHEMA, { keepCase: true }).root.lookupType("tflite.profiling.BenchmarkProfilingData");

interface Stat { first?: number; avg?: number }
interface Op { node_type?: string; inference_microseconds?: Stat; mem_kb?: Stat; times_called?: number; name?: string }

/** An error names the op: `profile.pb: runtime_profile.subgraph_profiles[0].per_op_profiles[3].name: …`. */
export function parseTfliteBenchmarkProto(bytes: Uint8Array, file: string): TfliteBenchmark {
  let data: { runtime_profile?: { subgraph_profiles?: { subgraph_index?: number; per_op_profiles?: Op[] }[]; delegate_profiles?: { per_op_profiles?: Op[] }[] } };
  try {
    data = BenchmarkProfilingData.toObject(BenchmarkProfilingData.decode(bytes), { longs: Number, defaults: false }) as typeof data;
  } catch (error) {
    throw new FormatError(file, undefined, `not a benchmark_model profile in proto mode (BenchmarkProfilingData): ${(error as Error).message}`);
  }
  const runtime = data.runtime_profile;
  if (!runtime) throw new FormatError(file, "runtime_profile", "missing: the file holds no profile of regular runs (was op profiling on?)");
  const layers = (runtime.subgraph_profiles ?? []).flatMap((sub, s) => {
    const subgraph = sub.subgraph_index ?? 0;
    return (sub.per_op_profiles ?? []).map((op, i) => layerOf(op, subgraph, `runtime_profile.subgraph_profiles[${s}].per_op_profiles[${i}]`));
  });
  const delegateInternal = (runtime.delegate_profiles ?? []).flatMap((d, k) =>
    (d.per_op_profiles ?? []).map((op, i) => layerOf(op, 0, `runtime_profile.delegate_profiles[${k}].per_op_profiles[${i}]`)));
  return { format: "proto", layers, delegateInternal, inference: undefined };

  function layerOf(op: Op, subgraph: number, field: string): TfliteLayer {
    if (typeof op.name !== "string" || op.name === "") throw new FormatError(file, `${field}.name`, "missing: every op profile names its node");
    const time = op.inference_microseconds;
    const us = (value: number | undefined, key: string) => {
      if (value === undefined || !Number.isSafeInteger(value) || value < 0) throw new FormatError(file, `${field}.inference_microseconds.${key}`, `expected a time in µs (an integer ≥ 0); got ${value ?? "nothing"}`);
      return value;
    };
    const timesCalled = op.times_called ?? 0;
    if (!Number.isSafeInteger(timesCalled) || timesCalled < 0) throw new FormatError(file, `${field}.times_called`, `expected a count (an integer ≥ 0); got ${timesCalled}`);
    const memKb = op.mem_kb?.avg ?? 0;
    return {
      ...describeRow(op.node_type ?? "", op.name),
      subgraph,
      firstUs: us(time?.first, "first"),
      averageUs: us(time?.avg, "avg"),
      timesCalled,
      memKb: Number.isFinite(memKb) ? memKb : 0,
      line: undefined,
    };
  }
}
