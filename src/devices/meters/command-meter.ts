// The `command` meter: any program that prints one `time_s,power_w` line per sample (a lab power
// analyser's logger, a USB power meter's reader, a script). The program's own clock times the
// samples; power is integrated with the trapezoid rule.
import { FormatError } from "../../errors.js";
import type { Transport } from "../transport/transport.js";
import { trapezoidJ } from "./integrate.js";
import type { Clock, MeterReading, PowerSample } from "./meter.js";
import { SampledMeter } from "./sampled-meter.js";

const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/**
 * One line of a `command` meter's output → a sample, or `undefined` for a blank line, a `#`
 * comment or a `time_s,power_w` header. Anything else that is not two numbers, time ≥ 0 and
 * power ≥ 0, is a FormatError naming the source and line.
 */
export function parseCommandLine(line: string, source: string, lineNumber: number): PowerSample | undefined {
  const text = line.trim();
  if (text === "" || text.startsWith("#") || /^time_s\s*,\s*power_w$/i.test(text)) return undefined;
  const fields = text.split(",").map((f) => f.trim());
  const [time, power] = fields;
  if (fields.length !== 2 || time === undefined || power === undefined || !NUMBER.test(time) || !NUMBER.test(power)) {
    throw new FormatError(source, `line ${lineNumber}`, `expected "time_s,power_w" (two numbers); got ${JSON.stringify(text.slice(0, 80))}`);
  }
  const timeS = Number(time);
  const powerW = Number(power);
  if (!Number.isFinite(timeS) || timeS < 0) throw new FormatError(source, `line ${lineNumber}`, `time_s must be a number of seconds ≥ 0; got ${time}`);
  if (!Number.isFinite(powerW) || powerW < 0) throw new FormatError(source, `line ${lineNumber}`, `power_w must be a number of watts ≥ 0; got ${power}`);
  return { timeS, powerW };
}

/** A whole `time_s,power_w` trace (a recorded file) → samples in time order. */
export function parseCommandTrace(text: string, source: string): PowerSample[] {
  const samples: PowerSample[] = [];
  text.split("\n").forEach((line, i) => {
    const sample = parseCommandLine(line.replace(/\r$/, ""), source, i + 1);
    if (!sample) return;
    const last = samples.at(-1);
    if (last && sample.timeS < last.timeS) throw new FormatError(source, `line ${i + 1}`, `time went back from ${last.timeS} s to ${sample.timeS} s`);
    samples.push(sample);
  });
  return samples;
}

/** The energy of a window of samples, on the samples' own clock. */
export function integrateSamples(window: readonly PowerSample[]): MeterReading {
  return { joules: trapezoidJ(window), startS: window[0]?.timeS ?? 0, endS: window.at(-1)?.timeS ?? 0 };
}

export interface CommandMeterOptions {
  /** How often the program prints, s, as far as dnntune is told (default 0.01: at most every 10 ms). */
  periodS?: number;
  /** The smallest energy step its readings tell apart, J (default: 10 mW over one period). */
  resolutionJ?: number;
  clock: Clock;
}

export function commandMeter(transport: Transport, argv: readonly string[], options: CommandMeterOptions): SampledMeter<PowerSample> {
  const periodS = options.periodS ?? 0.01;
  const source = `${transport.device}: meter command ${argv.join(" ")}`;
  return new SampledMeter<PowerSample>({
    name: "command",
    transport,
    argv,
    source,
    parse: (line, n) => parseCommandLine(line, source, n),
    integrate: integrateSamples,
    periodS,
    resolutionJ: options.resolutionJ ?? 0.01 * periodS,
    clock: options.clock,
    hint: "the meter's argv must name a program on the device that prints `time_s,power_w` lines until it is stopped",
  });
}
