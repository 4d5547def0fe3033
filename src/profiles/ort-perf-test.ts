// onnxruntime_perf_test's stdout → its end-to-end summary in µs. Lines as
// onnxruntime/test/perftest/performance_runner.cc prints them (`Average inference time cost: 1.85 ms`,
// and with `-s` the latency percentiles in seconds). Its `-p` profile is onnxruntime's chrome
// trace, the same format as the local bench's: read it with `parseOrtTrace` (ort-trace.ts).
import { FormatError } from "../errors.js";

export interface OrtPerfTestLatencies {
  minUs: number;
  maxUs: number;
  p50Us: number;
  p90Us: number;
  p95Us: number;
  p99Us: number;
  p999Us: number;
}

export interface OrtPerfTestSummary {
  sessionCreationUs: number;
  /** Whole ms; printed only by versions since onnxruntime PR #14767 (2023), which added the line. */
  firstInferenceUs: number | undefined;
  /** Summed over requests; more than `runTimeUs` when requests ran concurrently. */
  totalInferenceUs: number;
  requests: number;
  averageUs: number;
  runTimeUs: number | undefined;
  inferencesPerSecond: number | undefined;
  cpuUsagePercent: number | undefined;
  peakWorkingSetBytes: number | undefined;
  /** With `-s`: min, max and percentiles over the requests. */
  latencies: OrtPerfTestLatencies | undefined;
}

// C++ iostream prints doubles with %g: "0.0102016", "1.2e-05", "538.184".
const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

type Unit = "s" | "ms" | "%" | "bytes" | "";
interface Line { label: string; unit: Unit; key: keyof Omit<OrtPerfTestSummary, "latencies"> | keyof OrtPerfTestLatencies }

const LINES: Line[] = [
  { label: "Session creation time cost", unit: "s", key: "sessionCreationUs" },
  { label: "First inference time cost", unit: "ms", key: "firstInferenceUs" },
  { label: "Total inference time cost", unit: "s", key: "totalInferenceUs" },
  { label: "Total inference requests", unit: "", key: "requests" },
  { label: "Average inference time cost", unit: "ms", key: "averageUs" },
  { label: "Total inference run time", unit: "s", key: "runTimeUs" },
  { label: "Number of inferences per second", unit: "", key: "inferencesPerSecond" },
  { label: "Avg CPU usage", unit: "%", key: "cpuUsagePercent" },
  { label: "Peak working set size", unit: "bytes", key: "peakWorkingSetBytes" },
  { label: "Min Latency", unit: "s", key: "minUs" },
  { label: "Max Latency", unit: "s", key: "maxUs" },
  { label: "P50 Latency", unit: "s", key: "p50Us" },
  { label: "P90 Latency", unit: "s", key: "p90Us" },
  { label: "P95 Latency", unit: "s", key: "p95Us" },
  { label: "P99 Latency", unit: "s", key: "p99Us" },
  { label: "P999 Latency", unit: "s", key: "p999Us" },
];
// Versions since 2025 print the average as "Average inference time cost total: 5.88 ms".
const AVERAGE_TOTAL = /^Average inference time cost total:/;
const REQUIRED = ["sessionCreationUs", "totalInferenceUs", "requests", "averageUs"] as const;
const LATENCIES = ["minUs", "maxUs", "p50Us", "p90Us", "p95Us", "p99Us", "p999Us"] as const;
const TO_US: Record<Unit, number> = { s: 1e6, ms: 1e3, "%": 1, bytes: 1, "": 1 };

/**
 * Lines it does not know (provider banners, `Setting intra_op_num_threads`) are ignored; a known
 * line with a value that is not a number is an error naming the line. The first of a repeated
 * line counts (with `-s` and no result file, the tool repeats `Avg CPU usage:96` without units).
 */
export function parseOrtPerfTest(text: string, file: string): OrtPerfTestSummary {
  const found = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    const spec = LINES.find((l) => line.startsWith(`${l.label}:`) || (l.key === "averageUs" && AVERAGE_TOTAL.test(line)));
    if (!spec || found.has(spec.key)) return;
    const rest = line.slice(line.indexOf(":") + 1).trim();
    const [value = "", unit = ""] = rest.split(/\s+/);
    if (!NUMBER.test(value) || (unit !== "" && unit !== spec.unit)) {
      throw new FormatError(file, `line ${i + 1}`, `${spec.label}: expected a number${spec.unit ? ` of ${spec.unit}` : ""}; got ${JSON.stringify(rest.slice(0, 60))}`);
    }
    const n = Number(value) * TO_US[spec.unit];
    if (!Number.isFinite(n) || n < 0) throw new FormatError(file, `line ${i + 1}`, `${spec.label}: expected a number ≥ 0; got ${JSON.stringify(value)}`);
    found.set(spec.key, spec.unit === "s" || spec.unit === "ms" ? Math.round(n * 1e3) / 1e3 : n);
  });
  const missing = REQUIRED.filter((k) => !found.has(k));
  if (missing.length > 0) {
    const labels = missing.map((k) => LINES.find((l) => l.key === k)!.label);
    throw new FormatError(file, undefined, `not onnxruntime_perf_test output: no ${labels.map((l) => `"${l}:"`).join(", ")} line${labels.length === 1 ? "" : "s"} (was the run cut short?)`);
  }
  const requests = found.get("requests")!;
  if (!Number.isSafeInteger(requests)) throw new FormatError(file, undefined, `Total inference requests: expected a whole number; got ${requests}`);
  const latencies = LATENCIES.filter((k) => found.has(k));
  if (latencies.length > 0 && latencies.length < LATENCIES.length) {
    const absent = LATENCIES.filter((k) => !found.has(k)).map((k) => LINES.find((l) => l.key === k)!.label);
    throw new FormatError(file, undefined, `incomplete latency statistics: no ${absent.map((l) => `"${l}:"`).join(", ")} line (was the output cut short?)`);
  }
  const get = (k: string) => found.get(k);
  return {
    sessionCreationUs: get("sessionCreationUs")!,
    firstInferenceUs: get("firstInferenceUs"),
    totalInferenceUs: get("totalInferenceUs")!,
    requests,
    averageUs: get("averageUs")!,
    runTimeUs: get("runTimeUs"),
    inferencesPerSecond: get("inferencesPerSecond"),
    cpuUsagePercent: get("cpuUsagePercent"),
    peakWorkingSetBytes: get("peakWorkingSetBytes"),
    latencies: latencies.length === 0 ? undefined : {
      minUs: get("minUs")!, maxUs: get("maxUs")!, p50Us: get("p50Us")!, p90Us: get("p90Us")!, p95Us: get("p95Us")!, p99Us: get("p99Us")!, p999Us: get("p999Us")!,
    },
  };
}

/**
 * The average per inference alone (µs), from output that may hold only that line of the summary
 * (a user's own program speaking perf_test's format); undefined when the text has no such line.
 */
export function parseOrtPerfTestAverage(text: string, file: string): number | undefined {
  const lines = text.split(/\r?\n/);
  const i = lines.findIndex((l) => /^\s*Average inference time cost(?: total)?:/.test(l));
  if (i < 0) return undefined;
  const value = /:\s*(\S+)\s*ms\s*$/.exec(lines[i]!)?.[1];
  const ms = value !== undefined && NUMBER.test(value) ? Number(value) : NaN;
  if (!Number.isFinite(ms) || ms < 0) throw new FormatError(file, `line ${i + 1}`, `Average inference time cost: expected a number of ms; got ${JSON.stringify(lines[i]!.trim().slice(0, 80))}`);
  return Math.round(ms * 1e6) / 1e3;
}
