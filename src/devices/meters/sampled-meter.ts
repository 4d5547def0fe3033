// A meter that reads a stream of lines from a program left running on the device (a sampling
// loop over adb, tegrastats, nvidia-smi -lms, a user's command). `start` and `stop` each wait for
// the next sample, so a window begins and ends on a reading and the integral needs no guessing
// beyond the samples.
import type { ChildProcessWithoutNullStreams } from "node:child_process";
import { DeviceError, FormatError } from "../../errors.js";
import type { Transport } from "../transport/transport.js";
import type { Clock, Meter, MeterReading } from "./meter.js";

/** A reading with its time, s: the program's own, or the clock's when the line arrived. */
export interface Timed {
  timeS: number;
}

export interface SampledMeterOptions<T extends Timed> {
  name: string;
  transport: Transport;
  argv: readonly string[];
  /** Where the lines come from, for a FormatError: `pixel: adb shell … current_now`. */
  source: string;
  /** One line → a reading (`undefined` for a line that carries none); throws FormatError. */
  parse: (line: string, lineNumber: number, arrivedS: number) => T | undefined;
  /** The window's readings, in order and at least two → its energy. */
  integrate: (window: readonly T[]) => MeterReading;
  periodS: number;
  resolutionJ: number;
  clock: Clock;
  /** How long to wait for a sample before giving up, ms (default 10 periods + 10 s). */
  sampleTimeoutMs?: number;
  /** What to do when the program is missing or fails. */
  hint?: string;
}

export class SampledMeter<T extends Timed> implements Meter {
  readonly name: string;
  readonly device: string;
  readonly periodS: number;
  readonly resolutionJ: number;
  readonly #o: SampledMeterOptions<T>;
  #child: ChildProcessWithoutNullStreams | undefined;
  #readings: T[] = [];
  #lineNumber = 0;
  #partial = "";
  #stderr = "";
  #failure: Error | undefined;
  #waiters: (() => void)[] = [];
  #startIndex: number | undefined;

  constructor(options: SampledMeterOptions<T>) {
    this.#o = options;
    this.name = options.name;
    this.device = options.transport.device;
    this.periodS = options.periodS;
    this.resolutionJ = options.resolutionJ;
  }

  async start(): Promise<void> {
    this.#spawn();
    // Readings before this window are no longer needed.
    this.#readings = [];
    this.#startIndex = await this.#nextIndex("start");
  }

  async stop(): Promise<MeterReading> {
    if (this.#startIndex === undefined) throw new Error(`meter ${this.name}: stop without start`);
    const end = await this.#nextIndex("stop");
    const window = this.#readings.slice(this.#startIndex, end + 1);
    this.#startIndex = undefined;
    return this.#o.integrate(window);
  }

  async close(): Promise<void> {
    const child = this.#child;
    this.#child = undefined;
    if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
  }

  #spawn(): void {
    if (this.#child) return;
    const child = this.#o.transport.spawn(this.#o.argv);
    this.#child = child;
    child.stdout.setEncoding("utf8");
    child.stderr.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => this.#onData(chunk));
    child.stderr.on("data", (chunk: string) => { this.#stderr = (this.#stderr + chunk).slice(-2000); });
    child.on("error", (error) => this.#fail(new DeviceError(this.device, `meter ${this.name}`, `${this.#o.argv[0] ?? ""} did not start: ${error.message}`, this.#o.hint)));
    child.on("exit", (code, signal) => {
      if (this.#child !== child) return;
      const tail = this.#stderr.trim().split("\n").slice(-3).join(" ").trim();
      this.#fail(new DeviceError(this.device, `meter ${this.name}`,
        `${this.#o.argv[0] ?? ""} ended (${signal ?? `exit ${code ?? "?"}`})${tail ? `; stderr: ${tail}` : ""}`, this.#o.hint));
    });
  }

  #onData(chunk: string): void {
    if (this.#failure) return;
    const arrivedS = this.#o.clock();
    const lines = (this.#partial + chunk).split("\n");
    this.#partial = lines.pop() ?? "";
    // A meter that never ends its line would grow this without bound: no reading is that long.
    if (this.#partial.length > 4096) {
      this.#fail(new FormatError(this.#o.source, `line ${this.#lineNumber + 1}`, "is over 4096 characters without a line break; a meter prints one reading per line"));
      return;
    }
    try {
      for (const raw of lines) {
        this.#lineNumber += 1;
        const reading = this.#o.parse(raw.replace(/\r$/, ""), this.#lineNumber, arrivedS);
        if (reading === undefined) continue;
        const last = this.#readings.at(-1);
        if (last && reading.timeS < last.timeS) {
          throw new FormatError(this.#o.source, `line ${this.#lineNumber}`, `time went back from ${last.timeS} s to ${reading.timeS} s`);
        }
        // Between windows only the newest reading matters; the rest would pile up for the whole bench.
        if (this.#startIndex === undefined && this.#waiters.length === 0) this.#readings.length = 0;
        this.#readings.push(reading);
      }
    } catch (error) {
      this.#fail(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    for (const wake of this.#waiters.splice(0)) wake();
  }

  #fail(error: Error): void {
    this.#failure ??= error;
    for (const wake of this.#waiters.splice(0)) wake();
  }

  /** Waits for a reading that arrives after this call; its index in the window's readings. */
  #nextIndex(step: string): Promise<number> {
    const after = this.#readings.length;
    const timeoutMs = this.#o.sampleTimeoutMs ?? 10 * this.periodS * 1000 + 10_000;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiters = this.#waiters.filter((w) => w !== check);
        reject(new DeviceError(this.device, `meter ${this.name} ${step}`, `no reading from ${this.#o.argv[0] ?? ""} within ${timeoutMs / 1000} s`, this.#o.hint));
      }, timeoutMs);
      const check = () => {
        if (this.#failure) {
          clearTimeout(timer);
          reject(this.#failure);
        } else if (this.#readings.length > after) {
          clearTimeout(timer);
          resolve(after);
        } else {
          this.#waiters.push(check);
        }
      };
      check();
    });
  }
}
