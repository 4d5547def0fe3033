// What a device is and how it is doing, read in one round trip over any transport: one fixed
// shell script (never with configuration text in it: the only argument, the sysfs root, arrives
// as "$1") prints delimited sections, parsed here. Works on Linux boards and hosts over ssh or
// locally, and on Android over adb, where getprop and dumpsys battery are read too.
import { DeviceError } from "../../errors.js";
import type { Fingerprint } from "../../results/types.js";
import { tail } from "../transport/remote-transport.js";
import type { Transport } from "../transport/transport.js";
import { parseDumpsysBattery, powerSupplyBattery, type BatteryState, type PowerSupply } from "./battery.js";
import { bigCoreMask, governorSummary, type CpuState } from "./cpu-mask.js";
import { cpuName } from "./cpuinfo.js";
import { androidIdentity, parseGetprop } from "./getprop.js";
import { thermalTempC, type ThermalZone } from "./thermal.js";

export type DeviceKind = "local" | "adb" | "ssh";

export interface DeviceState {
  /**
   * What stays the same from run to run on one setup, for the results' fingerprint: model, os,
   * cpu, cores, and where the device tells them soc, governor, bigCores (taskset mask),
   * buildFingerprint (Android), distro (Linux). Runtime fields are the bench tool's to add.
   */
  fingerprint: Fingerprint;
  /** Every cpuN under /sys/devices/system/cpu, by number (empty where cpufreq is absent). */
  cpus: CpuState[];
  /** Every zone whose temperature could be read, by zone number. */
  thermal: ThermalZone[];
  /** dumpsys battery on Android, else the power-supply class; null without a battery. */
  battery: BatteryState | null;
  /** Whether `taskset` is on the device's PATH, so `tasksetPrefix` can be used. */
  hasTaskset: boolean;
}

export interface ReadStateOptions {
  /**
   * Prefix of /proc, /sys and /etc on the device: "" (the default) for the real ones; tests
   * point it at a fake tree. Passed to the script as an argument, never spliced into it.
   */
  root?: string;
  timeoutMs?: number;
}

const MARK = "@@dnntune@@ ";

// Each value file is read with cat inside "$(…)", which drops its trailing newline; a file that is
// absent or unreadable gives an empty field. Fields are tab-separated.
const LINUX_SCRIPT = `r=$1
s() { echo "${MARK}$1"; }
s uname; uname -srm 2>/dev/null
s hostname; uname -n 2>/dev/null
s os-release; cat "$r/etc/os-release" 2>/dev/null
s board; cat "$r/proc/device-tree/model" 2>/dev/null | tr -d '\\000'; echo
s dmi; cat "$r/sys/class/dmi/id/product_name" 2>/dev/null
s cpuinfo; cat "$r/proc/cpuinfo" 2>/dev/null
s cpufreq
for d in "$r"/sys/devices/system/cpu/cpu[0-9]*; do
  [ -d "$d" ] || continue
  f=$d/cpufreq
  echo "\${d##*/}\t$(cat "$f/cpuinfo_max_freq" 2>/dev/null)\t$(cat "$f/scaling_max_freq" 2>/dev/null)\t$(cat "$f/scaling_governor" 2>/dev/null)"
done
s thermal
for z in "$r"/sys/class/thermal/thermal_zone[0-9]*; do
  [ -d "$z" ] || continue
  echo "\${z##*/}\t$(cat "$z/type" 2>/dev/null)\t$(cat "$z/temp" 2>/dev/null)"
done
s power_supply
for p in "$r"/sys/class/power_supply/*; do
  [ -d "$p" ] || continue
  echo "\${p##*/}\t$(cat "$p/type" 2>/dev/null)\t$(cat "$p/online" 2>/dev/null)\t$(cat "$p/capacity" 2>/dev/null)\t$(cat "$p/status" 2>/dev/null)\t$(cat "$p/temp" 2>/dev/null)"
done
s taskset; command -v taskset 2>/dev/null
`;

const ANDROID_SCRIPT = `s getprop; getprop 2>/dev/null
s dumpsys-battery; dumpsys battery 2>/dev/null
`;

/** The script readDeviceState runs for a kind of device (fixed text; "$1" is the root). */
export function deviceStateScript(kind: DeviceKind): string {
  return `${LINUX_SCRIPT}${kind === "adb" ? ANDROID_SCRIPT : ""}s end\n`;
}

/** Reads the device's state in one command. A device that answers nothing usable is a DeviceError. */
export async function readDeviceState(transport: Pick<Transport, "device" | "run">, kind: DeviceKind, options: ReadStateOptions = {}): Promise<DeviceState> {
  const step = "read device state";
  const result = await transport.run(["sh", "-c", deviceStateScript(kind), "sh", options.root ?? ""], { step, retry: true, timeoutMs: options.timeoutMs });
  const sections = splitSections(result.stdout);
  if (!sections.has("end")) {
    throw new DeviceError(transport.device, step, `the state script stopped early (exit ${result.code})${tail(result.stderr)}`, "check that the device has a POSIX sh with cat and uname");
  }
  return deviceStateFromSections(sections, kind, transport.device);
}

/** The pure half of readDeviceState: the script's output in, the state out. */
export function parseDeviceState(output: string, kind: DeviceKind, device = "device"): DeviceState {
  return deviceStateFromSections(splitSections(output), kind, device);
}

function deviceStateFromSections(sections: ReadonlyMap<string, string>, kind: DeviceKind, device: string): DeviceState {
  const text = (name: string) => sections.get(name) ?? "";
  const line = (name: string) => text(name).trim() || null;
  const cpus = parseCpuLines(text("cpufreq"));
  const thermal = parseThermalLines(text("thermal"));
  const supplies = parsePowerSupplyLines(text("power_supply"));
  const cpuinfo = text("cpuinfo");
  const cores = cpus.length > 0 ? cpus.length : (cpuinfo.match(/^processor\s*:/gm) ?? []).length;

  const fingerprint: Fingerprint = {};
  let battery = powerSupplyBattery(supplies, `${device}: /sys/class/power_supply`);
  if (kind === "adb") {
    const identity = androidIdentity(parseGetprop(text("getprop"), `${device}: getprop`));
    fingerprint.model = identity.model ?? line("hostname") ?? "unknown";
    fingerprint.os = identity.os ?? line("uname") ?? "unknown";
    if (identity.soc !== null) fingerprint.soc = identity.soc;
    if (identity.buildFingerprint !== null) fingerprint.buildFingerprint = identity.buildFingerprint;
    // A phone without dumpsys (a bare AOSP shell, a recovery) still has the power-supply class.
    if (text("dumpsys-battery").includes("Current Battery Service state:")) battery = parseDumpsysBattery(text("dumpsys-battery"), `${device}: dumpsys battery`);
  } else {
    fingerprint.model = line("board") ?? line("dmi") ?? line("hostname") ?? "unknown";
    // As the local fingerprint spells it (os.type, os.release, os.arch): "Linux 6.1.0 aarch64".
    fingerprint.os = line("uname") ?? "unknown";
    const distro = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(text("os-release"))?.[1];
    if (distro) fingerprint.distro = distro;
  }
  fingerprint.cpu = cpuName(cpuinfo) ?? "unknown";
  fingerprint.cores = cores;
  const governor = governorSummary(cpus);
  if (governor !== null) fingerprint.governor = governor;
  const bigCores = bigCoreMask(cpus);
  if (bigCores !== null) fingerprint.bigCores = bigCores;
  return { fingerprint, cpus, thermal, battery, hasTaskset: line("taskset") !== null };
}

/** The script's output as section name → text; lines before the first mark are dropped (a login banner). */
export function splitSections(output: string): Map<string, string> {
  const sections = new Map<string, string>();
  let name: string | undefined;
  let body: string[] = [];
  for (const line of output.split(/\r?\n/)) {
    if (line.startsWith(MARK)) {
      if (name !== undefined) sections.set(name, body.join("\n"));
      name = line.slice(MARK.length).trim();
      body = [];
    } else if (name !== undefined) {
      body.push(line);
    }
  }
  if (name !== undefined) sections.set(name, body.join("\n"));
  return sections;
}

/** `cpuN\tmax\tscalingMax\tgovernor` lines; unreadable fields are null. */
export function parseCpuLines(text: string): CpuState[] {
  return text.split("\n").flatMap((line) => {
    const [name = "", max = "", scalingMax = "", governor = ""] = line.split("\t");
    const cpu = /^cpu(\d+)$/.exec(name);
    if (!cpu) return [];
    return [{ cpu: Number(cpu[1]), maxKhz: khz(max), scalingMaxKhz: khz(scalingMax), governor: governor.trim() || null }];
  }).sort((a, b) => a.cpu - b.cpu);
}

/** `thermal_zoneN\ttype\ttemp` lines; zones without a readable temperature are left out. */
export function parseThermalLines(text: string): ThermalZone[] {
  return text.split("\n").flatMap((line) => {
    const [zone = "", type = "", raw = ""] = line.split("\t");
    const tempC = thermalTempC(raw);
    if (!/^thermal_zone\d+$/.test(zone) || tempC === null) return [];
    return [{ zone, type: type.trim() || zone, tempC }];
  }).sort((a, b) => Number(a.zone.slice(12)) - Number(b.zone.slice(12)));
}

function parsePowerSupplyLines(text: string): PowerSupply[] {
  return text.split("\n").filter((l) => l.includes("\t")).map((line) => {
    const [name = "", type, online, capacity, status, temp] = line.split("\t").map((f) => f.trim());
    const orNull = (v: string | undefined) => (v ? v : null);
    return { name, type: orNull(type), online: orNull(online), capacity: orNull(capacity), status: orNull(status), temp: orNull(temp) };
  });
}

function khz(text: string): number | null {
  const t = text.trim();
  return /^\d+$/.test(t) ? Number(t) : null;
}
