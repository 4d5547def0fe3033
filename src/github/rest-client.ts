// A small GitHub REST client on fetch: retries on 5xx, network errors and rate limits with an
// injected sleep and clock, follows `Link` pages on the same API only, and never lets the token into
// a message. Shared by the sticky comment and the results artifacts.

export interface RestClientOptions {
  token: string;
  /** GITHUB_API_URL; https://api.github.com when not given. */
  apiUrl?: string;
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

export interface Response {
  status: number;
  headers: Headers;
  json: unknown;
}

export function expectStatus(res: Response, status: number, what: string): void {
  if (res.status !== status) {
    throw new GitHubApiError(`${what}: GitHub answered ${res.status} ${githubMessage(res)}; expected ${status}`, res.status);
  }
}

export function githubMessage(res: Response): string {
  const message = (res.json as { message?: unknown } | null)?.message;
  return typeof message === "string" ? JSON.stringify(message.slice(0, 200)) : "(no message)";
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class RestClient {
  readonly #token: string;
  readonly #apiUrl: string;
  readonly #attempts: number;
  readonly #sleep: (ms: number) => Promise<void>;
  readonly #backoffMs: number;
  readonly #maxRateLimitWaitMs: number;
  readonly #nowMs: () => number;

  constructor(options: RestClientOptions) {
    if (options.token === "") throw new GitHubApiError("no GitHub token: pass the `github-token` input", undefined);
    this.#token = options.token;
    this.#apiUrl = (options.apiUrl ?? "https://api.github.com").replace(/\/+$/, "");
    this.#attempts = Math.max(1, options.attempts ?? 4);
    this.#sleep = options.sleep ?? defaultSleep;
    this.#backoffMs = options.backoffMs ?? 1000;
    this.#maxRateLimitWaitMs = options.maxRateLimitWaitMs ?? 60_000;
    this.#nowMs = options.nowMs ?? Date.now;
  }

  /**
   * Follows `Link: rel="next"` to the end; a 403/404 on any page comes back as `refused`. `field`
   * names the list in answers that wrap it (`{ total_count, workflow_runs: [...] }`).
   */
  async paginate<T>(path: string, field?: string): Promise<{ items: T[] } | { refused: Response }> {
    const items: T[] = [];
    for await (const page of this.pages<T>(path, field)) {
      if ("refused" in page) return page;
      items.push(...page.items);
    }
    return { items };
  }

  /** The pages of a list one at a time, so a caller that has found what it wants stops asking. */
  async *pages<T>(path: string, field?: string): AsyncGenerator<{ items: T[] } | { refused: Response }> {
    let url: string | undefined = this.#apiUrl + path;
    for (let page = 1; url !== undefined; page++) {
      if (page > 1000) throw new GitHubApiError(`GET ${path}: more than 1000 pages; stopping`, undefined);
      const res = await this.request("GET", url);
      if (res.status === 403 || res.status === 404) {
        yield { refused: res };
        return;
      }
      expectStatus(res, 200, `GET ${path} (page ${page})`);
      const list = field === undefined ? res.json : (res.json as Record<string, unknown> | null)?.[field];
      if (!Array.isArray(list)) {
        throw new GitHubApiError(`GET ${path}: GitHub answered 200 without a list${field === undefined ? "" : ` in \`${field}\``}`, 200);
      }
      yield { items: list as T[] };
      url = nextLink(res.headers.get("link"));
      // Only follow links to the same API: the token goes with every request.
      if (url !== undefined && !url.startsWith(this.#apiUrl + "/")) {
        throw new GitHubApiError(`GET ${path}: the next page is not on ${this.#apiUrl}; refusing to send the token there`, 200);
      }
    }
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
        // Blanked before anything is cut or parsed: a token that straddles a cut would escape it.
        res = { status: raw.status, headers: raw.headers, json: parseJson(this.redact(text)) };
      } catch (error) {
        last = `network error: ${this.redact(error instanceof Error ? error.message : String(error))}`;
        if (attempt < this.#attempts) await this.#sleep(this.#backoff(attempt));
        continue;
      }
      const rateWait = this.#rateLimitWaitMs(res);
      if (rateWait !== undefined) {
        last = `rate limited (${res.status} ${this.redact(githubMessage(res))})`;
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
        last = `${res.status} ${this.redact(githubMessage(res))}`;
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

  /** The text with the token blanked out, for messages built from anything a request touched. */
  redact(text: string): string {
    return text.split(this.#token).join("***");
  }

  /** GitHub never echoes a token, but the messages go to logs: make sure. */
  #redactJson(json: unknown): unknown {
    if (json === null || typeof json !== "object") return json;
    const text = JSON.stringify(json);
    return text.includes(this.#token) ? JSON.parse(this.redact(text)) : json;
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
