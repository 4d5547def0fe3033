// The vendors' profiles as one profiled run each, and the map from their layers to ONNX nodes.
import type { OnnxNode } from "../../onnx/read-model.js";
import type { ProfiledRun } from "../../profiles/ort-trace.js";
import { mapTfliteLayers, type TfliteBenchmark } from "../../profiles/tflite-benchmark.js";
import type { TrtexecLayer } from "../../profiles/trtexec.js";

export interface ToolRun {
  run: ProfiledRun;
  covers: Map<string, string[]>;
}

/** trtexec's joined layers: every layer on TensorRT, fused layers covering the ONNX nodes their Metadata names. */
export function trtexecRun(layers: readonly TrtexecLayer[]): ToolRun {
  return {
    covers: new Map(layers.map((l) => [l.name, l.covers])),
    run: {
      durationUs: layers.reduce((s, l) => s + l.averageUs, 0),
      kernels: layers.map((l) => ({
        node: l.name,
        op: l.layerType ?? (l.reformatFor !== undefined ? "Reformat" : "TensorRT"),
        provider: "TensorRT",
        durationUs: l.averageUs,
        outputBytes: 0,
        outputs: [],
        nested: false,
      })),
    },
  };
}

/** benchmark_model's operator rows, mapped to the ONNX nodes whose tensors they write. */
export function tfliteRun(bench: TfliteBenchmark, nodes: readonly Pick<OnnxNode, "name" | "outputs" | "inputs">[]): ToolRun {
  const layers = mapTfliteLayers(bench.layers, nodes);
  return {
    covers: new Map(layers.map((l) => [l.name, l.covers])),
    run: {
      durationUs: bench.inference?.inferenceAverageUs ?? layers.reduce((s, l) => s + l.averageUs, 0),
      kernels: layers.map((l) => ({
        node: l.name,
        op: l.nodeType,
        // TFLite's own kernels and XNNPACK run on the CPU; a delegate's rows on its accelerator.
        provider: l.accelerator ?? "cpu",
        durationUs: l.averageUs,
        outputBytes: 0,
        outputs: [],
        nested: false,
      })),
    },
  };
}
