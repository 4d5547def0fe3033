// The `android-battery` meter: the fuel gauge's instant current and voltage
// (/sys/class/power_supply/battery/{current_now,voltage_now}) sampled on the phone by a shell
// loop over adb, multiplied and integrated. The kernel's ABI (Documentation/ABI/testing/
// sysfs-class-power) says µA and µV, negative current while discharging; vendors differ in both
// (mA and mV on some, positive while discharging on others), so units and sign are detected from
// the readings. A phone on a charger is refused: the gauge then measures the charger, not the work.
import { DeviceError, FormatError } from "../../errors.js";
import { shellQuote } from "../transport/shell-quote.js";
import type { Transport } from "../transport/transport.js";
import { trapezoidJ } from "./integrate.js";
import type { Clock, Meter, MeterReading, PowerSample } from "./meter.js";
import { SampledMeter } from "./sampled-meter.js";

export const BATTERY_ROOT = "/sys/class/power_supply/battery";
/** The loop's pause between readings, s; fuel gauges update about every 0.2–1 s. */
const POLL_S = 0.1;
/** Fuel gauges refresh current_now about once a second (Pixel's max1720x: 0.35 s); the slower one is assumed. */
export const BATTERY_PERIOD_S = 1;
/** A 1 mA current step at 4 V over one period. */
export const BATTERY_RESOLUTION_J = 0.001 * 4 * BATTERY_PERIOD_S;

/** One line of the sampling loop: `CURRENT VOLTAGE` as the sysfs files hold them, unscaled. */
export interface BatteryReading {
  timeS: number;
  current: number;
  voltage: number;
}

export interface BatteryUnits {
  /** Amperes per unit of current_now: 1e-6 (µA) or 1e-3 (mA). */
  ampsPer: number;
  /** Volts per unit of voltage_now: 1e-6 (µV) or 1e-3 (mV). */
  voltsPer: number;
  /** Sign of current_now while the battery discharges: -1 (the kernel's convention) or +1. */
  dischargeSign: 1 | -1;
}

const INTEGER = /^[-+]?\d{1,15}$/;

/** One loop line → a reading timed by its arrival; refuses anything but two integers. */
export function parseBatteryLine(line: string, source: string, lineNumber: number, arrivedS: number): BatteryReading | undefined {
  const text = line.trim();
  if (text === "") return undefined;
  const fields = text.split(/\s+/);
  const [current, voltage] = fields;
  if (fields.length !== 2 || current === undefined || voltage === undefined || !INTEGER.test(current) || !INTEGER.test(voltage)) {
    throw new FormatError(source, `line ${lineNumber}`, `expected "current_now voltage_now" (two whole numbers); got ${JSON.stringify(text.slice(0, 80))}`);
  }
  return { timeS: arrivedS, current: Number(current), voltage: Number(voltage) };
}

/** A recorded trace: one `time_s current_now voltage_now` line per reading. */
export function parseBatteryTrace(text: string, source: string): BatteryReading[] {
  const readings: BatteryReading[] = [];
  text.split("\n").forEach((raw, i) => {
    const line = raw.replace(/\r$/, "").trim();
    if (line === "" || line.startsWith("#")) return;
    const [time, ...rest] = line.split(/\s+/);
    const timeS = Number(time);
    if (time === undefined || !/^\d+(?:\.\d+)?$/.test(time) || !Number.isFinite(timeS)) throw new FormatError(source, `line ${i + 1}`, `expected "time_s current_now voltage_now"; got ${JSON.stringify(line.slice(0, 80))}`);
    const reading = parseBatteryLine(rest.join(" "), source, i + 1, timeS);
    if (!reading) throw new FormatError(source, `line ${i + 1}`, `expected "time_s current_now voltage_now"; got ${JSON.stringify(line.slice(0, 80))}`);
    readings.push(reading);
  });
  return readings;
}

// A phone battery sits between 2.5 and 5 V: in µV that is millions, in mV thousands.
const MICROVOLTS_FROM = 100_000;
// A phone running a model draws 20 mA to 10 A: in µA at least 20,000; in mA at most 10,000.
const MICROAMPS_FROM = 15_000;

/**
 * Units and sign from a window's readings (their medians, so a stray reading cannot flip them).
 * Refuses readings that fit neither unit: a voltage outside 2.5–5 V or no current at all.
 */
export function detectBatteryUnits(readings: readonly BatteryReading[], source: string): BatteryUnits {
  if (readings.length === 0) throw new FormatError(source, undefined, "no readings");
  const voltage = median(readings.map((r) => Math.abs(r.voltage)));
  const current = median(readings.map((r) => Math.abs(r.current)));
  const voltsPer = voltage >= MICROVOLTS_FROM ? 1e-6 : 1e-3;
  const volts = voltage * voltsPer;
  if (volts < 2.5 || volts > 5) throw new FormatError(source, "voltage_now", `expected a battery voltage of 2.5–5 V in µV or mV; got ${voltage}`);
  if (current === 0) throw new FormatError(source, "current_now", "reads 0: this gauge does not report current; use android-rails or a command meter");
  const ampsPer = current >= MICROAMPS_FROM ? 1e-6 : 1e-3;
  const signed = median(readings.map((r) => Math.sign(r.current)));
  return { ampsPer, voltsPer, dischargeSign: signed > 0 ? 1 : -1 };
}

/** Readings → power drawn from the battery, W (negative for a reading that charged it). */
export function batteryPowerSamples(readings: readonly BatteryReading[], units: BatteryUnits): PowerSample[] {
  return readings.map((r) => ({ timeS: r.timeS, powerW: units.dischargeSign * r.current * units.ampsPer * Math.abs(r.voltage) * units.voltsPer }));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface ChargerState {
  /** Which supplies `dumpsys battery` says are online: `AC`, `USB`, `Wireless`, `Dock`. */
  powered: string[];
  /** The battery's status: `Charging`, `Discharging`, `Not charging`, `Full` or `Unknown`. */
  status: string | undefined;
}

// BatteryManager.BATTERY_STATUS_*: the number `dumpsys battery` prints as `status:`.
const STATUS_WORDS: Record<string, string> = { "1": "Unknown", "2": "Charging", "3": "Discharging", "4": "Not charging", "5": "Full" };

/**
 * `dumpsys battery` (BatteryService.dumpInternal: `  AC powered: true`, `  status: 2`) → which
 * supplies are online and the status. Refuses text that is not that dump.
 */
export function parseDumpsysBattery(text: string, source: string): ChargerState {
  if (!/^Current Battery Service state:/m.test(text)) throw new FormatError(source, undefined, `expected "Current Battery Service state:"; got ${JSON.stringify(text.trim().split("\n")[0]?.slice(0, 80) ?? "")}`);
  const powered: string[] = [];
  let status: string | undefined;
  for (const line of text.split("\n")) {
    const supply = /^\s+(\w+) powered: (true|false)\s*$/.exec(line);
    if (supply?.[2] === "true") powered.push(supply[1]!);
    const state = /^\s+status: (\d+)\s*$/.exec(line);
    if (state) status = STATUS_WORDS[state[1]!] ?? "Unknown";
  }
  return { powered, status };
}

const UNPLUG_HINT =
  "unplug the charger and reach the phone over adb on Wi-Fi (`adb tcpip 5555`, then `adb connect PHONE_IP:5555` and that as the serial), " +
  "or use a data-only USB adapter that passes no power, so the phone runs from its battery; to measure a phone on a bench supply, use a command meter";

/** Refuses a phone that is charging, from `dumpsys battery` or, without it, the status file. */
export function refuseCharging(device: string, state: ChargerState): void {
  if (state.powered.length > 0 || state.status === "Charging" || state.status === "Full") {
    const why = state.powered.length > 0 ? `${state.powered.join(" and ")} powered` : `battery status ${state.status}`;
    throw new DeviceError(device, "meter android-battery", `the phone is on a charger (${why}): the battery gauge would measure the charger, not the model`, UNPLUG_HINT);
  }
}

export interface AndroidBatteryOptions {
  /** The power_supply folder (default /sys/class/power_supply/battery); tests point it at a fake. */
  root?: string;
  clock: Clock;
}

export class AndroidBatteryMeter implements Meter {
  readonly name = "android-battery";
  readonly device: string;
  readonly periodS = BATTERY_PERIOD_S;
  readonly resolutionJ = BATTERY_RESOLUTION_J;
  readonly #transport: Transport;
  readonly #root: string;
  readonly #sampler: SampledMeter<BatteryReading>;

  constructor(transport: Transport, options: AndroidBatteryOptions) {
    this.#transport = transport;
    this.device = transport.device;
    this.#root = options.root ?? BATTERY_ROOT;
    const root = shellQuote(this.#root);
    const source = `${this.device}: ${this.#root}/{current_now,voltage_now}`;
    this.#sampler = new SampledMeter<BatteryReading>({
      name: this.name,
      transport,
      argv: ["sh", "-c", `while :; do echo "$(cat ${root}/current_now) $(cat ${root}/voltage_now)"; sleep ${POLL_S}; done`],
      source,
      parse: (line, n, arrivedS) => parseBatteryLine(line, source, n, arrivedS),
      integrate: (window) => {
        const samples = batteryPowerSamples(window, detectBatteryUnits(window, source));
        return { joules: trapezoidJ(samples), startS: window[0]?.timeS ?? 0, endS: window.at(-1)?.timeS ?? 0 };
      },
      periodS: POLL_S,
      resolutionJ: BATTERY_RESOLUTION_J,
      clock: options.clock,
      hint: `the phone needs ${this.#root}/current_now and voltage_now; if they are missing, use android-rails or a command meter`,
    });
  }

  async start(): Promise<void> {
    refuseCharging(this.device, await this.chargerState());
    await this.#sampler.start();
  }

  stop(): Promise<MeterReading> {
    return this.#sampler.stop();
  }

  close(): Promise<void> {
    return this.#sampler.close();
  }

  /** The charger's state: `dumpsys battery` where there is one, else the status file. */
  async chargerState(): Promise<ChargerState> {
    const dump = await this.#transport.run(["dumpsys", "battery"], { step: "meter android-battery: dumpsys battery", retry: true, timeoutMs: 30_000 });
    if (dump.code === 0 && dump.stdout.includes("Current Battery Service state:")) return parseDumpsysBattery(dump.stdout, `${this.device}: dumpsys battery`);
    const status = await this.#transport.run(["cat", `${this.#root}/status`], { step: "meter android-battery: read status", retry: true, timeoutMs: 30_000 });
    if (status.code !== 0) {
      throw new DeviceError(this.device, "meter android-battery", `cannot read ${this.#root}/status: ${status.stderr.trim().split("\n").at(-1) ?? ""}`,
        "this device has no battery gauge in sysfs; use android-rails or a command meter");
    }
    return { powered: [], status: status.stdout.trim() };
  }
}
