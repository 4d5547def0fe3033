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

import {
  expectStatus,
  GitHubApiError,
  githubMessage,
  RestClient,
  type Response,
  type RestClientOptions,
} from "./rest-client.js";

export { GitHubApiError, nextLink } from "./rest-client.js";

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
  /** Edit the comment when there is one, but never create one (`comment: on-change` with nothing flagged). */
  onlyUpdate?: boolean;
}

export interface GitHubClientOptions extends RestClientOptions {
  /**
   * The login the token writes comments as. When not given it is asked of GET /user, and a token
   * that may not ask (GITHUB_TOKEN, an App installation token) is taken to be `github-actions[bot]`.
   * A workflow that comments with another App's token passes `<app-slug>[bot]` here.
   */
  login?: string;
}

export type StickyCommentResult =
  | { kind: "created"; url: string; commentId: number }
  | { kind: "updated"; url: string; commentId: number }
  /** `onlyUpdate` and no comment of ours yet: nothing was written. */
  | { kind: "skipped" }
  /** 403 or 404: the caller reports it as a warning ("could not comment: …"). */
  | { kind: "could-not-comment"; status: number; message: string };

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
  if (target.onlyUpdate) return { kind: "skipped" };
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
