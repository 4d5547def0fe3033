// What adb and ssh share: a command line for the device's shell built by shellQuote, a deadline
// on every step, retries for the steps safe to repeat, and temp folders removed on close.
import type { ChildProcessWithoutNullStreams } from "node:child_process";
import { DeviceError } from "../../errors.js";
import { checkedWord } from "./checked-word.js";
import { execProgram, spawnGroup, stderrTail } from "./exec-program.js";
import { retryStep, TransientDeviceError } from "./retry-step.js";
import { shellCommand } from "./shell-quote.js";
import {
  DEFAULT_RETRY_DELAYS_MS, DEFAULT_TIMEOUTS,
  type CopyOptions, type RunOptions, type RunResult, type StepTimeouts, type Transport, type TransportOptions,
} from "./transport.js";

/** A local program and its arguments. */
export type Invocation = readonly [program: string, argv: readonly string[]];

export abstract class RemoteTransport implements Transport {
  protected readonly timeouts: StepTimeouts;
  protected readonly retryDelaysMs: readonly number[];
  readonly #warn: (message: string) => void;
  readonly #tempdirs: string[] = [];

  constructor(readonly device: string, options: TransportOptions) {
    this.timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
    this.retryDelaysMs = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    this.#warn = options.warn ?? ((message) => process.stderr.write(`dnntune: warning: ${message}\n`));
  }

  /** How to run `command` in the device's shell. */
  protected abstract shell(command: string): Invocation;
  /** How to copy a local path to the device or back. */
  protected abstract copy(direction: "push" | "pull", local: string, remote: string): Invocation;
  /** A shell command that makes a temp folder on the device and prints its path. */
  protected abstract readonly mktemp: string;
  /** What to do when the local program (adb, ssh) is not installed. */
  protected abstract readonly missingProgramHint: string;
  /**
   * The error for a program that exited but failed to reach the device (adb's "device not
   * found", ssh's 255); undefined when the exit status is the remote command's own.
   */
  protected abstract connectionFailure(step: string, result: RunResult, kind: "shell" | "copy"): DeviceError | undefined;

  async run(argv: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
    const [program] = argv;
    if (program === undefined) throw new TypeError("run needs a program");
    // `cd -x` would be an option of cd; a folder of ours always starts with "/".
    if (opts.cwd !== undefined) checkedWord("cwd", opts.cwd, "a folder on the device");
    const step = opts.step ?? `run ${program}`;
    const [local, args] = this.shell(shellCommand(argv, opts.cwd));
    const once = () => this.invoke(local, args, step, opts.timeoutMs ?? this.timeouts.runMs, "shell", opts.input);
    return opts.retry ? retryStep(this.retryDelaysMs, once) : once();
  }

  spawn(argv: readonly string[]): ChildProcessWithoutNullStreams {
    if (argv.length === 0) throw new TypeError("spawn needs a program");
    const [program, args] = this.shell(shellCommand(argv));
    return spawnGroup(program, args);
  }

  push(local: string, remote: string, opts: CopyOptions = {}): Promise<void> {
    return this.#copy("push", local, remote, opts);
  }

  pull(remote: string, local: string, opts: CopyOptions = {}): Promise<void> {
    return this.#copy("pull", local, remote, opts);
  }

  async tempdir(): Promise<string> {
    const step = "make temp folder";
    const [program, args] = this.shell(this.mktemp);
    const result = await retryStep(this.retryDelaysMs, () => this.invoke(program, args, step, this.timeouts.quickMs, "shell"));
    const dir = result.stdout.trim();
    if (result.code !== 0 || !dir.startsWith("/") || dir.includes("\n")) {
      throw new DeviceError(this.device, step, `mktemp failed (exit ${result.code})${tail(result.stderr || result.stdout)}`, "check that the device's temp folder exists and is writable");
    }
    this.#tempdirs.push(dir);
    return dir;
  }

  async close(): Promise<void> {
    const dirs = this.#tempdirs.splice(0);
    if (dirs.length === 0) return;
    try {
      // One try: a device that is gone should not hold up the run's end with retries.
      const result = await this.run(["rm", "-rf", "--", ...dirs], { step: "remove temp folders", timeoutMs: this.timeouts.quickMs });
      if (result.code !== 0) this.#warn(`device ${this.device}: could not remove ${dirs.join(", ")} (exit ${result.code})${tail(result.stderr)}`);
    } catch (error) {
      this.#warn(`${error instanceof Error ? error.message : String(error)}; left behind: ${dirs.join(", ")}`);
    }
  }

  async #copy(direction: "push" | "pull", local: string, remote: string, opts: CopyOptions): Promise<void> {
    checkedWord("remote path", remote, "a path on the device");
    checkedWord("local path", local, "a local path");
    const step = opts.step ?? `${direction} ${direction === "push" ? local : remote}`;
    const [program, args] = this.copy(direction, local, remote);
    const result = await retryStep(this.retryDelaysMs, () => this.invoke(program, args, step, opts.timeoutMs ?? this.timeouts.copyMs, "copy"));
    if (result.code !== 0) throw new DeviceError(this.device, step, `${program} ${direction} failed (exit ${result.code})${tail(result.stderr || result.stdout)}`);
  }

  /** Runs a local program that talks to the device; timeouts and lost devices become DeviceErrors. */
  protected async invoke(program: string, args: readonly string[], step: string, timeoutMs: number, kind: "shell" | "copy", input?: string): Promise<RunResult> {
    const outcome = await execProgram(program, args, { timeoutMs, input });
    switch (outcome.kind) {
      case "failed-to-start":
        throw new DeviceError(this.device, step, `cannot run ${program}: ${outcome.message}`, this.missingProgramHint);
      case "timed-out":
        throw new TransientDeviceError(this.device, step, `timed out after ${formatSeconds(timeoutMs)}${tail(outcome.stderr)}`,
          "the device or its link may be hung; check it responds, or give the step more time");
      case "too-much-output":
        throw new DeviceError(this.device, step, `printed more than ${outcome.limitBytes / 1024 / 1024} MiB on stdout, more than any output dnntune reads; it was stopped${tail(outcome.stderr)}`, "check what the program prints");
      case "exited": {
        const result = { stdout: outcome.stdout, stderr: outcome.stderr, code: outcome.code };
        const failure = this.connectionFailure(step, result, kind);
        if (failure) throw failure;
        return result;
      }
    }
  }
}

/** `; stderr: …` with the end of `text`, or nothing when it is empty. */
export function tail(text: string): string {
  const end = stderrTail(text);
  return end === "" ? "" : `; stderr: ${end}`;
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toPrecision(3))} s`;
}
