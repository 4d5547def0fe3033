// The calibration's slowdown variants (docs/calibration.md) are mlp.onnx with only fc2 made
// wider: same graph, same node names, same weights for fc1 and fc4; fc2's rows and fc3's
// columns follow the width. No timing here: bench/calibration.ts measures the slowdowns.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readModel, type OnnxModel } from "../src/onnx/read-model.js";

const fixtures = new URL("../fixtures/", import.meta.url).pathname;
const load = (path: string): OnnxModel => readModel(readFileSync(fixtures + path), path);

interface Init {
  dims: number[];
  raw: Uint8Array;
}

function initializers(model: OnnxModel): Map<string, Init> {
  const graph = model.proto.graph as unknown as { initializer: { name: string; dims: (number | { toNumber(): number })[]; raw_data: Uint8Array }[] };
  return new Map(graph.initializer.map((t) => [t.name, { dims: t.dims.map(Number), raw: t.raw_data }]));
}

const strip = (model: OnnxModel) => model.graph.nodes.map((n) => ({ name: n.name, op: n.op, inputs: n.inputs, outputs: n.outputs }));

describe("calibration fixture variants of mlp", () => {
  const mlp = load("models/mlp.onnx");
  const base = initializers(mlp);
  const variants = [
    ["test/mlp_5pct.onnx", 552],
    ["test/mlp_10pct.onnx", 600],
    ["test/mlp_heavier.onnx", 640],
  ] as const;

  for (const [file, width] of variants) {
    it(`${file} is mlp with fc2 ${width} wide instead of 512, nothing else`, () => {
      const variant = load(file);
      expect(strip(variant)).toEqual(strip(mlp));
      expect(variant.graph.inputs).toEqual(mlp.graph.inputs);
      expect(variant.graph.outputs).toEqual(mlp.graph.outputs);
      const inits = initializers(variant);
      expect([...inits.keys()]).toEqual([...base.keys()]);
      expect(inits.get("fc2.weight")!.dims).toEqual([width, 512]);
      expect(inits.get("fc2.bias")!.dims).toEqual([width]);
      expect(inits.get("fc3.weight")!.dims).toEqual([256, width]);
      for (const name of ["fc1.weight", "fc1.bias", "fc3.bias", "fc4.weight", "fc4.bias"]) {
        expect(inits.get(name)!.dims, name).toEqual(base.get(name)!.dims);
      }
      // Same seed and draw order: the layers before fc2 have byte-identical weights.
      expect(Buffer.from(inits.get("fc1.weight")!.raw).equals(Buffer.from(base.get("fc1.weight")!.raw))).toBe(true);
      expect(Buffer.from(inits.get("fc1.bias")!.raw).equals(Buffer.from(base.get("fc1.bias")!.raw))).toBe(true);
    });
  }
});
