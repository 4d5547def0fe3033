// The built action (dist/index.js) end to end, run as the runner runs it (harness.ts), in a real git
// repository whose pull request makes mlp several times slower and adds a model. GitHub's REST API
// is a local server speaking the routes the action uses (test/github/fake-github.ts); the artifact
// service is a local Twirp server over a real blob store (azurite), driven by @actions/artifact.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMENT_MARKER } from "../../src/report/markdown/render-comment.js";
import { startAzurite, type Azurite } from "../helpers/azurite.js";
import { FakeArtifactService, runtimeToken } from "../github/fake-artifact-service.js";
import { FakeGitHub } from "../github/fake-github.js";
import { prRepo, pullRequestEvent, pushEvent, runAction, type ActionRun, type Repo } from "./harness.js";

const TOKEN = "ghs_e2eT0kenThatMustNeverLeak0123456789";
const PR = 7;
const LONG = 180_000;

let github: FakeGitHub;
let repo: Repo;
const runs: ActionRun[] = [];

async function action(inputs: Record<string, string>, event = { name: "pull_request", payload: pullRequestEvent(repo) }, env: Record<string, string> = {}, cwd = repo.dir): Promise<ActionRun> {
  const run = await runAction({ cwd, inputs, event, apiUrl: github.url, token: TOKEN, env });
  runs.push(run);
  return run;
}

const ours = (pull = PR) => (github.comments.get(pull) ?? []).filter((c) => c.body.startsWith(COMMENT_MARKER));

beforeAll(async () => {
  github = new FakeGitHub(TOKEN);
  await github.start();
  repo = prRepo();
  github.comments.set(PR, []);
}, LONG);

afterAll(async () => {
  await github?.stop();
  if (repo) rmSync(repo.dir, { recursive: true, force: true });
});

describe("the action's bench on a pull request", () => {
  it("pairs each model with its file at the base commit, taken from git; a model new in the PR runs alone", async () => {
    const run = await action({ command: "bench" });
    expect(run.errors).toEqual([]);
    expect(run.status).toBe(0);
    expect(run.outputs["results-path"]).toBe("dnntune-results/local");
    const dir = join(repo.dir, "dnntune-results/local");
    const paired = JSON.parse(readFileSync(join(dir, "paired.json"), "utf8"));
    const base = JSON.parse(readFileSync(join(dir, "paired.base.json"), "utf8"));
    const alone = JSON.parse(readFileSync(join(dir, "results.json"), "utf8"));
    expect(paired.models.map((m: { name: string }) => m.name)).toEqual(["mlp"]);
    expect(paired.models[0].baseRevision).toEqual({ sha: repo.baseSha, mode: "paired" });
    expect(paired.models[0].latency.paired.baseSamples).toEqual(base.models[0].latency.samples);
    // The base is the base commit's file, not the head's: their hashes differ.
    expect(base.models[0].sha256).not.toBe(paired.models[0].sha256);
    expect(alone.models.map((m: { name: string }) => m.name)).toEqual(["encoder", "tiny"]);
    expect(alone.models[0].baseRevision).toMatchObject({ sha: repo.baseSha, mode: "new" });
    // A base that cannot be benchmarked: the head runs alone, and the reason is kept and shown.
    expect(alone.models[1].baseRevision).toMatchObject({ sha: repo.baseSha, mode: "unavailable", reason: expect.stringMatching(/the pair could not be benchmarked: .*DnntuneNoSuchOp/) });
    expect(run.warnings.some((w) => /^tiny: not paired: the pair could not be benchmarked/.test(w))).toBe(true);
    // Outside GitHub's artifact service there is nothing to upload to, and it says so.
    expect(run.warnings.some((w) => w.includes("dnntune-results-local not uploaded"))).toBe(true);
  }, LONG);

  it("refuses a fork's pull request on a self-hosted runner unless allow-fork-prs", async () => {
    const run = await action({ command: "bench" }, { name: "pull_request", payload: pullRequestEvent(repo, { fork: true }) }, { RUNNER_ENVIRONMENT: "self-hosted" });
    expect(run.status).toBe(1);
    expect(run.errors.join("\n")).toMatch(/input allow-fork-prs: pull request #7 comes from a fork and this runner is self-hosted/);
  }, LONG);
});

describe("the action's gate on a pull request", () => {
  const gate = (extra: Record<string, string> = {}, payload = pullRequestEvent(repo)) => action({ command: "gate", results: "dnntune-results", ...extra }, { name: "pull_request", payload });

  it("fails with exit 1 on the confirmed regression, after the outputs, the summary and the comment", async () => {
    const run = await gate();
    expect(run.status).toBe(1);
    expect(run.outputs.verdict).toBe("fail");
    expect(Number(run.outputs.regressions)).toBeGreaterThanOrEqual(1);
    expect(existsSync(join(repo.dir, run.outputs["report-path"]!))).toBe(true);
    expect(run.errors.join("\n")).toMatch(/the gate failed: .*add the label dnntune:accept/);
    const comments = ours();
    expect(comments).toHaveLength(1);
    expect(run.outputs["comment-url"]).toBe(comments[0]!.html_url);
    expect(run.summary).toContain(COMMENT_MARKER);
    // Each verdict says where its base came from: mlp paired in this run; encoder had none stored.
    const body = comments[0]!.body;
    expect(body).toMatch(/`mlp`[^\n]*paired · \d+ pairs[^\n]*regression/);
    expect(body).toMatch(/\*\*stored\*\* = against the stored baseline, none: could not read run 9001/);
    expect(body).toContain("encoder");
    expect(run.warnings.some((w) => w.startsWith("no stored baseline"))).toBe(true);
  }, LONG);

  it("edits the same comment on the next run: still exactly one", async () => {
    const before = ours()[0]!;
    const run = await gate();
    expect(run.status).toBe(1);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.id).toBe(before.id);
    expect(github.requests.filter((r) => r.method === "PATCH")).toHaveLength(1);
  }, LONG);

  it("passes as accepted when the accept label is on the pull request now, and the comment says so", async () => {
    github.labels.set(PR, ["dnntune:accept"]);
    try {
      const run = await gate();
      expect(run.status).toBe(0);
      expect(run.outputs.verdict).toBe("accepted");
      expect(ours()).toHaveLength(1);
      expect(ours()[0]!.body).toMatch(/accepted/i);
      expect(ours()[0]!.body).toContain("dnntune:accept");
    } finally {
      github.labels.delete(PR);
    }
  }, LONG);

  it("without permission to comment warns, still writes the summary, and still gates", async () => {
    github.comments.set(8, []);
    github.fail("POST comments", { status: 403, message: "Resource not accessible by integration" });
    const run = await gate({}, pullRequestEvent(repo, { number: 8 }) as never);
    expect(run.status).toBe(1);
    expect(run.outputs.verdict).toBe("fail");
    expect(run.summary).toContain(COMMENT_MARKER);
    expect(run.warnings.join("\n")).toMatch(/could not create a comment on acme\/models#8: GitHub answered 403/);
    expect(ours(8)).toHaveLength(0);
    expect(run.outputs["comment-url"]).toBe("");
  }, LONG);

  it("a GitHub that answers 403 or 500 is a warning: the labels from the event, the verdict and the summary stand", async () => {
    // Labels refused (403), comments failing four times over (500): each attempt backs off 1, 2, 4 s.
    github.fail("GET labels", { status: 403, message: "Resource not accessible by integration" });
    const fault = { status: 500, message: "Server Error" };
    github.fail("GET comments", fault, fault, fault, fault);
    const run = await gate({}, pullRequestEvent(repo, { labels: ["dnntune:accept"] }) as never);
    expect(run.warnings.join("\n")).toMatch(/could not read the pull request's labels/);
    expect(run.warnings.join("\n")).toMatch(/could not comment on pull request #7, GitHub.s API kept failing \(.*failed 4 times/);
    // The event said the label was on: accepted, from it.
    expect(run.outputs.verdict).toBe("accepted");
    expect(run.status).toBe(0);
    expect(run.summary).toContain(COMMENT_MARKER);
  }, LONG);

  it("a stale or broken baseline (another schema, truncated, other models) is a warning and a report without it", async () => {
    const dir = join(repo.dir, "stale-baseline");
    mkdirSync(dir, { recursive: true });
    const alone = readFileSync(join(repo.dir, "dnntune-results/local/results.json"), "utf8");
    writeFileSync(join(dir, "truncated.json"), alone.slice(0, alone.length / 2));
    writeFileSync(join(dir, "schema.json"), JSON.stringify({ ...JSON.parse(alone), schema: "dnntune.results/v0" }));
    const other = JSON.parse(alone);
    for (const m of other.models) m.name = `someone-else-${m.name}`;
    writeFileSync(join(dir, "other.json"), JSON.stringify(other));
    const before = readdirSync(dir).map((f) => [f, statSync(join(dir, f)).size]);
    const run = await gate({ baseline: "stale-baseline" });
    expect(run.status).toBe(1);
    expect(run.outputs.verdict).toBe("fail");
    const warnings = run.warnings.join("\n");
    expect(warnings).toMatch(/left out of the stored baseline: .*truncated\.json: not valid JSON/);
    expect(warnings).toMatch(/left out of the stored baseline: .*schema\.json/);
    expect(warnings).toMatch(/has none of the unpaired models \(encoder on local, tiny on local\)/);
    // Nothing of it was changed or deleted.
    expect(readdirSync(dir).map((f) => [f, statSync(join(dir, f)).size])).toEqual(before);
  }, LONG);
});

describe("the action refuses what it cannot do safely, and says why", () => {
  it("a gate with no results at all fails, and the job summary says so", async () => {
    const run = await action({ command: "gate" });
    expect(run.status).toBe(1);
    expect(run.errors.join("\n")).toMatch(/no results to gate on: this run uploaded no dnntune-results-\* artifact/);
    expect(run.summary).toMatch(/^### ❌ DNNTune: nothing to gate\n\nno results to gate on/);
  }, LONG);

  it("a baseline input that names nothing is an error, not a silent pass", async () => {
    const run = await action({ command: "gate", results: "dnntune-results", baseline: "no-such-baseline" });
    expect(run.status).toBe(1);
    expect(run.errors.join("\n")).toMatch(/^input baseline: no-such-baseline does not exist/);
  }, LONG);

  it("a dnntune-report the checkout made a symlink is refused: the gate writes nowhere else", async () => {
    const elsewhere = join(repo.dir, "..", `elsewhere-${process.pid}`);
    mkdirSync(elsewhere, { recursive: true });
    const report = join(repo.dir, "dnntune-report");
    rmSync(report, { recursive: true, force: true });
    symlinkSync(elsewhere, report);
    try {
      const run = await action({ command: "gate", results: "dnntune-results" });
      expect(run.status).toBe(1);
      expect(run.errors.join("\n")).toMatch(/dnntune-report is a symbolic link in the checkout; dnntune writes its files there and will not follow or replace it/);
      expect(readdirSync(elsewhere)).toEqual([]);
    } finally {
      rmSync(report, { force: true });
      rmSync(elsewhere, { recursive: true, force: true });
    }
  }, LONG);

  it("names a device dnntune.yml benchmarks that sent no results, in the warnings and the comment", async () => {
    writeFileSync(join(repo.dir, "fleet.yml"), `${readFileSync(join(repo.dir, "dnntune.yml"), "utf8")}devices:\n  local:\n    transport: local\n  jetson:\n    transport: ssh\n    host: jetson.lab\n    tool: ort-python\n`);
    const run = await action({ command: "gate", results: "dnntune-results", config: "fleet.yml" });
    expect(run.warnings.join("\n")).toMatch(/no results from device jetson, which dnntune.yml benchmarks/);
    expect(ours().at(-1)!.body).toMatch(/jetson: no results in this run/);
  }, LONG);
});

describe("the action's results artifacts, through @actions/artifact against a real blob store", () => {
  let azurite: Azurite;
  let service: FakeArtifactService;
  const PUSH = { runId: 8100, backend: "c0ffee00-0000-4000-8000-000000008100" };
  const THIS = { runId: 9001, backend: "c0ffee00-0000-4000-8000-000000009001" };
  const tokens = { push: runtimeToken(PUSH.backend, "10b00000-0000-4000-8000-000000000001"), pr: runtimeToken(THIS.backend, "10b00000-0000-4000-8000-000000000002") };

  beforeAll(async () => {
    azurite = await startAzurite();
    service = new FakeArtifactService(azurite.blobUrl, [tokens.push, tokens.pr]);
    await service.start();
  }, LONG);
  afterAll(async () => {
    await service?.stop();
    await azurite?.stop();
  });

  it("a results upload that fails fails the bench step, with the results left on disk", async () => {
    const run = await action({ command: "bench" }, undefined, { ACTIONS_RUNTIME_TOKEN: "not-a-jwt", ACTIONS_RESULTS_URL: service.url, GITHUB_RUN_ID: "9002" });
    expect(run.status).toBe(1);
    expect(run.errors.join("\n")).toMatch(/the results artifact dnntune-results-local could not be uploaded .*; the results are in dnntune-results\/local/);
    expect(existsSync(join(repo.dir, "dnntune-results/local/paired.json"))).toBe(true);
  }, LONG);

  it("a push to main stores its results; the PR's gate downloads this run's artifacts and that baseline", async () => {
    const env = (token: string, runId: number) => ({ ACTIONS_RUNTIME_TOKEN: token, ACTIONS_RESULTS_URL: service.url, GITHUB_RUN_ID: String(runId) });
    // The push to main: the head alone, uploaded as dnntune-results-local.
    rmSync(join(repo.dir, "dnntune-results"), { recursive: true, force: true });
    const push = await action({ command: "run" }, { name: "push", payload: pushEvent(repo) }, env(tokens.push, PUSH.runId));
    expect(push.errors).toEqual([]);
    expect(push.status).toBe(0);
    const stored = service.find(PUSH.backend, "dnntune-results-local");
    expect(stored?.finalized).toBe(true);
    github.addRun({ id: PUSH.runId, workflow_id: 55, head_branch: "main", event: "push", conclusion: "success", head_sha: repo.headSha, created_at: "2026-12-01T10:00:00Z" });
    github.addRun({ id: THIS.runId, workflow_id: 55, head_branch: "faster-mlp", event: "pull_request", conclusion: null, status: "in_progress", created_at: "2026-12-02T10:00:00Z" });
    github.addArtifact(PUSH.runId, { id: stored!.databaseId, name: stored!.name, size_in_bytes: stored!.sizeBytes, digest: stored!.digest ?? null, blobUrl: service.readUrl(stored!) });

    // The pull request: bench uploads this run's artifact; gate (another job) downloads it.
    rmSync(join(repo.dir, "dnntune-results"), { recursive: true, force: true });
    const bench = await action({ command: "bench" }, undefined, env(tokens.pr, THIS.runId));
    expect(bench.status).toBe(0);
    expect(service.find(THIS.backend, "dnntune-results-local")?.finalized).toBe(true);
    const gate = await action({ command: "gate" }, undefined, env(tokens.pr, THIS.runId));
    expect(gate.errors.join("\n")).toMatch(/the gate failed/);
    expect(gate.stdout).toMatch(/this run's results: dnntune-results-local/);
    expect(gate.stdout).toMatch(/stored baseline: main at [0-9a-f]{7} \(run 8100, 2026-12-01\)/);
    const body = ours().at(-1)!.body;
    // encoder, new in the PR, is compared with the push run's results: one process a side.
    expect(body).toMatch(/`encoder`[^\n]*stored · \d+ \+ \d+ runs[^\n]*inconclusive/);
    expect(body).toMatch(/\*\*stored\*\* = against the stored baseline, main at [0-9a-f]{7} \(run 8100, 2026-12-01\)/);
    // The report went up as an artifact too, and the comment can point at it.
    expect(service.find(THIS.backend, "dnntune-report")?.finalized).toBe(true);
  }, LONG);
});

describe("the token", () => {
  it("never appears in the logs, outputs, summaries, comments, results or reports", () => {
    expect(runs.length).toBeGreaterThan(5);
    for (const run of runs) {
      // `::add-mask::` is how the runner learns what to mask; it consumes the line, which never reaches a log.
      const logged = run.stdout.split("\n").filter((l) => !l.startsWith("::add-mask::"));
      expect(run.stdout).toContain(`::add-mask::${TOKEN}`);
      expect(logged.join("\n")).not.toContain(TOKEN);
      expect(JSON.stringify(run.outputs)).not.toContain(TOKEN);
      expect(run.summary).not.toContain(TOKEN);
    }
    for (const comments of github.comments.values()) for (const c of comments) expect(c.body).not.toContain(TOKEN);
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? (e.name === ".git" ? [] : files(join(dir, e.name))) : [join(dir, e.name)]));
    for (const file of files(repo.dir)) expect(readFileSync(file, "latin1"), file).not.toContain(TOKEN);
  });
});
