// Precedence, explicit: a flag or input over dnntune.yml over the default, each value with its
// source; a bad value from the file is reported against the file and key.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BENCH_LIMITS, benchConfig } from "../../src/config/bench-args.js";
import { parseCommandArgs } from "../../src/config/command-options.js";
import { checkRunnable } from "../../src/devices/open-backend.js";
import { chooseDevice, effectiveSettings, flagOverrides, fromFile, settingOf, sourceText, withFileValues, type Override } from "../../src/config/effective-config.js";
import { loadConfig } from "../../src/config/read-config.js";
import { benchSpec } from "../../src/cli/bench.js";
import { FormatError, InputError } from "../../src/errors.js";

const dir = mkdtempSync(join(tmpdir(), "effective-config-"));
function load(text: string) {
  const path = join(dir, "dnntune.yml");
  writeFileSync(path, text);
  return loadConfig(path);
}

const FILE = `bench:
  runs: 50
  warmup: 3
devices:
  laptop: { transport: local, threads: 2 }
  pixel7: { transport: adb, serial: R58, tool: ort-perf-test }
gate: { threshold: 2% }
`;

describe("effectiveSettings", () => {
  it("takes a flag over the file over the default, and says which", () => {
    const loaded = load(FILE);
    const flags = parseCommandArgs(["--runs", "80", "--out", "r.json"], benchSpec);
    const settings = effectiveSettings(loaded, "laptop", flagOverrides(benchSpec, flags));
    const shown = (field: string) => { const s = settingOf(settings, field); return [s.key, s.value, sourceText(s.source)]; };
    expect(shown("runs")).toEqual(["bench.runs", "80", "flag --runs"]);
    expect(shown("warmupRuns")).toEqual(["bench.warmup", 3, `${loaded.path}:3`]);
    expect(shown("profileRuns")).toEqual(["bench.profile-runs", 10, "default"]);
    expect(shown("threads")).toEqual(["devices.laptop.threads", 2, `${loaded.path}:5`]);
    expect(shown("threshold")).toEqual(["gate.threshold", "2%", `${loaded.path}:7`]);
    expect(shown("maxRuns")).toEqual(["bench.max-runs", "paired: 10 × runs; otherwise off", "default"]);
  });

  it("names an action input as its source", () => {
    const overrides = new Map<string, Override>([["runs", { value: "7", source: { from: "input", input: "runs" } }]]);
    expect(sourceText(settingOf(effectiveSettings(load(FILE), undefined, overrides), "runs").source)).toBe("input runs");
  });

  it("uses the defaults without a file, and a device's keys only for the chosen device", () => {
    const none = effectiveSettings(undefined, undefined, new Map());
    expect(none.every((s) => s.source.from === "default")).toBe(true);
    expect(settingOf(effectiveSettings(load(FILE), "pixel7", new Map()), "threads").source).toEqual({ from: "default" });
  });

  it("feeds the file's values to the command's own parsing, where its flags would be", () => {
    const loaded = load(FILE);
    const parsed = parseCommandArgs(["--warmup", "1", "--out", "r.json", "m.onnx"], benchSpec);
    const settings = effectiveSettings(loaded, "laptop", flagOverrides(benchSpec, parsed));
    const config = benchConfig(withFileValues(benchSpec, parsed, settings) as Parameters<typeof benchConfig>[0]);
    expect([config.runs, config.warmupRuns, config.threads, config.models]).toEqual([50, 1, 2, ["m.onnx"]]);
  });

  // The schema allows 1024 threads; this machine's bound (4 × cores) is known only when bench runs.
  it.skipIf(BENCH_LIMITS.threads >= 1024)("reports a bad value from the file against the file and key", () => {
    const loaded = load(`devices:\n  laptop: { transport: local, threads: ${BENCH_LIMITS.threads + 1} }\n`);
    const settings = effectiveSettings(loaded, "laptop", new Map());
    const parsed = withFileValues(benchSpec, { out: "r.json", model: ["m.onnx"] }, settings) as Parameters<typeof benchConfig>[0];
    expect(() => fromFile(settings, () => benchConfig(parsed))).toThrow(FormatError);
    expect(() => fromFile(settings, () => benchConfig(parsed))).toThrow(`${loaded.path}: devices.laptop.threads: expected an integer from 1 to ${BENCH_LIMITS.threads}`);
    expect(() => fromFile(settings, () => benchConfig(parsed))).toThrow(`got ${BENCH_LIMITS.threads + 1} (line 2)`);
  });

  it("leaves an error about a flag's value to the entry, which names the flag", () => {
    const flagged = effectiveSettings(load(FILE), "laptop", new Map([["runs", { value: "0", source: { from: "flag", flag: "--runs" } }]]));
    expect(() => fromFile(flagged, () => benchConfig({ out: "r.json", runs: "0" }))).toThrow(InputError);
  });
});

describe("chooseDevice and what bench runs today", () => {
  const config = load(FILE).data;

  it("picks the named device, or the file's one local device, or today's `local`", () => {
    expect(chooseDevice(config, "pixel7").config?.transport).toBe("adb");
    expect(chooseDevice(config, undefined).name).toBe("laptop");
    expect(chooseDevice(undefined, undefined)).toEqual({ name: "local" });
    expect(chooseDevice(undefined, "my-laptop")).toEqual({ name: "my-laptop" });
  });

  it("refuses a name the file does not declare, listing those it does", () => {
    expect(() => chooseDevice({ devices: { a: { transport: "local" }, b: { transport: "local" } } } as never, undefined, "dnntune.yml")).toThrow("deviceName: dnntune.yml declares 2 local devices (a, b); choose one with deviceName NAME");
    expect(() => chooseDevice(config, "pixel8", "dnntune.yml")).toThrow('deviceName: no device "pixel8" in dnntune.yml; did you mean "pixel7"? (its devices are laptop, pixel7)');
  });

  it("runs every tool a device can have; a device declared for the split only fails, saying so", () => {
    expect(() => checkRunnable(chooseDevice(config, "laptop"))).not.toThrow();
    expect(() => checkRunnable(chooseDevice(config, "pixel7"))).not.toThrow();
    const declared = load("devices:\n  phone: { power: { active-w: 3 } }\n").data;
    expect(() => checkRunnable(chooseDevice(declared, "phone"))).toThrow(/has no transport in dnntune\.yml: it is declared for the split only/);
  });
});
