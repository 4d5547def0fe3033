// The `rapl` meter: Intel's (and AMD's, through the same driver) Running Average Power Limit
// energy counters in the Linux powercap tree, read with `cat` through the device's transport, so
// the runner and a host over ssh read them alike. Layout (Documentation/power/powercap/powercap.rst):
//   /sys/class/powercap/intel-rapl:0/{name,energy_uj,max_energy_range_uj}   package-0
//   /sys/class/powercap/intel-rapl:0/intel-rapl:0:0/...                     core (inside package-0)
//   /sys/class/powercap/intel-rapl:0:0 -> the same subzone, linked at the top as well
//   /sys/class/powercap/intel-rapl:1                                        package-1, or psys
// Only top-level package zones are summed: subzones (core, uncore, dram) are parts of a package
// or beside it, psys covers the whole platform including the packages, and intel-rapl-mmio:N
// is the same package again through MMIO. Counting any of them with the packages would count
// energy twice.
import { DeviceError, FormatError } from "../../errors.js";
import type { Transport } from "../transport/transport.js";
import type { Clock, Meter, MeterReading } from "./meter.js";

export const POWERCAP_ROOT = "/sys/class/powercap";
/** A top-level zone: `intel-rapl:0`, `amd-rapl:1` (subzones have a second `:N`). */
const TOP_ZONE = /^(?:intel|amd)-rapl:\d+$/;
/** RAPL's energy status unit on most Intel and AMD parts is 2^-14 J ≈ 61 µJ; sysfs rounds it to µJ. */
export const RAPL_RESOLUTION_J = 2 ** -14;
/** The counters update about every millisecond. */
export const RAPL_PERIOD_S = 0.001;
const UNREADABLE_HINT =
  "since Linux 5.10 energy_uj is readable by root only (CVE-2020-8694); run `sudo chmod a+r /sys/class/powercap/intel-rapl:*/energy_uj` " +
  "(until reboot), or install a udev rule or a systemd-tmpfiles line that does it at boot, or use meter: none";

export interface RaplZone {
  /** The zone's folder name: `intel-rapl:0`. */
  zone: string;
  /** Its `name` file: `package-0`. */
  name: string;
  maxEnergyRangeUj: number;
}

/** The zones to sum out of a powercap listing (`ls` of the root): top-level RAPL zones only. */
export function topLevelZones(listing: string): string[] {
  return listing.split(/\s+/).filter((entry) => TOP_ZONE.test(entry)).sort(byNumber);
}

function byNumber(a: string, b: string): number {
  return Number(a.slice(a.lastIndexOf(":") + 1)) - Number(b.slice(b.lastIndexOf(":") + 1));
}

/** Lines of `cat` output, one non-negative integer each (µJ) → numbers; refuses anything else. */
export function parseCounters(text: string, expected: number, source: string): number[] {
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  if (lines.length !== expected) throw new FormatError(source, undefined, `expected ${expected} counter line${expected === 1 ? "" : "s"}; got ${lines.length}`);
  return lines.map((line, i) => {
    const value = line.trim();
    if (!/^\d{1,20}$/.test(value) || !Number.isSafeInteger(Number(value))) {
      throw new FormatError(source, `line ${i + 1}`, `expected an energy counter in µJ (a whole number ≥ 0); got ${JSON.stringify(value.slice(0, 40))}`);
    }
    return Number(value);
  });
}

/**
 * Energy between two readings of a counter that wraps to 0 after `maxRangeUj`, µJ. A counter read
 * less than a wrap apart (about 60 s to 4 min at full load on a big package, far longer than a
 * batch) has wrapped at most once.
 */
export function counterDeltaUj(startUj: number, endUj: number, maxRangeUj: number): number {
  return endUj >= startUj ? endUj - startUj : maxRangeUj - startUj + endUj;
}

export interface RaplOptions {
  /** The powercap folder (default /sys/class/powercap); tests point it at a fake tree. */
  root?: string;
  clock: Clock;
}

export class RaplMeter implements Meter {
  readonly name = "rapl";
  readonly device: string;
  readonly resolutionJ = RAPL_RESOLUTION_J;
  readonly periodS = RAPL_PERIOD_S;
  readonly #transport: Transport;
  readonly #root: string;
  readonly #clock: Clock;
  #zones: RaplZone[] | undefined;
  #start: { counters: number[]; timeS: number } | undefined;

  constructor(transport: Transport, options: RaplOptions) {
    this.#transport = transport;
    this.device = transport.device;
    this.#root = options.root ?? POWERCAP_ROOT;
    this.#clock = options.clock;
  }

  /** The package zones this meter sums, found on first use. */
  async zones(): Promise<RaplZone[]> {
    if (this.#zones) return this.#zones;
    const listing = await this.#cat(["ls", this.#root], "list powercap zones");
    const tops = topLevelZones(listing);
    if (tops.length === 0) {
      throw new DeviceError(this.device, "meter rapl", `no RAPL zones under ${this.#root}`,
        "the CPU or kernel offers no RAPL (a VM usually does not); load intel_rapl_msr (`sudo modprobe intel_rapl_msr`) or use meter: none");
    }
    const names = (await this.#cat(["cat", ...tops.map((z) => `${this.#root}/${z}/name`)], "read RAPL zone names")).split("\n");
    const packages = tops.map((zone, i) => ({ zone, name: (names[i] ?? "").trim() })).filter((z) => z.name.startsWith("package"));
    if (packages.length === 0) {
      throw new DeviceError(this.device, "meter rapl", `no package zone among ${tops.map((z, i) => `${z} (${(names[i] ?? "").trim()})`).join(", ")}`, "use meter: none, or a command meter that reads the zone you want");
    }
    const source = `${this.device}: ${this.#root}/*/max_energy_range_uj`;
    const ranges = parseCounters(await this.#cat(["cat", ...packages.map((z) => `${this.#root}/${z.zone}/max_energy_range_uj`)], "read RAPL ranges"), packages.length, source);
    this.#zones = packages.map((z, i) => ({ ...z, maxEnergyRangeUj: ranges[i]! }));
    return this.#zones;
  }

  async start(): Promise<void> {
    this.#start = await this.#read();
  }

  async stop(): Promise<MeterReading> {
    const start = this.#start;
    if (!start) throw new Error("meter rapl: stop without start");
    const end = await this.#read();
    this.#start = undefined;
    const zones = await this.zones();
    const uj = zones.reduce((sum, z, i) => sum + counterDeltaUj(start.counters[i]!, end.counters[i]!, z.maxEnergyRangeUj), 0);
    return { joules: uj / 1e6, startS: start.timeS, endS: end.timeS };
  }

  async close(): Promise<void> {}

  async #read(): Promise<{ counters: number[]; timeS: number }> {
    const zones = await this.zones();
    const before = this.#clock();
    const text = await this.#cat(["cat", ...zones.map((z) => `${this.#root}/${z.zone}/energy_uj`)], "read RAPL energy");
    const after = this.#clock();
    return { counters: parseCounters(text, zones.length, `${this.device}: ${this.#root}/*/energy_uj`), timeS: (before + after) / 2 };
  }

  async #cat(argv: string[], step: string): Promise<string> {
    const result = await this.#transport.run(argv, { step, retry: true, timeoutMs: 30_000 });
    if (result.code === 0) return result.stdout;
    const stderr = result.stderr.trim().split("\n").slice(-2).join(" ");
    if (/permission denied/i.test(result.stderr)) throw new DeviceError(this.device, "meter rapl", `cannot read the RAPL counters: ${stderr}`, UNREADABLE_HINT);
    throw new DeviceError(this.device, "meter rapl", `${argv.join(" ")} failed (exit ${result.code})${stderr ? `: ${stderr}` : ""}`,
      "the device needs the powercap tree (Linux with intel_rapl_msr loaded); or use meter: none");
  }
}
