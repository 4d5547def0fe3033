import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { BENCH_LIMITS, benchConfig, type BenchFlags } from "../../src/config/bench-args.js";
import { InputError } from "../../src/errors.js";

const config = (flags: BenchFlags) => benchConfig({ model: ["m.onnx"], out: "r.json", ...flags });

function fieldOf(flags: BenchFlags): string {
  try {
    config(flags);
  } catch (error) {
    if (error instanceof InputError) return error.field;
    throw error;
  }
  throw new Error("accepted");
}

describe("benchConfig", () => {
  it("names the configuration field, never a flag", () => {
    expect(fieldOf({ runs: "0" })).toBe("runs");
    expect(fieldOf({ warmup: "x" })).toBe("warmupRuns");
    expect(fieldOf({ "profile-runs": "0" })).toBe("profileRuns");
    expect(fieldOf({ threads: "0" })).toBe("threads");
    expect(fieldOf({ optimization: "max" })).toBe("optimization");
    expect(fieldOf({ input: ["x"] })).toBe("inputShapes");
    expect(fieldOf({ "input-value": ["x=a"] })).toBe("inputValues");
    expect(fieldOf({ out: "" })).toBe("out");
    expect(fieldOf({ "max-runs": "60" })).toBe("maxRuns");
    expect(fieldOf({ "base-optimization": "max" })).toBe("paired.baseOptimization");
  });

  it("refuses an empty or blank device name, which the results would record as naming nothing", () => {
    expect(fieldOf({ device: "" })).toBe("deviceName");
    expect(() => config({ device: " " })).toThrow('expected a device name (a device of dnntune.yml, or the name to record in the results, e.g. deviceName local); got " "');
    expect(config({ device: "pixel7" }).deviceName).toBe("pixel7");
  });

  it("bounds every number and says the bound", () => {
    expect(() => config({ runs: String(BENCH_LIMITS.runs + 1) })).toThrow(`runs: expected an integer from 1 to ${BENCH_LIMITS.runs}; got ${BENCH_LIMITS.runs + 1}`);
    expect(() => config({ runs: "1e9" })).toThrow(/runs: expected an integer from 1 to 100000, in digits; got "1e9"/);
    expect(() => config({ threads: "100000" })).toThrow(`threads: expected an integer from 1 to ${BENCH_LIMITS.threads} (4 × the ${availableParallelism()} cores here, at most 1024); got 100000`);
    expect(() => config({ "base-threads": "100000" })).toThrow(/paired\.baseThreads: expected an integer from 1 to/);
    expect(() => config({ warmup: "10001" })).toThrow(/warmupRuns: expected an integer from 0 to 10000/);
    expect(() => config({ "profile-runs": "10001" })).toThrow(/profileRuns: expected an integer from 1 to 10000/);
    expect(() => config({ processes: "101" })).toThrow(/processes: expected an integer from 1 to 100/);
    expect(() => config({ seed: "4294967296" })).toThrow(/seed: expected an integer from 0 to 4294967295/);
    expect(() => config({ "base-threads": "1", "max-runs": "100001" })).toThrow(/maxRuns: expected an integer from 30 to 100000/);
  });

  it("reads integers in digits only", () => {
    for (const text of ["1e2", "0x10", "3.0", "3.5", "-1", "", " ", "Infinity", "NaN", "1_000"]) {
      expect(() => config({ runs: text }), text).toThrow(InputError);
    }
    expect(config({ runs: " 12 ", threads: "1", seed: "0", warmup: "0" })).toMatchObject({ runs: 12, threads: 1, seed: 0, warmupRuns: 0 });
  });

  it("takes the limits at their edge", () => {
    expect(config({ runs: String(BENCH_LIMITS.runs), threads: String(BENCH_LIMITS.threads) })).toMatchObject({ runs: BENCH_LIMITS.runs, threads: BENCH_LIMITS.threads });
  });

  it("points at other fields through the entry's naming", () => {
    try {
      config({ "max-runs": "60" });
    } catch (error) {
      expect((error as InputError).describe((f) => `--${f}`)).toBe("--maxRuns: adaptive sampling needs a base to interleave: a --paired.baseModel (or --paired.baseThreads); results of another process can never decide, so there is nothing to sample towards");
      return;
    }
    throw new Error("accepted");
  });
});
