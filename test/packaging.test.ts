// What `npm pack` publishes: the bundled CLI and what it reads at run time (the demo's models,
// the JSON Schemas), nothing of the development tree. The bundle must need no dependency but the
// optional onnxruntime-node peer, so bundled libraries can stay devDependencies.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { describe, expect, it } from "vitest";

const root = new URL("../", import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(`${root}package.json`, "utf8")) as {
  bin: Record<string, string>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  devDependencies: Record<string, string>;
};

const packed = (JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] })) as { files: { path: string }[] }[])[0]!;
const files = packed.files.map((f) => f.path);
const listed = (dir: string) => (existsSync(`${root}${dir}`) ? readdirSync(`${root}${dir}`).map((f) => `${dir}/${f}`) : []);

/** Bare specifiers a bundle imports or requires (relative paths and builtins aside). */
function externalImports(file: string): string[] {
  // Documentation comments that bundled libraries keep (` * import { BlobServiceClient } from …`) import nothing.
  const text = readFileSync(`${root}${file}`, "utf8").split("\n").filter((line) => !/^\s*(\*|\/\/)/.test(line)).join("\n");
  const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)"([^"\s]+)"/g)].map((m) => m[1]!);
  return [...new Set(specifiers.filter((s) => !s.startsWith(".") && !s.startsWith("node:") && !builtinModules.includes(s)))];
}

describe("the npm package", () => {
  it("holds no tests, sources or development files", () => {
    expect(files.filter((f) => /^(test|src|scripts|bench|docs|\.ci|\.github|fixtures\/(traces|results))\//.test(f) || /\.test\.ts$/.test(f))).toEqual([]);
    expect(files.filter((f) => /^(tsconfig|eslint\.config|vitest\.config)/.test(f))).toEqual([]);
  });

  it("holds the CLI: bin, the bundles it imports, the action", () => {
    for (const bin of Object.values(pkg.bin)) {
      expect(files).toContain(bin);
      for (const m of readFileSync(`${root}${bin}`, "utf8").matchAll(/from\s*"(\.[^"]+)"/g)) {
        expect(files).toContain(new URL(m[1]!, `file://${root}${bin}`).pathname.slice(root.length));
      }
    }
    expect(files).toEqual(expect.arrayContaining(["package.json", "README.md", "action.yml", "dist/cli.js", "dist/index.js"]));
  });

  it("holds what demo reads: every fixture model and the demo's own (the PR's mlp, the camera encoder)", () => {
    const models = [...listed("fixtures/models"), ...listed("fixtures/demo")].filter((f) => f.endsWith(".onnx"));
    expect(models).toEqual(expect.arrayContaining(["fixtures/demo/mlp.onnx", "fixtures/demo/camera_encoder.onnx"]));
    expect(files).toEqual(expect.arrayContaining(models));
  });

  it("holds every published JSON Schema", () => {
    expect(files).toEqual(expect.arrayContaining(listed("schema")));
  });

  it("needs no dependency: the bundles import only builtins and the optional onnxruntime-node peer", () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.peerDependenciesMeta?.["onnxruntime-node"]?.optional).toBe(true);
    // A clone (npm ci) still gets it, for demo and the tests.
    expect(pkg.devDependencies["onnxruntime-node"]).toBeDefined();
    for (const bundle of ["dist/cli.js", "dist/index.js"]) {
      expect(externalImports(bundle).filter((s) => !(s in (pkg.peerDependencies ?? {}))), bundle).toEqual([]);
    }
  });
});
