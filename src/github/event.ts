// What the workflow run is about, from the runner's environment and the event payload it writes
// (GITHUB_EVENT_PATH): a pull request (its number, base commit, labels, whether it comes from a
// fork) or a push (its branch, and whether that is the default branch). Pure but for reading the
// payload file; every field the action relies on is checked, and a missing one names the file.
//
// Payloads: https://docs.github.com/webhooks/webhook-events-and-payloads (pull_request, push).
// `pull_request.head.repo` is null when the fork was deleted: that is a fork too.
import { FormatError, InputError } from "../errors.js";
import { readJsonFile } from "../read-file.js";

export interface PullRequestEvent {
  kind: "pull-request";
  number: number;
  /** The commit the PR merges into: its models are the paired base. */
  baseSha: string;
  baseRef: string;
  headSha: string;
  /** The head branch lives in another repository (or one since deleted). */
  fromFork: boolean;
  /** Labels as the event saw them; the gate asks the API for the current ones. */
  labels: string[];
}

export interface PushEvent {
  kind: "push";
  /** The branch pushed to (`main`), or undefined for a tag. */
  branch: string | undefined;
  sha: string;
  onDefaultBranch: boolean;
}

export interface OtherEvent {
  kind: "other";
  name: string;
  sha: string;
}

export interface RunContext {
  event: PullRequestEvent | PushEvent | OtherEvent;
  /** `owner/repo`. */
  repository: string;
  owner: string;
  repo: string;
  runId: number | undefined;
  apiUrl: string;
  serverUrl: string;
  /** RUNNER_ENVIRONMENT: `github-hosted` or `self-hosted` (undefined on older runners). */
  runner: string | undefined;
  defaultBranch: string | undefined;
}

type Env = Readonly<Record<string, string | undefined>>;

const PULL_REQUEST_EVENTS = new Set(["pull_request", "pull_request_target"]);
const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** The run's context; outside Actions (no GITHUB_REPOSITORY) an error says what is missing. */
export function runContext(env: Env = process.env): RunContext {
  const repository = env.GITHUB_REPOSITORY ?? "";
  const [owner, repo, ...rest] = repository.split("/");
  if (!owner || !repo || rest.length > 0) {
    throw new InputError("GITHUB_REPOSITORY", `expected owner/repo, as GitHub Actions sets it; got ${JSON.stringify(repository)} (is this running in a workflow?)`);
  }
  const name = env.GITHUB_EVENT_NAME ?? "";
  const payloadPath = env.GITHUB_EVENT_PATH;
  const payload = payloadPath ? readPayload(payloadPath) : {};
  const file = payloadPath ?? "GITHUB_EVENT_PATH";
  const defaultBranch = optionalString(field(payload, ["repository", "default_branch"]));
  const runId = env.GITHUB_RUN_ID && /^\d+$/.test(env.GITHUB_RUN_ID) ? Number(env.GITHUB_RUN_ID) : undefined;
  return {
    event: eventOf(name, payload, file, env, defaultBranch),
    repository,
    owner,
    repo,
    runId,
    apiUrl: (env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, ""),
    serverUrl: (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, ""),
    runner: env.RUNNER_ENVIRONMENT || undefined,
    defaultBranch,
  };
}

function eventOf(name: string, payload: unknown, file: string, env: Env, defaultBranch: string | undefined): RunContext["event"] {
  if (PULL_REQUEST_EVENTS.has(name)) {
    const pr = field(payload, ["pull_request"]);
    if (pr === undefined) throw new FormatError(file, "pull_request", `is missing; a ${name} event's payload carries the pull request`);
    const number = field(pr, ["number"]);
    if (typeof number !== "number" || !Number.isInteger(number) || number <= 0) throw new FormatError(file, "pull_request.number", `must be a positive integer; got ${JSON.stringify(number)}`);
    const baseRepo = optionalString(field(pr, ["base", "repo", "full_name"])) ?? env.GITHUB_REPOSITORY;
    const headRepo = field(pr, ["head", "repo"]);
    const headRepoName = optionalString(field(headRepo, ["full_name"]));
    const labels = field(pr, ["labels"]);
    return {
      kind: "pull-request",
      number,
      baseSha: sha(field(pr, ["base", "sha"]), file, "pull_request.base.sha"),
      baseRef: requiredString(field(pr, ["base", "ref"]), file, "pull_request.base.ref"),
      headSha: sha(field(pr, ["head", "sha"]), file, "pull_request.head.sha"),
      fromFork: headRepo === null || field(headRepo, ["fork"]) === true || (headRepoName !== undefined && headRepoName !== baseRepo),
      labels: Array.isArray(labels) ? labels.map((l) => optionalString(field(l, ["name"]))).filter((l): l is string => l !== undefined) : [],
    };
  }
  const headSha = env.GITHUB_SHA && SHA.test(env.GITHUB_SHA) ? env.GITHUB_SHA : "";
  if (name === "push") {
    const ref = optionalString(field(payload, ["ref"])) ?? env.GITHUB_REF ?? "";
    const branch = ref.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : undefined;
    return { kind: "push", branch, sha: headSha, onDefaultBranch: branch !== undefined && branch === defaultBranch };
  }
  return { kind: "other", name: name || "(unknown)", sha: headSha };
}

function readPayload(path: string): unknown {
  // GitHub caps webhook payloads at 25 MB.
  return readJsonFile(path, { input: "GITHUB_EVENT_PATH", maxBytes: 25 * 1024 * 1024, kind: "the event payload GitHub Actions writes" });
}

function field(value: unknown, path: readonly string[]): unknown {
  let at = value;
  for (const key of path) {
    if (at === null || typeof at !== "object" || Array.isArray(at)) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

function requiredString(value: unknown, file: string, where: string): string {
  const text = optionalString(value);
  if (text === undefined) throw new FormatError(file, where, `must be a non-empty string; got ${JSON.stringify(value)}`);
  return text;
}

function sha(value: unknown, file: string, where: string): string {
  if (typeof value !== "string" || !SHA.test(value)) throw new FormatError(file, where, `must be a commit SHA (40 or 64 hex digits); got ${JSON.stringify(value)}`);
  return value;
}
