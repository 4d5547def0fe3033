// A pull request that pushes ops off the accelerator is a finding in compare, whatever its latency
// did. The results are the real ones of mlp in fixtures/results/local.results.json; the head's layers are given another
// provider as a CUDA run would report them (onnxruntime's profile names each kernel's provider).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compare } from "../../src/compare/index.js";
import type { Results } from "../../src/results/types.js";

const all = JSON.parse(readFileSync(new URL("../../fixtures/results/local.results.json", import.meta.url), "utf8")) as Results;
const results: Results = { ...all, models: all.models.filter((m) => m.name === "mlp") };

function onProvider(r: Results, provider: (layer: string, i: number) => string): Results {
  return { ...r, models: r.models.map((m) => ({ ...m, layers: m.layers.map((l, i) => ({ ...l, provider: provider(l.name, i) })) })) };
}

describe("accelerator placement in compare", () => {
  it("flags nodes that fell back from the accelerator to the CPU, with the coverage before and after", () => {
    const base = onProvider(results, () => "CUDAExecutionProvider");
    const head = onProvider(results, (_, i) => (i < 2 ? "CPUExecutionProvider" : "CUDAExecutionProvider"));
    const finding = compare(base, head).findings.find((f) => f.code === "placement-moved");
    const layers = results.models[0]!.layers;
    expect(finding).toMatchObject({ severity: "warning", model: "mlp" });
    expect(finding!.message).toMatch(new RegExp(`^mlp on \\S+: ${layers.slice(0, 2).flatMap((l) => l.covers).length} ONNX nodes fell back from CUDAExecutionProvider to the CPU \\(`));
    expect(finding!.message).toMatch(new RegExp(`on the accelerator: 100 % of the time, ${layers.length}/${layers.length} layers → \\d+ % of the time, ${layers.length - 2}/${layers.length} layers$`));
  });

  it("says nothing when placement did not change", () => {
    const same = onProvider(results, () => "CUDAExecutionProvider");
    expect(compare(same, same).findings.filter((f) => f.code === "placement-moved")).toEqual([]);
    expect(compare(results, results).findings.filter((f) => f.code === "placement-moved")).toEqual([]);
  });

  it("a move onto the accelerator is information, not a warning", () => {
    const finding = compare(results, onProvider(results, () => "CUDAExecutionProvider")).findings.find((f) => f.code === "placement-moved");
    expect(finding?.severity).toBe("info");
    expect(finding!.message).toMatch(/moved onto CUDAExecutionProvider/);
  });
});
