// Model inputs for benchmarking: seeded random data of the bound shapes, or the values the user
// gave for inputs that must hold something specific (`--input-value sr=16000`).
import type { InputTensor } from "../devices/bench-target.js";
import { InputError } from "../errors.js";
import type { Dtype } from "../onnx/dtype.js";
import { mulberry32 } from "../stats/rng.js";
import { MAX_INPUT_ELEMENTS } from "../config/parse-shape.js";


const INTEGER_ID_RANGE = 10; // ids in [0, 10): valid for any embedding table of at least 10 rows

export function synthesizeInputs(
  inputs: { name: string; dtype: Dtype; shape: number[] }[],
  values: ReadonlyMap<string, number[]>,
  seed: number,
  modelFile: string,
): InputTensor[] {
  for (const name of values.keys()) {
    if (!inputs.some((i) => i.name === name)) {
      throw new InputError("inputValues", `model ${modelFile} has no input "${name}"; its inputs are ${inputs.map((i) => i.name).join(", ")}`, name);
    }
  }
  const random = mulberry32(seed);
  return inputs.map(({ name, dtype, shape }) => {
    const count = shape.reduce((a, b) => a * b, 1);
    if (count > MAX_INPUT_ELEMENTS) throw new InputError("inputShapes", (field) => `model ${modelFile} input "${name}" of shape [${shape.join(", ")}] holds ${count} elements; DNNTune synthesizes at most ${MAX_INPUT_ELEMENTS} (give a smaller shape with ${field("inputShapes")})`, name);
    const given = values.get(name);
    if (given !== undefined && given.length !== 1 && given.length !== count) {
      throw new InputError("inputValues", `input "${name}" of shape [${shape.join(", ")}] holds ${count} values; got ${given.length} (give one value to fill it, or exactly ${count})`, name);
    }
    const value = (i: number, draw: () => number) => (given === undefined ? draw() : given[given.length === 1 ? 0 : i]!);
    const fill = <T>(make: (i: number) => T) => Array.from({ length: count }, (_, i) => make(i));
    switch (dtype) {
      case "float32": return { name, dtype, shape, data: Float32Array.from(fill((i) => value(i, () => random() * 2 - 1))) };
      case "float64": return { name, dtype, shape, data: Float64Array.from(fill((i) => value(i, () => random() * 2 - 1))) };
      case "int64": return { name, dtype, shape, data: BigInt64Array.from(fill((i) => BigInt(Math.trunc(value(i, () => Math.floor(random() * INTEGER_ID_RANGE)))))) };
      case "int32": return { name, dtype, shape, data: Int32Array.from(fill((i) => value(i, () => Math.floor(random() * INTEGER_ID_RANGE)))) };
      case "uint8": return { name, dtype, shape, data: Uint8Array.from(fill((i) => value(i, () => Math.floor(random() * 256)))) };
      case "int8": return { name, dtype, shape, data: Int8Array.from(fill((i) => value(i, () => Math.floor(random() * 256) - 128))) };
      case "bool": return { name, dtype, shape, data: fill((i) => value(i, () => (random() < 0.5 ? 0 : 1)) !== 0) };
      default:
        throw new InputError("inputValues", `input "${name}" has element type ${dtype}, which DNNTune cannot synthesize yet; use a model whose inputs are float32, float64, int64, int32, uint8, int8 or bool`, name);
    }
  });
}
