// Checks of dnntune.yml that its schema cannot express: keys that must agree with each other (a
// split pair names defined devices, a tool fits its transport) and values read by the same rule as
// their flags (`gate.threshold`, input shapes). They run on the parsed value before the schema has
// passed, so they read it defensively, and their problems are reported with the schema's, at once.
import { isAbsolute, join } from "node:path";
import { InputError, type Problem } from "../errors.js";
import { closest, formatPath } from "../validate-file.js";
import { parseShape } from "./parse-shape.js";
import { readThreshold } from "./threshold.js";
import { isVendorTool, VENDOR_TOOLS } from "./schema.js";

/** The split's built-in networks, by name (their numbers are the split stage's). */
export const BUILT_IN_NETWORK_NAMES = ["wifi", "lte", "3g"] as const;

type Raw = Record<string, unknown>;
const isMap = (value: unknown): value is Raw => typeof value === "object" && value !== null && !Array.isArray(value) && !ArrayBuffer.isView(value);
const problem = (path: readonly (string | number)[], message: string): Problem => ({ field: formatPath(path), message });

/** Problems across fields of a parsed dnntune.yml. Pure. */
export function configProblems(value: unknown): Problem[] {
  if (!isMap(value)) return [];
  const problems: Problem[] = [];
  const devices = isMap(value.devices) ? value.devices : {};
  const deviceNames = Object.keys(devices);

  for (const [name, device] of Object.entries(devices)) {
    if (isMap(device)) problems.push(...deviceProblems(name, device));
  }

  const split = isMap(value.split) ? value.split : {};
  if (Array.isArray(split.pairs)) {
    split.pairs.forEach((pair: unknown, i) => {
      if (!isMap(pair)) return;
      for (const side of ["mobile", "cloud"] as const) {
        const device = pair[side];
        if (typeof device === "string" && !Object.hasOwn(devices, device)) {
          problems.push(problem(["split", "pairs", i, side], unknownName("device", device, deviceNames, "devices")));
        }
      }
    });
  }
  if (Array.isArray(split.networks)) {
    const known = [...new Set([...Object.keys(isMap(value.networks) ? value.networks : {}), ...BUILT_IN_NETWORK_NAMES])];
    split.networks.forEach((network: unknown, i) => {
      if (typeof network === "string" && !known.includes(network)) problems.push(problem(["split", "networks", i], unknownName("network", network, known, "networks or the built-ins")));
    });
  }

  const gate = isMap(value.gate) ? value.gate : {};
  if (typeof gate.threshold === "string" || typeof gate.threshold === "number") {
    const detail = inputErrorDetail(() => readThreshold(gate.threshold));
    if (detail) problems.push(problem(["gate", "threshold"], detail));
  }

  const bench = isMap(value.bench) ? value.bench : {};
  if (typeof bench.runs === "number" && typeof bench["max-runs"] === "number" && bench["max-runs"] < bench.runs) {
    problems.push(problem(["bench", "max-runs"], `must be at least runs (${bench.runs}); got ${bench["max-runs"]}`));
  }

  if (Array.isArray(value.models)) {
    const names = new Map<string, number>();
    value.models.forEach((model: unknown, i) => {
      if (!isMap(model)) return;
      if (isMap(model.inputs)) {
        for (const [input, shape] of Object.entries(model.inputs)) {
          const text = typeof shape === "string" ? shape : Array.isArray(shape) && shape.every((d) => Number.isSafeInteger(d)) ? shape.join("x") || "[]" : undefined;
          const detail = text === undefined ? undefined : inputErrorDetail(() => parseShape(text, "inputs"));
          if (detail) problems.push(problem(["models", i, "inputs", input], detail));
        }
      }
      if (typeof model.name === "string") {
        const first = names.get(model.name);
        if (first !== undefined) problems.push(problem(["models", i, "name"], `"${model.name}" is already the name of models[${first}]; names must be unique`));
        else names.set(model.name, i);
      }
    });
  }
  return problems;
}

// A tool, binary, args and meter that fit the transport: what can be known before any device is
// reached. What a device then lacks (a missing binary, a phone not plugged in) is a DeviceError.
function deviceProblems(name: string, device: Raw): Problem[] {
  const at = (...keys: string[]) => ["devices", name, ...keys];
  const problems: Problem[] = [];
  const transport = device.transport;
  if (transport !== "local" && transport !== "adb" && transport !== "ssh") return problems;
  const tool = device.tool;
  if (tool === undefined && transport !== "local") {
    problems.push(problem(at("tool"), `a device on ${transport} needs a tool: ort-python, ort-perf-test, tflite-benchmark, trtexec or command`));
  }
  if (tool === "onnxruntime-node" && transport !== "local") {
    problems.push(problem(at("tool"), `onnxruntime-node runs in dnntune's own process, so only on transport local; on ${transport} use ort-python or ort-perf-test`));
  }
  if (tool === undefined || tool === "onnxruntime-node") {
    for (const key of ["binary", "args"]) {
      if (device[key] !== undefined) problems.push(problem(at(key), "onnxruntime-node runs in-process and takes no program or arguments; remove it or choose another tool"));
    }
  }
  if (tool === "command" && device.binary === undefined) problems.push(problem(at("binary"), "the command tool needs the program to run: binary: path/to/program"));
  const ownLoop = isVendorTool(typeof tool === "string" ? tool : undefined);
  if (device["timeout-s"] !== undefined && !ownLoop) problems.push(problem(at("timeout-s"), `timeout-s is for tools that dnntune runs once per sample (${VENDOR_TOOLS.join(", ")}); ${tool ?? "onnxruntime-node"} answers each run within the transport's own limits`));
  if (device.iterations !== undefined && !ownLoop) problems.push(problem(at("iterations"), `iterations is for tools that run their own loop (${VENDOR_TOOLS.join(", ")}); ${tool ?? "onnxruntime-node"} is timed one inference at a time`));
  const meter = typeof device.meter === "string" ? device.meter : isMap(device.meter) ? device.meter.type : undefined;
  if ((meter === "android-battery" || meter === "android-rails") && transport !== "adb") {
    problems.push(problem(at("meter"), `${meter} reads an Android device over adb; this device's transport is ${transport}`));
  }
  if (meter === "command" && typeof device.meter === "string") {
    problems.push(problem(at("meter"), "the command meter needs its program: meter: { type: command, argv: [program, args…] }"));
  }
  return problems;
}

/** The .onnx files a model path or glob names, relative to `dir`; an InputError when none. */
export type MatchModels = (pattern: string, dir: string) => string[];

/**
 * Model paths and globs that match no .onnx file, relative to `dir` (the file's folder); a
 * `name` given for a path that is several files. `match` reads the file system (the bench
 * stage's findModels, passed in: the first stage does not import a later one).
 */
export function modelPathProblems(value: unknown, dir: string, match: MatchModels): Problem[] {
  if (!isMap(value) || !Array.isArray(value.models)) return [];
  const problems: Problem[] = [];
  value.models.forEach((model: unknown, i) => {
    if (!isMap(model) || typeof model.path !== "string" || model.path === "") return;
    let found: string[];
    try {
      found = match(isAbsolute(model.path) ? model.path : join(dir, model.path), dir);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(problem(["models", i, "path"], error.describe(() => "").replace(/^:\s*/, "")));
      return;
    }
    if (typeof model.name === "string" && found.length > 1) {
      problems.push(problem(["models", i, "name"], `names one model, but path ${model.path} is ${found.length} files; give each its own entry or leave the name out`));
    }
  });
  return problems;
}

function unknownName(what: string, name: string, known: readonly string[], where: string): string {
  const close = closest(name, known);
  return `no ${what} "${name}" in ${where}${close ? `; did you mean "${close}"?` : known.length > 0 ? ` (known: ${known.join(", ")})` : ""}`;
}

/** The detail of the InputError `check` throws (without its field), or undefined when it passes. */
function inputErrorDetail(check: () => unknown): string | undefined {
  try {
    check();
    return undefined;
  } catch (error) {
    if (error instanceof InputError) return error.describe(() => "").replace(/^:\s*/, "");
    throw error;
  }
}
