// The `android-rails` meter: the on-device power monitor (ODPM) rails of the PowerStats HAL, the
// same counters Perfetto records as `power.rails` (android.power data source). Read as text from
// `dumpsys android.hardware.power.stats.IPowerStats/default`, whose energy meter section the
// Pixel HAL prints (hardware/google/pixel powerstats/PowerStatsAidl.cpp, dumpEnergyMeter):
//
//   ============= PowerStats HAL 2.0 energy meter ==============
//                              Channel    Cumulative Energy
//           [S4M_VDD_CPUCL0]:CPU(LITTLE)       1234567.89 mWs
//   ========== End of PowerStats HAL 2.0 energy meter ==========
//
// (with the `delta` argument each line also carries `(delta)`). Each rail is a cumulative energy
// (µWs in the HAL, printed in mWs), read at start and stop; the selected rails' differences are
// summed.
import { DeviceError, FormatError, InputError } from "../../errors.js";
import type { Transport } from "../transport/transport.js";
import type { Clock, Meter, MeterReading } from "./meter.js";

export const POWER_STATS_DUMP = ["dumpsys", "android.hardware.power.stats.IPowerStats/default"];
const BEGIN = "============= PowerStats HAL 2.0 energy meter ==============";
const END = "========== End of PowerStats HAL 2.0 energy meter ==========";
const DATA = /^\s*(\S(?:.*\S)?)\s+(-?\d+(?:\.\d+)?) mWs(?:\s+\(\s*-?\d+(?:\.\d+)?\))?\s*$/;
/**
 * How often ODPM rails accumulate a new reading. Not documented that we could find; a quarter
 * of a second is assumed, so batches span at least 2.5 s and one missed update costs ≤ 10 %.
 */
export const RAILS_PERIOD_S = 0.25;

export interface Rail {
  /** The channel as printed: `[S4M_VDD_CPUCL0]:CPU(LITTLE)` (AIDL HAL) or `S4M_VDD_CPUCL0` (older). */
  label: string;
  /** The rail's name: inside the brackets, or the whole label. */
  name: string;
  /** The subsystem after the `]:`, when printed. */
  subsystem: string | undefined;
  energyMws: number;
}

/** The energy meter section of a PowerStats dump → its rails; refuses a dump without one. */
export function parseEnergyMeterDump(text: string, source: string): Rail[] {
  const lines = text.split("\n").map((l) => l.replace(/\r$/, ""));
  const begin = lines.findIndex((l) => l.trim() === BEGIN);
  if (begin < 0) throw new FormatError(source, undefined, `no "${BEGIN}" section: the device's PowerStats HAL reports no energy meter (no ODPM rails)`);
  const rails: Rail[] = [];
  for (let i = begin + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === END) {
      if (rails.length === 0) throw new FormatError(source, `line ${i + 1}`, "the energy meter section lists no rails");
      return rails;
    }
    if (line.trim() === "" || /^\s*Elapsed time: \d+ ms\s*$/.test(line) || /^\s*Channel\s+Cumulative Energy/.test(line)) continue;
    const m = DATA.exec(line);
    const energyMws = m ? Number(m[2]) : Number.NaN;
    if (!m || !Number.isFinite(energyMws) || energyMws < 0) {
      throw new FormatError(source, `line ${i + 1}`, `expected "CHANNEL  ENERGY mWs"; got ${JSON.stringify(line.trim().slice(0, 80))}`);
    }
    const label = m[1]!;
    const bracket = /^\[([^\]]+)\]:(.*)$/.exec(label);
    rails.push({ label, name: bracket ? bracket[1]! : label, subsystem: bracket ? bracket[2]! : undefined, energyMws });
  }
  throw new FormatError(source, `line ${lines.length}`, `the energy meter section does not end ("${END}" missing): the dump was cut short`);
}

/** The rails to sum: all, or those named (by name, label or subsystem); refuses a name not there. */
export function selectRails(rails: readonly Rail[], wanted: readonly string[] | undefined, field: string): Rail[] {
  if (!wanted) return [...rails];
  return wanted.map((w) => {
    const rail = rails.find((r) => r.name === w || r.label === w) ?? rails.find((r) => r.subsystem === w);
    if (!rail) throw new InputError(field, `no rail ${JSON.stringify(w)} on this device; it has ${rails.map((r) => r.name).join(", ")}`);
    return rail;
  });
}

/**
 * The smallest step of a rail's printed value, mWs: the dump prints two decimals of a 32-bit
 * float (`static_cast<float>(energyUWs) / 1000.0`), whose 24-bit mantissa is coarser than that
 * once a rail has counted past 2^17 mWs (about 131 J, minutes after boot).
 */
export function printedStepMws(energyMws: number): number {
  const ulp = energyMws > 0 ? 2 ** (Math.floor(Math.log2(energyMws)) - 23) : 0;
  return Math.max(0.01, ulp);
}

export class AndroidRailsMeter implements Meter {
  readonly name = "android-rails";
  readonly device: string;
  readonly periodS = RAILS_PERIOD_S;
  readonly #transport: Transport;
  readonly #rails: readonly string[] | undefined;
  readonly #clock: Clock;
  #resolutionJ = 1e-5;
  #start: { rails: Rail[]; timeS: number } | undefined;

  constructor(transport: Transport, options: { rails?: readonly string[]; clock: Clock }) {
    this.#transport = transport;
    this.device = transport.device;
    this.#rails = options.rails;
    this.#clock = options.clock;
  }

  /** The printed step of the selected rails together, J; known after the first reading. */
  get resolutionJ(): number {
    return this.#resolutionJ;
  }

  async start(): Promise<void> {
    this.#start = await this.#read();
  }

  async stop(): Promise<MeterReading> {
    const start = this.#start;
    if (!start) throw new Error("meter android-rails: stop without start");
    const end = await this.#read();
    this.#start = undefined;
    let mws = 0;
    for (const rail of start.rails) {
      const later = end.rails.find((r) => r.label === rail.label);
      if (!later) throw new DeviceError(this.device, "meter android-rails", `rail ${rail.name} disappeared during the measurement`);
      mws += later.energyMws - rail.energyMws;
    }
    return { joules: mws / 1000, startS: start.timeS, endS: end.timeS };
  }

  async close(): Promise<void> {}

  /** The selected rails now. */
  async read(): Promise<Rail[]> {
    return (await this.#read()).rails;
  }

  async #read(): Promise<{ rails: Rail[]; timeS: number }> {
    const before = this.#clock();
    const result = await this.#transport.run(POWER_STATS_DUMP, { step: "meter android-rails: dumpsys power stats", retry: true, timeoutMs: 30_000 });
    const timeS = (before + this.#clock()) / 2;
    if (result.code !== 0) {
      throw new DeviceError(this.device, "meter android-rails", `${POWER_STATS_DUMP.join(" ")} failed (exit ${result.code}): ${result.stderr.trim().split("\n").at(-1) ?? ""}`,
        "ODPM rails need Android 11+ with the AIDL PowerStats HAL (Pixel 6 and later); otherwise use android-battery");
    }
    const rails = selectRails(parseEnergyMeterDump(result.stdout, `${this.device}: ${POWER_STATS_DUMP.join(" ")}`), this.#rails, `devices.${this.device}.meter.rails`);
    this.#resolutionJ = rails.reduce((sum, r) => sum + printedStepMws(r.energyMws), 0) / 1000;
    return { rails, timeS };
  }
}
