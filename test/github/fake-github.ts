// A local HTTP server that answers the GitHub REST routes the action uses, as docs.github.com/rest
// documents them: issue comments with `id`, `body`, `user: { login, type }`, `html_url`
// (issues/comments); workflow runs, a workflow's runs filtered by `branch`, `status` and `event`,
// a run's artifacts and the artifact zip route, which answers 302 to a blob URL (actions/workflow-runs,
// actions/artifacts). Lists come in pages of `per_page` linked by `Link` headers; errors as
// `{ message, documentation_url }`. Faults are queued per route to script outages.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: "User" | "Bot" };
  html_url: string;
}

export interface FakeRun {
  id: number;
  workflow_id: number;
  head_sha: string;
  head_branch: string;
  event: string;
  status: string;
  conclusion: string | null;
  created_at: string;
  html_url: string;
}

export interface FakeArtifact {
  id: number;
  name: string;
  size_in_bytes: number;
  expired: boolean;
  created_at: string;
  expires_at: string;
  digest: string | null;
  archive_download_url: string;
  /** Where the zip route redirects; none answers 404 as for a deleted blob. */
  blobUrl?: string;
}

/** The `status` query values that name a conclusion rather than a state (actions/workflow-runs). */
const CONCLUSIONS = new Set(["action_required", "cancelled", "failure", "neutral", "skipped", "stale", "success", "timed_out"]);

export interface Fault {
  status: number;
  message: string;
  headers?: Record<string, string>;
}

export interface RequestLog {
  method: string;
  url: string;
  authorization: string | undefined;
  apiVersion: string | undefined;
}

export class FakeGitHub {
  readonly comments = new Map<number, FakeComment[]>();
  readonly requests: RequestLog[] = [];
  /** Workflow runs of the repository, any workflow. */
  readonly runs: FakeRun[] = [];
  /** Each pull request's labels now, by number. */
  readonly labels = new Map<number, string[]>();
  /** Each run's artifacts, by run id. */
  readonly runArtifacts = new Map<number, FakeArtifact[]>();
  /**
   * Queued faults, keyed `METHOD route` with route `comments` (list/create), `comment` (edit),
   * `user`, `labels`, `run`, `workflow-runs`, `run-artifacts` or `artifact-zip`.
   */
  readonly faults = new Map<string, Fault[]>();
  /** The login GET /user answers; undefined answers 403 as for an installation token. */
  userLogin: string | undefined;
  /** The login new comments are written by (the token's own user). */
  writerLogin = "github-actions[bot]";
  /** Where Link headers point; another host stands for a hostile or broken proxy. */
  linkBase: string | undefined;
  #nextId = 1000;
  #server: Server | undefined;
  url = "";

  constructor(
    readonly token: string,
    readonly owner = "acme",
    readonly repo = "models",
  ) {}

  async start(): Promise<void> {
    this.#server = createServer((req, res) => {
      void this.#handle(req, res);
    });
    await new Promise<void>((resolve) => this.#server?.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.#server?.close(() => resolve()));
  }

  fail(key: string, ...faults: Fault[]): void {
    this.faults.set(key, [...(this.faults.get(key) ?? []), ...faults]);
  }

  add(pull: number, login: string, body: string, type: "User" | "Bot" = "User"): FakeComment {
    const id = this.#nextId++;
    const comment = {
      id,
      body,
      user: { login, type },
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${pull}#issuecomment-${id}`,
    };
    this.comments.set(pull, [...(this.comments.get(pull) ?? []), comment]);
    return comment;
  }

  addRun(run: Partial<FakeRun> & { id: number }): FakeRun {
    const full: FakeRun = {
      workflow_id: 161335,
      head_sha: run.id.toString(16).padStart(40, "0"),
      head_branch: "main",
      event: "push",
      status: "completed",
      conclusion: "success",
      created_at: new Date(Date.UTC(2026, 0, 1) + run.id * 60_000).toISOString(),
      html_url: `https://github.com/${this.owner}/${this.repo}/actions/runs/${run.id}`,
      ...run,
    };
    this.runs.push(full);
    return full;
  }

  addArtifact(runId: number, artifact: Partial<FakeArtifact> & { id: number; name: string }): FakeArtifact {
    const full: FakeArtifact = {
      size_in_bytes: 0,
      expired: false,
      created_at: "2026-01-01T00:00:00Z",
      expires_at: "2026-04-01T00:00:00Z",
      digest: null,
      archive_download_url: `${this.url}/repos/${this.owner}/${this.repo}/actions/artifacts/${artifact.id}/zip`,
      ...artifact,
    };
    this.runArtifacts.set(runId, [...(this.runArtifacts.get(runId) ?? []), full]);
    return full;
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", this.url);
    const method = req.method ?? "GET";
    this.requests.push({
      method,
      url: url.pathname + url.search,
      authorization: req.headers.authorization,
      apiVersion: req.headers["x-github-api-version"] as string | undefined,
    });
    const send = (status: number, json: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
      res.end(JSON.stringify(json));
    };
    const error = (status: number, message: string, headers: Record<string, string> = {}) =>
      send(status, { message, documentation_url: "https://docs.github.com/rest/issues/comments" }, headers);

    // GitHub takes both schemes; octokit (inside @actions/artifact) sends `token`.
    const auth = req.headers.authorization;
    if (auth !== `Bearer ${this.token}` && auth !== `token ${this.token}`) return error(401, "Bad credentials");
    const base = `/repos/${this.owner}/${this.repo}/issues`;
    const list = new RegExp(`^${base}/(\\d+)/comments$`).exec(url.pathname);
    const edit = new RegExp(`^${base}/comments/(\\d+)$`).exec(url.pathname);
    const actions = `/repos/${this.owner}/${this.repo}/actions`;
    const run = new RegExp(`^${actions}/runs/(\\d+)$`).exec(url.pathname);
    const workflowRuns = new RegExp(`^${actions}/workflows/(\\d+)/runs$`).exec(url.pathname);
    const runArtifacts = new RegExp(`^${actions}/runs/(\\d+)/artifacts$`).exec(url.pathname);
    const zip = new RegExp(`^${actions}/artifacts/(\\d+)/zip$`).exec(url.pathname);
    const labels = new RegExp(`^/repos/${this.owner}/${this.repo}/issues/(\\d+)/labels$`).exec(url.pathname);
    const route =
      url.pathname === "/user"
        ? "user"
        : list
          ? "comments"
          : edit
            ? "comment"
            : run
              ? "run"
              : workflowRuns
                ? "workflow-runs"
                : runArtifacts
                  ? "run-artifacts"
                  : zip
                    ? "artifact-zip"
                    : labels
                      ? "labels"
                      : undefined;
    const fault = route && this.faults.get(`${method} ${route}`)?.shift();
    if (fault) return error(fault.status, fault.message, fault.headers);

    if (route === "user") {
      if (this.userLogin === undefined) {
        return send(403, {
          message: "Resource not accessible by integration",
          documentation_url: "https://docs.github.com/rest/users/users#get-the-authenticated-user",
        });
      }
      return send(200, { login: this.userLogin, type: "User" });
    }
    if (list?.[1] && method === "GET") {
      const pull = Number(list[1]);
      if (!this.comments.has(pull)) return error(404, "Not Found");
      const perPage = Math.min(100, Number(url.searchParams.get("per_page") ?? 30));
      const page = Number(url.searchParams.get("page") ?? 1);
      const all = this.comments.get(pull) ?? [];
      const last = Math.max(1, Math.ceil(all.length / perPage));
      const links: string[] = [];
      const pageUrl = (p: number) => `<${this.linkBase ?? this.url}${url.pathname}?per_page=${perPage}&page=${p}>`;
      if (page < last) links.push(`${pageUrl(page + 1)}; rel="next"`, `${pageUrl(last)}; rel="last"`);
      if (page > 1) links.push(`${pageUrl(1)}; rel="first"`, `${pageUrl(page - 1)}; rel="prev"`);
      return send(200, all.slice((page - 1) * perPage, page * perPage), links.length ? { link: links.join(", ") } : {});
    }
    if (list?.[1] && method === "POST") {
      const pull = Number(list[1]);
      if (!this.comments.has(pull)) return error(404, "Not Found");
      const body = (JSON.parse(text) as { body?: unknown }).body;
      if (typeof body !== "string") return error(422, "Validation Failed");
      return send(201, this.add(pull, this.writerLogin, body, "Bot"));
    }
    if (edit?.[1] && method === "PATCH") {
      const id = Number(edit[1]);
      const comment = [...this.comments.values()].flat().find((c) => c.id === id);
      if (!comment) return error(404, "Not Found");
      if (comment.user.login !== this.writerLogin) return error(403, "Must have admin rights to Repository.");
      const body = (JSON.parse(text) as { body?: unknown }).body;
      if (typeof body !== "string") return error(422, "Validation Failed");
      comment.body = body;
      return send(200, comment);
    }
    if (method !== "GET") return error(404, "Not Found");
    // A page of a wrapped list (`{ total_count, <field>: [...] }`), its Link keeping the filters.
    const sendPage = <T>(field: string, all: T[]) => {
      const perPage = Math.min(100, Number(url.searchParams.get("per_page") ?? 30));
      const page = Number(url.searchParams.get("page") ?? 1);
      const last = Math.max(1, Math.ceil(all.length / perPage));
      const pageUrl = (p: number) => {
        const next = new URL(url.pathname + url.search, this.linkBase ?? this.url);
        next.searchParams.set("page", String(p));
        return `<${next.href}>`;
      };
      const links: string[] = [];
      if (page < last) links.push(`${pageUrl(page + 1)}; rel="next"`, `${pageUrl(last)}; rel="last"`);
      if (page > 1) links.push(`${pageUrl(1)}; rel="first"`, `${pageUrl(page - 1)}; rel="prev"`);
      const items = all.slice((page - 1) * perPage, page * perPage);
      return send(200, { total_count: all.length, [field]: items }, links.length ? { link: links.join(", ") } : {});
    };
    if (labels?.[1]) {
      // https://docs.github.com/rest/issues/labels: a plain list of { id, name, color, … }.
      const pull = Number(labels[1]);
      if (!this.comments.has(pull)) return error(404, "Not Found");
      return send(200, (this.labels.get(pull) ?? []).map((name, i) => ({ id: i + 1, name, color: "ededed", default: false })));
    }
    if (run?.[1]) {
      const found = this.runs.find((r) => r.id === Number(run[1]));
      return found ? send(200, found) : error(404, "Not Found");
    }
    if (workflowRuns?.[1]) {
      const workflowId = Number(workflowRuns[1]);
      if (!this.runs.some((r) => r.workflow_id === workflowId)) return error(404, "Not Found");
      const { branch, status, event } = Object.fromEntries(url.searchParams);
      const matching = this.runs
        .filter(
          (r) =>
            r.workflow_id === workflowId &&
            (branch === undefined || r.head_branch === branch) &&
            (event === undefined || r.event === event) &&
            (status === undefined || (CONCLUSIONS.has(status) ? r.conclusion === status : r.status === status)),
        )
        .sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at));
      return sendPage("workflow_runs", matching);
    }
    if (runArtifacts?.[1]) {
      const runId = Number(runArtifacts[1]);
      if (!this.runs.some((r) => r.id === runId)) return error(404, "Not Found");
      const name = url.searchParams.get("name");
      return sendPage("artifacts", (this.runArtifacts.get(runId) ?? []).filter((a) => name === null || a.name === name));
    }
    if (zip?.[1]) {
      const artifact = [...this.runArtifacts.values()].flat().find((a) => a.id === Number(zip[1]));
      if (!artifact) return error(404, "Not Found");
      if (artifact.expired) return error(410, "Artifact has expired");
      if (artifact.blobUrl === undefined) return error(404, "Not Found");
      res.writeHead(302, { location: artifact.blobUrl, "content-length": "0" });
      return void res.end();
    }
    return error(404, "Not Found");
  }
}
