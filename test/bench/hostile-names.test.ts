// Node and tensor names that onnxruntime writes into its profile unescaped (quotes, backslashes,
// control characters) must neither break the profile nor reach the results changed: the session
// sees tokens, and every name it reports is mapped back (layers, covers, `fused <name>`).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { benchModel, type BenchModelOptions } from "../../src/bench/bench-model.js";
import { OrtTarget } from "../../src/devices/onnxruntime-node.js";
import { encodeModel, readModel } from "../../src/onnx/read-model.js";
import { invariantViolations } from "../helpers/check-invariants.js";
import { validateResults } from "../../src/results/read-results.js";
import { runCli } from "../run-cli.js";
import { HOSTILE_NAMES, hostileIfModel, hostileNamesModel } from "./hostile-models.js";

const dir = mkdtempSync(join(tmpdir(), "hostile-names-"));
const file = join(dir, "hostile.onnx");
writeFileSync(file, hostileNamesModel());
const protocol = { warmupRuns: 1, runs: 3, profileRuns: 2 };
const options = (optimization: "all" | "disabled"): BenchModelOptions => ({
  ...protocol, ort: { threads: 1, optimization, providers: ["cpu"] }, inputShapes: new Map(), inputValues: new Map(), seed: 1,
});

describe("a model whose node and tensor names hold every hostile character (real onnxruntime)", () => {
  it("is why: onnxruntime's own profile of it is not valid JSON", async () => {
    const model = readModel(hostileNamesModel(), file);
    const target = new OrtTarget("hostile", encodeModel(model), [{ name: "in\"put", dtype: "float32", shape: [8, 64], data: new Float32Array(8 * 64) }], { threads: 1, optimization: "disabled", providers: ["cpu"] });
    try {
      await expect(target.probeShapes()).rejects.toThrow(/not a JSON onnxruntime profile/);
    } finally {
      target.dispose();
    }
  });

  for (const optimization of ["all", "disabled"] as const) {
    it(`optimization ${optimization}: layers and covers carry the file's names, every node accounted for`, async () => {
      const result = await benchModel(file, options(optimization), () => {});
      expect(invariantViolations(result, protocol)).toEqual([]);
      const nodeNames = result.graph.nodes.map((n) => n.name);
      expect(nodeNames).toEqual(expect.arrayContaining(HOSTILE_NAMES));
      for (const layer of result.layers) {
        // The model holds a name `dnntune0_0_`, so the tokens use the prefix `dnntune1_`.
        expect(layer.name).not.toMatch(/dnntune1_/);
        // Runtime names derive from the file's: `quote"d`, `fused quote"d/MatMulAddFusion`.
        expect(nodeNames.some((n) => layer.name.includes(n))).toBe(true);
        expect(layer.samples.some((s) => s > 0)).toBe(true);
      }
      const covered = result.layers.flatMap((l) => l.covers).concat(result.graph.folded);
      expect(covered.sort()).toEqual([...nodeNames].sort());
      expect(result.graph.inputs).toEqual(["in\"put"]);
      expect(Object.keys(result.graph.tensors)).toContain("t0_MatMul\u0002\"");
      if (optimization === "all") expect(result.layers.map((l) => l.name)).toContainEqual(expect.stringMatching(/^fused quote"d/));
      else expect(result.layers.map((l) => l.name).sort()).toEqual([...nodeNames].sort());
    });
  }

  it("an If whose branches hold hostile names: the If layer keeps its name and its body's time", async () => {
    const ifFile = join(dir, "hostile-if.onnx");
    writeFileSync(ifFile, hostileIfModel());
    const result = await benchModel(ifFile, { ...options("all"), inputValues: new Map([["cond", [1]]]) }, () => {});
    expect(invariantViolations(result, protocol)).toEqual([]);
    expect(result.graph.nodes.map((n) => n.name)).toEqual(["relu \"in\"", "if\r\n"]);
    const branch = result.layers.find((l) => l.name === "if\r\n")!;
    expect(branch.covers).toEqual(["if\r\n"]);
    expect(branch.samples.every((s) => s > 0)).toBe(true);
    expect(result.layers.map((l) => l.name)).not.toContain("then \"inner\"\n");
  });

  it("`dnntune bench` writes results that read back with the names intact, exit 0", async () => {
    const out = join(dir, "results.json");
    const { status, stderr } = await runCli(["bench", "--model", file, "--runs", "2", "--warmup", "0", "--profile-runs", "1", "--threads", "1", "--out", out]);
    expect(stderr).not.toMatch(/dnntune: /);
    expect(status).toBe(0);
    const results = validateResults(JSON.parse(readFileSync(out, "utf8")), out);
    expect(results.models[0]!.layers.some((l) => l.name.startsWith("fused esc\u001b[31mred"))).toBe(true);
    expect(results.models[0]!.layers.flatMap((l) => l.covers)).toEqual(expect.arrayContaining(HOSTILE_NAMES));
  });
});
