// Read and validate a results file. Every field the later stages rely on is checked, and an
// error names the file and the field; an unknown future schema is refused.
import { readFileSync, statSync } from "node:fs";
import { FormatError, InputError } from "../errors.js";
import { RESULTS_SCHEMA, type Results } from "./types.js";

const MAX_RESULTS_BYTES = 512 * 1024 * 1024;

export function readResults(path: string, flag = "results"): Results {
  let text: string;
  try {
    if (statSync(path).size > MAX_RESULTS_BYTES) throw new FormatError(path, undefined, `larger than ${MAX_RESULTS_BYTES} bytes; is this a results file?`);
    text = readFileSync(path, "utf8");
  } catch (error) {
    if (error instanceof FormatError) throw error;
    throw new InputError(flag, `cannot read ${path}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new FormatError(path, undefined, `not valid JSON (${(error as Error).message}); is the file truncated?`);
  }
  return validateResults(value, path);
}

export function validateResults(value: unknown, file: string): Results {
  const fail = (field: string, expected: string, got: unknown): never => {
    throw new FormatError(file, field, `expected ${expected}; got ${describe(got)}`);
  };
  if (!isObject(value)) return fail("(top level)", "a JSON object", value);
  if (value.schema !== RESULTS_SCHEMA) {
    return fail("schema", `"${RESULTS_SCHEMA}" (a results file written by \`dnntune bench\`)`, value.schema);
  }
  if (!isObject(value.device) || typeof value.device.name !== "string") fail("device.name", "a string", isObject(value.device) ? value.device.name : value.device);
  if (!Array.isArray(value.models)) return fail("models", "an array", value.models);
  value.models.forEach((model: unknown, m: number) => {
    const at = `models[${m}]`;
    if (!isObject(model)) return fail(at, "an object", model);
    if (typeof model.name !== "string") fail(`${at}.name`, "a string", model.name);
    if (!isObject(model.graph) || !Array.isArray(model.graph.nodes)) fail(`${at}.graph.nodes`, "an array", isObject(model.graph) ? model.graph.nodes : model.graph);
    if (!isObject(model.latency) || !isSamples(model.latency.samples)) fail(`${at}.latency.samples`, "a non-empty array of non-negative numbers", isObject(model.latency) ? model.latency.samples : model.latency);
    if (isObject(model.latency)) checkGroups(fail, `${at}.latency`, model.latency);
    if (!Array.isArray(model.layers)) return fail(`${at}.layers`, "an array", model.layers);
    model.layers.forEach((layer: unknown, l: number) => {
      if (!isObject(layer) || typeof layer.name !== "string") return fail(`${at}.layers[${l}].name`, "a string", isObject(layer) ? layer.name : layer);
      if (!Array.isArray(layer.covers)) fail(`${at}.layers[${l}].covers`, "an array of node names", layer.covers);
      if (!Array.isArray(layer.samples) || !layer.samples.every((s) => typeof s === "number" && Number.isFinite(s) && s >= 0)) {
        fail(`${at}.layers[${l}].samples`, "an array of non-negative numbers", layer.samples);
      }
      checkGroups(fail, `${at}.layers[${l}]`, layer);
    });
    if (model.energy !== undefined && (!isObject(model.energy) || !isSamples(model.energy.samples))) {
      fail(`${at}.energy.samples`, "a non-empty array of non-negative numbers", isObject(model.energy) ? model.energy.samples : model.energy);
    }
    return undefined;
  });
  return value as unknown as Results;
}

// Replicate groups must partition the samples: positive integers that add up to their count.
function checkGroups(fail: (field: string, expected: string, got: unknown) => never, at: string, series: Record<string, unknown>): void {
  if (series.groups === undefined) return;
  const groups = series.groups;
  const count = Array.isArray(series.samples) ? series.samples.length : 0;
  const valid = Array.isArray(groups) && groups.every((g) => Number.isInteger(g) && (g as number) > 0) && (groups as number[]).reduce((a, b) => a + b, 0) === count;
  if (!valid) fail(`${at}.groups`, `positive integers adding up to the ${count} samples (one per replicate process)`, groups);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isSamples(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0 && value.every((s) => typeof s === "number" && Number.isFinite(s) && s >= 0);
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return value.length === 0 ? "an empty array" : `an array of ${value.length}`;
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
