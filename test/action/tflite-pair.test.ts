// The action's bench on a pull request with tool tflite-benchmark: benchmark_model runs each
// model's .tflite export, so the base's export comes from the base commit too, beside the base
// file, and the pair runs on the device; a model whose export is new in the PR runs alone, saying
// why. benchmark_model is the stand-in of test/helpers/fake-tools/ (it runs ONNX bytes saved under
// the .tflite name in real onnxruntime), the action the built dist/index.js.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { slowerVariant } from "../../bench/calibration/slower-variant.js";
import { FakeGitHub } from "../github/fake-github.js";
import { git, pullRequestEvent, ROOT, runAction, type Repo } from "./harness.js";

const TOKEN = "ghs_tflitePairToken0123456789abcdefghij";
const hasOrtPython = spawnSync("python3", ["-c", "import onnxruntime"]).status === 0;
const LONG = 180_000;

describe.skipIf(!hasOrtPython)("the action's bench with tflite-benchmark on a pull request", () => {
  let github: FakeGitHub;
  let repo: Repo;

  beforeAll(async () => {
    github = new FakeGitHub(TOKEN);
    await github.start();
    const dir = mkdtempSync(join(tmpdir(), "dnntune-tflite-pr-"));
    git(dir, "init", "-q");
    mkdirSync(join(dir, "models"));
    const mlp = readFileSync(join(ROOT, "fixtures/models/mlp.onnx"));
    writeFileSync(join(dir, "models/mlp.onnx"), mlp);
    writeFileSync(join(dir, "models/mlp.tflite"), mlp);
    copyFileSync(join(ROOT, "fixtures/models/squeezenet.onnx"), join(dir, "models/squeezenet.onnx"));
    writeFileSync(join(dir, "dnntune.yml"), [
      "models: [{ path: models/mlp.onnx }, { path: models/squeezenet.onnx }]",
      "bench: { runs: 6, warmup: 1, profile-runs: 2, max-runs: 6 }",
      "devices:",
      "  pixel:",
      "    transport: local",
      "    tool: tflite-benchmark",
      `    binary: ${ROOT}test/helpers/fake-tools/benchmark_model`,
      "    threads: 1",
      "    iterations: 3",
      "",
    ].join("\n"));
    git(dir, "add", ".");
    git(dir, "commit", "-q", "-m", "base");
    const baseSha = git(dir, "rev-parse", "HEAD");
    // The head: mlp slower in both exports (40 Sin kernels), and squeezenet's .tflite added.
    const slower = slowerVariant(mlp, { ops: 40, elements: 65_536 });
    writeFileSync(join(dir, "models/mlp.onnx"), slower);
    writeFileSync(join(dir, "models/mlp.tflite"), slower);
    copyFileSync(join(dir, "models/squeezenet.onnx"), join(dir, "models/squeezenet.tflite"));
    git(dir, "add", ".");
    git(dir, "commit", "-q", "-m", "head");
    repo = { dir, baseSha, headSha: git(dir, "rev-parse", "HEAD") };
  }, LONG);

  afterAll(async () => {
    await github?.stop();
    if (repo) rmSync(repo.dir, { recursive: true, force: true });
  });

  it("pairs mlp's base export from the base commit with the head's, and runs squeezenet alone", async () => {
    const run = await runAction({ cwd: repo.dir, inputs: { command: "bench", device: "pixel" }, event: { name: "pull_request", payload: pullRequestEvent(repo) }, apiUrl: github.url, token: TOKEN });
    expect(run.errors, run.stdout).toEqual([]);
    expect(run.status).toBe(0);
    const dir = join(repo.dir, "dnntune-results/pixel");
    const read = (f: string) => JSON.parse(readFileSync(join(dir, f), "utf8")) as { models: { name: string; baseRevision?: { mode: string; reason?: string }; layers: { op: string }[]; latency: { paired?: unknown } }[] };
    const head = read("paired.json").models[0]!;
    const base = read("paired.base.json").models[0]!;
    expect(head).toMatchObject({ name: "mlp", baseRevision: { mode: "paired" } });
    expect(head.latency.paired).toBeDefined();
    // benchmark_model ran the base commit's export for the base (no Sin rows) and the head's for the head.
    expect(base.layers.some((l) => l.op === "SIN")).toBe(false);
    expect(head.layers.filter((l) => l.op === "SIN").length).toBe(40);
    const alone = read("results.json").models[0]!;
    expect(alone).toMatchObject({ name: "squeezenet", baseRevision: { mode: "unavailable", reason: expect.stringMatching(/its \.tflite export at the base commit cannot be had: models\/squeezenet\.tflite does not exist at the base commit/) } });
  }, LONG);
});
