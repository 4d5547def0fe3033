// Small ONNX models that valid third-party exporters can write but that broke dnntune: weights in
// an external data file, node and tensor names with quotes, backslashes and control characters.
// Built here with the project's own protobufjs schema, as fixtures/build.ts builds the fixtures.
import { ModelProtoType } from "../../src/onnx/onnx-proto.js";

const FLOAT = 1;

export function valueInfo(name: string, shape: number[]): object {
  return { name, type: { tensor_type: { elem_type: FLOAT, shape: { dim: shape.map((d) => ({ dim_value: d })) } } } };
}

export function encode(graph: object): Uint8Array {
  return ModelProtoType.encode(ModelProtoType.fromObject({ ir_version: 8, producer_name: "dnntune-tests", opset_import: [{ domain: "", version: 17 }], graph })).finish();
}

/**
 * y = x · W (x 1×4, W 4×3) with W in an external file: `location` relative to the model,
 * `offset` into it; `length` written only when given.
 */
export function externalWeightsModel(location: string, offset: number, length?: number): Uint8Array {
  const external = [{ key: "location", value: location }, { key: "offset", value: String(offset) }, ...(length === undefined ? [] : [{ key: "length", value: String(length) }])];
  return encode({
    name: "external",
    node: [{ name: "matmul", op_type: "MatMul", input: ["x", "W"], output: ["y"] }],
    initializer: [{ name: "W", dims: [4, 3], data_type: FLOAT, data_location: 1, external_data: external }],
    input: [valueInfo("x", [1, 4])],
    output: [valueInfo("y", [1, 3])],
  });
}

/** x · W for x = [1, 2, 3, 4] and W row-major 4×3. */
export function reference(w: Float32Array): number[] {
  const x = [1, 2, 3, 4];
  return [0, 1, 2].map((j) => x.reduce((sum, xi, i) => sum + xi * w[i * 3 + j]!, 0));
}

/** Every kind of name that broke onnxruntime's profile, or might: one per node of a chain. */
export const HOSTILE_NAMES = [
  "quote\"d", "back\\slash", "new\nline", "carriage\rreturn", "tab\tbed", "ctrl\u0001a", "esc\u001b[31mred",
  "del\u007f", "ünïcødé 名前 🚀", "long_".repeat(2000),
  // Names that one naive replacement (each bad character → "_") would merge into one:
  "a\"b", "a\\b", "a\nb",
  // A name that looks like one of the tokens they are replaced by.
  "dnntune0_0_",
];

/**
 * A chain x → (MatMul, Add, Relu)×k → y over 64 wide: the runtime fuses MatMul+Add into one
 * kernel (`fused <name>`) and keeps the Relus, under the names above. Tensors get hostile names too.
 */
export function hostileNamesModel(): Uint8Array {
  const width = 64;
  const nodes: object[] = [];
  const initializer: object[] = [];
  const names = [...HOSTILE_NAMES];
  let x = "in\"put";
  let k = 0;
  while (names.length > 0) {
    const weight = `w${k}"\n`, bias = `b${k}\\`;
    const w = new Float32Array(width * width).map((_, i) => ((i * 7919) % 97) / 970 - 0.05);
    initializer.push({ name: weight, dims: [width, width], data_type: FLOAT, raw_data: new Uint8Array(w.buffer) });
    initializer.push({ name: bias, dims: [width], data_type: FLOAT, raw_data: new Uint8Array(new Float32Array(width).fill(0.01).buffer) });
    const ops: [string, string[]][] = [["MatMul", [x, weight]], ["Add", ["", bias]], ["Relu", [""]]];
    for (const [op, inputs] of ops) {
      const name = names.shift();
      if (name === undefined) break;
      const out = `t${k}_${op}\u0002"`;
      nodes.push({ name, op_type: op, input: inputs.map((i) => (i === "" ? x : i)), output: [out] });
      x = out;
    }
    k++;
  }
  nodes.push({ name: "last\"identity", op_type: "Identity", input: [x], output: ["out\nput"] });
  return encode({ name: "hostile", node: nodes, initializer, input: [valueInfo("in\"put", [8, width])], output: [valueInfo("out\nput", [8, width])] });
}

/** An If whose branches hold hostile node and tensor names; `cond` (bool scalar) picks one. */
export function hostileIfModel(): Uint8Array {
  const branch = (name: string, op: string) => ({
    name,
    node: [{ name: `${name} "inner"\n`, op_type: op, input: ["x\"outer"], output: [`${name}\u0003out`] }],
    output: [valueInfo(`${name}\u0003out`, [2, 4])],
  });
  return encode({
    name: "hostile-if",
    node: [
      { name: "relu \"in\"", op_type: "Relu", input: ["x"], output: ["x\"outer"] },
      { name: "if\r\n", op_type: "If", input: ["cond"], output: ["y"], attribute: [
        { name: "then_branch", type: 5, g: branch("then", "Sigmoid") },
        { name: "else_branch", type: 5, g: branch("else", "Tanh") },
      ] },
    ],
    input: [valueInfo("x", [2, 4]), { name: "cond", type: { tensor_type: { elem_type: 9, shape: { dim: [] } } } }],
    output: [valueInfo("y", [2, 4])],
  });
}
