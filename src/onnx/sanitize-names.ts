// onnxruntime writes node names into its JSON profile without escaping them, so a name holding
// `"`, `\` or a control character makes the profile unreadable. Before a session is created such
// names (of nodes and of tensors, which the runtime builds its own node names from) become
// tokens that cannot occur in the model, and `restore` maps every name the runtime reports back,
// also inside the names it derives (`fused <name>`, `<tensor>_nchwc`). Pure over the message.
import type { AttributeView, GraphView, ModelView, NodeView, ValueInfoView } from "./onnx-proto.js";
import type { OnnxGraph } from "./read-model.js";

export interface NameMap {
  /** How many distinct names were replaced (0: the model passes through unchanged). */
  replaced: number;
  /** The name the session knows for a name in the file (a graph input, to feed it). */
  forward(name: string): string;
  /** The name in the file for a name the runtime reports (tokens anywhere in it are replaced). */
  restore(name: string): string;
}

// What onnxruntime's profile writer leaves unescaped: quote, backslash and control characters.
// eslint-disable-next-line no-control-regex -- control characters are exactly what it looks for
const HOSTILE = /["\\\u0000-\u001f\u007f]/;

export function isHostileName(name: string): boolean {
  return HOSTILE.test(name);
}

/** Replaces hostile node and tensor names in `proto` (in place) with tokens; returns the map. */
export function sanitizeNames(proto: ModelView): NameMap {
  const all: string[] = [];
  visitNames(proto, (name) => {
    all.push(name);
    return name;
  });
  if (!all.some(isHostileName)) return { replaced: 0, forward: (n) => n, restore: (n) => n };
  // A prefix no name contains, so a token is never mistaken for part of a real name.
  let k = 0;
  while (all.some((name) => name.includes(`dnntune${k}_`))) k++;
  const prefix = `dnntune${k}_`;
  const tokens = new Map<string, string>();
  const originals = new Map<string, string>();
  visitNames(proto, (name) => {
    if (!isHostileName(name)) return name;
    let token = tokens.get(name);
    if (token === undefined) {
      token = `${prefix}${tokens.size}_`;
      tokens.set(name, token);
      originals.set(token, name);
    }
    return token;
  });
  const pattern = new RegExp(`${prefix}\\d+_`, "g");
  return {
    replaced: tokens.size,
    forward: (name) => tokens.get(name) ?? name,
    restore: (name) => name.replace(pattern, (token) => originals.get(token) ?? token),
  };
}

/** `graph` (read from a model the runtime wrote) with every name restored. */
export function restoreGraph(graph: OnnxGraph, names: NameMap): OnnxGraph {
  if (names.replaced === 0) return graph;
  const r = names.restore;
  return {
    nodes: graph.nodes.map((n) => ({
      ...n,
      name: r(n.name),
      inputs: n.inputs.map(r),
      outputs: n.outputs.map(r),
      implicitInputs: n.implicitInputs.map(r),
      subgraphs: n.subgraphs.map((g) => restoreGraph(g, names)),
    })),
    inputs: graph.inputs.map(r),
    outputs: graph.outputs.map(r),
    initializers: new Set([...graph.initializers].map(r)),
    tensors: new Map([...graph.tensors].map(([name, t]) => [r(name), t])),
  };
}

/** Calls `rename` on every node and tensor name of the model and stores what it returns. */
function visitNames(proto: ModelView, rename: (name: string) => string): void {
  const value = (v: ValueInfoView) => {
    if (v.name !== undefined) v.name = rename(v.name);
  };
  const tensor = (t: { name?: string } | undefined) => {
    if (t?.name !== undefined) t.name = rename(t.name);
  };
  const node = (n: NodeView) => {
    if (n.name !== undefined) n.name = rename(n.name);
    n.input = (n.input ?? []).map((t) => (t === "" ? t : rename(t)));
    n.output = (n.output ?? []).map((t) => (t === "" ? t : rename(t)));
    for (const a of n.attribute ?? []) attribute(a);
  };
  const attribute = (a: AttributeView) => {
    if (a.g) graph(a.g);
    for (const g of a.graphs ?? []) graph(g);
  };
  const graph = (g: GraphView) => {
    for (const n of g.node ?? []) node(n);
    for (const v of [...(g.input ?? []), ...(g.output ?? []), ...(g.value_info ?? [])]) value(v);
    for (const t of g.initializer ?? []) tensor(t);
    for (const s of (g.sparse_initializer ?? []) as { values?: { name?: string }; indices?: { name?: string } }[]) {
      tensor(s.values);
      tensor(s.indices);
    }
    for (const q of (g as { quantization_annotation?: { tensor_name?: string }[] }).quantization_annotation ?? []) {
      if (q.tensor_name !== undefined) q.tensor_name = rename(q.tensor_name);
    }
  };
  if (proto.graph) graph(proto.graph);
}
