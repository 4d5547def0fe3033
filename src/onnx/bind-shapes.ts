// Resolve dynamic dimensions: bind the symbols of the graph inputs to the shapes the user gave
// (`--input x=1x3x224x224`) and substitute them in every tensor of the graph.
import { InputError } from "../errors.js";
import type { OnnxGraph, OnnxTensor } from "./read-model.js";
import { tensorBytes } from "./dtype.js";

/** Concrete input shapes (every dimension known) and the graph's tensors with symbols bound. */
export interface BoundShapes {
  inputs: Map<string, number[]>;
  tensors: Map<string, OnnxTensor>;
}

// Inputs are synthesized in memory (bench/synthesize-inputs.ts): past this size an input would
// exhaust memory or JavaScript's array limits instead of running. 256 MiB still holds a float32
// image of 3×4096×4096 in a batch of two.
const MAX_INPUT_BYTES = 256 * 1024 * 1024;

export function bindShapes(graph: OnnxGraph, given: ReadonlyMap<string, number[]>, modelFile: string): BoundShapes {
  for (const name of given.keys()) {
    if (!graph.inputs.includes(name)) {
      throw new InputError(`--input ${name}`, `model ${modelFile} has no input "${name}"; its inputs are ${graph.inputs.join(", ") || "(none)"}`);
    }
  }
  const symbols = new Map<string, number>();
  const inputs = new Map<string, number[]>();
  for (const name of graph.inputs) {
    const declared = graph.tensors.get(name)?.shape ?? null;
    const user = given.get(name);
    if (user === undefined) {
      if (declared === null || declared.some((d) => typeof d !== "number")) {
        throw new InputError("--input", `model ${modelFile} input "${name}" has dynamic shape [${(declared ?? ["?"]).join(", ")}]; give one with --input ${name}=${(declared ?? ["1"]).map((d) => (typeof d === "number" ? d : 1)).join("x")}`);
      }
      checkSize(name, declared as number[], graph, "--model", `model ${modelFile}: input "${name}", declared ${(declared as number[]).join("x")},`, "export the model with a smaller or dynamic input shape");
      inputs.set(name, declared as number[]);
      continue;
    }
    if (declared !== null) {
      if (declared.length !== user.length) {
        throw new InputError(`--input ${name}`, `model ${modelFile} input "${name}" has rank ${declared.length} ([${declared.join(", ")}]); got ${user.length} dimensions (${user.join("x")})`);
      }
      declared.forEach((dim, axis) => {
        const value = user[axis]!;
        if (typeof dim === "number" && dim !== value) {
          throw new InputError(`--input ${name}`, `model ${modelFile} input "${name}" dimension ${axis} is fixed at ${dim}; got ${value}`);
        }
        if (typeof dim === "string" && dim !== "?") {
          const bound = symbols.get(dim);
          if (bound !== undefined && bound !== value) {
            throw new InputError(`--input ${name}`, `dimension "${dim}" is ${bound} in another input but ${value} here`);
          }
          symbols.set(dim, value);
        }
      });
    }
    checkSize(name, user, graph, `--input ${name}`, user.join("x"), `give a smaller shape with --input ${name}=…`);
    inputs.set(name, user);
  }
  const tensors = new Map<string, OnnxTensor>();
  for (const [name, tensor] of graph.tensors) {
    const concrete = inputs.get(name);
    const shape = concrete ?? tensor.shape?.map((d) => (typeof d === "string" && symbols.has(d) ? symbols.get(d)! : d)) ?? null;
    tensors.set(name, { dtype: tensor.dtype, shape, bytes: tensorBytes(tensor.dtype, shape) });
  }
  return { inputs, tensors };
}

function checkSize(name: string, shape: number[], graph: OnnxGraph, input: string, what: string, fix: string): void {
  const dtype = graph.tensors.get(name)?.dtype ?? "float32";
  const elements = shape.reduce((a, b) => a * b, 1);
  const bytes = tensorBytes(dtype, shape) ?? elements;
  if (bytes > MAX_INPUT_BYTES) {
    throw new InputError(input, `${what} is ${(bytes / 2 ** 30).toPrecision(3)} GiB of ${dtype}; DNNTune synthesizes inputs in memory, up to ${MAX_INPUT_BYTES / 2 ** 20} MiB each: ${fix}`);
  }
}

/** Parses `1x3x224x224` (also `1,3,224,224`; `[]` or `scalar` for a scalar): decimal digits only. */
export function parseShape(text: string, flag: string): number[] {
  const trimmed = text.trim();
  if (trimmed === "[]" || trimmed === "scalar") return [];
  const pieces = trimmed.split(/[x,]/).map((d) => d.trim());
  // Number() would take "", "1e9", "0x10" and "1.0"; a dimension is written in digits.
  if (!pieces.every((d) => /^\d+$/.test(d) && Number.isSafeInteger(Number(d)))) {
    throw new InputError(flag, `expected a shape like 1x3x224x224 (non-negative integers separated by x); got "${text}"`);
  }
  return pieces.map(Number);
}
