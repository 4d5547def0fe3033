// Runs the built action (dist/index.js) as a GitHub runner does: the inputs as INPUT_* variables
// (with action.yml's defaults filled in, as the runner fills them), the event payload in
// GITHUB_EVENT_PATH, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY as files, GITHUB_API_URL at a local
// server; the working folder is a real git repository whose base and head commits differ.
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parse } from "yaml";
import { slowerVariant } from "../../bench/calibration/slower-variant.js";
import { ModelProtoType, type ModelView } from "../../src/onnx/onnx-proto.js";

export const ROOT = new URL("../../", import.meta.url).pathname;
export const ENTRY = join(ROOT, "dist/index.js");

/** action.yml's inputs with their defaults, `${{ github.token }}` standing for the token. */
export function actionDefaults(): Record<string, string | undefined> {
  const action = parse(readFileSync(join(ROOT, "action.yml"), "utf8")) as { inputs: Record<string, { default?: string }> };
  return Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default]));
}

const GIT_ENV = {
  GIT_AUTHOR_NAME: "Ada",
  GIT_AUTHOR_EMAIL: "ada@example.com",
  GIT_COMMITTER_NAME: "Ada",
  GIT_COMMITTER_EMAIL: "ada@example.com",
  GIT_CONFIG_NOSYSTEM: "1",
  HOME: tmpdir(),
};

export function git(cwd: string, ...args: string[]): string {
  const out = spawnSync("git", ["-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", ...args], { cwd, env: { ...process.env, ...GIT_ENV }, encoding: "utf8" });
  if (out.status !== 0) throw new Error(`git ${args.join(" ")}: ${out.stderr}`);
  return out.stdout.trim();
}

export interface Repo {
  dir: string;
  baseSha: string;
  headSha: string;
}

export const CONFIG = `models:
  - path: models/mlp.onnx
  - path: models/encoder.onnx
  - path: models/tiny.onnx
bench:
  runs: 10
  warmup: 3
  profile-runs: 5
  max-runs: 20
  time-budget: 5
`;

/**
 * A repository as a pull request leaves it: the base commit has models/mlp.onnx (the fixture) and a
 * dnntune.yml (and a tiny.onnx no runtime runs); the head makes mlp about twice as slow (40 Sin kernels over its whole 256 × 256 input, real
 * work the runtime cannot fold away) adds models/encoder.onnx, new in the PR, and mends tiny.onnx.
 */
export function prRepo(): Repo {
  const dir = mkdtempSync(join(tmpdir(), "dnntune-action-"));
  git(dir, "init", "-q");
  mkdirSync(join(dir, "models"));
  copyFileSync(join(ROOT, "fixtures/models/mlp.onnx"), join(dir, "models/mlp.onnx"));
  // tiny.onnx at the base reads as ONNX but names an op no runtime has (a bad commit): the pair
  // cannot be benchmarked, so the head runs alone.
  writeFileSync(join(dir, "models/tiny.onnx"), withUnknownOp(readFileSync(join(ROOT, "fixtures/models/mlp.onnx"))));
  writeFileSync(join(dir, "dnntune.yml"), CONFIG.replace("  - path: models/encoder.onnx\n", ""));
  git(dir, "add", ".");
  git(dir, "commit", "-q", "-m", "base");
  const baseSha = git(dir, "rev-parse", "HEAD");
  writeFileSync(join(dir, "models/mlp.onnx"), slowerVariant(readFileSync(join(ROOT, "fixtures/models/mlp.onnx")), { ops: 40, elements: 65_536 }));
  copyFileSync(join(ROOT, "fixtures/demo/camera_encoder.onnx"), join(dir, "models/encoder.onnx"));
  copyFileSync(join(ROOT, "fixtures/models/mlp.onnx"), join(dir, "models/tiny.onnx"));
  writeFileSync(join(dir, "dnntune.yml"), CONFIG);
  git(dir, "add", ".");
  git(dir, "commit", "-q", "-m", "head: slower mlp, a new encoder");
  return { dir, baseSha, headSha: git(dir, "rev-parse", "HEAD") };
}

/** The model with its first node's op renamed to one no runtime implements. */
function withUnknownOp(bytes: Uint8Array): Uint8Array {
  const model = ModelProtoType.decode(bytes) as unknown as ModelView;
  model.graph!.node![0]!.op_type = "DnntuneNoSuchOp";
  return ModelProtoType.encode(model as never).finish();
}

/** A `pull_request` payload as GitHub sends it (the fields the action reads, and their neighbours). */
export function pullRequestEvent(repo: Repo, options: { number?: number; fork?: boolean; labels?: string[] } = {}): unknown {
  const number = options.number ?? 7;
  const head = options.fork ? "mallory/models" : "acme/models";
  return {
    action: "synchronize",
    number,
    pull_request: {
      number,
      state: "open",
      labels: (options.labels ?? []).map((name, i) => ({ id: i + 1, name, color: "ededed" })),
      base: { ref: "main", sha: repo.baseSha, repo: { full_name: "acme/models", fork: false } },
      head: { ref: "faster-mlp", sha: repo.headSha, repo: { full_name: head, fork: options.fork === true } },
    },
    repository: { full_name: "acme/models", default_branch: "main" },
  };
}

export function pushEvent(repo: Repo): unknown {
  return { ref: "refs/heads/main", before: repo.baseSha, after: repo.headSha, repository: { full_name: "acme/models", default_branch: "main" } };
}

export interface ActionRun {
  status: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  /** `::warning::` lines, without the command. */
  warnings: string[];
  /** `::error::` lines. */
  errors: string[];
}

export interface RunOptions {
  cwd: string;
  inputs: Record<string, string>;
  event: { name: string; payload: unknown };
  apiUrl: string;
  token: string;
  env?: Record<string, string>;
}

/** Runs `node dist/index.js` once, as the runner would for one step. */
export async function runAction(options: RunOptions): Promise<ActionRun> {
  const io = mkdtempSync(join(tmpdir(), "dnntune-runner-"));
  const paths = { event: join(io, "event.json"), output: join(io, "output"), summary: join(io, "summary.md") };
  writeFileSync(paths.event, JSON.stringify(options.event.payload));
  writeFileSync(paths.output, "");
  writeFileSync(paths.summary, "");
  const inputs = { ...actionDefaults(), ...options.inputs };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? tmpdir(),
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: options.event.name,
    GITHUB_EVENT_PATH: paths.event,
    GITHUB_OUTPUT: paths.output,
    GITHUB_STEP_SUMMARY: paths.summary,
    GITHUB_REPOSITORY: "acme/models",
    GITHUB_RUN_ID: "9001",
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_WORKSPACE: options.cwd,
    RUNNER_ENVIRONMENT: "github-hosted",
    RUNNER_TEMP: io,
    ...options.env,
  };
  for (const [name, value] of Object.entries(inputs)) {
    if (value === undefined) continue;
    env[`INPUT_${name.toUpperCase()}`] = value === "${{ github.token }}" ? options.token : value;
  }
  const child = spawn(process.execPath, [ENTRY], { cwd: options.cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stdout += d.toString()));
  const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const lines = stdout.split("\n");
  return {
    status,
    stdout,
    outputs: parseOutputs(readFileSync(paths.output, "utf8")),
    summary: readFileSync(paths.summary, "utf8"),
    warnings: lines.filter((l) => l.startsWith("::warning::")).map((l) => decode(l.slice("::warning::".length))),
    errors: lines.filter((l) => l.startsWith("::error::")).map((l) => decode(l.slice("::error::".length))),
  };
}

// @actions/core writes `name<<ghadelimiter_<uuid>\nvalue\nghadelimiter_<uuid>\n` per output.
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const re = /^([^<\n]+)<<(ghadelimiter_[0-9a-f-]+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) outputs[m[1]!] = m[3]!;
  return outputs;
}

// Workflow commands escape %, \r and \n in their data.
function decode(text: string): string {
  return text.replace(/%0A/g, "\n").replace(/%0D/g, "\r").replace(/%25/g, "%");
}

export function mkdirFor(path: string): string {
  mkdirSync(dirname(path), { recursive: true });
  return path;
}
