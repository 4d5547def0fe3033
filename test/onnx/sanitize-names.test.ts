import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ModelProtoType, type ModelView } from "../../src/onnx/onnx-proto.js";
import { encodeModel, readModel } from "../../src/onnx/read-model.js";
import { isHostileName, sanitizeNames } from "../../src/onnx/sanitize-names.js";
import { hostileNamesModel } from "../bench/hostile-models.js";

describe("sanitizeNames", () => {
  it("replaces exactly the hostile names, with distinct tokens no name contains, and restores them inside derived names", () => {
    const proto = ModelProtoType.decode(hostileNamesModel()) as unknown as ModelView;
    const names = sanitizeNames(proto);
    const nodeNames = proto.graph!.node!.map((n) => n.name!);
    expect(nodeNames.filter(isHostileName)).toEqual([]);
    expect(new Set(nodeNames).size).toBe(nodeNames.length);
    expect(nodeNames).toContain("ünïcødé 名前 🚀"); // valid JSON as it is: left alone
    expect(nodeNames).toContain("dnntune0_0_");
    const token = names.forward("a\"b");
    expect(token).not.toBe("a\"b");
    expect(token.startsWith("dnntune0_")).toBe(false); // the model already has a name with that prefix
    expect(names.restore(`fused ${token}`)).toBe("fused a\"b");
    expect(names.restore(`${names.forward("new\nline")}_nchwc`)).toBe("new\nline_nchwc");
    expect(names.restore("dnntune0_0_")).toBe("dnntune0_0_");
    expect(names.forward("in\"put")).not.toBe("in\"put");
  });

  it("replaces nothing in a model whose names are safe", () => {
    const model = readModel(readFileSync(new URL("../../fixtures/models/mlp.onnx", import.meta.url)), "mlp.onnx");
    const proto = ModelProtoType.decode(encodeModel(model)) as unknown as ModelView;
    expect(sanitizeNames(proto).replaced).toBe(0);
  });
});
