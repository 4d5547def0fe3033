// `dnntune init`: the shape each model input gets in dnntune.yml. `--input NAME=SHAPE` applies to
// every model with that input (as in `bench`); `--input MODEL:NAME=SHAPE` to one model, MODEL
// being its path as init lists it. The same holds for `--input-value`. Pure: the caller reads the
// models and asks on a terminal.
import { InputError } from "../errors.js";
import { parseInputValue } from "./parse-input-value.js";
import { parseShape } from "./parse-shape.js";

/** A graph input as read from the model; a string dimension is symbolic, `"?"` anonymous. */
export interface DeclaredInput {
  name: string;
  shape: (number | string)[] | null;
}

export interface ModelInputs {
  /** As written in dnntune.yml: relative to it, with `/`. */
  path: string;
  inputs: DeclaredInput[];
}

/** One `--input` or `--input-value` flag, with the model it is scoped to, if any. */
export interface ScopedFlag<T> {
  model?: string;
  name: string;
  value: T;
}

/** What init writes for one model: a shape per input that needs one, values where given. */
export interface InitModel {
  path: string;
  inputs: [string, number[]][];
  values: [string, number[]][];
}

/** An input that still needs a shape, with the shape to suggest. */
export interface MissingInput {
  model: string;
  name: string;
  declared: (number | string)[] | null;
  suggested: number[];
}

/** Splits `MODEL:REST` when MODEL is one of `models` (the longest that matches), else all is REST. */
export function scopeOf(spec: string, models: readonly string[], field: string): { model?: string; rest: string } {
  const model = models.filter((m) => spec.startsWith(`${m}:`)).sort((a, b) => b.length - a.length)[0];
  if (model !== undefined) return { model, rest: spec.slice(model.length + 1) };
  // `other.onnx:x=…` names a model that is not among them: say so instead of "no input named…".
  const prefix = /^(.+?\.onnx):[^=]*=/i.exec(spec)?.[1];
  if (prefix !== undefined) throw new InputError(field, `${prefix} is not one of the models init set up (${models.join(", ")}); write MODEL:NAME=… with one of those paths, or NAME=… for every model`);
  return { rest: spec };
}

export function parseScopedShapes(specs: readonly string[], models: readonly string[]): ScopedFlag<number[]>[] {
  return specs.map((spec) => {
    const { model, rest } = scopeOf(spec, models, "inputShapes");
    const eq = rest.indexOf("=");
    if (eq <= 0) throw new InputError("inputShapes", `expected NAME=SHAPE or MODEL:NAME=SHAPE such as image=1x3x224x224; got "${spec}"`);
    const name = rest.slice(0, eq);
    return { ...(model === undefined ? {} : { model }), name, value: parseShape(rest.slice(eq + 1), "inputShapes", name) };
  });
}

export function parseScopedValues(specs: readonly string[], models: readonly string[]): ScopedFlag<number[]>[] {
  return specs.map((spec) => {
    const { model, rest } = scopeOf(spec, models, "inputValues");
    const [name, value] = parseInputValue(rest, "inputValues");
    return { ...(model === undefined ? {} : { model }), name, value };
  });
}

/** Whether the runtime needs a shape from the user for this input. */
export function isDynamic(input: DeclaredInput): boolean {
  return input.shape === null || input.shape.some((d) => typeof d !== "number");
}

/**
 * Each model's shapes and values from the flags (a flag scoped to the model wins over one for
 * every model), and the dynamic inputs that no flag covers. A flag that matches no input, or a
 * shape of the wrong rank or against a fixed dimension, is an InputError.
 */
export function resolveInputs(models: readonly ModelInputs[], shapes: readonly ScopedFlag<number[]>[], values: readonly ScopedFlag<number[]>[]): { models: InitModel[]; missing: MissingInput[] } {
  for (const [field, flags] of [["inputShapes", shapes], ["inputValues", values]] as const) {
    for (const flag of flags) {
      const scope = flag.model === undefined ? models : models.filter((m) => m.path === flag.model);
      if (!scope.some((m) => m.inputs.some((i) => i.name === flag.name))) {
        const names = [...new Set(scope.flatMap((m) => m.inputs.map((i) => i.name)))];
        throw new InputError(field, `${flag.model === undefined ? "no model has" : `model ${flag.model} has no`} input "${flag.name}"; ${flag.model === undefined ? "their" : "its"} inputs are ${names.join(", ") || "(none)"}`, flag.name);
      }
    }
  }
  const pick = <T>(flags: readonly ScopedFlag<T>[], model: string, name: string) =>
    flags.find((f) => f.model === model && f.name === name) ?? flags.find((f) => f.model === undefined && f.name === name);
  const missing: MissingInput[] = [];
  const resolved = models.map((model): InitModel => {
    const inputs: [string, number[]][] = [];
    const symbols = new Map<string, number>();
    for (const input of model.inputs) {
      const given = pick(shapes, model.path, input.name)?.value;
      if (given === undefined) continue;
      const problem = shapeProblem(input, given);
      if (problem) throw new InputError("inputShapes", `model ${model.path} input "${input.name}" ${problem}`, input.name);
      input.shape?.forEach((d, axis) => {
        if (typeof d === "string" && d !== "?") symbols.set(d, given[axis]!);
      });
      inputs.push([input.name, given]);
    }
    for (const input of model.inputs) {
      if (!isDynamic(input) || inputs.some(([name]) => name === input.name)) continue;
      const suggested = (input.shape ?? [1]).map((d) => (typeof d === "number" ? d : symbols.get(d) ?? 1));
      missing.push({ model: model.path, name: input.name, declared: input.shape, suggested });
    }
    const modelValues = model.inputs.flatMap((input): [string, number[]][] => {
      const value = pick(values, model.path, input.name)?.value;
      return value === undefined ? [] : [[input.name, value]];
    });
    return { path: model.path, inputs, values: modelValues };
  });
  return { models: resolved, missing };
}

/** Why `shape` cannot be the input's shape (rank, a fixed dimension), or undefined when it can. */
export function shapeProblem(input: DeclaredInput, shape: readonly number[]): string | undefined {
  const declared = input.shape;
  if (declared === null) return undefined;
  if (declared.length !== shape.length) return `has rank ${declared.length} ([${declared.join(", ")}]); got ${shape.length} dimensions (${shape.join("x")})`;
  const axis = declared.findIndex((d, i) => typeof d === "number" && d !== shape[i]);
  return axis < 0 ? undefined : `dimension ${axis} is fixed at ${declared[axis]}; got ${shape[axis]}`;
}

/**
 * The flags that would give every missing input a shape: `NAME=SHAPE` when every model missing
 * that input would get the same suggestion, `MODEL:NAME=SHAPE` per model otherwise.
 */
export function suggestedFlags(missing: readonly MissingInput[]): string[] {
  const flags: string[] = [];
  for (const name of [...new Set(missing.map((m) => m.name))]) {
    const same = missing.filter((m) => m.name === name);
    const shapes = new Set(same.map((m) => m.suggested.join("x")));
    if (shapes.size === 1) flags.push(`${name}=${same[0]!.suggested.join("x")}`);
    else flags.push(...same.map((m) => `${m.model}:${name}=${m.suggested.join("x")}`));
  }
  return flags;
}

/** `[batch, sequence]` as the model declares it. */
export function declaredText(declared: (number | string)[] | null): string {
  return `[${(declared ?? ["?"]).join(", ")}]`;
}
