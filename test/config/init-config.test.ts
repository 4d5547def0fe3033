import fc from "fast-check";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { configSchemaUrl, initConfig } from "../../src/config/init-config.js";
import type { InitModel } from "../../src/config/init-inputs.js";
import { CONFIG_DEFAULTS } from "../../src/config/schema.js";

// The keys issue 9 gives dnntune.yml; what init writes, commented or not, uses only these.
const KEYS = {
  top: ["models", "devices", "networks", "bench", "gate", "split", "report"],
  model: ["path", "name", "inputs", "values", "siblings"],
  device: ["transport", "tool", "meter", "power", "role", "threads", "optimization"],
  bench: ["warmup", "runs", "profile-runs", "max-runs", "time-budget", "processes"],
  gate: ["threshold", "alpha", "min-abs", "fail-on", "accept-label"],
};

const vad: InitModel = { path: "models/vad.onnx", inputs: [["input", [1, 512]], ["h", [2, 1, 64]], ["c", [2, 1, 64]]], values: [["sr", [16000]]] };
const plain: InitModel = { path: "models/mlp.onnx", inputs: [], values: [] };
const schema = configSchemaUrl("0.1.0");

/** What the file means: shapes as "AxB" strings, one value as a number. */
function expected(models: readonly InitModel[]) {
  return {
    models: models.map((m) => ({
      path: m.path,
      ...(m.inputs.length > 0 ? { inputs: Object.fromEntries(m.inputs.map(([n, s]) => [n, s.length === 0 ? "scalar" : s.join("x")])) } : {}),
      ...(m.values.length > 0 ? { values: Object.fromEntries(m.values.map(([n, v]) => [n, v.length === 1 ? v[0] : v])) } : {}),
    })),
    devices: { local: { transport: "local", tool: "onnxruntime-node" } },
  };
}

describe("init config: the dnntune.yml init writes", () => {
  const text = initConfig({ models: [vad, plain], schema });

  it("opens with the schema line editors read", () => {
    expect(text.split("\n")[0]).toBe(`# yaml-language-server: $schema=${schema}`);
  });

  it("parses back to the models with their shapes as strings, and one local device", () => {
    expect(parse(text)).toEqual(expected([vad, plain]));
    expect(text).toContain('input: "1x512"');
  });

  it("uses only the issue's key names, also in the commented defaults once uncommented", () => {
    // `# key: value` lines become `key: value`; prose comments stay comments.
    const body = text.split("\n").slice(1).map((line) => line.replace(/^(\s*)# ?(\s*[a-z-]+:.*)$/, "$1$2")).join("\n");
    const uncommented = parse(body) as Record<string, Record<string, unknown>>;
    expect(Object.keys(uncommented).every((k) => KEYS.top.includes(k))).toBe(true);
    expect(Object.keys(uncommented.bench!).sort()).toEqual([...KEYS.bench].sort());
    expect(Object.keys(uncommented.gate!).every((k) => KEYS.gate.includes(k))).toBe(true);
    expect(Object.keys(uncommented.devices!.local as object).every((k) => KEYS.device.includes(k))).toBe(true);
    for (const model of uncommented.models as unknown as object[]) expect(Object.keys(model).every((k) => KEYS.model.includes(k))).toBe(true);
  });

  it("comments the real defaults: uncommented, they are CONFIG_DEFAULTS", () => {
    const body = text.split("\n").slice(1).map((line) => line.replace(/^(\s*)# ?(\s*[a-z-]+:.*)$/, "$1$2")).join("\n");
    const uncommented = parse(body) as Record<string, Record<string, unknown>>;
    // max-runs is not a default of its own: paired runs top up to 10 × runs.
    expect(uncommented.bench).toEqual({ ...CONFIG_DEFAULTS.bench, "max-runs": 10 * CONFIG_DEFAULTS.bench.runs });
    const { "min-abs": _minAbs, ...gate } = CONFIG_DEFAULTS.gate;
    expect(uncommented.gate).toEqual(gate);
    expect(uncommented.gate!["fail-on"]).toEqual(["latency", "energy"]);
    expect(uncommented.devices!.local).toMatchObject({ optimization: "all" });
  });

  it("points $schema at this version's schema on a CDN, never into node_modules", () => {
    expect(configSchemaUrl("1.2.3")).toBe("https://unpkg.com/dnntune@1.2.3/schema/config.json");
  });

  it("round-trips any path, input name, shape and value (YAML-special text is quoted)", () => {
    const name = fc.oneof(fc.string({ minLength: 1 }), fc.constantFrom("true", "null", "1x3", "0x10", "~", "- a", "#x", "a: b", "'", "\"", "@x", "yes"));
    const model = fc.record({
      path: name,
      inputs: fc.uniqueArray(fc.tuple(name, fc.array(fc.nat(4096), { maxLength: 4 })), { selector: ([n]) => n, maxLength: 3 }),
      values: fc.uniqueArray(fc.tuple(name, fc.array(fc.integer({ min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 3 })), { selector: ([n]) => n, maxLength: 2 }),
    });
    fc.assert(fc.property(fc.array(model, { minLength: 1, maxLength: 3 }), (models) => {
      expect(parse(initConfig({ models, schema }))).toEqual(expected(models));
    }), { numRuns: 300 });
  });
});
