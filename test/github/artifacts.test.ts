// The results artifacts through the real @actions/artifact 6.1.0 and a real blob store (azurite): the
// results service and GitHub's REST routes are local stand-ins speaking their protocols, so the
// library's own Twirp client, blob upload, zip and unzip run as on a runner.

import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  downloadBaselineResults,
  downloadRunResults,
  findBaselineRun,
  resultsArtifactName,
  uploadResults,
  type BaselineRunQuery,
} from "../../src/github/artifacts.js";
import { InputError } from "../../src/errors.js";
import { startAzurite, type Azurite } from "../helpers/azurite.js";
import { FakeArtifactService, runtimeToken } from "./fake-artifact-service.js";
import { FakeGitHub } from "./fake-github.js";

const TOKEN = "ghs_s3cr3tT0kenValue0123456789abcdef";
const CURRENT = { runId: 105, token: runtimeToken("c0ffee00-0000-4000-8000-000000000105", "10b00000-0000-4000-8000-000000000001") };
const BASE = { runId: 101, token: runtimeToken("c0ffee00-0000-4000-8000-000000000101", "10b00000-0000-4000-8000-000000000002") };
const WORKFLOW = 77;

let azurite: Azurite;
let service: FakeArtifactService;
let github: FakeGitHub;
let work: string;
let step = 0;

beforeAll(async () => {
  azurite = await startAzurite();
  service = new FakeArtifactService(azurite.blobUrl, [CURRENT.token, BASE.token]);
  await service.start();
  github = new FakeGitHub(TOKEN);
  await github.start();
  work = await mkdtemp(path.join(tmpdir(), "dnntune-artifacts-"));
  // The library narrates every step through @actions/core on stdout; the assertions say what matters.
  vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  // Before the library first loads: it reads GITHUB_API_URL once, then.
  vi.stubEnv("GITHUB_API_URL", github.url);
  vi.stubEnv("GITHUB_SERVER_URL", "https://github.com");
  vi.stubEnv("ACTIONS_RESULTS_URL", service.url);
  vi.stubEnv("ACTIONS_RUNTIME_TOKEN", CURRENT.token);
  vi.stubEnv("GITHUB_WORKSPACE", work);
});

afterAll(async () => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  await github?.stop();
  await service?.stop();
  await azurite?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

beforeEach(() => {
  service.artifacts.splice(0);
  service.calls.splice(0);
  service.faults.clear();
  github.runs.splice(0);
  github.runArtifacts.clear();
  github.requests.splice(0);
  github.faults.clear();
  vi.stubEnv("ACTIONS_RUNTIME_TOKEN", CURRENT.token);
});

/** A fresh directory under the test's temp dir. */
async function scratch(label: string): Promise<string> {
  const dir = path.join(work, `${++step}-${label}`);
  await mkdir(dir, { recursive: true });
  return dir;
}

/** Results files for a device: a JSON summary and raw samples (binary, so bytes are compared). */
async function results(device: string): Promise<{ dir: string; files: Record<string, Buffer> }> {
  const dir = await scratch(`results-${device}`);
  const files = {
    "results.json": Buffer.from(JSON.stringify({ device, latencyUs: [1510, 1498, 1533] })),
    "raw/samples.bin": randomBytes(200_000),
  };
  for (const [name, bytes] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), bytes);
  }
  return { dir, files };
}

async function expectFiles(dir: string, files: Record<string, Buffer>): Promise<void> {
  for (const [name, bytes] of Object.entries(files)) {
    expect((await readFile(path.join(dir, name))).equals(bytes), name).toBe(true);
  }
}

/** Uploads a device's results as the baseline run did, and lists them in that run's REST artifacts. */
async function baselineArtifact(device: string): Promise<{ id: number; files: Record<string, Buffer> }> {
  const { dir, files } = await results(device);
  vi.stubEnv("ACTIONS_RUNTIME_TOKEN", BASE.token);
  const uploaded = await uploadResults(device, dir, Object.keys(files));
  vi.stubEnv("ACTIONS_RUNTIME_TOKEN", CURRENT.token);
  const stored = service.find("c0ffee00-0000-4000-8000-000000000101", uploaded.name);
  if (!stored) throw new Error(`${uploaded.name} was not stored`);
  github.addArtifact(BASE.runId, {
    id: uploaded.id,
    name: uploaded.name,
    size_in_bytes: uploaded.sizeBytes,
    digest: stored.digest ?? null,
    blobUrl: service.readUrl(stored),
  });
  return { id: uploaded.id, files };
}

function query(extra: Partial<BaselineRunQuery> = {}): BaselineRunQuery {
  return {
    apiUrl: github.url,
    token: TOKEN,
    owner: "acme",
    repo: "models",
    runId: CURRENT.runId,
    branch: "main",
    sleep: async () => {},
    ...extra,
  };
}

function baselineOptions() {
  return { apiUrl: github.url, token: TOKEN, owner: "acme", repo: "models", runId: BASE.runId, sleep: async () => {} };
}

describe("uploadResults and downloadRunResults", () => {
  it("uploads a device's results and downloads them back byte for byte", async () => {
    const { dir, files } = await results("pixel7");
    const uploaded = await uploadResults("pixel7", dir, Object.keys(files));
    expect(uploaded).toMatchObject({ name: "dnntune-results-pixel7", id: expect.any(Number) });
    expect(uploaded.sizeBytes).toBeGreaterThan(0);
    expect(service.calls).toEqual(["CreateArtifact", "FinalizeArtifact"]);
    expect(service.artifacts[0]).toMatchObject({ finalized: true, sizeBytes: uploaded.sizeBytes, digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) });

    const dest = await scratch("download");
    const downloaded = await downloadRunResults(dest);
    expect(downloaded).toEqual({
      artifacts: [{ name: "dnntune-results-pixel7", device: "pixel7", dir: path.join(dest, "dnntune-results-pixel7") }],
      warnings: [],
    });
    await expectFiles(path.join(dest, "dnntune-results-pixel7"), files);
  });

  it("downloads every device's results of the run and ignores other artifacts", async () => {
    const pixel = await results("pixel7");
    const jetson = await results("jetson-orin");
    await uploadResults("pixel7", pixel.dir, Object.keys(pixel.files));
    await uploadResults("jetson-orin", jetson.dir, Object.keys(jetson.files));
    const { DefaultArtifactClient } = await import("@actions/artifact");
    await new DefaultArtifactClient().uploadArtifact("coverage", [path.join(pixel.dir, "results.json")], pixel.dir);

    const dest = await scratch("download");
    const downloaded = await downloadRunResults(dest);
    expect(downloaded.warnings).toEqual([]);
    expect(downloaded.artifacts.map((a) => a.device).sort()).toEqual(["jetson-orin", "pixel7"]);
    expect((await readdir(dest)).sort()).toEqual(["dnntune-results-jetson-orin", "dnntune-results-pixel7"]);
    await expectFiles(path.join(dest, "dnntune-results-pixel7"), pixel.files);
    await expectFiles(path.join(dest, "dnntune-results-jetson-orin"), jetson.files);
  });

  it("turns an artifact that cannot be downloaded into a warning naming it", async () => {
    for (const device of ["pixel7", "jetson-orin"]) {
      const { dir, files } = await results(device);
      await uploadResults(device, dir, Object.keys(files));
    }
    service.fail("GetSignedArtifactURL", { status: 404, code: "not_found", msg: "artifact blob is gone" });
    const dest = await scratch("download");
    const downloaded = await downloadRunResults(dest);
    expect(downloaded.artifacts).toHaveLength(1);
    expect(await readdir(dest)).toEqual([downloaded.artifacts[0]?.name]);
    expect(downloaded.warnings).toHaveLength(1);
    expect(downloaded.warnings[0]).toMatch(
      /^could not download artifact dnntune-results-(pixel7|jetson-orin) \(id \d+\) of this run: .*artifact blob is gone/,
    );
  });

  it("fails an upload with a message naming the artifact and the cause", async () => {
    const { dir, files } = await results("pixel7");
    await uploadResults("pixel7", dir, Object.keys(files));
    // Two jobs of one run uploading the same device: v4 artifact names are unique per run.
    await expect(uploadResults("pixel7", dir, Object.keys(files))).rejects.toThrow(
      /^could not upload dnntune-results-pixel7: .*\(409\).*already exists/,
    );
    await expect(uploadResults("pixel7", dir, ["missing.json"])).rejects.toThrow(
      /^could not upload dnntune-results-pixel7: .*missing\.json/,
    );
    await expect(uploadResults("pixel7", dir, ["../elsewhere.json"])).rejects.toThrow(
      /^could not upload dnntune-results-pixel7: .*elsewhere\.json is not under /,
    );
    expect(service.artifacts.filter((a) => a.finalized)).toHaveLength(1);
  });

  it("is a warning, not a throw, when the job has no runtime token", async () => {
    vi.stubEnv("ACTIONS_RUNTIME_TOKEN", "");
    expect(await downloadRunResults(await scratch("download"))).toEqual({
      artifacts: [],
      warnings: ["could not list this run's artifacts: Unable to get the ACTIONS_RUNTIME_TOKEN env variable"],
    });
  });

  it("refuses a device name that cannot name an artifact, naming the device, before any request", async () => {
    const dir = await scratch("bad");
    const attempt = uploadResults("bad/name:1", dir, ["results.json"]);
    await expect(attempt).rejects.toBeInstanceOf(InputError);
    await expect(attempt).rejects.toThrow(/deviceName "bad\/name:1": cannot name the results artifact "dnntune-results-bad\/name:1"/);
    expect(service.calls).toEqual([]);
    expect(resultsArtifactName("pixel7")).toBe("dnntune-results-pixel7");
  });
});

describe("findBaselineRun", () => {
  function runs(): void {
    github.addRun({ id: 100, workflow_id: WORKFLOW, created_at: "2026-03-01T10:00:00Z" });
    github.addRun({ id: 101, workflow_id: WORKFLOW, created_at: "2026-03-02T10:00:00Z", head_sha: "b".repeat(40) });
    github.addRun({ id: 102, workflow_id: WORKFLOW, created_at: "2026-03-03T10:00:00Z", conclusion: "failure" });
    github.addRun({ id: 103, workflow_id: WORKFLOW, created_at: "2026-03-04T10:00:00Z", head_branch: "feature" });
    github.addRun({ id: 104, workflow_id: WORKFLOW, created_at: "2026-03-05T10:00:00Z", event: "pull_request" });
    github.addRun({ id: 200, workflow_id: 88, created_at: "2026-03-07T10:00:00Z" });
  }

  it("picks the newest successful push run of the same workflow on the branch, skipping this run", async () => {
    runs();
    // This run is itself a successful push on main, and the newest: it must not be its own baseline.
    github.addRun({ id: CURRENT.runId, workflow_id: WORKFLOW, created_at: "2026-03-06T10:00:00Z" });
    const found = await findBaselineRun(query({ perPage: 1 }));
    expect(found).toEqual({
      kind: "found",
      run: {
        runId: 101,
        headSha: "b".repeat(40),
        createdAt: "2026-03-02T10:00:00Z",
        htmlUrl: "https://github.com/acme/models/actions/runs/101",
      },
    });
    const asked = github.requests.map((r) => r.url);
    expect(asked[0]).toBe(`/repos/acme/models/actions/runs/${CURRENT.runId}`);
    expect(asked[1]).toBe(`/repos/acme/models/actions/workflows/${WORKFLOW}/runs?branch=main&status=success&event=push&per_page=1`);
    expect(asked[2]).toMatch(/[?&]page=2(&|$)/);
    expect(asked).toHaveLength(3);
  });

  it("says why when the branch has no other successful push run", async () => {
    github.addRun({ id: CURRENT.runId, workflow_id: WORKFLOW, event: "pull_request", head_branch: "feature" });
    github.addRun({ id: 102, workflow_id: WORKFLOW, conclusion: "failure" });
    expect(await findBaselineRun(query())).toEqual({
      kind: "none",
      reason: `no successful push run of workflow ${WORKFLOW} on branch "main" in acme/models (other than run ${CURRENT.runId})`,
    });
  });

  it("says why when this run cannot be read (404)", async () => {
    const found = await findBaselineRun(query());
    expect(found).toEqual({
      kind: "none",
      reason: `could not read run ${CURRENT.runId} of acme/models: GitHub answered 404 "Not Found"; the job needs \`permissions: actions: read\``,
    });
  });

  it("turns 403 and a GitHub that keeps failing into reasons without the token", async () => {
    runs();
    github.addRun({ id: CURRENT.runId, workflow_id: WORKFLOW });
    github.fail("GET workflow-runs", { status: 403, message: `Resource not accessible by integration (${TOKEN})` });
    const refused = await findBaselineRun(query());
    expect(refused.kind).toBe("none");
    expect(JSON.stringify(refused)).toContain("GitHub answered 403");
    expect(JSON.stringify(refused)).not.toContain(TOKEN);

    const outage = { status: 500, message: `Server Error while serving ${TOKEN}` };
    github.fail("GET run", outage, outage, outage, outage);
    const failed = await findBaselineRun(query());
    expect(failed.kind).toBe("none");
    expect(JSON.stringify(failed)).toMatch(/could not find a baseline run in acme\/models: GET \/repos\/acme\/models\/actions\/runs\/105: GitHub failed 4 times; last answer: 500/);
    expect(JSON.stringify(failed)).not.toContain(TOKEN);
  });
});

describe("downloadBaselineResults", () => {
  it("downloads the baseline run's results through findBy; expired ones and other artifacts are not fetched", async () => {
    github.addRun({ id: BASE.runId, workflow_id: WORKFLOW });
    const pixel = await baselineArtifact("pixel7");
    github.addArtifact(BASE.runId, { id: 7001, name: "dnntune-results-old-phone", expired: true, expires_at: "2026-02-01T00:00:00Z" });
    github.addArtifact(BASE.runId, { id: 7002, name: "coverage" });

    const dest = await scratch("baseline");
    const downloaded = await downloadBaselineResults(dest, baselineOptions());
    expect(downloaded.artifacts).toEqual([
      { name: "dnntune-results-pixel7", device: "pixel7", dir: path.join(dest, "dnntune-results-pixel7") },
    ]);
    expect(downloaded.warnings).toEqual([
      `baseline artifact dnntune-results-old-phone (id 7001) of run ${BASE.runId} of acme/models has expired (2026-02-01T00:00:00Z); rerun the base branch's workflow or keep artifacts longer (retention-days)`,
    ]);
    await expectFiles(path.join(dest, "dnntune-results-pixel7"), pixel.files);
    const zips = github.requests.filter((r) => r.url.includes("/actions/artifacts/")).map((r) => r.url);
    expect(zips).toEqual([`/repos/acme/models/actions/artifacts/${pixel.id}/zip`]);
  });

  it("turns a refused listing and a failing zip route into warnings without the token", async () => {
    github.addRun({ id: BASE.runId, workflow_id: WORKFLOW });
    await baselineArtifact("pixel7");
    github.fail("GET run-artifacts", { status: 403, message: `Resource not accessible by integration (${TOKEN})` });
    const refused = await downloadBaselineResults(await scratch("baseline"), baselineOptions());
    expect(refused.artifacts).toEqual([]);
    expect(refused.warnings).toHaveLength(1);
    expect(refused.warnings[0]).toMatch(/^could not list the artifacts of run 101 of acme\/models: GitHub answered 403 .*actions: read/);
    expect(refused.warnings[0]).not.toContain(TOKEN);

    github.fail("GET artifact-zip", { status: 500, message: `Server Error for ${TOKEN}` });
    const failed = await downloadBaselineResults(await scratch("baseline"), baselineOptions());
    expect(failed.artifacts).toEqual([]);
    expect(failed.warnings).toHaveLength(1);
    expect(failed.warnings[0]).toMatch(/^could not download baseline artifact dnntune-results-pixel7 \(id \d+\) of run 101 of acme\/models: /);
    expect(failed.warnings[0]).not.toContain(TOKEN);
  });

  it("drops a download whose bytes do not match the digest GitHub lists, with a warning", async () => {
    github.addRun({ id: BASE.runId, workflow_id: WORKFLOW });
    const pixel = await baselineArtifact("pixel7");
    const listed = github.runArtifacts.get(BASE.runId)?.[0];
    if (listed) listed.digest = `sha256:${"0".repeat(64)}`;
    const dest = await scratch("baseline");
    const downloaded = await downloadBaselineResults(dest, baselineOptions());
    expect(await readdir(dest)).toEqual([]);
    expect(downloaded).toEqual({
      artifacts: [],
      warnings: [
        `baseline artifact dnntune-results-pixel7 (id ${pixel.id}) of run 101 of acme/models: its download does not match its digest sha256:${"0".repeat(64)}`,
      ],
    });
  });

  it("is a warning, not a throw, when the run is gone", async () => {
    const gone = await downloadBaselineResults(await scratch("baseline"), baselineOptions());
    expect(gone).toEqual({
      artifacts: [],
      warnings: [`could not list the artifacts of run 101 of acme/models: GitHub answered 404 "Not Found"; the job needs \`permissions: actions: read\``],
    });
  });
});
