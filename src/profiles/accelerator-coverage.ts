// How much of a model ran on the accelerator (an execution provider or delegate other than the
// CPU's) and how much fell back to the CPU, by layers and by time; and which ONNX nodes moved
// between the two from base to head — a PR that pushes ops off the NPU, caught before the phones are.
export interface PlacedLayer {
  /** The runtime's layer name; the key when the layer covers no ONNX node. */
  name: string;
  /** The ONNX nodes the layer computes (empty when unmapped). */
  covers: readonly string[];
  /** The accelerator that ran it (`CUDAExecutionProvider`, `gpu`, `nnapi`, `TensorRT`…), or undefined for the CPU. */
  accelerator: string | undefined;
  timeUs: number;
}

export interface AcceleratorCoverage {
  layers: number;
  acceleratorLayers: number;
  /** acceleratorLayers / layers; 0 for no layers. */
  layerShare: number;
  timeUs: number;
  acceleratorTimeUs: number;
  /** acceleratorTimeUs / timeUs; 0 when no time was measured. */
  timeShare: number;
  /** Time per accelerator, CPU excluded. */
  byAccelerator: Record<string, { layers: number; timeUs: number }>;
}

/** Providers on the host CPU, whose kernels are CPU fallback: onnxruntime's, and "cpu" (TFLite's own kernels and XNNPACK). */
const CPU_PROVIDERS = new Set(["", "CPUExecutionProvider", "cpu"]);

/** The accelerator of an onnxruntime kernel from its profile's `provider`, or undefined on the CPU. */
export function acceleratorOfOrtProvider(provider: string): string | undefined {
  return CPU_PROVIDERS.has(provider) ? undefined : provider;
}

export function acceleratorCoverage(layers: readonly PlacedLayer[]): AcceleratorCoverage {
  let acceleratorLayers = 0, timeUs = 0, acceleratorTimeUs = 0;
  const byAccelerator: Record<string, { layers: number; timeUs: number }> = Object.create(null);
  for (const layer of layers) {
    timeUs += layer.timeUs;
    if (layer.accelerator === undefined) continue;
    acceleratorLayers++;
    acceleratorTimeUs += layer.timeUs;
    const entry = (byAccelerator[layer.accelerator] ??= { layers: 0, timeUs: 0 });
    entry.layers++;
    entry.timeUs += layer.timeUs;
  }
  return {
    layers: layers.length,
    acceleratorLayers,
    layerShare: layers.length === 0 ? 0 : acceleratorLayers / layers.length,
    timeUs,
    acceleratorTimeUs,
    timeShare: timeUs > 0 ? acceleratorTimeUs / timeUs : 0,
    byAccelerator: { ...byAccelerator },
  };
}

export interface PlacementMove {
  /** The ONNX node (or, for a layer that covers none, the runtime's layer name). */
  node: string;
  /** The accelerator on each side, or undefined for the CPU. */
  base: string | undefined;
  head: string | undefined;
  /** The layers that ran it on each side. */
  baseLayer: string;
  headLayer: string;
  kind: "off-accelerator" | "onto-accelerator" | "between-accelerators";
}

/**
 * The ONNX nodes whose placement differs between base and head, compared node by node so that a
 * different fusion on either side does not hide a move. Nodes present on one side only are not
 * moves (the model changed there; compare reports them). Sorted by node name.
 */
export function placementMoves(base: readonly PlacedLayer[], head: readonly PlacedLayer[]): PlacementMove[] {
  const before = placementByNode(base);
  const after = placementByNode(head);
  const moves: PlacementMove[] = [];
  for (const [node, b] of before) {
    const h = after.get(node);
    if (!h || h.accelerator === b.accelerator) continue;
    const kind = h.accelerator === undefined ? "off-accelerator" : b.accelerator === undefined ? "onto-accelerator" : "between-accelerators";
    moves.push({ node, base: b.accelerator, head: h.accelerator, baseLayer: b.layer, headLayer: h.layer, kind });
  }
  return moves.sort((x, y) => (x.node < y.node ? -1 : x.node > y.node ? 1 : 0));
}

function placementByNode(layers: readonly PlacedLayer[]): Map<string, { accelerator: string | undefined; layer: string }> {
  const byNode = new Map<string, { accelerator: string | undefined; layer: string }>();
  for (const layer of layers) {
    for (const node of layer.covers.length > 0 ? layer.covers : [layer.name]) {
      // A node computed on both sides of a split (rare) counts where most of it ran: the accelerator.
      const seen = byNode.get(node);
      if (!seen || (seen.accelerator === undefined && layer.accelerator !== undefined)) byNode.set(node, { accelerator: layer.accelerator, layer: layer.name });
    }
  }
  return byNode;
}
