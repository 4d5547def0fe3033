// Tensors whose bytes live in a file beside the model (`data_location: EXTERNAL`): their bytes
// are read through `read` and written into the message, so a session created from the message's
// bytes holds the model's own weights wherever the process runs. Pure over the message; the
// caller's `read` does the file I/O and decides which locations it accepts.
import { tensorBytes, dtypeOf } from "./dtype.js";
import type { AttributeView, GraphView, ModelView, TensorProtoView } from "./onnx-proto.js";
import { toNumber } from "./onnx-proto.js";

const EXTERNAL = 1;

/** Where one tensor's bytes are: `location` relative to the model's folder, `offset`, `length`. */
export interface ExternalDataRef {
  tensor: string;
  location: string;
  offset: number;
  /** As the file says; undefined when it does not (then: up to the end of the file). */
  length: number | undefined;
  /** The bytes the tensor's dims and type need, when known (not for strings). */
  neededBytes: number | null;
}

/**
 * Where every external tensor's bytes are, without reading them: the files a model needs beside
 * it (to copy a model with its data, as the base revision of a pull request is extracted).
 */
export function externalDataRefs(proto: ModelView): ExternalDataRef[] {
  return externalTensors(proto).map(({ ref }) => ref);
}

/**
 * Replaces every external tensor's reference with its bytes (`raw_data`). Returns the
 * references it resolved, so the caller knows which files the model read.
 */
export function inlineExternalData(proto: ModelView, read: (ref: ExternalDataRef) => Uint8Array): ExternalDataRef[] {
  return externalTensors(proto).map(({ tensor, ref }) => {
    tensor.raw_data = read(ref);
    delete tensor.external_data;
    delete tensor.data_location;
    return ref;
  });
}

function externalTensors(proto: ModelView): { tensor: TensorProtoView; ref: ExternalDataRef }[] {
  return tensorsOf(proto).filter((tensor) => tensor.data_location === EXTERNAL).map((tensor) => {
    const entries = new Map((tensor.external_data ?? []).map((e) => [e.key ?? "", e.value ?? ""]));
    const dims = (tensor.dims ?? []).map(toNumber);
    const ref: ExternalDataRef = {
      tensor: tensor.name ?? "",
      location: entries.get("location") ?? "",
      offset: entries.has("offset") ? Number(entries.get("offset")) : 0,
      length: entries.has("length") ? Number(entries.get("length")) : undefined,
      neededBytes: tensorBytes(dtypeOf(tensor.data_type), dims),
    };
    return { tensor, ref };
  });
}

/** Every TensorProto of the model: initializers, sparse ones, attribute tensors, in subgraphs and functions. */
function tensorsOf(proto: ModelView): TensorProtoView[] {
  const out: TensorProtoView[] = [];
  const visitAttributes = (attributes: AttributeView[] | undefined) => {
    for (const a of attributes ?? []) {
      const extra = a as AttributeView & { tensors?: TensorProtoView[]; sparse_tensor?: SparseView; sparse_tensors?: SparseView[] };
      if (a.t) out.push(a.t);
      out.push(...(extra.tensors ?? []));
      for (const sparse of [...(extra.sparse_tensor ? [extra.sparse_tensor] : []), ...(extra.sparse_tensors ?? [])]) pushSparse(sparse);
      if (a.g) visitGraph(a.g);
      for (const g of a.graphs ?? []) visitGraph(g);
    }
  };
  const pushSparse = (sparse: SparseView) => {
    if (sparse.values) out.push(sparse.values);
    if (sparse.indices) out.push(sparse.indices);
  };
  const visitGraph = (graph: GraphView) => {
    out.push(...(graph.initializer ?? []));
    for (const sparse of (graph.sparse_initializer ?? []) as SparseView[]) pushSparse(sparse);
    for (const node of graph.node ?? []) visitAttributes(node.attribute);
  };
  if (proto.graph) visitGraph(proto.graph);
  for (const fn of (proto as { functions?: { node?: { attribute?: AttributeView[] }[] }[] }).functions ?? []) {
    for (const node of fn.node ?? []) visitAttributes(node.attribute);
  }
  return out;
}

interface SparseView {
  values?: TensorProtoView;
  indices?: TensorProtoView;
}
