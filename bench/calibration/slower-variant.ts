// A genuinely slower variant of any ONNX model, for calibrating the gate's power: the graph gets
// an extra branch of real work on its first fed input — flattened, cut to its first `elements`
// values, then a chain of `ops` elementwise `Sin` kernels (after a `Cast` to float when the input
// is not float) ending in an extra graph output. The runtime computes it on every run and cannot
// fold it away (it depends on the fed input); the model's own outputs are untouched. The amount
// of work is chosen by measuring (calibration.ts).
//   node --import tsx bench/calibration/slower-variant.ts MODEL OPS ELEMENTS OUT
import { readFileSync, writeFileSync } from "node:fs";
import { ModelProtoType, type ModelView, type NodeView } from "../../src/onnx/onnx-proto.js";

const FLOAT = 1;
const PREFIX = "dnntune_calibration_extra";

export interface ExtraWork {
  /** Sin kernels in the chain. */
  ops: number;
  /** Values each of them computes (at most the input's size). */
  elements: number;
}

/** The model's bytes with the extra work chained on its first fed input. */
export function slowerVariant(bytes: Uint8Array, work: ExtraWork): Uint8Array {
  const { ops, elements } = work;
  if (!Number.isInteger(ops) || ops < 1) throw new Error(`ops: expected a positive integer; got ${ops}`);
  if (!Number.isInteger(elements) || elements < 1) throw new Error(`elements: expected a positive integer; got ${elements}`);
  const model = ModelProtoType.decode(bytes) as unknown as ModelView;
  const graph = model.graph;
  if (!graph) throw new Error("the model has no graph");
  const initializers = new Set((graph.initializer ?? []).map((t) => t.name));
  const input = (graph.input ?? []).find((i) => i.name && !initializers.has(i.name));
  if (!input?.name) throw new Error("the model has no fed input to hang the extra work on");
  const nodes: NodeView[] = [];
  let last = input.name;
  if ((input.type?.tensor_type?.elem_type ?? FLOAT) !== FLOAT) {
    nodes.push({ name: `${PREFIX}_cast`, op_type: "Cast", input: [last], output: [`${PREFIX}_cast_out`], attribute: [{ name: "to", type: 2, i: FLOAT }] } as NodeView);
    last = `${PREFIX}_cast_out`;
  }
  // Flatten to [1, N] and keep the first `elements` values (Slice takes tensors from opset 10).
  const opset = Number((model.opset_import ?? []).find((o) => !o.domain)?.version ?? 1);
  nodes.push({ name: `${PREFIX}_flatten`, op_type: "Flatten", input: [last], output: [`${PREFIX}_flat`], attribute: [{ name: "axis", type: 2, i: 0 }] } as NodeView);
  const bounds = (name: string, value: number) => ({ name: `${PREFIX}_${name}`, data_type: 7, dims: [1], int64_data: [value] });
  if (opset >= 10) {
    graph.initializer = [...(graph.initializer ?? []), bounds("starts", 0), bounds("ends", elements), bounds("axes", 1)] as never;
    nodes.push({ name: `${PREFIX}_slice`, op_type: "Slice", input: [`${PREFIX}_flat`, `${PREFIX}_starts`, `${PREFIX}_ends`, `${PREFIX}_axes`], output: [`${PREFIX}_cut`] } as NodeView);
  } else {
    const ints = (name: string, value: number) => ({ name, type: 7, ints: [value] });
    nodes.push({ name: `${PREFIX}_slice`, op_type: "Slice", input: [`${PREFIX}_flat`], output: [`${PREFIX}_cut`], attribute: [ints("starts", 0), ints("ends", elements), ints("axes", 1)] } as NodeView);
  }
  last = `${PREFIX}_cut`;
  for (let i = 1; i <= ops; i++) {
    const out = `${PREFIX}_${i}`;
    nodes.push({ name: `${PREFIX}_sin_${i}`, op_type: "Sin", input: [last], output: [out] } as NodeView);
    last = out;
  }
  graph.node = [...(graph.node ?? []), ...nodes];
  graph.output = [...(graph.output ?? []), { name: last, type: { tensor_type: { elem_type: FLOAT } } }];
  return ModelProtoType.encode(model as never).finish();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [model, ops, elements, out] = process.argv.slice(2);
  if (!model || !ops || !elements || !out) throw new Error("usage: slower-variant.ts MODEL OPS ELEMENTS OUT");
  writeFileSync(out, slowerVariant(readFileSync(model), { ops: Number(ops), elements: Number(elements) }));
  console.log(`wrote ${out}: ${model} with ${ops} Sin kernels over the first ${elements} values of its first input`);
}
