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


export function bindShapes(graph: OnnxGraph, given: ReadonlyMap<string, number[]>, modelFile: string): BoundShapes {
  for (const name of given.keys()) {
    if (!graph.inputs.includes(name)) {
      throw new InputError("inputShapes", `model ${modelFile} has no input "${name}"; its inputs are ${graph.inputs.join(", ") || "(none)"}`, name);
    }
  }
  // Every input that still needs a shape, named at once: one run of the command, not one per input.
  const open = graph.inputs.filter((name) => {
    const declared = graph.tensors.get(name)?.shape ?? null;
    return !given.has(name) && (declared === null || declared.some((d) => typeof d !== "number"));
  });
  if (open.length > 0) {
    const declaredOf = (name: string) => graph.tensors.get(name)?.shape ?? null;
    const what = open.map((name) => `input "${name}" has dynamic shape [${(declaredOf(name) ?? ["?"]).join(", ")}]`).join(", ");
    const flags = (field: (f: string) => string) => open.map((name) => `${field("inputShapes")} ${name}=${(declaredOf(name) ?? ["1"]).map((d) => (typeof d === "number" ? d : 1)).join("x")}`).join(" ");
    throw new InputError("inputShapes", (field) => `model ${modelFile} ${what}; give ${open.length === 1 ? "one" : "them"} with ${flags(field)} (1 stands for each open dimension: give the sizes your application runs)`);
  }
  const symbols = new Map<string, number>();
  const inputs = new Map<string, number[]>();
  for (const name of graph.inputs) {
    const declared = graph.tensors.get(name)?.shape ?? null;
    const user = given.get(name);
    if (user === undefined) {
      inputs.set(name, declared as number[]);
      continue;
    }
    if (declared !== null) {
      if (declared.length !== user.length) {
        throw new InputError("inputShapes", `model ${modelFile} input "${name}" has rank ${declared.length} ([${declared.join(", ")}]); got ${user.length} dimensions (${user.join("x")})`, name);
      }
      declared.forEach((dim, axis) => {
        const value = user[axis]!;
        if (typeof dim === "number" && dim !== value) {
          throw new InputError("inputShapes", `model ${modelFile} input "${name}" dimension ${axis} is fixed at ${dim}; got ${value}`, name);
        }
        if (typeof dim === "string" && dim !== "?") {
          const bound = symbols.get(dim);
          if (bound !== undefined && bound !== value) {
            throw new InputError("inputShapes", `dimension "${dim}" is ${bound} in another input but ${value} here`, name);
          }
          symbols.set(dim, value);
        }
      });
    }
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
