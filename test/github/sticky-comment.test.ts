import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { COMMENT_MARKER, commentMarker } from "../../src/report/markdown/render-comment.js";
import {
  GitHubApiError,
  nextLink,
  publishStickyComment,
  type GitHubClientOptions,
  type StickyCommentResult,
} from "../../src/github/sticky-comment.js";
import { FakeGitHub } from "./fake-github.js";

const TOKEN = "ghs_s3cr3tT0kenValue0123456789abcdef";
const PR = 7;

let github: FakeGitHub;
let sleeps: number[];

function options(extra: Partial<GitHubClientOptions> = {}): GitHubClientOptions {
  return { token: TOKEN, apiUrl: github.url, sleep: async (ms) => void sleeps.push(ms), nowMs: () => 0, ...extra };
}

function publish(body: string, extra: Partial<GitHubClientOptions> = {}, marker = COMMENT_MARKER) {
  return publishStickyComment({ repository: "acme/models", pullNumber: PR, body, marker }, options(extra));
}

function marked(text: string, marker = COMMENT_MARKER): string {
  return `${marker}\n## DNNTune\n${text}`;
}

function ours(): { id: number; body: string }[] {
  return (github.comments.get(PR) ?? []).filter((c) => c.user.login === "github-actions[bot]");
}

beforeEach(async () => {
  github = new FakeGitHub(TOKEN);
  github.comments.set(PR, []);
  sleeps = [];
  await github.start();
});

afterEach(async () => {
  await github.stop();
});

describe("publishStickyComment", () => {
  it("creates the comment on the first run", async () => {
    const result = await publish(marked("first"));
    expect(result).toEqual({
      kind: "created",
      commentId: ours()[0]?.id,
      url: `https://github.com/acme/models/pull/${PR}#issuecomment-${ours()[0]?.id}`,
    });
    expect(ours().map((c) => c.body)).toEqual([marked("first")]);
    expect(github.requests.every((r) => r.authorization === `Bearer ${TOKEN}` && r.apiVersion === "2022-11-28")).toBe(true);
  });

  it("edits the same comment on the second run, leaving exactly one", async () => {
    const first = await publish(marked("first"));
    const second = await publish(marked("second"));
    expect(second.kind).toBe("updated");
    expect(second.kind === "updated" && second.commentId).toBe(
      first.kind === "created" && first.commentId,
    );
    expect(ours().map((c) => c.body)).toEqual([marked("second")]);
    expect(github.requests.filter((r) => r.method === "PATCH")).toHaveLength(1);
  });

  it("with onlyUpdate, edits its comment but never creates one", async () => {
    const skipped = await publishStickyComment({ repository: "acme/models", pullNumber: PR, body: marked("quiet"), marker: COMMENT_MARKER, onlyUpdate: true }, options());
    expect(skipped).toEqual({ kind: "skipped" });
    expect(ours()).toEqual([]);
    await publish(marked("first"));
    const updated = await publishStickyComment({ repository: "acme/models", pullNumber: PR, body: marked("quiet"), marker: COMMENT_MARKER, onlyUpdate: true }, options());
    expect(updated.kind).toBe("updated");
    expect(ours().map((c) => c.body)).toEqual([marked("quiet")]);
  });

  it("updates the oldest of its own marked comments when an earlier race left two", async () => {
    const oldest = github.add(PR, "github-actions[bot]", marked("one"), "Bot");
    const newer = github.add(PR, "github-actions[bot]", marked("two"), "Bot");
    expect(await publish(marked("three"))).toMatchObject({ kind: "updated", commentId: oldest.id });
    expect([oldest.body, newer.body]).toEqual([marked("three"), marked("two")]);
  });

  it("puts the marker in front of a body that lacks it, so the next run finds it", async () => {
    await publish("## DNNTune\nno marker");
    expect(ours()[0]?.body).toBe(`${COMMENT_MARKER}\n## DNNTune\nno marker`);
    expect((await publish("again")).kind).toBe("updated");
    expect(ours()).toHaveLength(1);
  });

  it("leaves a marked comment by another user alone and creates its own", async () => {
    const pasted = github.add(PR, "mallory", marked("pasted by a person"));
    const result = await publish(marked("ours"));
    expect(result.kind).toBe("created");
    expect(pasted.body).toBe(marked("pasted by a person"));
    expect(github.requests.some((r) => r.method === "PATCH")).toBe(false);
    expect(ours().map((c) => c.body)).toEqual([marked("ours")]);
  });

  it("does not take a comment that only quotes the marker past its first line", async () => {
    github.add(PR, "github-actions[bot]", `some other bot report\n${COMMENT_MARKER}`, "Bot");
    expect((await publish(marked("ours"))).kind).toBe("created");
    expect(ours()).toHaveLength(2);
  });

  it("keeps comments with different markers apart", async () => {
    await publish(marked("cpu", commentMarker("cpu")), {}, commentMarker("cpu"));
    const gpu = await publish(marked("gpu", commentMarker("gpu")), {}, commentMarker("gpu"));
    expect(gpu.kind).toBe("created");
    expect(ours()).toHaveLength(2);
  });

  it("follows Link rel=next across 3 pages and updates its own comment on page 3", async () => {
    for (let i = 0; i < 230; i++) github.add(PR, `user${i % 5}`, `comment ${i}`);
    const own = github.add(PR, "github-actions[bot]", marked("old"), "Bot");
    const result = await publish(marked("new"));
    expect(result).toMatchObject({ kind: "updated", commentId: own.id, url: own.html_url });
    expect(own.body).toBe(marked("new"));
    const lists = github.requests.filter((r) => r.method === "GET" && r.url.includes("/comments"));
    expect(lists.map((r) => r.url)).toEqual([
      `/repos/acme/models/issues/${PR}/comments?per_page=100`,
      `/repos/acme/models/issues/${PR}/comments?per_page=100&page=2`,
      `/repos/acme/models/issues/${PR}/comments?per_page=100&page=3`,
    ]);
    expect(github.requests.some((r) => r.method === "POST")).toBe(false);
  });

  it("identifies its own user from GET /user when the token may read it (a personal token)", async () => {
    github.userLogin = "octo-bot";
    github.writerLogin = "octo-bot";
    const own = github.add(PR, "octo-bot", marked("old"));
    github.add(PR, "github-actions[bot]", marked("someone else's action"), "Bot");
    expect(await publish(marked("new"))).toMatchObject({ kind: "updated", commentId: own.id });
  });

  it("takes the login it is given without asking GET /user", async () => {
    github.writerLogin = "dnntune-app[bot]";
    const own = github.add(PR, "dnntune-app[bot]", marked("old"), "Bot");
    expect(await publish(marked("new"), { login: "dnntune-app[bot]" })).toMatchObject({ kind: "updated", commentId: own.id });
    expect(github.requests.some((r) => r.url === "/user")).toBe(false);
  });

  it("turns a 403 (a fork's read-only token) into a could-not-comment result", async () => {
    github.fail("POST comments", { status: 403, message: "Resource not accessible by integration" });
    const result = await publish(marked("x"));
    expect(result.kind).toBe("could-not-comment");
    const { status, message } = result as Extract<StickyCommentResult, { kind: "could-not-comment" }>;
    expect(status).toBe(403);
    expect(message).toMatch(/^could not create a comment on acme\/models#7: GitHub answered 403 "Resource not accessible by integration"; .*fork.*pull-requests: write/);
    expect(sleeps).toEqual([]);
  });

  it("turns a 404 into a could-not-comment result that says the pull request was not found", async () => {
    const result = await publishStickyComment(
      { repository: "acme/models", pullNumber: 99, body: marked("x"), marker: COMMENT_MARKER },
      options(),
    );
    expect(result).toMatchObject({ kind: "could-not-comment", status: 404 });
    expect((result as { message: string }).message).toMatch(/list comments on acme\/models#99: .*404 "Not Found"; the pull request was not found/);
  });

  it("retries a 500 twice with backoff, then succeeds", async () => {
    github.fail("GET comments", { status: 500, message: "Server Error" }, { status: 502, message: "Bad Gateway" });
    expect((await publish(marked("x"))).kind).toBe("created");
    expect(sleeps).toEqual([1000, 2000]);
  });

  it("blanks a token that an error body echoes across the cut its message gets", async () => {
    github.fail("GET comments", ...Array.from({ length: 10 }, () => ({ status: 500, message: `${"A".repeat(180)}${TOKEN}` })));
    const message = await publish(marked("x"), { attempts: 2 }).then(() => "", (e: unknown) => (e as Error).message);
    expect(message).toMatch(/last answer: 500 "A{180}\*\*\*"/);
    expect(message).not.toContain(TOKEN.slice(0, 8));
  });

  it("gives up on a persistent 500 with a clear error that does not carry the token", async () => {
    github.fail("GET comments", ...Array.from({ length: 10 }, () => ({ status: 500, message: `boom ${TOKEN}` })));
    const error = await publish(marked("x")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    const message = (error as Error).message;
    expect(message).toBe(`GET /repos/acme/models/issues/${PR}/comments: GitHub failed 4 times; last answer: 500 "boom ***"`);
    expect(message).not.toContain(TOKEN);
    expect(sleeps).toEqual([1000, 2000, 4000]);
  });

  it("waits for a rate limit (403 with x-ratelimit-remaining: 0) until its reset, then goes on", async () => {
    github.fail("GET comments", {
      status: 403,
      message: "API rate limit exceeded",
      headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "30" },
    });
    expect((await publish(marked("x"))).kind).toBe("created");
    expect(sleeps).toEqual([30_000]);
  });

  it("honours retry-after on a 429 secondary rate limit", async () => {
    github.fail("POST comments", { status: 429, message: "secondary rate limit", headers: { "retry-after": "5" } });
    expect((await publish(marked("x"))).kind).toBe("created");
    expect(sleeps).toEqual([5000]);
  });

  it("waits a minute on a secondary rate limit 403 that carries neither header", async () => {
    github.fail("POST comments", { status: 403, message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again." });
    expect((await publish(marked("x"))).kind).toBe("created");
    expect(sleeps).toEqual([60_000]);
  });

  it("fails clearly when a rate limit resets later than it is willing to wait", async () => {
    github.fail("GET comments", {
      status: 403,
      message: "API rate limit exceeded",
      headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "3600" },
    });
    await expect(publish(marked("x"))).rejects.toThrow(/rate limited \(403 "API rate limit exceeded"\); the limit resets in 3600 s/);
  });

  it("never lets the token into a result, an error or a request URL", async () => {
    const outputs: string[] = [];
    const record = (value: unknown) => outputs.push(value instanceof Error ? `${value.message}\n${value.stack}` : JSON.stringify(value));
    record(await publish(marked("a")));
    record(await publish(marked("b")));
    github.fail("PATCH comment", { status: 403, message: `denied for ${TOKEN}` });
    record(await publish(marked("c")));
    github.fail("GET comments", { status: 401, message: `Bad credentials ${TOKEN}` });
    record(await publish(marked("d")).catch((e: unknown) => e));
    record(await publish(marked("e"), { apiUrl: "http://127.0.0.1:1" }).catch((e: unknown) => e));
    record(await publish(marked("f"), { apiUrl: `http://x:${TOKEN}@127.0.0.1:1` }).catch((e: unknown) => e));
    expect(outputs).toHaveLength(6);
    for (const output of outputs) expect(output).not.toContain(TOKEN);
    expect(outputs[2]).toContain("denied for ***");
    expect(github.requests.every((r) => !r.url.includes(TOKEN))).toBe(true);
  });

  it("refuses to follow a next link off the API host, where the token would go", async () => {
    for (let i = 0; i < 150; i++) github.add(PR, "someone", `comment ${i}`);
    github.linkBase = "https://elsewhere.example";
    const error = await publish(marked("x")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect((error as Error).message).toMatch(/the next page is not on http:\/\/127\.0\.0\.1:\d+; refusing to send the token there/);
    expect(github.requests.filter((r) => r.url.includes("/comments"))).toHaveLength(1);
  });
});

describe("nextLink", () => {
  it("reads rel=next from GitHub's Link header", () => {
    expect(
      nextLink(
        '<https://api.github.com/repositories/1/issues/7/comments?per_page=100&page=2>; rel="next", <https://api.github.com/repositories/1/issues/7/comments?per_page=100&page=3>; rel="last"',
      ),
    ).toBe("https://api.github.com/repositories/1/issues/7/comments?per_page=100&page=2");
  });

  it("finds none on the last page or without the header", () => {
    expect(nextLink('<https://api.github.com/x?page=1>; rel="first", <https://api.github.com/x?page=2>; rel="prev"')).toBeUndefined();
    expect(nextLink(null)).toBeUndefined();
  });
});
