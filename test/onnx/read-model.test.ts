import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FormatError } from "../../src/errors.js";
import { ModelProtoType } from "../../src/onnx/onnx-proto.js";
import { allNodes, encodeModel, readModel } from "../../src/onnx/read-model.js";

const fixture = (path: string) => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url));

describe("readModel", () => {
  it("gives unnamed nodes stable <OpType>_<index> names, the same on every read", () => {
    const first = readModel(fixture("test/dynamic_unnamed.onnx"), "dynamic_unnamed.onnx");
    const second = readModel(fixture("test/dynamic_unnamed.onnx"), "dynamic_unnamed.onnx");
    expect(first.graph.nodes.map((n) => n.name)).toEqual(["MatMul_0", "Relu_1", "MatMul_2", "Add_3", "Tanh_4"]);
    expect(second.graph.nodes.map((n) => n.name)).toEqual(first.graph.nodes.map((n) => n.name));
  });

  it("writes the names into the model it encodes for the runtime, losing nothing else", () => {
    const bytes = fixture("test/dynamic_unnamed.onnx");
    const model = readModel(bytes, "dynamic_unnamed.onnx");
    const reread = readModel(encodeModel(model), "re-encoded");
    expect(reread.graph.nodes.map((n) => n.name)).toEqual(model.graph.nodes.map((n) => n.name));
    expect([...reread.graph.initializers]).toEqual([...model.graph.initializers]);
    // Apart from the added names, the message is the same: same initializer bytes and dims.
    const a = ModelProtoType.toObject(ModelProtoType.decode(bytes), { bytes: String }) as { graph: { initializer: unknown[]; node: { name?: string }[] } };
    const b = ModelProtoType.toObject(ModelProtoType.decode(encodeModel(model)), { bytes: String }) as typeof a;
    expect(b.graph.initializer).toEqual(a.graph.initializer);
    expect(b.graph.node.map(({ name: _n, ...rest }) => rest)).toEqual(a.graph.node.map(({ name: _n, ...rest }) => rest));
  });

  it("computes topological order rather than trusting the file", () => {
    const message = ModelProtoType.decode(fixture("models/resnet.onnx")) as unknown as { graph: { node: unknown[] } };
    message.graph.node.reverse();
    const model = readModel(ModelProtoType.encode(message as never).finish(), "reversed.onnx");
    const produced = new Set<string>(["image", ...model.graph.initializers]);
    for (const node of model.graph.nodes) {
      for (const input of node.inputs) if (input !== "") expect(produced.has(input), `${node.name} reads ${input} before it exists`).toBe(true);
      for (const output of node.outputs) produced.add(output);
    }
    expect(model.graph.nodes[0]!.name).toBe("stem");
  });

  it("reads tensors with dtype, shape and bytes from inputs, outputs and initializers", () => {
    const model = readModel(fixture("models/vgg.onnx"), "vgg.onnx");
    expect(model.graph.inputs).toEqual(["image"]);
    expect(model.graph.tensors.get("image")).toEqual({ dtype: "float32", shape: [1, 3, 160, 160], bytes: 1 * 3 * 160 * 160 * 4 });
    expect(model.graph.tensors.get("conv1_1.weight")).toEqual({ dtype: "float32", shape: [16, 3, 3, 3], bytes: 16 * 27 * 4 });
    expect(model.graph.tensors.get("logits")).toEqual({ dtype: "float32", shape: [1, 10], bytes: 40 });
    expect(model.opsets).toEqual({ "ai.onnx": 17 });
  });

  it("keeps symbolic dimensions by name", () => {
    const model = readModel(fixture("test/dynamic_unnamed.onnx"), "d.onnx");
    expect(model.graph.tensors.get("x")).toEqual({ dtype: "float32", shape: ["batch", 64], bytes: null });
  });

  it("reads If subgraphs and attributes their nodes and outer-scope reads to the parent", () => {
    const model = readModel(fixture("test/if_branches.onnx"), "if.onnx");
    const branch = model.graph.nodes.find((n) => n.op === "If")!;
    expect(branch.subgraphs.map((g) => g.nodes.map((n) => n.op))).toEqual([["Sigmoid"], ["Tanh"]]);
    // The branches read relu_in_out from the main graph: a real dependency of the If node.
    expect(branch.implicitInputs).toEqual(["relu_in_out"]);
    const order = model.graph.nodes.map((n) => n.name);
    expect(order.indexOf("relu_in")).toBeLessThan(order.indexOf("branch"));
    expect(allNodes(model.graph).filter((e) => e.top === branch).map((e) => e.node.name)).toEqual(["branch", "then_op", "else_op"]);
  });

  it("refuses a truncated model, naming the file", () => {
    const bytes = fixture("models/mlp.onnx");
    expect(() => readModel(bytes.subarray(0, bytes.length / 3), "cut.onnx")).toThrow(FormatError);
    expect(() => readModel(bytes.subarray(0, bytes.length / 3), "cut.onnx")).toThrow(/cut\.onnx: .*truncated/);
  });

  it("refuses a file that is not an ONNX model", () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
    expect(() => readModel(png, "photo.onnx")).toThrow(/photo\.onnx/);
    expect(() => readModel(Buffer.from("{}"), "empty.onnx")).toThrow(FormatError);
  });

  it("names every node uniquely across subgraphs, keeping the outer graph's names", () => {
    // An unnamed top-level Relu becomes Relu_0; a branch node that the file names Relu_0 must not
    // share it, or one profile event would name two nodes.
    const branch = { node: [{ name: "Relu_0", op_type: "Relu", input: ["x"], output: ["y"] }] };
    const bytes = ModelProtoType.encode(ModelProtoType.fromObject({
      ir_version: 8,
      graph: { node: [{ op_type: "Relu", input: ["c"], output: ["d"], attribute: [{ name: "then_branch", type: 5, g: branch }] }] },
    })).finish();
    const model = readModel(bytes, "m.onnx");
    expect(allNodes(model.graph).map((e) => e.node.name)).toEqual(["Relu_0", "Relu_0_0"]);
  });

  it("refuses a stored tensor with a negative dimension, naming the field", () => {
    const bytes = ModelProtoType.encode(ModelProtoType.fromObject({
      ir_version: 8,
      graph: { node: [{ op_type: "Relu", input: ["w"], output: ["y"] }], initializer: [{ name: "w", data_type: 1, dims: [2, -3] }] },
    })).finish();
    expect(() => readModel(bytes, "m.onnx")).toThrow(/^m\.onnx: graph\.initializer\[0\]\.dims\[1\]: .*size ≥ 0; got -3/);
  });
});
