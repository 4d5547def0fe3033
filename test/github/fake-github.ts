// A local HTTP server that answers the GitHub REST routes the sticky comment uses, as
// https://docs.github.com/rest/issues/comments documents them: issue comments with `id`, `body`,
// `user: { login, type }`, `html_url`; pages of `per_page` linked by `Link` headers; errors as
// `{ message, documentation_url }`. Faults are queued per route to script outages.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: "User" | "Bot" };
  html_url: string;
}

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
  /** Queued faults, keyed `METHOD route` with route `comments` (list/create), `comment` (edit) or `user`. */
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

    if (req.headers.authorization !== `Bearer ${this.token}`) return error(401, "Bad credentials");
    const base = `/repos/${this.owner}/${this.repo}/issues`;
    const list = new RegExp(`^${base}/(\\d+)/comments$`).exec(url.pathname);
    const edit = new RegExp(`^${base}/comments/(\\d+)$`).exec(url.pathname);
    const route = url.pathname === "/user" ? "user" : list ? "comments" : edit ? "comment" : undefined;
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
    return error(404, "Not Found");
  }
}
