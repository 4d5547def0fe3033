import { describe, expect, it } from "vitest";
import { externalDataRefs, inlineExternalData, type ExternalDataRef } from "../../src/onnx/external-data.js";
import { ModelProtoType, type ModelView } from "../../src/onnx/onnx-proto.js";

const external = (location: string, offset?: number) => ({
  data_location: 1,
  external_data: [{ key: "location", value: location }, ...(offset === undefined ? [] : [{ key: "offset", value: String(offset) }])],
});

// Every place a TensorProto can sit: an initializer, a sparse initializer's values and indices,
// a Constant's attribute, and an initializer inside an If branch.
const model = ModelProtoType.decode(ModelProtoType.encode(ModelProtoType.fromObject({
  ir_version: 8,
  graph: {
    node: [
      { name: "c", op_type: "Constant", output: ["k"], attribute: [{ name: "value", type: 4, t: { name: "k", dims: [2], data_type: 1, ...external("k.bin") } }] },
      { name: "if", op_type: "If", input: ["cond"], output: ["o"], attribute: [{ name: "then_branch", type: 5, g: { name: "then", initializer: [{ name: "inner", dims: [1], data_type: 7, ...external("inner.bin", 8) }] } }] },
    ],
    initializer: [{ name: "w", dims: [3], data_type: 1, ...external("w.bin") }, { name: "plain", dims: [1], data_type: 1, raw_data: new Uint8Array(4) }],
    sparse_initializer: [{ values: { name: "sv", dims: [1], data_type: 1, ...external("sv.bin") }, indices: { name: "si", dims: [1], data_type: 7, ...external("si.bin") }, dims: [4] }],
  },
})).finish()) as unknown as ModelView;

// Runs before inlineExternalData below writes the bytes in: it must leave the references as they are.
describe("externalDataRefs", () => {
  it("lists every external tensor, wherever it sits, and changes nothing", () => {
    const before = ModelProtoType.encode(model as never).finish();
    expect(externalDataRefs(model).map((r) => [r.tensor, r.location, r.offset, r.length, r.neededBytes]).sort()).toEqual([
      ["inner", "inner.bin", 8, undefined, 8],
      ["k", "k.bin", 0, undefined, 8],
      ["si", "si.bin", 0, undefined, 8],
      ["sv", "sv.bin", 0, undefined, 4],
      ["w", "w.bin", 0, undefined, 12],
    ]);
    expect(ModelProtoType.encode(model as never).finish()).toEqual(before);
  });
});

describe("inlineExternalData", () => {
  it("reads every external tensor, wherever it sits, and leaves the rest alone", () => {
    const seen: ExternalDataRef[] = [];
    const refs = inlineExternalData(model, (ref) => {
      seen.push(ref);
      return new Uint8Array(ref.neededBytes ?? 0).fill(seen.length);
    });
    expect(refs).toHaveLength(5);
    expect(seen.map((r) => [r.tensor, r.location, r.offset, r.length, r.neededBytes]).sort()).toEqual([
      ["inner", "inner.bin", 8, undefined, 8],
      ["k", "k.bin", 0, undefined, 8],
      ["si", "si.bin", 0, undefined, 8],
      ["sv", "sv.bin", 0, undefined, 4],
      ["w", "w.bin", 0, undefined, 12],
    ]);
    // Encoded again, nothing refers to a file any more.
    const again = ModelProtoType.toObject(ModelProtoType.decode(ModelProtoType.encode(model as never).finish()), { defaults: false }) as Record<string, unknown>;
    const text = JSON.stringify(again);
    expect(text).not.toContain("external_data");
    expect(text).not.toContain("data_location");
    expect(inlineExternalData(model, () => { throw new Error("nothing left to read"); })).toEqual([]);
  });
});
