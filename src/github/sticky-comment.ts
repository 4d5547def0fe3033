// The sticky PR comment: one comment per pull request (and marker), found by the marker on its first
// line and written by the token's own user; edited on every run after the first, never duplicated.
//
// REST routes (https://docs.github.com/rest/issues/comments, API version 2022-11-28):
//   GET   /repos/{owner}/{repo}/issues/{issue_number}/comments?per_page=100  (Link: rel="next")
//   POST  /repos/{owner}/{repo}/issues/{issue_number}/comments               → 201
//   PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}                  → 200
//   GET   /user — answers 403 "Resource not accessible by integration" for GITHUB_TOKEN and other
//         GitHub App installation tokens, whose comments are written by `<app-slug>[bot]`; the
//         Actions token's is `github-actions[bot]`.
//
// Policy (STYLE.md): a comment that cannot be posted is a warning and the verdict still stands, so
// 403 and 404 come back as a `could-not-comment` result; only a GitHub that keeps failing (5xx,
// network) or answers something undocumented throws, and no message ever carries the token.

/** The login GITHUB_TOKEN's comments are written by. */
export const ACTIONS_BOT_LOGIN = "github-actions[bot]";

export interface StickyCommentTarget {
  /** `owner/repo`, as GITHUB_REPOSITORY spells it. */
  repository: string;
  /** The pull request's number (its issue number). */
  pullNumber: number;
  /** The full comment body; its first line must carry `marker`, or the marker is put in front. */
  body: string;
  /** The marker that identifies this comment (`commentMarker(id)`). */
  marker: string;
}

export interface GitHubClientOptions {
  token: string;
  /** GITHUB_API_URL; https://api.github.com when not given. */
  apiUrl?: string;
  /**
   * The login the token writes comments as. When not given it is asked of GET /user, and a token
   * that may not ask (GITHUB_TOKEN, an App installation token) is taken to be `github-actions[bot]`.
   * A workflow that comments with another App's token passes `<app-slug>[bot]` here.
   */
  login?: string;
  /** Attempts per request on 5xx, network errors and rate limits, first included. */
  attempts?: number;
  /** Waits between attempts; injected so tests never sleep. */
  sleep?: (ms: number) => Promise<void>;
  /** First backoff in ms, doubled each retry. */
  backoffMs?: number;
  /** Longest wait accepted for a rate limit to reset; past it the request fails instead. */
  maxRateLimitWaitMs?: number;
  /** The clock, for x-ratelimit-reset; injected so tests are deterministic. */
  nowMs?: () => number;
}

export type StickyCommentResult =
  | { kind: "created"; url: string; commentId: number }
  | { kind: "updated"; url: string; commentId: number }
  /** 403 or 404: the caller reports it as a warning ("could not comment: …"). */
  | { kind: "could-not-comment"; status: number; message: string };

/** A GitHub request that failed in a way the caller cannot fix by permissions: a bug or an outage. */
export class GitHubApiError extends Error {
  override readonly name = "GitHubApiError";
  constructor(
    message: string,
    readonly status: number | undefined,
  ) {
    super(message);
  }
}

/** The seam the action's publish stage depends on; tests of the entry can pass their own. */
export interface Publisher {
  publish(target: StickyCommentTarget): Promise<StickyCommentResult>;
}

interface IssueComment {
  id: number;
  body?: string | null;
  user: { login: string; type?: string } | null;
  html_url: string;
}

interface Response {
  status: number;
  headers: Headers;
  json: unknown;
}

/** Creates or updates the one sticky comment; see the module header for the policy. */
export async function publishStickyComment(
  target: StickyCommentTarget,
  options: GitHubClientOptions,
): Promise<StickyCommentResult> {
  const { owner, repo } = splitRepository(target.repository);
  if (!Number.isInteger(target.pullNumber) || target.pullNumber <= 0) {
    throw new GitHubApiError(`pull request number must be a positive integer; got ${String(target.pullNumber)}`, undefined);
  }
  const client = new RestClient(options);
  const body = withMarker(target.body, target.marker);
  const issuePath = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/issues`;
  const where = `${target.repository}#${target.pullNumber}`;

  const login = options.login ?? (await ownLogin(client));

  const listed = await client.paginate<IssueComment>(`${issuePath}/${target.pullNumber}/comments?per_page=100`);
  if ("refused" in listed) return couldNotComment(listed.refused, `list comments on ${where}`);

  // The first (oldest) of our own marked comments is the sticky one; a marker pasted by anyone
  // else is ignored, never edited.
  const own = listed.items.find((c) => c.user?.login === login && firstLine(c.body ?? "").includes(target.marker));
  if (own) {
    const res = await client.request("PATCH", `${issuePath}/comments/${own.id}`, { body });
    if (res.status === 403 || res.status === 404) return couldNotComment(res, `update comment ${own.id} on ${where}`);
    expectStatus(res, 200, `PATCH comment ${own.id} on ${where}`);
    const updated = res.json as IssueComment;
    return { kind: "updated", url: updated.html_url, commentId: updated.id };
  }
  const res = await client.request("POST", `${issuePath}/${target.pullNumber}/comments`, { body });
  if (res.status === 403 || res.status === 404) return couldNotComment(res, `create a comment on ${where}`);
  expectStatus(res, 201, `POST comment on ${where}`);
  const created = res.json as IssueComment;
  return { kind: "created", url: created.html_url, commentId: created.id };
}

/** A `Publisher` bound to one token and API URL. */
export function stickyCommentPublisher(options: GitHubClientOptions): Publisher {
  return { publish: (target) => publishStickyComment(target, options) };
}

async function ownLogin(client: RestClient): Promise<string> {
  const res = await client.request("GET", "/user");
  // Installation tokens may not read /user (403 "Resource not accessible by integration").
  if (res.status === 401 || res.status === 403) return ACTIONS_BOT_LOGIN;
  expectStatus(res, 200, "GET /user");
  const login = (res.json as { login?: unknown }).login;
  if (typeof login !== "string" || login === "") throw new GitHubApiError("GET /user answered without a login", 200);
  return login;
}

function couldNotComment(res: Response, what: string): StickyCommentResult {
  const hint =
    res.status === 404
      ? "the pull request was not found (wrong repository or number, or the token cannot see it)"
      : "the token may not write comments (a pull request from a fork gets a read-only token; the job needs `permissions: pull-requests: write`)";
  return {
    kind: "could-not-comment",
    status: res.status,
    message: `could not ${what}: GitHub answered ${res.status} ${githubMessage(res)}; ${hint}`,
  };
}

function expectStatus(res: Response, status: number, what: string): void {
  if (res.status !== status) {
    throw new GitHubApiError(`${what}: GitHub answered ${res.status} ${githubMessage(res)}; expected ${status}`, res.status);
  }
}

function githubMessage(res: Response): string {
  const message = (res.json as { message?: unknown } | null)?.message;
  return typeof message === "string" ? JSON.stringify(message.slice(0, 200)) : "(no message)";
}

function withMarker(body: string, marker: string): string {
  return firstLine(body).includes(marker) ? body : `${marker}\n${body}`;
}

function firstLine(text: string): string {
  const end = text.indexOf("\n");
  return end === -1 ? text : text.slice(0, end);
}

function splitRepository(repository: string): { owner: string; repo: string } {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository);
  if (!match?.[1] || !match[2]) {
    throw new GitHubApiError(`repository must be "owner/repo"; got ${JSON.stringify(repository)}`, undefined);
  }
  return { owner: match[1], repo: match[2] };
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

class RestClient {
  readonly #token: string;
  readonly #apiUrl: string;
  readonly #attempts: number;
  readonly #sleep: (ms: number) => Promise<void>;
  readonly #backoffMs: number;
  readonly #maxRateLimitWaitMs: number;
  readonly #nowMs: () => number;

  constructor(options: GitHubClientOptions) {
    if (options.token === "") throw new GitHubApiError("no GitHub token: pass the `github-token` input", undefined);
    this.#token = options.token;
    this.#apiUrl = (options.apiUrl ?? "https://api.github.com").replace(/\/+$/, "");
    this.#attempts = Math.max(1, options.attempts ?? 4);
    this.#sleep = options.sleep ?? defaultSleep;
    this.#backoffMs = options.backoffMs ?? 1000;
    this.#maxRateLimitWaitMs = options.maxRateLimitWaitMs ?? 60_000;
    this.#nowMs = options.nowMs ?? Date.now;
  }

  /** Follows `Link: rel="next"` to the end; a 403/404 on any page comes back as `refused`. */
  async paginate<T>(path: string): Promise<{ items: T[] } | { refused: Response }> {
    const items: T[] = [];
    let url: string | undefined = this.#apiUrl + path;
    for (let page = 1; url !== undefined; page++) {
      if (page > 1000) throw new GitHubApiError(`GET ${path}: more than 1000 pages; stopping`, undefined);
      const res = await this.request("GET", url);
      if (res.status === 403 || res.status === 404) return { refused: res };
      expectStatus(res, 200, `GET ${path} (page ${page})`);
      if (!Array.isArray(res.json)) throw new GitHubApiError(`GET ${path}: GitHub answered 200 without a list`, 200);
      items.push(...(res.json as T[]));
      url = nextLink(res.headers.get("link"));
      // Only follow links to the same API: the token goes with every request.
      if (url !== undefined && !url.startsWith(this.#apiUrl + "/")) {
        throw new GitHubApiError(`GET ${path}: the next page is not on ${this.#apiUrl}; refusing to send the token there`, 200);
      }
    }
    return { items };
  }

  /** One request with retries on 5xx, network errors and rate limits; 4xx come back as they are. */
  async request(method: string, pathOrUrl: string, body?: unknown): Promise<Response> {
    const url = pathOrUrl.startsWith("/") ? this.#apiUrl + pathOrUrl : pathOrUrl;
    const what = `${method} ${new URL(url).pathname}`;
    let last = "";
    for (let attempt = 1; attempt <= this.#attempts; attempt++) {
      let res: Response;
      try {
        const raw = await fetch(url, {
          method,
          headers: {
            accept: "application/vnd.github+json",
            authorization: `Bearer ${this.#token}`,
            "x-github-api-version": "2022-11-28",
            "user-agent": "dnntune",
            ...(body === undefined ? {} : { "content-type": "application/json" }),
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
        const text = await raw.text();
        res = { status: raw.status, headers: raw.headers, json: parseJson(text) };
      } catch (error) {
        last = `network error: ${this.#redact(error instanceof Error ? error.message : String(error))}`;
        if (attempt < this.#attempts) await this.#sleep(this.#backoff(attempt));
        continue;
      }
      const rateWait = this.#rateLimitWaitMs(res);
      if (rateWait !== undefined) {
        last = `rate limited (${res.status} ${this.#redact(githubMessage(res))})`;
        if (rateWait > this.#maxRateLimitWaitMs) {
          throw new GitHubApiError(
            `${what}: ${last}; the limit resets in ${Math.ceil(rateWait / 1000)} s, longer than dnntune waits`,
            res.status,
          );
        }
        if (attempt < this.#attempts) await this.#sleep(rateWait);
        continue;
      }
      if (res.status >= 500) {
        last = `${res.status} ${this.#redact(githubMessage(res))}`;
        if (attempt < this.#attempts) await this.#sleep(this.#backoff(attempt));
        continue;
      }
      return { ...res, json: this.#redactJson(res.json) };
    }
    throw new GitHubApiError(`${what}: GitHub failed ${this.#attempts} times; last answer: ${last}`, undefined);
  }

  #backoff(attempt: number): number {
    return this.#backoffMs * 2 ** (attempt - 1);
  }

  /** How long to wait for a rate limit, or undefined when the answer is not one. */
  #rateLimitWaitMs(res: Response): number | undefined {
    if (res.status !== 403 && res.status !== 429) return undefined;
    const retryAfter = res.headers.get("retry-after");
    if (retryAfter !== null && /^\d+$/.test(retryAfter.trim())) return Number(retryAfter) * 1000;
    if (res.headers.get("x-ratelimit-remaining") === "0") {
      const reset = Number(res.headers.get("x-ratelimit-reset"));
      // GitHub's docs: wait until x-ratelimit-reset (epoch seconds); without it, at least a minute.
      return Number.isFinite(reset) && reset > 0 ? Math.max(0, reset * 1000 - this.#nowMs()) : 60_000;
    }
    // GitHub's "Rate limits for the REST API": without either header, wait at least a minute. A
    // secondary limit can come as a bare 403 whose message says so; any other 403 is a refusal.
    const message = (res.json as { message?: unknown } | null)?.message;
    const saysRateLimit = typeof message === "string" && /rate limit/i.test(message);
    return res.status === 429 || saysRateLimit ? 60_000 : undefined;
  }

  #redact(text: string): string {
    return text.split(this.#token).join("***");
  }

  /** GitHub never echoes a token, but the messages go to logs: make sure. */
  #redactJson(json: unknown): unknown {
    if (json === null || typeof json !== "object") return json;
    const text = JSON.stringify(json);
    return text.includes(this.#token) ? JSON.parse(this.#redact(text)) : json;
  }
}

function parseJson(text: string): unknown {
  if (text === "") return null;
  try {
    return JSON.parse(text);
  } catch {
    return { message: text.slice(0, 200) };
  }
}

/** The `rel="next"` URL of a Link header (RFC 8288, as GitHub sends it), if any. */
export function nextLink(header: string | null): string | undefined {
  if (header === null) return undefined;
  for (const part of header.split(",")) {
    const match = /<([^>]*)>\s*;(.*)$/.exec(part.trim());
    if (match?.[1] !== undefined && /\brel\s*=\s*"?([^";]*\s)?next(\s[^";]*)?"?/.test(match[2] ?? "")) return match[1];
  }
  return undefined;
}
