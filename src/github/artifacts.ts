// Results artifacts: each device's results files go up as the artifact `dnntune-results-<device>`;
// the gate reads back this run's, and the baseline's from the newest successful push run of the
// same workflow on the base branch.
//
// Artifacts go through @actions/artifact (v4: the Actions results service plus blob storage), which
// reads its environment itself:
//   ACTIONS_RUNTIME_TOKEN  a JWT whose `scp` claim holds `Actions.Results:<run backend id>:<job backend id>`
//   ACTIONS_RESULTS_URL    the results service (Twirp); only its origin is used
//   GITHUB_SERVER_URL      anything but github.com, *.ghe.com or *.localhost is GHES, which it refuses
//   GITHUB_API_URL         read once, when the library is first loaded, for another run's downloads
// Listing another run and finding the baseline run use the REST API through our own client, which
// sees `expired` (the library's list drops it) and retries with an injected sleep.
//
// Policy (STYLE.md): a missing, expired or unreadable baseline is a warning, never a failed gate; so
// is an artifact of this run that cannot be downloaded. Only an upload failure throws. No message
// carries the token.

import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import type { ArtifactClient } from "@actions/artifact";
import { CONFIG_NAME } from "../config/schema.js";
import { InputError } from "../errors.js";
import { expectStatus, GitHubApiError, githubMessage, RestClient, type RestClientOptions } from "./rest-client.js";

export const RESULTS_ARTIFACT_PREFIX = "dnntune-results-";

/** An upload that failed: the message names the artifact and what went wrong. */
export class ArtifactError extends Error {
  override readonly name = "ArtifactError";
}

export interface UploadedResults {
  name: string;
  id: number;
  sizeBytes: number;
}

export interface DownloadedResults {
  /** The artifact's name, `dnntune-results-<device>`. */
  name: string;
  device: string;
  /** Where its files are: `<destDir>/<name>/`. */
  dir: string;
}

export interface ResultsDownload {
  artifacts: DownloadedResults[];
  /** One line per artifact (or listing) that could not be had, naming it and what went wrong. */
  warnings: string[];
}

export interface BaselineRun {
  runId: number;
  headSha: string;
  /** ISO 8601, as GitHub gives it. */
  createdAt: string;
  htmlUrl: string;
}

export type BaselineRunResult = { kind: "found"; run: BaselineRun } | { kind: "none"; reason: string };

export interface BaselineRunQuery extends RestClientOptions {
  owner: string;
  repo: string;
  /** This run (GITHUB_RUN_ID): its workflow is the one searched, and it is never its own baseline. */
  runId: number;
  /** The base branch whose push runs hold baselines. */
  branch: string;
  /** Runs asked for per page. */
  perPage?: number;
  /** Runs already tried (their artifacts expired or broken): the next older one is wanted. */
  skipRunIds?: readonly number[];
}

export interface BaselineDownloadOptions extends RestClientOptions {
  owner: string;
  repo: string;
  runId: number;
  /** The artifact client; the library's default when not given. */
  client?: ArtifactClient;
}

/** The artifact name for a device's results; a device name that cannot be one is an input error. */
export function resultsArtifactName(device: string): string {
  if (!CONFIG_NAME.test(device)) {
    throw new InputError(
      "deviceName",
      `cannot name the results artifact ${JSON.stringify(RESULTS_ARTIFACT_PREFIX + device)}: a device name is 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit`,
      JSON.stringify(device),
    );
  }
  return RESULTS_ARTIFACT_PREFIX + device;
}

/** The device an artifact name holds results for, or undefined when it is not a results artifact. */
export function resultsArtifactDevice(name: string): string | undefined {
  if (!name.startsWith(RESULTS_ARTIFACT_PREFIX)) return undefined;
  const device = name.slice(RESULTS_ARTIFACT_PREFIX.length);
  // The name becomes a directory: anything a device could not be named is not ours.
  return CONFIG_NAME.test(device) ? device : undefined;
}

/** Uploads `files` (paths relative to `dir`) as the device's results artifact. */
export async function uploadResults(
  device: string,
  dir: string,
  files: readonly string[],
  options: { client?: ArtifactClient; retentionDays?: number } = {},
): Promise<UploadedResults> {
  return uploadFiles(resultsArtifactName(device), dir, files, options);
}

/** Uploads `files` (paths relative to `dir`) as the artifact `name` (the report, the results). */
export async function uploadFiles(
  name: string,
  dir: string,
  files: readonly string[],
  options: { client?: ArtifactClient; retentionDays?: number } = {},
): Promise<UploadedResults> {
  if (files.length === 0) throw new ArtifactError(`could not upload ${name}: no files were given`);
  const root = path.resolve(dir);
  const absolute = files.map((file) => path.resolve(root, file));
  const outside = absolute.find((file) => path.relative(root, file).startsWith(".."));
  if (outside !== undefined) throw new ArtifactError(`could not upload ${name}: ${outside} is not under ${root}`);
  const client = options.client ?? (await defaultClient());
  try {
    const uploaded = await client.uploadArtifact(name, absolute, root, {
      ...(options.retentionDays === undefined ? {} : { retentionDays: options.retentionDays }),
    });
    if (uploaded.id === undefined) throw new Error("the results service answered without an artifact id");
    return { name, id: uploaded.id, sizeBytes: uploaded.size ?? 0 };
  } catch (error) {
    if (error instanceof ArtifactError) throw error;
    throw new ArtifactError(`could not upload ${name}: ${messageOf(error)}`);
  }
}

/** Downloads this run's results artifacts into `<destDir>/<name>/`. */
export async function downloadRunResults(destDir: string, options: { client?: ArtifactClient } = {}): Promise<ResultsDownload> {
  const result: ResultsDownload = { artifacts: [], warnings: [] };
  let client: ArtifactClient;
  let listed: { name: string; id: number; digest?: string }[];
  try {
    client = options.client ?? (await defaultClient());
    listed = (await client.listArtifacts({ latest: true })).artifacts;
  } catch (error) {
    result.warnings.push(`could not list this run's artifacts: ${messageOf(error)}`);
    return result;
  }
  for (const artifact of listed) {
    const device = resultsArtifactDevice(artifact.name);
    if (device === undefined) continue;
    const dir = await freshDir(destDir, artifact.name);
    try {
      const downloaded = await client.downloadArtifact(artifact.id, {
        path: dir,
        ...(artifact.digest ? { expectedHash: artifact.digest } : {}),
      });
      if (downloaded.digestMismatch) {
        await rm(dir, { recursive: true, force: true });
        result.warnings.push(`artifact ${artifact.name} (id ${artifact.id}) of this run: its download does not match its digest ${artifact.digest}`);
        continue;
      }
      result.artifacts.push({ name: artifact.name, device, dir });
    } catch (error) {
      await rm(dir, { recursive: true, force: true });
      result.warnings.push(`could not download artifact ${artifact.name} (id ${artifact.id}) of this run: ${messageOf(error)}`);
    }
  }
  return result;
}

interface WorkflowRun {
  id: number;
  head_sha: string;
  head_branch: string | null;
  event: string;
  conclusion: string | null;
  created_at: string;
  html_url: string;
}

interface RestArtifact {
  id: number;
  name: string;
  expired: boolean;
  expires_at: string | null;
  digest?: string | null;
}

/** The newest successful push run of this run's workflow on `branch`, other than this run. */
export async function findBaselineRun(query: BaselineRunQuery): Promise<BaselineRunResult> {
  const { owner, repo, runId, branch } = query;
  const where = `${owner}/${repo}`;
  try {
    const client = new RestClient(query);
    const repoPath = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
    const current = await client.request("GET", `${repoPath}/actions/runs/${runId}`);
    if (current.status === 403 || current.status === 404) {
      return none(`could not read run ${runId} of ${where}: GitHub answered ${current.status} ${githubMessage(current)}; ${READ_HINT}`);
    }
    expectStatus(current, 200, `GET run ${runId} of ${where}`);
    const workflowId = (current.json as { workflow_id?: unknown } | null)?.workflow_id;
    if (typeof workflowId !== "number") throw new GitHubApiError(`GET run ${runId} of ${where}: no workflow_id in the answer`, 200);

    const params = new URLSearchParams({ branch, status: "success", event: "push", per_page: String(query.perPage ?? 20) });
    const runsPath = `${repoPath}/actions/workflows/${workflowId}/runs?${params.toString()}`;
    for await (const page of client.pages<WorkflowRun>(runsPath, "workflow_runs")) {
      if ("refused" in page) {
        const res = page.refused;
        return none(`could not list runs of workflow ${workflowId} in ${where}: GitHub answered ${res.status} ${githubMessage(res)}; ${READ_HINT}`);
      }
      // GitHub filters already; checking again costs nothing and keeps a stray run out of the baseline.
      const candidates = page.items.filter(
        (r) => r.id !== runId && !(query.skipRunIds ?? []).includes(r.id) && r.conclusion === "success" && r.event === "push" && r.head_branch === branch,
      );
      const newest = candidates.reduce<WorkflowRun | undefined>(
        (best, r) => (best === undefined || Date.parse(r.created_at) > Date.parse(best.created_at) ? r : best),
        undefined,
      );
      if (newest) {
        return {
          kind: "found",
          run: { runId: newest.id, headSha: newest.head_sha, createdAt: newest.created_at, htmlUrl: newest.html_url },
        };
      }
    }
    return none(`no successful push run of workflow ${workflowId} on branch ${JSON.stringify(branch)} in ${where} (other than run ${runId})`);
  } catch (error) {
    if (error instanceof GitHubApiError) return none(`could not find a baseline run in ${where}: ${redact(error.message, query.token)}`);
    throw error;
  }
}

/** Downloads another run's results artifacts into `<destDir>/<name>/`; expired ones are warnings. */
export async function downloadBaselineResults(destDir: string, options: BaselineDownloadOptions): Promise<ResultsDownload> {
  const { owner, repo, runId, token } = options;
  const result: ResultsDownload = { artifacts: [], warnings: [] };
  const where = `run ${runId} of ${owner}/${repo}`;
  let listed: RestArtifact[];
  try {
    const client = new RestClient(options);
    const artifactsPath = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/actions/runs/${runId}/artifacts?per_page=100`;
    const answer = await client.paginate<RestArtifact>(artifactsPath, "artifacts");
    if ("refused" in answer) {
      const res = answer.refused;
      result.warnings.push(`could not list the artifacts of ${where}: GitHub answered ${res.status} ${githubMessage(res)}; ${READ_HINT}`);
      return result;
    }
    listed = latestByName(answer.items);
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error;
    result.warnings.push(`could not list the artifacts of ${where}: ${redact(error.message, token)}`);
    return result;
  }

  let client: ArtifactClient | undefined = options.client;
  for (const artifact of listed) {
    const device = resultsArtifactDevice(artifact.name);
    if (device === undefined) continue;
    if (artifact.expired) {
      result.warnings.push(
        `baseline artifact ${artifact.name} (id ${artifact.id}) of ${where} has expired${artifact.expires_at ? ` (${artifact.expires_at})` : ""}; rerun the base branch's workflow or keep artifacts longer (retention-days)`,
      );
      continue;
    }
    const dir = await freshDir(destDir, artifact.name);
    try {
      client ??= await defaultClient();
      const downloaded = await client.downloadArtifact(artifact.id, {
        path: dir,
        ...(artifact.digest ? { expectedHash: artifact.digest } : {}),
        findBy: { token, workflowRunId: runId, repositoryOwner: owner, repositoryName: repo },
      });
      if (downloaded.digestMismatch) {
        await rm(dir, { recursive: true, force: true });
        result.warnings.push(`baseline artifact ${artifact.name} (id ${artifact.id}) of ${where}: its download does not match its digest ${artifact.digest}`);
        continue;
      }
      result.artifacts.push({ name: artifact.name, device, dir });
    } catch (error) {
      await rm(dir, { recursive: true, force: true });
      result.warnings.push(`could not download baseline artifact ${artifact.name} (id ${artifact.id}) of ${where}: ${redact(messageOf(error), token)}`);
    }
  }
  return result;
}

const READ_HINT = "the job needs `permissions: actions: read`";

function none(reason: string): BaselineRunResult {
  return { kind: "none", reason };
}

/** A run may hold one name more than once (an artifact re-uploaded after a delete); the newest counts. */
function latestByName(artifacts: RestArtifact[]): RestArtifact[] {
  const byName = new Map<string, RestArtifact>();
  for (const artifact of artifacts) {
    const seen = byName.get(artifact.name);
    if (seen === undefined || artifact.id > seen.id) byName.set(artifact.name, artifact);
  }
  return [...byName.values()];
}

/**
 * `<destDir>/<name>/`, emptied: stale files of an earlier download must not pass for this one's.
 * A download that fails or does not match its digest has its directory removed for the same reason.
 */
async function freshDir(destDir: string, name: string): Promise<string> {
  const dir = path.join(destDir, name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  return dir;
}

// Loaded on first use: the CLI never pays for it, and the library reads GITHUB_API_URL when it loads.
async function defaultClient(): Promise<ArtifactClient> {
  const { DefaultArtifactClient } = await import("@actions/artifact");
  return new DefaultArtifactClient();
}

function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  // Library errors run to several lines of advice; the first says what went wrong.
  return text.split("\n")[0]?.trim() ?? text;
}

function redact(text: string, token: string): string {
  return token === "" ? text : text.split(token).join("***");
}
