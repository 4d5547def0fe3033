import type { ChildProcessWithoutNullStreams } from "node:child_process";

// Where a device's commands run and its files go: this runner, a phone over adb, a board or
// host over ssh. Bench tools speak only this interface, so one tool works over every transport.

/** What a finished command left: a non-zero `code` is the command's answer, not an error. */
export interface RunResult {
  stdout: string;
  stderr: string;
  code: number;
}

export interface RunOptions {
  /** Kill the command and throw a DeviceError after this long (default: the transport's). */
  timeoutMs?: number;
  /** Remote folder to run in. */
  cwd?: string;
  /** Text written to the command's stdin. */
  input?: string;
  /** The command only reads, so it may be run again after a lost connection (default false). */
  retry?: boolean;
  /** What the step is called in a DeviceError (default "run PROGRAM"). */
  step?: string;
}

export interface CopyOptions {
  timeoutMs?: number;
  step?: string;
}

/**
 * One device's commands and files. `run` returns non-zero exit codes; a timeout, a lost
 * connection or a device that is gone throws a DeviceError naming the device, the step and the
 * tail of stderr. Copies and temp folders are retried, being safe to repeat.
 */
export interface Transport {
  /** The device's name, for messages. */
  readonly device: string;
  run(argv: readonly string[], opts?: RunOptions): Promise<RunResult>;
  /** Copies a local file or folder to `remote` on the device. */
  push(local: string, remote: string, opts?: CopyOptions): Promise<void>;
  /** Copies a file or folder on the device to `local`. */
  pull(remote: string, local: string, opts?: CopyOptions): Promise<void>;
  /**
   * Starts a long-running program on the device with its stdin, stdout and stderr piped here (a
   * tool's server); the caller ends it. Its arguments reach the device literally, as `run`'s do.
   */
  spawn(argv: readonly string[]): ChildProcessWithoutNullStreams;
  /** A fresh folder on the device, removed by `close`. */
  tempdir(): Promise<string>;
  /** Removes this transport's temp folders; never throws (a dead device is a warning). */
  close(): Promise<void>;
}

/** Timeouts for each kind of step, ms. */
export interface StepTimeouts {
  runMs: number;
  copyMs: number;
  /** Small bookkeeping steps: the device check, mktemp, rm. */
  quickMs: number;
}

export const DEFAULT_TIMEOUTS: StepTimeouts = { runMs: 10 * 60_000, copyMs: 5 * 60_000, quickMs: 30_000 };

/** Settings every transport takes. */
export interface TransportOptions {
  timeouts?: Partial<StepTimeouts>;
  /** Pauses before each retry of a step that is safe to repeat, ms; its length is the retry count. */
  retryDelaysMs?: readonly number[];
  /** Where warnings go (a temp folder that could not be removed). */
  warn?: (message: string) => void;
}

export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [500, 2000];
