// Read an ONNX file: nodes with stable names, topological order, tensors with dtype/shape/bytes.
// Pure over bytes; `encodeModel` writes the (renamed) model back for the runtime.
import { FormatError } from "../errors.js";
import { dtypeOf, tensorBytes, type Dtype } from "./dtype.js";
import {
  ModelProtoType, toNumber,
  type AttributeView, type GraphView, type Int64, type ModelView, type NodeView, type TypeProtoView,
} from "./onnx-proto.js";
import { topologicalOrder } from "./topological-order.js";

export interface OnnxTensor {
  dtype: Dtype;
  /** A string is a symbolic dimension (`dim_param`), `"?"` an anonymous dynamic one. */
  shape: (number | string)[] | null;
  bytes: number | null;
}

export interface OnnxNode {
  name: string;
  op: string;
  domain: string;
  /** As in the file: an empty string stands for an omitted optional input. */
  inputs: string[];
  outputs: string[];
  /** Outer-scope tensors that this node's subgraphs read: real dependencies of the node. */
  implicitInputs: string[];
  attributes: AttributeView[];
  /** `If`/`Loop`/`Scan` bodies; their work is attributed to this node. */
  subgraphs: OnnxGraph[];
}

export interface OnnxGraph {
  /** In topological order (computed, ties broken by file order). */
  nodes: OnnxNode[];
  /** Graph inputs that are not initializers: what a caller feeds. */
  inputs: string[];
  outputs: string[];
  initializers: Set<string>;
  tensors: Map<string, OnnxTensor>;
}

export interface OnnxModel {
  file: string;
  irVersion: number;
  opsets: Record<string, number>;
  producer: string;
  graph: OnnxGraph;
  /** The decoded message, with the stable node names written in. */
  proto: ModelView;
}

/** Decode and validate an ONNX model. `file` names it in errors. */
export function readModel(bytes: Uint8Array, file: string): OnnxModel {
  let proto: ModelView;
  try {
    proto = ModelProtoType.decode(bytes) as unknown as ModelView;
  } catch (error) {
    throw new FormatError(file, undefined, `not a readable ONNX model (protobuf decoding failed: ${(error as Error).message}); is the file truncated or not an .onnx model?`);
  }
  const graphProto = proto.graph;
  if (toNumber(proto.ir_version) <= 0 || !graphProto || !graphProto.node || graphProto.node.length === 0) {
    throw new FormatError(file, graphProto ? "graph.node" : "ModelProto.graph",
      "not an ONNX model: expected a ModelProto with an ir_version and a graph of at least one node; export the model to ONNX first");
  }
  const opsets: Record<string, number> = {};
  for (const opset of proto.opset_import ?? []) opsets[opset.domain || "ai.onnx"] = toNumber(opset.version);
  nameNodes(graphProto.node, "", new Set());
  return {
    file,
    irVersion: toNumber(proto.ir_version),
    opsets,
    producer: [proto.producer_name, proto.producer_version].filter(Boolean).join(" "),
    graph: readGraph(graphProto, file, "graph"),
    proto,
  };
}

/** The model's bytes with the stable names written in, for the runtime to load. */
export function encodeModel(model: OnnxModel): Uint8Array {
  return ModelProtoType.encode(model.proto as never).finish();
}

// Unnamed nodes become `<OpType>_<index>` (index in the file's node list, so the same on every
// read); a name already used anywhere in the model gets `_<index>` appended, so that every profile
// event names one node. A graph's own names are settled before its subgraphs', so a body can
// never take a name from the graph around it; subgraph nodes are prefixed with their parent's name.
function nameNodes(nodes: NodeView[], prefix: string, taken: Set<string>): void {
  const keep = nodes.map((node) => {
    const name = node.name ?? "";
    if (name === "" || taken.has(name)) return false;
    taken.add(name);
    return true;
  });
  nodes.forEach((node, index) => {
    if (keep[index]) return;
    const name = node.name ?? "";
    const base = name === "" ? `${prefix}${node.op_type ?? "Node"}_${index}` : `${name}_${index}`;
    let unique = base;
    for (let k = 1; taken.has(unique); k++) unique = `${base}_${k}`;
    node.name = unique;
    taken.add(unique);
  });
  for (const node of nodes) {
    for (const attribute of node.attribute ?? []) {
      for (const sub of subgraphsOf(attribute)) nameNodes(sub.node ?? [], `${node.name}/`, taken);
    }
  }
}

function subgraphsOf(attribute: AttributeView): GraphView[] {
  return [...(attribute.g ? [attribute.g] : []), ...(attribute.graphs ?? [])];
}

function readGraph(graph: GraphView, file: string, where: string): OnnxGraph {
  const tensors = new Map<string, OnnxTensor>();
  const initializers = new Set<string>();
  (graph.initializer ?? []).forEach((init, i) => {
    const name = init.name ?? "";
    initializers.add(name);
    const dtype = dtypeOf(init.data_type);
    const shape = (init.dims ?? []).map((d, k) => initializerDim(d, file, `${where}.initializer[${i}].dims[${k}]`));
    tensors.set(name, { dtype, shape, bytes: tensorBytes(dtype, shape) });
  });
  (graph.sparse_initializer ?? []).forEach((sparse, i) => {
    const name = sparse.values?.name ?? "";
    initializers.add(name);
    const dtype = dtypeOf(sparse.values?.data_type);
    const shape = (sparse.dims ?? []).map((d, k) => initializerDim(d, file, `${where}.sparse_initializer[${i}].dims[${k}]`));
    tensors.set(name, { dtype, shape, bytes: tensorBytes(dtype, shape) });
  });
  const infos = [
    ...(graph.input ?? []).map((info, i) => ({ info, at: `${where}.input[${i}]` })),
    ...(graph.output ?? []).map((info, i) => ({ info, at: `${where}.output[${i}]` })),
    ...(graph.value_info ?? []).map((info, i) => ({ info, at: `${where}.value_info[${i}]` })),
  ];
  for (const { info, at } of infos) {
    const name = info.name ?? "";
    const tensor = tensorFromType(info.type, file, `${at}.type`);
    if (tensor && (!tensors.has(name) || tensors.get(name)?.shape === null)) tensors.set(name, tensor);
  }
  const nodes: OnnxNode[] = (graph.node ?? []).map((node, index) => {
    const subgraphs: OnnxGraph[] = [];
    for (const attribute of node.attribute ?? []) {
      for (const sub of subgraphsOf(attribute)) {
        subgraphs.push(readGraph(sub, file, `${where}.node[${index}].attribute[${attribute.name ?? ""}]`));
      }
    }
    const inputs = node.input ?? [];
    return {
      name: node.name ?? "",
      op: node.op_type ?? "",
      domain: node.domain ?? "",
      inputs,
      outputs: node.output ?? [],
      implicitInputs: outerScopeReads(subgraphs).filter((t) => !inputs.includes(t)),
      attributes: node.attribute ?? [],
      subgraphs,
    };
  });
  const order = topologicalOrder(nodes.map((n) => ({ inputs: [...n.inputs, ...n.implicitInputs], outputs: n.outputs })));
  if (order === null) throw new FormatError(file, `${where}.node`, "the graph has a cycle; an ONNX graph must be acyclic");
  return {
    nodes: order.map((i) => nodes[i]!),
    inputs: (graph.input ?? []).map((v) => v.name ?? "").filter((n) => !initializers.has(n)),
    outputs: (graph.output ?? []).map((v) => v.name ?? ""),
    initializers,
    tensors,
  };
}

/** Tensors that a list of subgraphs reads but neither produces nor declares: outer-scope reads. */
function outerScopeReads(subgraphs: OnnxGraph[]): string[] {
  const reads = new Set<string>();
  for (const sub of subgraphs) {
    const local = new Set<string>([...sub.inputs, ...sub.initializers]);
    for (const node of sub.nodes) for (const out of node.outputs) local.add(out);
    for (const node of sub.nodes) {
      for (const t of [...node.inputs, ...node.implicitInputs]) if (t !== "" && !local.has(t)) reads.add(t);
    }
  }
  return [...reads];
}

/** A stored tensor's dimension: a real size, as its data must have. */
function initializerDim(value: Int64, file: string, field: string): number {
  const dim = toNumber(value);
  if (!Number.isSafeInteger(dim) || dim < 0) throw new FormatError(file, field, `a stored tensor's dimension must be a size ≥ 0; got ${value.toString()}`);
  return dim;
}

function tensorFromType(type: TypeProtoView | undefined, file: string, field: string): OnnxTensor | null {
  const tensorType = type?.tensor_type ?? type?.sparse_tensor_type;
  if (!tensorType) return null;
  const dtype = dtypeOf(tensorType.elem_type);
  const shape = tensorType.shape
    ? (tensorType.shape.dim ?? []).map((d, k): number | string => {
        // Decoded messages carry defaults on their prototype: only an own field was in the file.
        if (Object.hasOwn(d, "dim_value")) {
          const value = toNumber(d.dim_value);
          // Some exporters write -1 for a dynamic dimension.
          if (value < 0) return "?";
          if (!Number.isSafeInteger(value)) throw new FormatError(file, `${field}.shape.dim[${k}]`, `dimension ${d.dim_value?.toString()} is beyond any real tensor`);
          return value;
        }
        return Object.hasOwn(d, "dim_param") && d.dim_param ? d.dim_param : "?";
      })
    : null;
  return { dtype, shape, bytes: tensorBytes(dtype, shape) };
}

/** Every node of the graph and its subgraphs, depth first: the names a profile may report. */
export function allNodes(graph: OnnxGraph): { node: OnnxNode; top: OnnxNode }[] {
  const out: { node: OnnxNode; top: OnnxNode }[] = [];
  const visit = (node: OnnxNode, top: OnnxNode) => {
    out.push({ node, top });
    for (const sub of node.subgraphs) for (const inner of sub.nodes) visit(inner, top);
  };
  for (const node of graph.nodes) visit(node, node);
  return out;
}
