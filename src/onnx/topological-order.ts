// Kahn's algorithm over tensor edges; ties go to the earlier node in the file, so the order is
// stable and equals the file order whenever the file is already sorted.

/** Indices of `nodes` in topological order, or null when the graph has a cycle. */
export function topologicalOrder(nodes: readonly { inputs: readonly string[]; outputs: readonly string[] }[]): number[] | null {
  const producer = new Map<string, number>();
  nodes.forEach((node, i) => { for (const out of node.outputs) if (out !== "") producer.set(out, i); });
  const consumers: number[][] = nodes.map(() => []);
  const pending = nodes.map(() => 0);
  nodes.forEach((node, i) => {
    const deps = new Set<number>();
    for (const input of node.inputs) {
      const p = producer.get(input);
      if (p !== undefined && p !== i) deps.add(p);
    }
    pending[i] = deps.size;
    for (const p of deps) consumers[p]!.push(i);
  });
  // A binary heap on index keeps ties in file order without quadratic scans.
  const heap: number[] = [];
  const push = (v: number) => {
    heap.push(v);
    for (let c = heap.length - 1; c > 0; ) {
      const p = (c - 1) >> 1;
      if (heap[p]! <= heap[c]!) break;
      [heap[p], heap[c]] = [heap[c]!, heap[p]!];
      c = p;
    }
  };
  const pop = (): number => {
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      for (let p = 0; ; ) {
        const l = 2 * p + 1, r = l + 1;
        let m = p;
        if (l < heap.length && heap[l]! < heap[m]!) m = l;
        if (r < heap.length && heap[r]! < heap[m]!) m = r;
        if (m === p) break;
        [heap[p], heap[m]] = [heap[m]!, heap[p]!];
        p = m;
      }
    }
    return top;
  };
  pending.forEach((n, i) => { if (n === 0) push(i); });
  const order: number[] = [];
  while (heap.length > 0) {
    const i = pop();
    order.push(i);
    for (const c of consumers[i]!) if (--pending[c]! === 0) push(c);
  }
  return order.length === nodes.length ? order : null;
}
