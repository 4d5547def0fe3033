// Minimum s–t cut by Dinic's max-flow on float capacities (Infinity allowed), iterative so a
// 10,000-layer chain cannot overflow the stack. Generic: the split builds its graph elsewhere.

export interface FlowEdge {
  from: number;
  to: number;
  /** ≥ 0; Infinity for a constraint that no cut may cross. */
  capacity: number;
}

export interface MinCut {
  /** Capacity of the cut (the max-flow value). */
  value: number;
  /** 1 for vertices on the source side: those reachable from the source in the residual graph. */
  sourceSide: Uint8Array;
}

/** The minimum cut separating `source` from `sink` whose source side is smallest. */
export function minCut(vertexCount: number, edges: readonly FlowEdge[], source: number, sink: number): MinCut {
  // Forward/reverse residual arcs in CSR form: arc 2i is edge i, arc 2i+1 its reverse.
  const arcCount = edges.length * 2;
  const head = new Int32Array(arcCount);
  const residual = new Float64Array(arcCount);
  const degree = new Int32Array(vertexCount + 1);
  let largestFinite = 0;
  for (let i = 0; i < edges.length; i++) {
    const edge = edges[i]!;
    head[2 * i] = edge.to;
    head[2 * i + 1] = edge.from;
    residual[2 * i] = edge.capacity;
    if (Number.isFinite(edge.capacity) && edge.capacity > largestFinite) largestFinite = edge.capacity;
    degree[edge.from + 1]!++;
    degree[edge.to + 1]!++;
  }
  for (let v = 0; v < vertexCount; v++) degree[v + 1]! += degree[v]!;
  const start = degree.slice();
  const arcs = new Int32Array(arcCount);
  const fill = degree.slice(0, vertexCount);
  for (let a = 0; a < arcCount; a++) {
    const tail = head[a ^ 1]!;
    arcs[fill[tail]!++] = a;
  }
  // Residuals below eps are rounding noise, not capacity: treating them as edges would let
  // Dinic chase ever smaller augmentations.
  const eps = largestFinite * 1e-12;

  const level = new Int32Array(vertexCount);
  const next = new Int32Array(vertexCount);
  const queue = new Int32Array(vertexCount);
  const pathArcs = new Int32Array(vertexCount);
  let value = 0;

  const buildLevels = (): boolean => {
    level.fill(-1);
    level[source] = 0;
    let qHead = 0;
    let qTail = 0;
    queue[qTail++] = source;
    while (qHead < qTail) {
      const v = queue[qHead++]!;
      for (let k = start[v]!; k < start[v + 1]!; k++) {
        const a = arcs[k]!;
        const w = head[a]!;
        if (level[w]! < 0 && residual[a]! > eps) {
          level[w] = level[v]! + 1;
          queue[qTail++] = w;
        }
      }
    }
    return level[sink]! >= 0;
  };

  while (buildLevels()) {
    for (let v = 0; v < vertexCount; v++) next[v] = start[v]!;
    let depth = 0;
    let v = source;
    for (;;) {
      if (v === sink) {
        let bottleneck = Infinity;
        for (let d = 0; d < depth; d++) bottleneck = Math.min(bottleneck, residual[pathArcs[d]!]!);
        let firstSaturated = depth;
        for (let d = 0; d < depth; d++) {
          const a = pathArcs[d]!;
          residual[a]! -= bottleneck;
          residual[a ^ 1]! += bottleneck;
          if (firstSaturated === depth && residual[a]! <= eps) firstSaturated = d;
        }
        value += bottleneck;
        depth = firstSaturated;
        v = depth === 0 ? source : head[pathArcs[depth - 1]!]!;
        continue;
      }
      let advanced = false;
      while (next[v]! < start[v + 1]!) {
        const a = arcs[next[v]!]!;
        const w = head[a]!;
        if (residual[a]! > eps && level[w] === level[v]! + 1) {
          pathArcs[depth++] = a;
          v = w;
          advanced = true;
          break;
        }
        next[v]!++;
      }
      if (advanced) continue;
      if (v === source) break;
      // Dead end: no augmenting path goes through v in this phase.
      level[v] = -1;
      const back = pathArcs[--depth]!;
      v = head[back ^ 1]!;
      next[v]!++;
    }
  }

  // The last level graph, the one that no longer reaches the sink, marks exactly the vertices
  // reachable from the source in the residual graph: the source side of a minimum cut.
  const sourceSide = Uint8Array.from(level, (l) => (l >= 0 ? 1 : 0));
  return { value, sourceSide };
}
