// The action's path to onnxruntime-node on a runner that has none, for real: NEEDS THE NPM REGISTRY.
// src/action.ts is bundled exactly as dist/index.js is (onnxruntime-node external) into a temp
// folder outside this repository, where `import("onnxruntime-node")` cannot resolve, and run as the
// runner runs it (inputs in INPUT_* variables) with an empty RUNNER_TOOL_CACHE: it installs 1.30.0
// from the registry into the cache, loads it and benches fixtures/models/mlp.onnx. A second run,
// with no npm on PATH, must load it from the cache.
// Set DNNTUNE_SKIP_REGISTRY=1 to skip where the registry cannot be reached.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { build, type BuildOptions } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import { ORT_NODE_VERSION } from "../../src/devices/onnxruntime-node.js";
import { completeMarker, toolCacheDir } from "../../src/devices/ort-resolve.js";
import { removeTemp } from "../../src/temp-files.js";

const repo = resolve(import.meta.dirname, "../..");
const work = mkdtempSync(join(tmpdir(), "dnntune-ortcache-"));
afterAll(() => removeTemp(work));

function runAction(script: string, cache: string, path: string) {
  const results = join(work, "dnntune-results/local/results.json");
  const outputs = join(work, "github-output");
  rmSync(results, { force: true });
  writeFileSync(outputs, "");
  const started = performance.now();
  const child = spawnSync(process.execPath, [script], {
    cwd: work,
    encoding: "utf8",
    timeout: 120_000,
    // The parent's environment (proxies, CA certificates), but no NODE_PATH, a fresh npm cache so
    // that the install really fetches from the registry, and the inputs a workflow would give.
    env: {
      ...process.env, NODE_PATH: "", PATH: path, RUNNER_TOOL_CACHE: cache, npm_config_cache: join(work, "npm-cache"),
      GITHUB_OUTPUT: outputs, GITHUB_REPOSITORY: "acme/models", GITHUB_EVENT_NAME: "push", GITHUB_EVENT_PATH: "", ACTIONS_RUNTIME_TOKEN: "", INPUT_COMMAND: "bench", INPUT_MODELS: join(repo, "fixtures/models/mlp.onnx"), INPUT_RUNS: "5", INPUT_WARMUP: "1", "INPUT_PROFILE-RUNS": "1",
    },
  });
  const runtime = existsSync(results) ? (JSON.parse(readFileSync(results, "utf8")) as { device: { fingerprint: { runtime: string } } }).device.fingerprint.runtime : undefined;
  return { ...child, runtime, seconds: (performance.now() - started) / 1000 };
}

describe.skipIf(process.env.DNNTUNE_SKIP_REGISTRY === "1")("the action gets onnxruntime-node from the runner's tool cache (real npm registry)", () => {
  it("an empty cache: installs the pinned version, loads it, benches a model; the second run reuses the cache with no npm on PATH", async () => {
    const script = join(work, "index.js");
    // @ts-expect-error: a plain .mjs script without types
    const { bundles } = (await import("../../scripts/bundle.mjs")) as { bundles: BuildOptions[] };
    await build({ ...bundles[1], absWorkingDir: repo, outfile: script });
    const cache = join(work, "toolcache");
    const cached = { root: cache, version: ORT_NODE_VERSION, arch: process.arch };

    // Outside the repository the package does not resolve at all: only the tool cache can help.
    const bare = spawnSync(process.execPath, ["-e", `import("onnxruntime-node").then(() => console.log("found"), () => console.log("missing"))`], { cwd: work, encoding: "utf8", env: {} });
    expect(bare.stdout.trim()).toBe("missing");

    const first = runAction(script, cache, `${dirname(process.execPath)}:${process.env.PATH ?? ""}`);
    // Outside GitHub's artifact service the results stay on disk, with a warning.
    expect(first.stderr).toBe("");
    expect(first.stdout).toContain("::warning::dnntune-results-local not uploaded");
    expect(first.stdout).toContain(`onnxruntime-node ${ORT_NODE_VERSION} is not installed here: installing it into the tool cache (${toolCacheDir(cached)}) with npm…`);
    expect(first.stdout.split("\n").find((l) => l.startsWith("onnxruntime-node") && l.includes(": installed"))).toMatch(new RegExp(`^onnxruntime-node ${ORT_NODE_VERSION.replace(/\./g, "\\.")}: installed into the tool cache in \\d+ s \\(${toolCacheDir(cached)}\\)$`));
    expect(first.stdout).toMatch(/^mlp {2}median .* \(5 runs, 5 layers, 8 ONNX nodes\)$/m);
    expect(first.status).toBe(0);
    expect(first.runtime).toBe(`onnxruntime-node ${ORT_NODE_VERSION}`);
    expect(existsSync(completeMarker(cached))).toBe(true);

    // No npm anywhere on PATH: an install would fail, so success means the cache served it.
    const second = runAction(script, cache, join(work, "no-such-bin"));
    expect(second.stderr).toBe("");
    expect(second.stdout.split("\n").find((l) => l.startsWith("onnxruntime-node"))).toBe(`onnxruntime-node ${ORT_NODE_VERSION}: from the tool cache (${toolCacheDir(cached)})`);
    expect(second.status).toBe(0);
    expect(second.runtime).toBe(`onnxruntime-node ${ORT_NODE_VERSION}`);
    console.log(`install and first bench ${first.seconds.toFixed(1)} s; cached bench ${second.seconds.toFixed(1)} s`);
  }, 180_000);
});
