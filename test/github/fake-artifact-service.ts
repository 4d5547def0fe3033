// A local stand-in for the Actions results service that @actions/artifact 6.1.0 calls at
// ACTIONS_RESULTS_URL: Twirp over JSON, `POST /twirp/github.actions.results.api.v1.ArtifactService/<Method>`,
// requests with proto field names (the library's `toJson({ useProtoFieldName: true })`), int64 as
// strings, Timestamp as RFC 3339, wrappers (StringValue, Int64Value) as their bare value, errors as
// Twirp's `{ code, msg }`. The bytes live in a real blob store (azurite): CreateArtifact hands out a
// write SAS URL and GetSignedArtifactURL a read one, for a blob under
// `<run backend id>/workflow-job-run-<job backend id>/artifacts/<hash>.zip` as GitHub's are named;
// the `.zip` matters, since the library unzips only what is served as a zip or named like one.

import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  BlobSASPermissions,
  BlobServiceClient,
  generateBlobSASQueryParameters,
  StorageSharedKeyCredential,
  type ContainerClient,
} from "@azure/storage-blob";
import { DEV_ACCOUNT, DEV_ACCOUNT_KEY } from "../helpers/azurite.js";

const SERVICE = "/twirp/github.actions.results.api.v1.ArtifactService/";
const CONTAINER = "actions-results";

export interface StoredArtifact {
  databaseId: number;
  runBackendId: string;
  jobBackendId: string;
  name: string;
  blobName: string;
  sizeBytes: number;
  /** `sha256:<hex>`, as FinalizeArtifact sent it. */
  digest: string | undefined;
  createdAt: Date;
  finalized: boolean;
}

export interface TwirpFault {
  status: number;
  code: string;
  msg: string;
}

/** An unsigned JWT carrying the scope the library reads its backend IDs from. */
export function runtimeToken(runBackendId: string, jobBackendId: string): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${part({ alg: "none", typ: "JWT" })}.${part({
    scp: `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:${runBackendId}:${jobBackendId}`,
  })}.`;
}

export class FakeArtifactService {
  readonly artifacts: StoredArtifact[] = [];
  readonly calls: string[] = [];
  /** Queued faults, keyed by Twirp method (`GetSignedArtifactURL`). */
  readonly faults = new Map<string, TwirpFault[]>();
  url = "";
  #server: Server | undefined;
  #nextId = 5000;
  readonly #credential = new StorageSharedKeyCredential(DEV_ACCOUNT, DEV_ACCOUNT_KEY);
  readonly #container: ContainerClient;

  /** `tokens` are the runtime tokens it accepts (one per run the test plays). */
  constructor(
    readonly blobUrl: string,
    readonly tokens: readonly string[],
  ) {
    this.#container = new BlobServiceClient(blobUrl, this.#credential).getContainerClient(CONTAINER);
  }

  async start(): Promise<void> {
    await this.#container.createIfNotExists();
    this.#server = createServer((req, res) => {
      void this.#handle(req, res);
    });
    await new Promise<void>((resolve) => this.#server?.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}/`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.#server?.close(() => resolve()));
  }

  fail(method: string, ...faults: TwirpFault[]): void {
    this.faults.set(method, [...(this.faults.get(method) ?? []), ...faults]);
  }

  /** A read SAS URL for a stored artifact, as GitHub's REST zip route redirects to. */
  readUrl(artifact: StoredArtifact): string {
    return this.#sasUrl(artifact.blobName, "r", artifact.name);
  }

  find(runBackendId: string, name: string): StoredArtifact | undefined {
    return this.artifacts.find((a) => a.runBackendId === runBackendId && a.name === name);
  }

  #sasUrl(blobName: string, permissions: string, downloadName?: string): string {
    const sas = generateBlobSASQueryParameters(
      {
        containerName: CONTAINER,
        blobName,
        permissions: BlobSASPermissions.parse(permissions),
        expiresOn: new Date(Date.now() + 60 * 60 * 1000),
        ...(downloadName === undefined ? {} : { contentDisposition: `attachment; filename="${downloadName}.zip"` }),
      },
      this.#credential,
    );
    return `${this.#container.getBlockBlobClient(blobName).url}?${sas.toString()}`;
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const send = (status: number, json: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(json));
    };
    const twirpError = (status: number, code: string, msg: string) => send(status, { code, msg });

    const url = new URL(req.url ?? "/", this.url);
    if (req.method !== "POST" || !url.pathname.startsWith(SERVICE)) return twirpError(404, "bad_route", `no handler for ${url.pathname}`);
    const method = url.pathname.slice(SERVICE.length);
    this.calls.push(method);
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    if (bearer === undefined || !this.tokens.includes(bearer)) return twirpError(401, "unauthenticated", "invalid runtime token");
    if (!/^application\/json/.test(req.headers["content-type"] ?? "")) {
      return twirpError(400, "malformed", "the JSON client sends application/json");
    }
    const fault = this.faults.get(method)?.shift();
    if (fault) return twirpError(fault.status, fault.code, fault.msg);
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
    } catch {
      return twirpError(400, "malformed", "the body is not JSON");
    }
    const run = str(body.workflow_run_backend_id);
    const job = str(body.workflow_job_run_backend_id);
    if (run === undefined || job === undefined) return twirpError(400, "invalid_argument", "workflow_run_backend_id and workflow_job_run_backend_id are required");

    switch (method) {
      case "CreateArtifact": {
        const name = str(body.name);
        if (name === undefined) return twirpError(400, "invalid_argument", "name is required");
        if (body.version !== 4) return twirpError(400, "invalid_argument", `version must be 4; got ${JSON.stringify(body.version)}`);
        const existing = this.find(run, name);
        if (existing?.finalized) {
          return twirpError(409, "already_exists", `an artifact with this name already exists on the workflow run`);
        }
        const blobName = `${run}/workflow-job-run-${job}/artifacts/${createHash("sha256").update(name).digest("hex")}.zip`;
        if (!existing) {
          this.artifacts.push({
            databaseId: this.#nextId++,
            runBackendId: run,
            jobBackendId: job,
            name,
            blobName,
            sizeBytes: 0,
            digest: undefined,
            createdAt: new Date(),
            finalized: false,
          });
        }
        return send(200, { ok: true, signed_upload_url: this.#sasUrl(blobName, "cw") });
      }
      case "FinalizeArtifact": {
        const name = str(body.name);
        const artifact = name === undefined ? undefined : this.find(run, name);
        if (!artifact) return twirpError(404, "not_found", `no artifact ${JSON.stringify(name)} was created on this run`);
        const size = Number(str(body.size));
        const properties = await this.#container.getBlockBlobClient(artifact.blobName).getProperties().catch(() => undefined);
        if (properties?.contentLength !== size) {
          return twirpError(400, "invalid_argument", `size ${size} does not match the uploaded blob (${properties?.contentLength ?? "missing"})`);
        }
        Object.assign(artifact, { sizeBytes: size, digest: str(body.hash), finalized: true });
        return send(200, { ok: true, artifact_id: String(artifact.databaseId) });
      }
      case "ListArtifacts": {
        const nameFilter = str(body.name_filter);
        const idFilter = str(body.id_filter);
        const artifacts = this.artifacts.filter(
          (a) =>
            a.finalized &&
            a.runBackendId === run &&
            (nameFilter === undefined || a.name === nameFilter) &&
            (idFilter === undefined || String(a.databaseId) === idFilter),
        );
        return send(200, {
          artifacts: artifacts.map((a) => ({
            workflow_run_backend_id: a.runBackendId,
            workflow_job_run_backend_id: a.jobBackendId,
            database_id: String(a.databaseId),
            name: a.name,
            size: String(a.sizeBytes),
            created_at: a.createdAt.toISOString(),
            ...(a.digest === undefined ? {} : { digest: a.digest }),
          })),
        });
      }
      case "GetSignedArtifactURL": {
        const name = str(body.name);
        const artifact = name === undefined ? undefined : this.find(run, name);
        if (!artifact?.finalized) return twirpError(404, "not_found", `no artifact ${JSON.stringify(name)} on this run`);
        return send(200, { signed_url: this.readUrl(artifact) });
      }
      default:
        return twirpError(404, "bad_route", `no method ${method}`);
    }
  }
}

function str(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  return undefined;
}
