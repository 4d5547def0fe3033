// A model with external weights runs with its own weights wherever dnntune runs: the session is
// created from bytes, so the data is read from the model's folder and written in. A decoy file
// of the same name in the working directory must not be loaded instead.
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ort from "onnxruntime-node";
import { afterEach, describe, expect, it } from "vitest";
import { loadModel } from "../../src/bench/bench-model.js";
import { InputError } from "../../src/errors.js";
import { runCli } from "../run-cli.js";
import { encode, externalWeightsModel, reference, valueInfo } from "./hostile-models.js";

const realWeights = new Float32Array(12).map((_, i) => i + 1);
const decoyWeights = new Float32Array(12).fill(-100);
const bytes = (w: Float32Array) => new Uint8Array(w.buffer);

/** A model folder with `weights.bin` (16 bytes of padding, then W), and a cwd with a decoy `weights.bin`. */
function setUp(model = externalWeightsModel("weights.bin", 16, 48)) {
  const root = mkdtempSync(join(tmpdir(), "external-"));
  const models = join(root, "models");
  const elsewhere = join(root, "elsewhere");
  mkdirSync(models);
  mkdirSync(elsewhere);
  writeFileSync(join(models, "ext.onnx"), model);
  writeFileSync(join(models, "weights.bin"), Buffer.concat([Buffer.alloc(16, 7), bytes(realWeights)]));
  writeFileSync(join(elsewhere, "weights.bin"), Buffer.concat([Buffer.alloc(16, 7), bytes(decoyWeights)]));
  return { root, model: join(models, "ext.onnx"), models, elsewhere };
}

const cwd = process.cwd();
afterEach(() => process.chdir(cwd));

async function output(modelBytes: Uint8Array): Promise<number[]> {
  const session = await ort.InferenceSession.create(modelBytes, { logSeverityLevel: 3 });
  try {
    const result = await session.run({ x: new ort.Tensor("float32", new Float32Array([1, 2, 3, 4]), [1, 4]) });
    return [...(result.y!.data as Float32Array)];
  } finally {
    await session.release();
  }
}

describe("external data resolves against the model's folder (real onnxruntime)", () => {
  it("computes with the model's own weights from another cwd holding a same-named decoy", async () => {
    const { model, elsewhere } = setUp();
    process.chdir(elsewhere);
    const loaded = loadModel(model);
    expect(await output(loaded.session.bytes)).toEqual(reference(realWeights));
    expect(reference(realWeights)).not.toEqual(reference(decoyWeights));
    expect(loaded.session.dataFiles).toEqual([expect.stringMatching(/models\/weights\.bin$/)]);
  });

  it("its sha256 covers the weights: other weights, another hash", () => {
    const { model, models } = setUp();
    const before = loadModel(model).sha256;
    writeFileSync(join(models, "weights.bin"), Buffer.concat([Buffer.alloc(16, 7), bytes(decoyWeights)]));
    expect(loadModel(model).sha256).not.toBe(before);
  });

  it("without a length, reads from the offset the bytes the tensor's shape needs", async () => {
    const { model, elsewhere } = setUp(externalWeightsModel("weights.bin", 16));
    process.chdir(elsewhere);
    expect(await output(loadModel(model).session.bytes)).toEqual(reference(realWeights));
  });

  it("`dnntune bench` runs it from another folder, exit 0", async () => {
    const { model, elsewhere, root } = setUp();
    process.chdir(elsewhere);
    const { status, stderr } = await runCli(["bench", "--model", model, "--runs", "2", "--warmup", "0", "--profile-runs", "1", "--threads", "1", "--out", join(root, "r.json")]);
    expect(stderr).not.toMatch(/dnntune: /);
    expect(status).toBe(0);
  });

  it("refuses an --out that is the model's external data file, before benchmarking", async () => {
    const { model, models } = setUp();
    const { status, stderr } = await runCli(["bench", "--model", model, "--runs", "2", "--warmup", "0", "--profile-runs", "1", "--out", join(models, "weights.bin")]);
    expect(stderr.trim()).toMatch(/^dnntune: --out: .*weights\.bin exists and is not a file dnntune wrote/);
    expect(status).toBe(2);
    expect(readFileSync(join(models, "weights.bin")).subarray(16)).toEqual(Buffer.from(bytes(realWeights)));
  });

  it("external data over 2 GiB is refused as too large, before anything is allocated", () => {
    const { model, models } = setUp(encode({
      name: "huge",
      node: [{ name: "relu", op_type: "Relu", input: ["W"], output: ["y"] }],
      initializer: [{ name: "W", dims: [1024, 1024, 640], data_type: 1, data_location: 1, external_data: [{ key: "location", value: "huge.bin" }] }],
      output: [valueInfo("y", [1024, 1024, 640])],
    }));
    writeFileSync(join(models, "huge.bin"), "");
    truncateSync(join(models, "huge.bin"), 1024 * 1024 * 640 * 4); // sparse: 2.5 GiB that take no disk
    expect(() => loadModel(model)).toThrow(/^models: model .*ext\.onnx: its external data comes to over 2 GiB/);
  });

  const bad: [string, (dir: string) => Uint8Array, RegExp][] = [
    ["the data file is missing", (dir) => { writeFileSync(join(dir, "weights.bin"), ""); return externalWeightsModel("gone.bin", 0, 48); }, /tensor "W" keeps its data in the external file "gone\.bin", which does not exist \(looked for .*models\/gone\.bin, next to the model\)/],
    ["the data file is short", (dir) => { writeFileSync(join(dir, "short.bin"), Buffer.alloc(40)); return externalWeightsModel("short.bin", 0, 48); }, /"short\.bin", which holds 40 bytes, too short for bytes 0–48/],
    ["the offset runs past the end", () => externalWeightsModel("weights.bin", 32, 48), /which holds 64 bytes, too short for bytes 32–80/],
    ["the length disagrees with the shape", () => externalWeightsModel("weights.bin", 0, 40), /with length 40 bytes, but its type and shape need 48/],
    ["the location climbs out of the model's folder", () => externalWeightsModel("../elsewhere/weights.bin", 16, 48), /which lies outside the model's folder/],
    ["the location is absolute", (dir) => externalWeightsModel(join(dir, "weights.bin"), 16, 48), /an absolute path; external data must lie in the model's folder/],
    ["the location is a symlink out of the folder", (dir) => { symlinkSync("../elsewhere/weights.bin", join(dir, "link.bin")); return externalWeightsModel("link.bin", 16, 48); }, /which lies outside the model's folder/],
    ["the location is a folder", (dir) => { mkdirSync(join(dir, "sub")); return externalWeightsModel("sub", 0, 48); }, /which is not a regular file/],
    ["the offset is not a number", () => externalWeightsModel("weights.bin", Number.NaN, 48), /at offset "NaN", which is not a byte offset/],
  ];
  for (const [what, build, message] of bad) {
    it(`${what}: bench exits 2 naming the model and the data file`, async () => {
      const { model, models, elsewhere, root } = setUp();
      writeFileSync(model, build(models));
      process.chdir(elsewhere);
      expect(() => loadModel(model)).toThrow(InputError);
      const { status, stderr, stdout } = await runCli(["bench", "--model", model, "--runs", "2", "--warmup", "0", "--profile-runs", "1", "--out", join(root, "r.json")]);
      expect(stderr.trim()).toMatch(/^dnntune: --model: model .*models\/ext\.onnx: /);
      expect(stderr.trim()).toMatch(message);
      expect(stderr.trim().split("\n")).toHaveLength(1);
      expect(status).toBe(2);
      expect(stdout).toBe("");
    });
  }
});
