import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findModels, modelNames, repositoryModels } from "../../src/bench/find-models.js";
import { InputError } from "../../src/errors.js";
import { readResults } from "../../src/results/read-results.js";
import { runCli } from "../run-cli.js";

const fixtures = new URL("../../fixtures/", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "find-models-"));
for (const name of ["v1.onnx", "v2.onnx", "v3.onnx", "m[1].onnx", "notes.txt"]) writeFileSync(join(dir, name), "");
mkdirSync(join(dir, "a"));
mkdirSync(join(dir, "b"));
symlinkSync("v1.onnx", join(dir, "alias.onnx"));

describe("findModels", () => {
  it("reads [class] and [!class] in a glob", () => {
    expect(findModels(["v[12].onnx"], dir)).toEqual(["v1.onnx", "v2.onnx"]);
    expect(findModels(["v[!12].onnx"], dir)).toEqual(["v3.onnx"]);
    expect(findModels(["v[1-3].onnx"], dir)).toEqual(["v1.onnx", "v2.onnx", "v3.onnx"]);
  });

  it("takes a path that exists as it is, even with [ in its name", () => {
    expect(findModels([join(dir, "m[1].onnx")], dir)).toEqual([join(dir, "m[1].onnx")]);
  });

  it("an unclosed [ or a bad range is an InputError naming the models field, not a crash", () => {
    expect(() => findModels(["m[1.onnx"], dir)).toThrow(new InputError("models", "no .onnx file matches m[1.onnx"));
    expect(() => findModels(["v[3-1].onnx"], dir)).toThrow(/^models: v\[3-1\]\.onnx is not a glob dnntune can read/);
  });

  it("benchmarks one file given under two spellings or through a symlink once", () => {
    expect(findModels([join(dir, "v1.onnx"), `${dir}/./v1.onnx`, join(dir, "alias.onnx"), "v?.onnx"], dir)).toEqual([join(dir, "v1.onnx"), "v2.onnx", "v3.onnx"]);
  });
});

describe("modelNames", () => {
  it("keeps file names, and gives colliding ones their path from the folder they share", () => {
    expect(modelNames(["x/a/m.onnx", "x/b/m.onnx", "x/b/n.onnx", "y/k.ONNX"])).toEqual(["a/m", "b/m", "n", "k"]);
    expect(modelNames(["m.onnx", "sub/deeper/m.onnx"])).toEqual(["m", "sub/deeper/m"]);
  });

  it("keeps the whole file name where less `.onnx` nothing but blanks would be left", () => {
    expect(modelNames(["x/.onnx", "y/ .ONNX", "z/m .onnx"])).toEqual([".onnx", " .ONNX", "m "]);
    expect(modelNames(["a/.onnx", "b/.onnx"])).toEqual(["a/.onnx", "b/.onnx"]);
  });
});

describe("dnntune bench on two models with one file name (real onnxruntime)", () => {
  it("writes unique names that its own compare accepts", async () => {
    copyFileSync(`${fixtures}models/mlp.onnx`, join(dir, "a", "mlp.onnx"));
    copyFileSync(`${fixtures}models/mlp.onnx`, join(dir, "b", "mlp.onnx"));
    const out = join(dir, "results.json");
    const bench = await runCli(["bench", "--model", join(dir, "a", "mlp.onnx"), "--model", join(dir, "b", "mlp.onnx"), "--model", `${dir}/a/../a/mlp.onnx`, "--runs", "3", "--warmup", "0", "--profile-runs", "1", "--threads", "1", "--out", out]);
    expect(bench.stderr).not.toMatch(/dnntune: /);
    expect(bench.status).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).models.map((m: { name: string }) => m.name)).toEqual(["a/mlp", "b/mlp"]);
    const compare = await runCli(["compare", "--base", out, "--head", out, "--out", join(dir, "comparison.json")]);
    expect(compare.stderr).toBe("");
    expect(compare.status).toBe(0);
  });
});

describe("dnntune bench on a file named .onnx (real onnxruntime)", () => {
  it("names the model .onnx, which its results pass", async () => {
    mkdirSync(join(dir, "dot"));
    copyFileSync(`${fixtures}models/mlp.onnx`, join(dir, "dot", ".onnx"));
    const out = join(dir, "dot.results.json");
    const bench = await runCli(["bench", "--model", join(dir, "dot", ".onnx"), "--runs", "2", "--warmup", "0", "--profile-runs", "1", "--threads", "1", "--out", out]);
    expect(bench.stderr).not.toMatch(/dnntune: /);
    expect(bench.status).toBe(0);
    expect(readResults(out).models.map((m) => m.name)).toEqual([".onnx"]);
  });
});

describe("repositoryModels", () => {
  const repo = mkdtempSync(join(tmpdir(), "repository-models-"));
  for (const path of ["models/a.onnx", "models/deep/B.ONNX", "node_modules/pkg/dep.onnx", "x/node_modules/dep.onnx", ".git/m.onnx", "readme.md"]) {
    mkdirSync(join(repo, path, ".."), { recursive: true });
    writeFileSync(join(repo, path), "");
  }

  it("outside git, walks the folder and never enters node_modules or .git", () => {
    expect(repositoryModels(repo, () => undefined)).toEqual(["models/a.onnx", "models/deep/B.ONNX"]);
  });

  it("in git, takes the files git lists, still none under node_modules", () => {
    expect(repositoryModels(repo, () => ["z.onnx", "node_modules/p/m.onnx", "a.txt", "models/a.onnx"])).toEqual(["models/a.onnx", "z.onnx"]);
  });
});
