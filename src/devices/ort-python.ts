// The `ort-python` tool: models run by the device's own Python onnxruntime, through a small runner
// (tools/ort-python/dnntune_ort_runner.py) that dnntune copies to the device and drives over the
// transport's stdin and stdout, one JSON line per request. The benchmark protocol stays here, the
// same code that times onnxruntime-node locally (warm-up, timed and profiled runs, base and head
// interleaved, adaptive sampling); the runner opens sessions, times each inference on the device's
// clock and returns onnxruntime's own profiles, so the layers read exactly as a local bench's.
import type { ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { DeviceError } from "../errors.js";
import { makeTempDir, removeTemp } from "../temp-files.js";
import type { Fingerprint } from "../results/types.js";
import { probeOnce, type DeviceBackend, type InputTensor, type OrtModelTarget, type ProfilingRunner, type Runner } from "./bench-target.js";
import { parseOrtTrace, type ProfiledRun } from "../profiles/ort-trace.js";
import type { OrtOptions } from "./onnxruntime-node.js";
import type { Transport } from "./transport/transport.js";

/** What the tool needs of a transport: a temp folder there, files copied there, a program started there. */
export type RemoteHost = Pick<Transport, "device" | "tempdir" | "push" | "spawn"> & { readonly kind: "local" | "adb" | "ssh" };

export interface OrtPythonOptions {
  /** The device's Python (`binary` in dnntune.yml); default python3. */
  python?: string;
  /** Longest wait for one answer (a session's creation can take long on a slow board). */
  timeoutMs?: number;
}

export interface OrtPythonBackend extends DeviceBackend {
  close(): Promise<void>;
}

/** The runner script as shipped: tools/ beside dist/ (bundle) or two folders up from src/devices/. */
export function runnerScript(): string {
  const candidates = ["../../tools/ort-python/dnntune_ort_runner.py", "../tools/ort-python/dnntune_ort_runner.py"].map((up) => new URL(up, import.meta.url).pathname);
  return candidates.find((c) => existsSync(c)) ?? candidates[0]!;
}

interface Hello {
  protocol: number;
  onnxruntime: string;
  python: string;
  os: string;
  cpu: string;
  cores: number;
  host: string;
  governor: string | null;
  tempC: number | null;
}

/** Copies the runner to the device, starts it, and checks that it has onnxruntime. */
export async function ortPythonBackend(host: RemoteHost, options: OrtPythonOptions = {}): Promise<OrtPythonBackend> {
  const dir = await host.tempdir();
  const script = `${dir}/dnntune_ort_runner.py`;
  await host.push(runnerScript(), script, { step: "push the ort-python runner" });
  const python = options.python ?? "python3";
  const client = new LineClient(host.spawn([python, "-u", script]), host.device, options.timeoutMs ?? 300_000);
  const hello = (await client.call({ op: "hello" }, "start ort-python", `check that ${python} runs on the device and has onnxruntime (pip install onnxruntime==1.30.0)`)) as unknown as Hello;
  const local = makeTempDir("dnntune-ort-python-");
  let models = 0;
  return {
    transport: host.kind,
    tool: "ort-python",
    runtime: async () => `onnxruntime ${hello.onnxruntime} (python ${hello.python})`,
    fingerprint: async (): Promise<Fingerprint> => ({
      model: hello.host,
      os: hello.os,
      cpu: hello.cpu,
      cores: hello.cores,
      ...(hello.governor ? { governor: hello.governor } : {}),
    }),
    temperatureC: async () => {
      const answer = await client.call({ op: "temperature" }, "read the temperature");
      return typeof answer.tempC === "number" ? answer.tempC : undefined;
    },
    target: (modelName, bytes, inputs, ort) => {
      const k = ++models;
      return new RemoteOrtTarget(client, host, { modelName, bytes, inputs, ort, remote: `${dir}/model-${k}.onnx`, prefix: `${dir}/profile-${k}`, optimized: `${dir}/optimized-${k}.onnx`, local: join(local, `model-${k}.onnx`) });
    },
    close: async () => {
      removeTemp(local);
      await client.close();
    },
  };
}

interface TargetSpec {
  modelName: string;
  bytes: Uint8Array;
  inputs: InputTensor[];
  ort: OrtOptions;
  remote: string;
  prefix: string;
  optimized: string;
  local: string;
}

class RemoteOrtTarget implements OrtModelTarget {
  optimizedModel: Uint8Array | null = null;
  get onHost(): boolean {
    return this.host.kind === "local";
  }
  #pushed: Promise<void> | undefined;
  #sessions = 0;

  constructor(
    private readonly client: LineClient,
    private readonly host: RemoteHost,
    private readonly spec: TargetSpec,
  ) {}

  open(): Promise<Runner> {
    return this.#session(false, this.spec.ort.optimization);
  }

  openProfiled(): Promise<ProfilingRunner> {
    return this.#session(true, this.spec.ort.optimization);
  }

  probeShapes(): Promise<ProfiledRun[]> {
    return probeOnce(() => this.#session(true, "disabled"));
  }

  dispose(): void {
    // The device's files go with the backend's temp folder.
  }

  async #session(profile: boolean, optimization: string): Promise<ProfilingRunner> {
    const { client, spec } = this;
    this.#pushed ??= (async () => {
      writeFileSync(spec.local, spec.bytes);
      await this.host.push(spec.local, spec.remote, { step: `push the model ${spec.modelName}` });
    })();
    await this.#pushed;
    // The first profiled session at the run's own level saves the optimized model, as locally.
    const saveOptimized = profile && optimization === spec.ort.optimization && this.optimizedModel === null;
    const answer = await client.call({
      op: "open",
      model: spec.remote,
      threads: spec.ort.threads,
      optimization,
      providers: spec.ort.providers,
      spinning: spec.ort.spinning !== false,
      profile,
      prefix: `${spec.prefix}-${++this.#sessions}`,
      optimized: saveOptimized ? spec.optimized : null,
      inputs: spec.inputs.map(encodeInput),
    }, `create an onnxruntime session for ${spec.modelName}`, "check that the model is valid ONNX for the device's onnxruntime and that the execution providers exist there");
    const session = answer.session as number;
    if (saveOptimized) {
      try {
        const read = await client.call({ op: "read", path: spec.optimized }, "read the optimized model");
        this.optimizedModel = Buffer.from(read.data as string, "base64");
      } catch {
        this.optimizedModel = null; // some models cannot be saved; layers then map by name only
      }
    }
    let closed = false;
    return {
      run: async () => micros(await client.call({ op: "run", session }, `run ${spec.modelName}`, undefined, "onnxruntime: "), this.host.device, spec.modelName),
      runMany: async (n: number) => micros(await client.call({ op: "run_batch", session, n }, `run ${spec.modelName}`, undefined, "onnxruntime: "), this.host.device, spec.modelName),
      finish: async () => {
        const got = await client.call({ op: "end_profiling", session }, "read the profile");
        return parseOrtTrace(got.text as string, got.file as string);
      },
      close: async () => {
        if (closed) return;
        closed = true;
        await client.call({ op: "close", session }, "close a session");
      },
    };
  }
}

/** The µs an answer reports, checked: anything else is a runner that does not speak the protocol. */
function micros(answer: Record<string, unknown>, device: string, model: string): number {
  const us = answer.us;
  if (typeof us !== "number" || !Number.isFinite(us) || us < 0) throw new DeviceError(device, `run ${model}`, `the runner answered a time that is not a number of µs: ${JSON.stringify(us)}`);
  return us;
}

/** A tensor for the runner: raw little-endian bytes in base64, or a JSON list for strings and booleans. */
export function encodeInput(input: InputTensor): { name: string; dtype: string; shape: number[]; data: string | unknown[] } {
  const { name, dtype, shape, data } = input;
  if (Array.isArray(data)) return { name, dtype, shape, data };
  const view = data as ArrayBufferView;
  return { name, dtype, shape, data: Buffer.from(view.buffer, view.byteOffset, view.byteLength).toString("base64") };
}

/**
 * One JSON request per line, one answer per line, in order. A runner that exits, or an answer
 * that does not come within the timeout, fails the device with the step and the stderr tail.
 */
export class LineClient {
  #pending = new Map<number, { resolve: (value: Record<string, unknown>) => void; reject: (error: Error) => void; step: string; hint: string | undefined }>();
  #nextId = 1;
  #stderr = "";
  #exited: string | undefined;

  constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    private readonly device: string,
    private readonly timeoutMs: number,
  ) {
    child.stderr.on("data", (chunk: Buffer) => {
      this.#stderr = (this.#stderr + chunk.toString()).slice(-4000);
    });
    // Every answer carries its request's id: a line that is not one (a login banner, a wrapper's
    // own output) is kept for the error message and never taken for an answer.
    createInterface({ input: child.stdout }).on("line", (line) => {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        value = undefined;
      }
      const id = value !== null && typeof value === "object" ? (value as { id?: unknown }).id : undefined;
      const waiting = typeof id === "number" ? this.#pending.get(id) : undefined;
      if (!waiting) {
        this.#stderr = `${this.#stderr}\n(stdout) ${line.slice(0, 200)}`.slice(-4000);
        return;
      }
      this.#pending.delete(id as number);
      waiting.resolve(value as Record<string, unknown>);
    });
    child.on("error", (error) => this.#fail(`could not start: ${error.message}`));
    child.on("close", (code, signal) => this.#fail(`the runner exited (${signal ?? `status ${code}`})`));
    child.stdin.on("error", () => {}); // a write after the runner died: the close above reports it
  }

  /** Sends one request; an `ok: false` answer is a DeviceError for `step` (its message after `prefix`). */
  async call(request: Record<string, unknown>, step: string, hint?: string, prefix = ""): Promise<Record<string, unknown>> {
    if (this.#exited) throw this.#error(step, this.#exited, hint);
    const id = this.#nextId++;
    const answer = await new Promise<Record<string, unknown>>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        reject(this.#error(step, `no answer within ${Math.round(this.timeoutMs / 1000)} s`, hint));
        this.child.kill("SIGKILL");
      }, this.timeoutMs);
      this.#pending.set(id, { resolve: (value) => { clearTimeout(timer); resolve(value); }, reject: (error) => { clearTimeout(timer); reject(error); }, step, hint });
      this.child.stdin.write(`${JSON.stringify({ ...request, id })}\n`);
    });
    if (answer.ok !== true) throw new DeviceError(this.device, step, `${prefix}${typeof answer.error === "string" ? answer.error : "the runner refused"}`, hint);
    return answer;
  }

  async close(): Promise<void> {
    if (this.#exited) return;
    try {
      await this.call({ op: "bye" }, "stop the runner");
    } catch {
      // already gone
    }
    this.child.stdin.end();
    this.child.kill();
  }

  #fail(why: string): void {
    if (this.#exited) return;
    this.#exited = why;
    for (const waiting of this.#pending.values()) waiting.reject(this.#error(waiting.step, why, waiting.hint));
    this.#pending.clear();
  }

  #error(step: string, why: string, hint?: string): DeviceError {
    const tail = this.#stderr.trim().split("\n").slice(-5).join(" | ");
    return new DeviceError(this.device, step, `${why}${tail ? `; stderr: ${tail}` : ""}`, hint);
  }
}
