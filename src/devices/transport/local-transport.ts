// This runner as a device: programs run by argv with no shell between, files copied on disk.
import type { ChildProcessWithoutNullStreams } from "node:child_process";
import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DeviceError } from "../../errors.js";
import { registerTemp, removeTemp } from "../../temp-files.js";
import { execProgram, spawnGroup, stderrTail } from "./exec-program.js";
import { DEFAULT_TIMEOUTS, type CopyOptions, type RunOptions, type RunResult, type StepTimeouts, type Transport, type TransportOptions } from "./transport.js";

export class LocalTransport implements Transport {
  readonly #timeouts: StepTimeouts;
  readonly #tempdirs: string[] = [];

  constructor(readonly device: string, options: TransportOptions = {}) {
    this.#timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  }

  async run(argv: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
    const [program, ...args] = argv;
    if (program === undefined) throw new TypeError("run needs a program");
    const step = opts.step ?? `run ${program}`;
    const timeoutMs = opts.timeoutMs ?? this.#timeouts.runMs;
    const outcome = await execProgram(program, args, { timeoutMs, cwd: opts.cwd, input: opts.input });
    switch (outcome.kind) {
      // As a shell would answer: the command is not there.
      case "failed-to-start":
        return { stdout: "", stderr: `${program}: ${outcome.message}\n`, code: 127 };
      case "timed-out": {
        const end = stderrTail(outcome.stderr);
        throw new DeviceError(this.device, step, `timed out after ${timeoutMs / 1000} s${end ? `; stderr: ${end}` : ""}`, "give the step more time, or check what it waits for");
      }
      case "too-much-output":
        throw new DeviceError(this.device, step, `printed more than ${outcome.limitBytes / 1024 / 1024} MiB on stdout, more than any output dnntune reads; it was stopped`, "check what the program prints");
      case "exited":
        return { stdout: outcome.stdout, stderr: outcome.stderr, code: outcome.code };
    }
  }

  push(local: string, remote: string, opts: CopyOptions = {}): Promise<void> {
    return this.#copy(local, remote, opts.step ?? `push ${local}`);
  }

  pull(remote: string, local: string, opts: CopyOptions = {}): Promise<void> {
    return this.#copy(remote, local, opts.step ?? `pull ${remote}`);
  }

  spawn(argv: readonly string[]): ChildProcessWithoutNullStreams {
    const [program, ...args] = argv;
    if (program === undefined) throw new TypeError("spawn needs a program");
    return spawnGroup(program, args);
  }

  async tempdir(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), "dnntune-device-"));
    registerTemp(dir);
    this.#tempdirs.push(dir);
    return dir;
  }

  async close(): Promise<void> {
    for (const dir of this.#tempdirs.splice(0)) removeTemp(dir);
  }

  async #copy(from: string, to: string, step: string): Promise<void> {
    try {
      await cp(from, to, { recursive: true });
    } catch (error) {
      throw new DeviceError(this.device, step, error instanceof Error ? error.message : String(error));
    }
  }
}
