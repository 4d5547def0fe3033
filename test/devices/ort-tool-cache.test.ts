// The action's path to onnxruntime-node on a runner that has none, for real: NEEDS THE NPM REGISTRY.
// The entry is bundled as dist/ is (onnxruntime-node external) into a temp folder outside this
// repository, so `import("onnxruntime-node")` cannot resolve, and run in a child process with an
// empty RUNNER_TOOL_CACHE: it installs 1.30.0 from the registry into the cache, loads it and runs
// fixtures/models/mlp.onnx. A second run with no npm on PATH must load it from the cache.
// Set DNNTUNE_SKIP_REGISTRY=1 to skip where the registry cannot be reached.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { build, type BuildOptions } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import { ORT_NODE_VERSION } from "../../src/config/init-workflow.js";
import { completeMarker, toolCacheDir } from "../../src/devices/ort-resolve.js";
import { removeTemp } from "../../src/temp-files.js";

const repo = resolve(import.meta.dirname, "../..");
const work = mkdtempSync(join(tmpdir(), "dnntune-ortcache-"));
afterAll(() => removeTemp(work));

const entry = `
import { readFileSync } from "node:fs";
import { loadOrt, useToolCache } from ${JSON.stringify(join(repo, "src/devices/onnxruntime-node.ts"))};
useToolCache(process.env.RUNNER_TOOL_CACHE, (line) => console.log(line));
const ort = await loadOrt();
const session = await ort.InferenceSession.create(readFileSync(${JSON.stringify(join(repo, "fixtures/models/mlp.onnx"))}));
const features = new ort.Tensor("float32", new Float32Array(256 * 256).fill(0.5), [256, 256]);
const { probabilities } = await session.run({ features });
const row = Array.from(probabilities.data.slice(0, probabilities.dims[1]));
console.log("rows " + probabilities.dims[0] + ", first row sums to " + row.reduce((a, b) => a + b, 0).toFixed(4));
`;

function runEntry(script: string, cache: string, path: string) {
  const started = performance.now();
  const child = spawnSync(process.execPath, [script], {
    cwd: work,
    encoding: "utf8",
    timeout: 120_000,
    // The parent's environment (proxies, CA certificates), but no NODE_PATH, and a fresh npm cache
    // so that the install really fetches from the registry.
    env: { ...process.env, NODE_PATH: "", PATH: path, RUNNER_TOOL_CACHE: cache, npm_config_cache: join(work, "npm-cache") },
  });
  return { ...child, seconds: (performance.now() - started) / 1000 };
}

describe.skipIf(process.env.DNNTUNE_SKIP_REGISTRY === "1")("onnxruntime-node from the runner's tool cache (real npm registry)", () => {
  it("an empty cache: installs the pinned version, loads it, runs a model; the second run reuses the cache with no npm on PATH", async () => {
    const source = join(work, "entry.ts");
    const script = join(work, "entry.mjs");
    writeFileSync(source, entry);
    // dist/'s own bundling options: onnxruntime-node external, the same require shim.
    // @ts-expect-error: a plain .mjs script without types
    const { bundles } = (await import("../../scripts/bundle.mjs")) as { bundles: BuildOptions[] };
    await build({ ...bundles[1], entryPoints: [source], outfile: script });
    const cache = join(work, "toolcache");
    const cached = { root: cache, version: ORT_NODE_VERSION, arch: process.arch };

    // Without the tool cache, the bundle outside the repository cannot find onnxruntime-node at all.
    const bare = spawnSync(process.execPath, ["-e", `import("onnxruntime-node").then(() => console.log("found"), () => console.log("missing"))`], { cwd: work, encoding: "utf8", env: {} });
    expect(bare.stdout.trim()).toBe("missing");

    const first = runEntry(script, cache, `${dirname(process.execPath)}:${process.env.PATH ?? ""}`);
    expect(first.stderr).toBe("");
    expect(first.stdout).toMatch(new RegExp(`^onnxruntime-node ${ORT_NODE_VERSION.replace(/\./g, "\\.")}: installed into the tool cache in \\d+ s \\(${toolCacheDir(cached)}\\)\\n`));
    expect(first.stdout).toContain("rows 256, first row sums to 1.0000");
    expect(existsSync(completeMarker(cached))).toBe(true);

    // No npm anywhere: only the cache can serve it.
    const second = runEntry(script, cache, join(work, "no-such-bin"));
    expect(second.stderr).toBe("");
    expect(second.stdout).toBe(`onnxruntime-node ${ORT_NODE_VERSION}: from the tool cache (${toolCacheDir(cached)})\nrows 256, first row sums to 1.0000\n`);
    console.log(`install and first run ${first.seconds.toFixed(1)} s; cached run ${second.seconds.toFixed(1)} s`);
  }, 180_000);
});
