import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ort from "onnxruntime-node";
import { describe, expect, it } from "vitest";
import { mapFusedNodes } from "../../src/onnx/map-fused-nodes.js";
import { encodeModel, readModel, type OnnxModel } from "../../src/onnx/read-model.js";

const models = new URL("../../fixtures/models/", import.meta.url).pathname;

// The optimized model is the one onnxruntime itself saves: the real fusions, not a guess.
async function optimize(model: OnnxModel, level: "disabled" | "basic" | "extended" | "all"): Promise<OnnxModel> {
  const path = join(mkdtempSync(join(tmpdir(), "opt-")), "optimized.onnx");
  const session = await ort.InferenceSession.create(encodeModel(model), { graphOptimizationLevel: level, optimizedModelFilePath: path, logSeverityLevel: 3 });
  await session.release();
  return readModel(readFileSync(path), path);
}

describe("mapFusedNodes on models onnxruntime optimized", () => {
  for (const file of readdirSync(models)) {
    for (const level of ["disabled", "extended", "all"] as const) {
      it(`${file} at ${level}: every ONNX node is in exactly one layer's covers or folded`, async () => {
        const model = readModel(readFileSync(join(models, file)), file);
        const optimized = await optimize(model, level);
        const { covers, folded } = mapFusedNodes(model.graph, optimized.graph);
        const assigned = [...[...covers.values()].flat(), ...folded].sort();
        expect(assigned).toEqual(model.graph.nodes.map((n) => n.name).sort());
        expect([...covers.keys()].sort()).toEqual(optimized.graph.nodes.map((n) => n.name).sort());
        if (level === "disabled") for (const [name, covered] of covers) expect(covered).toEqual([name]);
      });
    }
  }

  it("gives a residual Add and its Relu to the NCHWc conv that fused them (resnet, all)", async () => {
    const model = readModel(readFileSync(join(models, "resnet.onnx")), "resnet.onnx");
    const { covers } = mapFusedNodes(model.graph, (await optimize(model, "all")).graph);
    expect(covers.get("block1_bn2_out_nchwc")).toEqual(["block1_conv2", "block1_bn2", "block1_add", "block1_relu2"]);
    expect(covers.get("block2_down_bn_out_nchwc")).toEqual(["block2_down", "block2_down_bn"]);
    expect(covers.get("ReorderOutput")).toEqual([]);
  });

  it("lists the constant-folded flatten shape chain as folded (vgg) and maps FusedGemm", async () => {
    const model = readModel(readFileSync(join(models, "vgg.onnx")), "vgg.onnx");
    const { covers, folded } = mapFusedNodes(model.graph, (await optimize(model, "extended")).graph);
    expect(folded).toEqual(["shape", "gather_batch", "flatten_shape"]);
    expect(covers.get("fused fc1")).toEqual(["fc1", "relu_fc1"]);
  });

  it("maps by name when there is no optimized model", () => {
    const model = readModel(readFileSync(join(models, "mlp.onnx")), "mlp.onnx");
    const { covers, folded } = mapFusedNodes(model.graph, null);
    expect(covers.get("fc1")).toEqual(["fc1"]);
    expect(folded).toEqual([]);
  });
});
