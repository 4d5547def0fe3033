import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FormatError } from "../../src/errors.js";
import { parseOrtPerfTest, parseOrtPerfTestAverage } from "../../src/profiles/ort-perf-test.js";
import { expectTimes, fuzzParser } from "./profile-fuzz.js";

// Reconstructed from performance_runner.cc (fixtures/profiles/ort-perf-test/README.md).
const read = (name: string) => readFileSync(new URL(`../../fixtures/profiles/ort-perf-test/${name}`, import.meta.url), "utf8");
const current = read("current-with-stats.stdout.txt");
const older = read("older.stdout.txt");

describe("parseOrtPerfTest", () => {
  it("reads the summary and the latency statistics, seconds and ms turned into µs", () => {
    expect(parseOrtPerfTest(current, "perf.txt")).toEqual({
      sessionCreationUs: 21350.7,
      firstInferenceUs: 3000,
      totalInferenceUs: 241907,
      requests: 100,
      averageUs: 2419.07,
      runTimeUs: 242011,
      inferencesPerSecond: 413.205,
      cpuUsagePercent: 97,
      peakWorkingSetBytes: 41857024,
      latencies: { minUs: 2315.22, maxUs: 3029.17, p50Us: 2401.13, p90Us: 2473.86, p95Us: 2519.02, p99Us: 3029.17, p999Us: 3029.17 },
    });
  });

  it("reads older output without the first-inference line and without -s statistics", () => {
    const summary = parseOrtPerfTest(older, "perf.txt");
    expect(summary).toMatchObject({ averageUs: 19918, requests: 100, firstInferenceUs: undefined, latencies: undefined });
    // The average is the total over the requests, as the tool computes it.
    expect(summary.averageUs).toBeCloseTo(summary.totalInferenceUs / summary.requests, 6);
  });

  it("reads the average as versions since 2025 print it (\"Average inference time cost total: 5.880530 ms\", the perftest README)", () => {
    const text = current.replace(/^Average inference time cost: .*$/m, "Average inference time cost total: 5.880530 ms");
    expect(text).not.toBe(current);
    expect(parseOrtPerfTest(text, "perf.txt").averageUs).toBe(5880.53);
  });

  it("reads numbers in the %g notation C++ streams print", () => {
    const text = current.replace("Min Latency: 0.00231522 s", "Min Latency: 2.31522e-03 s");
    expect(parseOrtPerfTest(text, "perf.txt").latencies!.minUs).toBe(2315.22);
  });

  it.each([
    ["text that is not perf_test output", "hello\n", /^perf\.txt: not onnxruntime_perf_test output: no "Session creation time cost:", "Total inference time cost:", "Total inference requests:", "Average inference time cost:" lines/],
    ["output cut before the average", older.slice(0, older.indexOf("Average")), /^perf\.txt: not onnxruntime_perf_test output: no "Average inference time cost:" line \(was the run cut short\?\)/],
    ["statistics cut short", current.slice(0, current.indexOf("P95")), /^perf\.txt: incomplete latency statistics: no "P95 Latency:", "P99 Latency:", "P999 Latency:" line/],
    ["a value that is not a number", older.replace("19.918 ms", "nan ms"), /^perf\.txt: line 5: Average inference time cost: expected a number of ms; got "nan ms"/],
    ["a wrong unit", older.replace("19.918 ms", "19.918 s"), /^perf\.txt: line 5: Average inference time cost: expected a number of ms/],
  ])("refuses %s, naming the file and line", (_, text, message) => {
    expect(() => parseOrtPerfTest(text, "perf.txt")).toThrow(FormatError);
    expect(() => parseOrtPerfTest(text, "perf.txt")).toThrow(message);
  });
});

describe("parseOrtPerfTest under fuzzing", () => {
  it("reads or refuses every truncation and mutation of the fixtures", () => {
    fuzzParser([current, older], parseOrtPerfTest, (s) => {
      expectTimes(s.sessionCreationUs, s.firstInferenceUs, s.totalInferenceUs, s.averageUs, s.runTimeUs);
      expect(Number.isSafeInteger(s.requests)).toBe(true);
      if (s.latencies) expectTimes(...Object.values(s.latencies));
    });
  });
});

describe("parseOrtPerfTestAverage", () => {
  it("reads the average alone, in either spelling, from a whole summary or that one line", () => {
    expect(parseOrtPerfTestAverage(current, "perf.txt")).toBe(2419.07);
    expect(parseOrtPerfTestAverage("warming up\nAverage inference time cost total: 5.880530 ms\n", "out")).toBe(5880.53);
    expect(parseOrtPerfTestAverage("hello\n", "out")).toBeUndefined();
  });

  it("refuses an average that is not a number of ms, naming the line", () => {
    expect(() => parseOrtPerfTestAverage("x\nAverage inference time cost: nan ms\n", "out")).toThrow(/^out: line 2: Average inference time cost: expected a number of ms; got "Average inference time cost: nan ms"/);
    expect(() => parseOrtPerfTestAverage("Average inference time cost: 3 s\n", "out")).toThrow(FormatError);
  });
});
