// Fuzz the ONNX reader: broken bytes of real models and structurally valid but odd graphs. It
// returns a model whose invariants hold, or refuses with a FormatError naming the file.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import protobuf from "protobufjs";
import { describe, expect, it } from "vitest";
import { FormatError, InputError } from "../../src/errors.js";
import { bindShapes } from "../../src/onnx/bind-shapes.js";
import { mapFusedNodes } from "../../src/onnx/map-fused-nodes.js";
import { ModelProtoType } from "../../src/onnx/onnx-proto.js";
import { allNodes, encodeModel, readModel, type OnnxModel } from "../../src/onnx/read-model.js";
import { budget } from "./budget.js";
import { mutatedBytes, parsesOrRefuses } from "./mutate.js";

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url)));

// The real models without their weights: the same graphs in a few KB, so that most mutations
// land in structure (nodes, names, shapes) rather than in float data no parser looks at.
function skeleton(path: string): Uint8Array {
  const message = ModelProtoType.decode(fixture(path)) as unknown as { graph: { initializer?: { raw_data?: Uint8Array }[] } };
  for (const init of message.graph.initializer ?? []) init.raw_data = new Uint8Array(0);
  return ModelProtoType.encode(message as never).finish();
}

const bases = [
  fixture("test/embedding.onnx"),
  fixture("test/if_branches.onnx"),
  skeleton("test/dynamic_unnamed.onnx"),
  skeleton("models/resnet.onnx"),
  skeleton("models/inception.onnx"),
  skeleton("models/lstm.onnx"),
];

/** Invariants of every model readModel returns; the later stages rely on each. */
function checkModel(model: OnnxModel): void {
  const names = allNodes(model.graph).map((e) => e.node.name);
  // Every profile event must name one node.
  expect(names.every((n) => n !== "")).toBe(true);
  expect(new Set(names).size).toBe(names.length);
  // Topological: a tensor produced in this graph is produced before it is read.
  const producedAt = new Map<string, number>();
  model.graph.nodes.forEach((n, i) => { for (const t of n.outputs) if (t !== "" && !producedAt.has(t)) producedAt.set(t, i); });
  model.graph.nodes.forEach((n, i) => {
    for (const t of [...n.inputs, ...n.implicitInputs]) {
      const p = producedAt.get(t);
      if (p !== undefined && p !== i) expect(p, `${n.name} reads ${t}`).toBeLessThan(i);
    }
  });
  for (const [, tensor] of model.graph.tensors) {
    if (tensor.bytes !== null) expect(Number.isSafeInteger(tensor.bytes) && tensor.bytes >= 0, `bytes ${tensor.bytes}`).toBe(true);
    for (const d of tensor.shape ?? []) if (typeof d === "number") expect(Number.isSafeInteger(d) && d >= 0, `dim ${d}`).toBe(true);
  }
  // What it encodes for the runtime reads back with the same names (they are written in).
  const again = readModel(encodeModel(model), "re-encoded");
  expect(allNodes(again.graph).map((e) => e.node.name)).toEqual(names);
  // The stages that take the graph next.
  mapFusedNodes(model.graph, model.graph);
  try {
    bindShapes(model.graph, new Map(), model.file);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
  }
}

const readsOrRefuses = (bytes: Uint8Array) => {
  const model = parsesOrRefuses(() => readModel(bytes, "fuzzed.onnx"), "fuzzed.onnx");
  if (model) checkModel(model);
};

// Random protobuf fields: any field number and wire type, nested messages included. Appended to
// a ModelProto they land at the top level, merged into its graph (field 7), or as a new node,
// initializer, input or attribute of it — protobuf merges a repeated occurrence of a message.
type Field = { id: number; wire: 0 | 1 | 2 | 5; value: bigint | Uint8Array | Field[] };
const field: fc.Memo<Field> = fc.memo((depth) => fc.record({
  id: fc.oneof(fc.integer({ min: 1, max: 25 }), fc.integer({ min: 1, max: 2 ** 29 - 1 })),
  wire: fc.constantFrom(0 as const, 1 as const, 2 as const, 5 as const),
  value: depth <= 1
    ? fc.oneof(fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }), fc.uint8Array({ maxLength: 24 }))
    : fc.oneof(fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }), fc.uint8Array({ maxLength: 24 }), fc.array(field(depth - 1), { maxLength: 4 })),
}));

function encodeFields(fields: Field[]): Uint8Array {
  const w = protobuf.Writer.create();
  for (const f of fields) {
    w.uint32(((f.id << 3) | f.wire) >>> 0);
    const v = f.value;
    const n = typeof v === "bigint" ? v : 1n;
    if (f.wire === 0) w.uint64(protobuf.util.LongBits.from(n.toString()).toLong());
    else if (f.wire === 1) w.fixed64(protobuf.util.LongBits.from(n.toString()).toLong());
    else if (f.wire === 5) w.fixed32(Number(n & 0xffffffffn));
    else w.bytes(Array.isArray(v) ? encodeFields(v) : v instanceof Uint8Array ? v : new Uint8Array(0));
  }
  return w.finish();
}

const wrap = (path: readonly number[], inner: Uint8Array): Uint8Array =>
  path.reduceRight((bytes, id) => encodeFields([{ id, wire: 2, value: bytes }]), inner);

const injected = fc.tuple(
  fc.integer({ min: 0, max: bases.length - 1 }),
  fc.constantFrom([], [7], [7, 1], [7, 5], [7, 11], [7, 13], [7, 1, 5], [7, 1, 5, 6], [7, 11, 2, 1, 2]),
  fc.array(field(3), { minLength: 1, maxLength: 4 }),
).map(([b, path, fields]) => {
  const extra = wrap(path, encodeFields(fields));
  const base = bases[b]!;
  const out = new Uint8Array(base.length + extra.length);
  out.set(base);
  out.set(extra, base.length);
  return out;
});

// Structurally valid graphs with odd content: names shared, empty or hostile; tensors read
// before, without or by their own producer (cycles); dims negative, huge or symbolic; If
// bodies nested and reading outer tensors.
const tensorName = fc.constantFrom("x", "a", "b", "c", "d", "", "y", "x\n\"\\", "__proto__");
const nodeName = fc.constantFrom("", "", "n", "n", "Relu_0", "Relu_1", "a/b", "n_1", "\"q\"\n\u0007", "constructor");
const dim = fc.oneof(
  fc.record({ dim_value: fc.oneof(fc.integer({ min: -3, max: 8 }), fc.constantFrom(2 ** 31, 2 ** 53 + 7, -(2 ** 40))) }),
  fc.record({ dim_param: fc.constantFrom("batch", "", "N", "?") }),
  fc.constant({}),
);
const valueInfo = fc.record({
  name: tensorName,
  type: fc.oneof(
    fc.record({ tensor_type: fc.record({ elem_type: fc.integer({ min: -1, max: 30 }), shape: fc.record({ dim: fc.array(dim, { maxLength: 4 }) }) }, { requiredKeys: ["elem_type"] }) }),
    fc.record({ sequence_type: fc.constant({}) }),
    fc.constant({}),
  ),
}, { requiredKeys: ["name"] });
const initializer = fc.record({ name: tensorName, data_type: fc.integer({ min: 0, max: 25 }), dims: fc.array(fc.oneof(fc.integer({ min: -2, max: 6 }), fc.constant(2 ** 40)), { maxLength: 4 }) });

const graph: fc.Memo<unknown> = fc.memo((depth) => fc.record({
  node: fc.array(fc.record({
    name: nodeName,
    op_type: fc.constantFrom("Relu", "Add", "If", "Loop", "", "Conv"),
    input: fc.array(tensorName, { maxLength: 3 }),
    output: fc.array(tensorName, { maxLength: 2 }),
    attribute: depth <= 1 ? fc.constant([]) : fc.array(fc.record({ name: fc.constantFrom("then_branch", "body", ""), type: fc.constant(5), g: graph(depth - 1) }), { maxLength: 2 }),
  }), { minLength: 1, maxLength: 6 }),
  initializer: fc.array(initializer, { maxLength: 2 }),
  input: fc.array(valueInfo, { maxLength: 3 }),
  output: fc.array(valueInfo, { maxLength: 2 }),
  value_info: fc.array(valueInfo, { maxLength: 3 }),
}));

const oddModel = fc.record({
  ir_version: fc.constantFrom(8, 1, 10),
  opset_import: fc.array(fc.record({ domain: fc.constantFrom("", "ai.onnx", "com.microsoft", "__proto__"), version: fc.integer({ min: 0, max: 30 }) }), { maxLength: 2 }),
  graph: graph(3),
}).map((m) => ModelProtoType.encode(ModelProtoType.fromObject(m)).finish());

describe("readModel under fuzzing", () => {
  it("reads the fixture bases (the mutations start from valid models)", () => {
    for (const bytes of bases) checkModel(readModel(bytes, "base.onnx"));
  });

  it("reads or refuses bit flips, truncations and splices of real models", () => {
    fc.assert(fc.property(mutatedBytes(bases), readsOrRefuses), budget());
  });

  it("reads or refuses real models with random protobuf fields added at any level", () => {
    fc.assert(fc.property(injected, readsOrRefuses), budget());
  });

  it("reads or refuses structurally valid graphs with odd names, cycles, dims and subgraphs", () => {
    fc.assert(fc.property(oddModel, readsOrRefuses), budget());
  });

  it("binds any --input shapes to any graph, or refuses them with an InputError", () => {
    const given = fc.array(fc.tuple(fc.constantFrom("x", "a", "y", "nope"), fc.array(fc.oneof(fc.nat(8), fc.constant(2 ** 40)), { maxLength: 4 })), { maxLength: 3 });
    fc.assert(fc.property(oddModel, given, (bytes, shapes) => {
      const model = parsesOrRefuses(() => readModel(bytes, "fuzzed.onnx"), "fuzzed.onnx");
      if (!model) return;
      try {
        const bound = bindShapes(model.graph, new Map(shapes), "fuzzed.onnx");
        for (const [name, shape] of bound.inputs) expect(shape.every((d) => Number.isInteger(d)), name).toBe(true);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
      }
    }), budget());
  });

  it("refuses If bodies nested 3000 deep (past protobuf's recursion limit), naming the file", () => {
    // Each level is a node whose attribute holds the next graph. The decoder's depth limit bounds
    // the reader's recursion, so no stack overflow can reach the caller.
    let bytes = encodeFields([{ id: 1, wire: 2, value: encodeFields([{ id: 4, wire: 2, value: new TextEncoder().encode("Relu") }]) }]);
    for (let level = 0; level < 3000; level++) {
      const attribute = encodeFields([{ id: 1, wire: 2, value: new TextEncoder().encode("then_branch") }, { id: 20, wire: 0, value: 5n }, { id: 6, wire: 2, value: bytes }]);
      bytes = encodeFields([{ id: 1, wire: 2, value: encodeFields([{ id: 4, wire: 2, value: new TextEncoder().encode("If") }, { id: 5, wire: 2, value: attribute }]) }]);
    }
    const model = new Uint8Array([...encodeFields([{ id: 1, wire: 0, value: 8n }]), ...wrap([7], bytes)]);
    expect(() => readModel(model, "deep.onnx")).toThrow(FormatError);
    expect(() => readModel(model, "deep.onnx")).toThrow(/deep\.onnx/);
  });
});
