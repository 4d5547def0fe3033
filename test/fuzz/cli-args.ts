// Random command lines for the CLI fuzz test, built from each command's own flags and from
// values that are files of every kind (good, broken, missing, a folder), numbers written every
// way, and strings with control characters. None of them can reach a model run: bench only ever
// sees model paths that are missing or broken.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { mutatedBytes, mutatedJson } from "./mutate.js";

const fixture = (path: string) => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url));
const results = fixture("results/local.results.json");
const realResults = JSON.parse(results.toString()) as Parameters<typeof mutatedJson>[0];

export const FLAGS = {
  compare: ["--base", "--head", "--out", "--threshold", "--alpha", "--min-abs-us", "--min-abs-layer-us", "--fail-on-regression"],
  split: ["--mobile", "--cloud", "--out", "--network", "--objective", "--config", "--no-crossovers", "--base-mobile", "--base-cloud", "--threshold"],
  bench: ["--model", "--out", "--runs", "--warmup", "--profile-runs", "--threads", "--optimization", "--provider", "--input", "--input-value", "--seed", "--device", "--base-model", "--base-threads", "--base-optimization", "--base-out", "--max-runs", "--baseline", "--processes", "--threshold", "--alpha"],
} as const;

/** A folder of the files a command line may name, rewritten before every run. */
export class Workspace {
  readonly dir = mkdtempSync(join(tmpdir(), "dnntune-fuzz-cli-"));
  readonly path = (name: string) => join(this.dir, name);

  /**
   * Empties the folder and writes every file afresh: a run may have replaced one (an --out that
   * names an input) or written a new one that a later path would pass through.
   */
  reset(mutatedResults: string, mutatedConfig: Uint8Array): void {
    for (const name of readdirSync(this.dir)) rmSync(this.path(name), { recursive: true, force: true });
    mkdirSync(this.path("dir"));
    writeFileSync(this.path("base.json"), results);
    writeFileSync(this.path("head.json"), results);
    writeFileSync(this.path("mutated.json"), mutatedResults);
    writeFileSync(this.path("garbage.json"), "\u0000\u00ff{[\"");
    writeFileSync(this.path("config.yml"), "networks:\n  office: { uplink-mbps: 50, downlink-mbps: 100, rtt-ms: 8 }\ndevices:\n  local:\n    power: { active-w: 3 }\n");
    writeFileSync(this.path("mutated.yml"), mutatedConfig);
    writeFileSync(this.path("broken.onnx"), fixture("models/mlp.onnx").subarray(0, 5000));
    writeFileSync(this.path("text.onnx"), "not a model\n");
  }
}

/**
 * A short random string that, as a path, stays inside the working directory (the workspace: the
 * test runs there), so an --out of it can never write elsewhere.
 */
const word = fc.string({ maxLength: 8 }).filter((s) => !s.startsWith("/") && !s.includes("..") && !s.startsWith("~"));

const NUMBERS = ["5%", "0.05", "5", "-1", "0", "1e9", "1e400", "NaN", "Infinity", "", " ", "0x10", "1_000", "5 %", "%", "50%%", "2.5", "100000", "-0"];
const STRINGS = ["wifi", "lte", "3g", "office", "latency", "energy", "cpu", "all", "disabled", "x=1x3", "x=1x3x48x1e9", "=", "a=b=c", "\u001b[31mred", "line\nbreak", "::error::forged", "--", "-", "é", "🙂", "a,b"];

/**
 * A command line for `command` (`compare` or `split`), with files from `ws`. `known` adds the
 * inputs that fail today for reasons owned elsewhere: results that validate but crash compare or
 * split (mutated.json), an --out under a regular file.
 */
export function commandLine(command: "compare" | "split", ws: Workspace, known = false): fc.Arbitrary<string[]> {
  const names = ["base.json", "head.json", "garbage.json", "config.yml", "mutated.yml", "missing.json", "dir", "out.json", "no-dir/out.json"];
  const file = fc.constantFrom(...names, ...(known ? ["mutated.json", "base.json/out.json"] : [])).map(ws.path);
  // Mostly a command line that names every required file, so that runs get past the first check.
  const input = fc.oneof({ weight: 4, arbitrary: fc.constantFrom("base.json", "head.json", ...(known ? ["mutated.json"] : [])).map(ws.path) }, { weight: 1, arbitrary: file });
  const out = fc.oneof({ weight: 4, arbitrary: fc.constant(ws.path("out.json")) }, { weight: 1, arbitrary: file });
  const required = command === "compare"
    ? fc.tuple(input, input, out).map(([b, h, o]) => ["--base", b, "--head", h, "--out", o])
    : fc.tuple(input, input, out).map(([m, c, o]) => ["--mobile", m, "--cloud", c, "--out", o]);
  const rest = args(command, fc.oneof(file, fc.constantFrom(...NUMBERS, ...STRINGS), word));
  return fc.oneof(rest, fc.tuple(required, rest).map(([r, [c, ...more]]) => [c!, ...r, ...more]));
}

/**
 * A bench command line whose every model path is missing or broken, so no model ever runs. No
 * value holds a glob character: a `[` crashes the glob today (cli.fuzz.test.ts keeps that case).
 */
export function benchLine(ws: Workspace): fc.Arbitrary<string[]> {
  const file = fc.constantFrom("broken.onnx", "text.onnx", "missing.onnx", "base.json", "mutated.json", "dir", "out.json", "*.onnx", "**/missing*.onnx").map(ws.path);
  // A string that names nothing on disk here (never ".", "fixtures", or a glob that could match).
  const free = word.filter((s) => !/[*?[]/.test(s) && s.trim() !== "" && !existsSync(s));
  const value = fc.oneof(file, fc.constantFrom(...NUMBERS, ...STRINGS.filter((s) => !existsSync(s) && !/[*?[]/.test(s))), free);
  const required = fc.tuple(file, fc.constantFrom("out.json", "dir", "base.json").map(ws.path)).map(([m, o]) => ["--model", m, "--out", o]);
  const rest = args("bench", value);
  return fc.oneof(rest, fc.tuple(required, rest).map(([r, [c, ...more]]) => [c!, ...r, ...more]));
}

function args(command: keyof typeof FLAGS, value: fc.Arbitrary<string>): fc.Arbitrary<string[]> {
  const flag = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...FLAGS[command]) }, { weight: 1, arbitrary: fc.constantFrom("--nope", "-x", "--help", "--out=", "--") });
  const token = fc.oneof(
    { weight: 4, arbitrary: fc.tuple(flag, value).map(([f, v]) => [f, v]) },
    { weight: 1, arbitrary: fc.tuple(flag, value).map(([f, v]) => [`${f}=${v}`]) },
    { weight: 1, arbitrary: flag.map((f) => [f]) },
    { weight: 1, arbitrary: value.map((v) => [v]) },
  );
  return fc.array(token, { maxLength: 8 }).map((tokens) => [command, ...tokens.flat()]);
}

/** Broken results and dnntune.yml to put in the workspace for one run. */
export const mutatedFiles = fc.tuple(
  mutatedJson(realResults).map((v) => JSON.stringify(v) ?? ""),
  mutatedBytes([new TextEncoder().encode("networks:\n  office: { uplink-mbps: 50, downlink-mbps: 100, rtt-ms: 8 }\ndevices:\n  local:\n    power: { active-w: 3 }\n")]),
);
