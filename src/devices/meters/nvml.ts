// The `nvml` meter: NVIDIA GPUs through nvidia-smi. On Volta and newer the driver keeps a total
// energy counter, `total_energy_consumption` (mJ since the driver was loaded), read at start and
// stop; where it reads `[N/A]` or `[Not Supported]`, `power.draw` (W) is sampled with `-lms 100`
// and integrated. Every GPU nvidia-smi lists is summed (set CUDA_VISIBLE_DEVICES on the tool,
// not here: the meter sees the board, and idle subtraction removes the others' idle draw).
import { DeviceError, FormatError } from "../../errors.js";
import type { Transport } from "../transport/transport.js";
import { trapezoidJ } from "./integrate.js";
import type { Clock, Meter, MeterReading } from "./meter.js";
import { SampledMeter } from "./sampled-meter.js";

export const ENERGY_QUERY = ["nvidia-smi", "--query-gpu=index,total_energy_consumption", "--format=csv,noheader,nounits"];
export const POWER_QUERY = ["nvidia-smi", "--query-gpu=index,power.draw", "--format=csv,noheader,nounits", "-lms", "100"];
/** The counter's unit. */
export const NVML_ENERGY_RESOLUTION_J = 0.001;
/** How often the board's power sensor updates, as far as NVIDIA documents it: about every 100 ms. */
export const NVML_ENERGY_PERIOD_S = 0.1;
/** power.draw on Ampere and newer is an average over 1 s (nvidia-smi --help-query-gpu). */
export const NVML_POWER_PERIOD_S = 1;

const NOT_AVAILABLE = /^\[(?:N\/A|Not Supported|Unknown Error|Insufficient Permissions)\]$/;
const NUMBER = /^\d+(?:\.\d+)?$/;

/** One `index, value` line of a `--format=csv,noheader,nounits` query. */
function csvLine(line: string, source: string, lineNumber: number): { gpu: number; value: string } {
  const fields = line.split(",").map((f) => f.trim());
  const [gpu, value] = fields;
  if (fields.length !== 2 || gpu === undefined || value === undefined || !/^\d{1,4}$/.test(gpu)) {
    throw new FormatError(source, `line ${lineNumber}`, `expected "index, value"; got ${JSON.stringify(line.slice(0, 80))}`);
  }
  return { gpu: Number(gpu), value };
}

/**
 * The energy query's output → each GPU's counter in mJ, or `undefined` when any GPU reads
 * `[N/A]` / `[Not Supported]` (the caller samples power instead).
 */
export function parseEnergyCounters(text: string, source: string): Map<number, number> | undefined {
  const counters = new Map<number, number>();
  let unsupported = false;
  const lines = text.split("\n").map((l) => l.replace(/\r$/, ""));
  if (lines.at(-1) === "") lines.pop();
  if (lines.length === 0) throw new FormatError(source, undefined, "no GPU listed");
  lines.forEach((line, i) => {
    const { gpu, value } = csvLine(line, source, i + 1);
    if (NOT_AVAILABLE.test(value)) unsupported = true;
    else if (NUMBER.test(value) && Number.isSafeInteger(Math.round(Number(value)))) counters.set(gpu, Number(value));
    else throw new FormatError(source, `line ${i + 1}`, `total_energy_consumption must be mJ or [N/A]; got ${JSON.stringify(value.slice(0, 40))}`);
  });
  return unsupported ? undefined : counters;
}

export interface GpuPowerReading {
  timeS: number;
  gpu: number;
  powerW: number;
}

/** One line of the sampled `power.draw` query, timed by its arrival. */
export function parsePowerLine(line: string, source: string, lineNumber: number, arrivedS: number): GpuPowerReading | undefined {
  if (line.trim() === "") return undefined;
  const { gpu, value } = csvLine(line, source, lineNumber);
  if (!NUMBER.test(value)) throw new FormatError(source, `line ${lineNumber}`, `power.draw must be watts; got ${JSON.stringify(value.slice(0, 40))}`);
  return { timeS: arrivedS, gpu, powerW: Number(value) };
}

/** Each GPU's samples integrated on their own, then summed. */
export function integrateGpus(window: readonly GpuPowerReading[]): MeterReading {
  const byGpu = new Map<number, GpuPowerReading[]>();
  for (const r of window) {
    const samples = byGpu.get(r.gpu);
    if (samples) samples.push(r);
    else byGpu.set(r.gpu, [r]);
  }
  const joules = [...byGpu.values()].reduce((sum, samples) => sum + trapezoidJ(samples), 0);
  return { joules, startS: window[0]?.timeS ?? 0, endS: window.at(-1)?.timeS ?? 0 };
}

const HINT = "nvidia-smi comes with the NVIDIA driver; put it on PATH on the device";

export class NvmlMeter implements Meter {
  readonly name = "nvml";
  readonly device: string;
  readonly #transport: Transport;
  readonly #clock: Clock;
  #mode: "counter" | SampledMeter<GpuPowerReading> | undefined;
  #start: { counters: Map<number, number>; timeS: number } | undefined;

  constructor(transport: Transport, options: { clock: Clock }) {
    this.#transport = transport;
    this.device = transport.device;
    this.#clock = options.clock;
  }

  get periodS(): number {
    return this.#mode instanceof SampledMeter ? NVML_POWER_PERIOD_S : NVML_ENERGY_PERIOD_S;
  }

  get resolutionJ(): number {
    // power.draw is printed to 0.01 W.
    return this.#mode instanceof SampledMeter ? 0.01 * NVML_POWER_PERIOD_S : NVML_ENERGY_RESOLUTION_J;
  }

  async start(): Promise<void> {
    if (this.#mode === undefined) {
      const first = await this.#counters();
      this.#mode = first ? "counter" : this.#sampler();
    }
    if (this.#mode === "counter") {
      const timeS = this.#clock();
      const counters = await this.#counters();
      if (!counters) throw new DeviceError(this.device, "meter nvml", "total_energy_consumption stopped reading", HINT);
      this.#start = { counters, timeS: (timeS + this.#clock()) / 2 };
    } else {
      await this.#mode.start();
    }
  }

  async stop(): Promise<MeterReading> {
    if (this.#mode instanceof SampledMeter) return this.#mode.stop();
    const start = this.#start;
    if (!start) throw new Error("meter nvml: stop without start");
    const before = this.#clock();
    const end = await this.#counters();
    const endS = (before + this.#clock()) / 2;
    this.#start = undefined;
    if (!end) throw new DeviceError(this.device, "meter nvml", "total_energy_consumption stopped reading", HINT);
    let mj = 0;
    for (const [gpu, startMj] of start.counters) {
      const endMj = end.get(gpu);
      if (endMj === undefined) throw new DeviceError(this.device, "meter nvml", `GPU ${gpu} disappeared during the measurement`, HINT);
      mj += endMj - startMj;
    }
    return { joules: mj / 1000, startS: start.timeS, endS };
  }

  async close(): Promise<void> {
    if (this.#mode instanceof SampledMeter) await this.#mode.close();
  }

  async #counters(): Promise<Map<number, number> | undefined> {
    const result = await this.#transport.run(ENERGY_QUERY, { step: "meter nvml: read the energy counter", retry: true, timeoutMs: 30_000 });
    if (result.code !== 0) {
      throw new DeviceError(this.device, "meter nvml", `nvidia-smi failed (exit ${result.code}): ${result.stderr.trim().split("\n").at(-1) ?? ""}`, HINT);
    }
    return parseEnergyCounters(result.stdout, `${this.device}: ${ENERGY_QUERY.join(" ")}`);
  }

  #sampler(): SampledMeter<GpuPowerReading> {
    const source = `${this.device}: ${POWER_QUERY.join(" ")}`;
    return new SampledMeter<GpuPowerReading>({
      name: this.name,
      transport: this.#transport,
      argv: POWER_QUERY,
      source,
      parse: (line, n, arrivedS) => parsePowerLine(line, source, n, arrivedS),
      integrate: integrateGpus,
      periodS: 0.1,
      resolutionJ: 0.01 * 0.1,
      clock: this.#clock,
      hint: HINT,
    });
  }
}
