// Runs a local program by argv (never through a shell) with a deadline. The transports use it
// for the program itself (local), for `adb` and for `ssh`/`scp`.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { constants } from "node:os";
import { registerCleanup } from "../../temp-files.js";

export interface ExecOptions {
  timeoutMs: number;
  cwd?: string;
  input?: string;
  env?: NodeJS.ProcessEnv;
  /** Stdout beyond this kills the program (default MAX_OUTPUT_BYTES). */
  maxOutputBytes?: number;
}

export type ExecOutcome =
  | { kind: "exited"; stdout: string; stderr: string; code: number }
  | { kind: "timed-out"; stdout: string; stderr: string }
  | { kind: "too-much-output"; stderr: string; limitBytes: number }
  | { kind: "failed-to-start"; message: string };

/** Most stdout a program may print: every summary and profile dnntune reads is far smaller. */
export const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;
/** Stderr is kept only for messages: its last part. */
const MAX_STDERR_BYTES = 64 * 1024;
/** After the program exits, how long its output may take to drain before it is read as it is. */
const DRAIN_MS = 1000;

let nextKey = 0;

/**
 * Runs `program argv` and says how it ended. The program gets its own process group, killed
 * whole at the deadline (a shell's children with it) and when this process exits.
 */
export function execProgram(program: string, argv: readonly string[], options: ExecOptions): Promise<ExecOutcome> {
  const opts = { ...options, maxOutputBytes: options.maxOutputBytes ?? MAX_OUTPUT_BYTES };
  return new Promise((resolve) => {
    const child = spawn(program, argv, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: ["pipe", "pipe", "pipe"],
      detached: true,
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timedOut = false;
    let settled = false;
    const killGroup = () => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    };
    const forget = registerCleanup(`exec ${program} ${nextKey++}`, killGroup);
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, opts.timeoutMs);
    const finish = (outcome: ExecOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      forget();
      resolve(outcome);
    };
    let outBytes = 0;
    let errBytes = 0;
    child.stdout.on("data", (chunk: Buffer) => {
      outBytes += chunk.length;
      if (outBytes > opts.maxOutputBytes) {
        killGroup();
        finish({ kind: "too-much-output", stderr: Buffer.concat(stderr).toString("utf8"), limitBytes: opts.maxOutputBytes });
        child.stdout.destroy();
        child.stderr.destroy();
        return;
      }
      stdout.push(chunk);
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr.push(chunk);
      errBytes += chunk.length;
      while (errBytes > MAX_STDERR_BYTES && stderr.length > 1) errBytes -= stderr.shift()!.length;
    });
    child.on("error", (error) => finish({ kind: "failed-to-start", message: error.message }));
    const done = (code: number | null, signal: NodeJS.Signals | null) => {
      const out = Buffer.concat(stdout).toString("utf8");
      const err = Buffer.concat(stderr).toString("utf8");
      if (timedOut) finish({ kind: "timed-out", stdout: out, stderr: err });
      else finish({ kind: "exited", stdout: out, stderr: err, code: code ?? 128 + signalNumber(signal) });
    };
    child.on("close", done);
    // A program that leaves a child of its own holding its stdout open (`sleep 3000 &`, a daemon
    // it started) has still ended: once its output drains, or after DRAIN_MS, read what it said.
    child.on("exit", (code, signal) => {
      setTimeout(() => {
        if (settled) return;
        child.stdout.destroy();
        child.stderr.destroy();
        done(code, signal);
      }, DRAIN_MS).unref();
    });
    // A program that exits without reading its stdin must not crash this process with EPIPE.
    child.stdin.on("error", () => undefined);
    child.stdin.end(opts.input ?? "");
  });
}

function signalNumber(signal: NodeJS.Signals | null): number {
  return signal ? constants.signals[signal] : 0;
}

/**
 * The end of a program's stderr on one line, for an error message; control characters become
 * `?`, since a remote program's output must not steer the terminal or the Actions log.
 */
export function stderrTail(stderr: string, maxChars = 400): string {
  // Control characters are exactly what this removes.
  // eslint-disable-next-line no-control-regex
  const text = stderr.replace(/\s*\n\s*/g, " ").replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, "?").trim();
  return text.length <= maxChars ? text : `…${text.slice(text.length - maxChars)}`;
}

/**
 * A long-running program (a meter's sampler, a tool's server) in a process group of its own, as
 * execProgram's are: `kill()` on it ends the whole group — a shell pipeline's every stage, and
 * what ignores SIGTERM a second later — so nothing it started keeps dnntune alive, and it is also
 * ended if dnntune exits first.
 */
export function spawnGroup(program: string, args: readonly string[]): ChildProcessWithoutNullStreams {
  const child = spawn(program, args, { stdio: ["pipe", "pipe", "pipe"], detached: true });
  const group = (signal: NodeJS.Signals) => {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  const unregister = registerCleanup(`group-${child.pid ?? Math.random()}`, () => group("SIGKILL"));
  const plainKill = child.kill.bind(child);
  child.kill = (signal?: NodeJS.Signals | number) => {
    if (child.pid === undefined) return plainKill(signal);
    group(typeof signal === "string" ? signal : "SIGTERM");
    setTimeout(() => group("SIGKILL"), 1000).unref();
    return true;
  };
  child.on("exit", () => {
    unregister();
    // Stages of a pipeline may still hold its pipes open: end them with it.
    group("SIGKILL");
    child.stdout.destroy();
    child.stderr.destroy();
  });
  return child;
}
