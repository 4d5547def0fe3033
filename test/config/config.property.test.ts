// Any damage to a valid dnntune.yml — a value anywhere replaced, a key dropped, misspelt or added,
// the text itself cut or garbled — gives a configuration or a FormatError whose every problem
// names the file and a field, never another exception (a TypeError from a check that ran on a
// half-valid value, a stack overflow from the YAML).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { parseConfigFile, parseConfigText } from "../../src/config/read-config.js";
import { FormatError } from "../../src/errors.js";

const VALID = `
models:
  - { path: models/m.onnx, name: m, inputs: { x: 1x3x8x8 }, values: { sr: 16000 }, siblings: { tflite-benchmark: m.tflite } }
  - { path: "models/*.onnx", inputs: { y: [1, 4] } }
devices:
  runner: { transport: local, tool: onnxruntime-node, threads: 2, optimization: all, meter: rapl, power: { active-w: 10, idle-w: 2 } }
  pixel7: { transport: adb, serial: R58M123ABC, tool: tflite-benchmark, binary: /data/local/tmp/bm, args: [--use_gpu=true], meter: { type: android-rails, rails: [CPU] }, role: mobile }
  board: { transport: ssh, host: ci@board, port: 22, identity: id, ssh-config: cfg, tool: ort-python, meter: { type: command, argv: [p.sh] }, role: cloud }
  phone: { power: { active-w: 3 } }
networks:
  office: { uplink-mbps: 50, downlink-mbps: 100, rtt-ms: 8, radio-up-w: 1 }
bench: { warmup: 1, runs: 30, profile-runs: 5, max-runs: 60, processes: 1 }
gate: { threshold: 5%, alpha: 0.05, min-abs: { model-us: 50, layer-us: 20, energy-mj: 1 }, fail-on: [latency, split], accept-label: ok }
split: { pairs: [{ mobile: pixel7, cloud: board }], networks: [wifi, office], objectives: [latency] }
report: { comment: always, top-layers: 5, charts: true }
`;
const base = () => parse(VALID) as unknown;

function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== "object" || value === null) return [at];
  const children = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [at, ...children.flatMap(([k, v]) => paths(v, [...at, k]))];
}
const allPaths = paths(base()).filter((p) => p.length > 0);

type Edit = { kind: "set"; value: unknown } | { kind: "delete" } | { kind: "rename"; to: string } | { kind: "add"; key: string; value: unknown };

function apply(root: unknown, path: (string | number)[], edit: Edit): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  if (typeof node !== "object" || node === null) return;
  const last = path.at(-1)!;
  if (edit.kind === "set") node[last] = edit.value;
  else if (edit.kind === "delete") delete node[last];
  else if (edit.kind === "rename" && !Array.isArray(node)) {
    node[edit.to] = node[last];
    delete node[last];
  } else if (edit.kind === "add") {
    const target = node[last];
    if (typeof target === "object" && target !== null && !Array.isArray(target)) (target as Record<string, unknown>)[edit.key] = edit.value;
  }
}

const key = fc.oneof(fc.constantFrom("transport", "serial", "host", "port", "tool", "meter", "type", "runs", "paths", "pixel7", "__proto__", "constructor"), fc.string({ maxLength: 12 }));
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("set" as const), value: fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom("local", "adb", "ssh", "usb", "-rf", "5%", "5", -1, 0, 65536, 1e9, null, [], {})) }),
  fc.record({ kind: fc.constant("delete" as const) }),
  fc.record({ kind: fc.constant("rename" as const), to: key }),
  fc.record({ kind: fc.constant("add" as const), key, value: fc.jsonValue({ maxDepth: 2 }) }),
);

function expectConfigOrFieldProblems(run: () => unknown, file: string, root: "mapping" | "any"): void {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(FormatError);
    const problems = (error as FormatError).problems;
    expect(problems.length).toBeGreaterThan(0);
    expect((error as FormatError).lines.every((line) => line.startsWith(`${file}: `) && !line.includes("\n"))).toBe(true);
    if (root === "mapping") expect(problems.every((p) => typeof p.field === "string" && p.field.length > 0 && p.message.length > 0)).toBe(true);
  }
}

describe("dnntune.yml under random damage", () => {
  it("a valid file passes (the property starts from a real configuration)", () => {
    expect(() => parseConfigText(VALID, "dnntune.yml")).not.toThrow();
  });

  it("edited values and keys: a configuration, or a FormatError whose problems all name a field", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...allPaths), edit), { minLength: 1, maxLength: 5 }), (edits) => {
        const value = base();
        for (const [path, change] of edits) {
          try {
            apply(value, path, change);
          } catch {
            // An earlier edit removed or replaced the path's parent.
          }
        }
        expectConfigOrFieldProblems(() => parseConfigFile(value, "dnntune.yml"), "dnntune.yml", "mapping");
      }),
      { seed: 9, numRuns: 1000 },
    );
  });

  it("any value at all: a configuration or a FormatError", () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 4, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true }), (value) => {
        expectConfigOrFieldProblems(() => parseConfigFile(value, "dnntune.yml"), "dnntune.yml", "any");
      }),
      { seed: 11, numRuns: 1000 },
    );
  });

  it("garbled text (cut, spliced, re-indented): a configuration or a FormatError", () => {
    const text = stringify(base());
    fc.assert(
      fc.property(fc.nat(text.length), fc.nat(text.length), fc.array(fc.constantFrom(..."{}[]:,&*!|>-'\"# \n\tx1", "&a ", "*a", "__proto__: ", "<<: ", "!!set ", "? "), { maxLength: 12 }).map((parts) => parts.join("")), (at, cut, insert) => {
        const garbled = text.slice(0, at) + insert + text.slice(Math.min(text.length, at + (cut % 40)));
        expectConfigOrFieldProblems(() => parseConfigText(garbled, "dnntune.yml"), "dnntune.yml", "any");
      }),
      { seed: 13, numRuns: 500 },
    );
  });
});
