// The battery's charge, charging state and temperature: from `dumpsys battery` on Android, or the
// Linux power-supply class in sysfs on boards and where dumpsys is missing.
//
// dumpsys: AOSP frameworks/base BatteryService.dumpInternal prints "Current Battery Service
// state:" then `  key: value` lines; `status` is a BatteryManager.BATTERY_STATUS_* code (1 unknown,
// 2 charging, 3 discharging, 4 not charging, 5 full) and `temperature` is in tenths of a °C.
// sysfs: Linux Documentation/ABI/testing/sysfs-class-power: `status` is one of "Unknown",
// "Charging", "Discharging", "Not charging", "Full"; `capacity` is a percentage; `temp` is in
// tenths of a °C; `online` is 1 for a charger that is connected.
import { FormatError } from "../../errors.js";

export type ChargeStatus = "charging" | "discharging" | "not-charging" | "full" | "unknown";
export type PowerSource = "ac" | "usb" | "wireless" | "dock";

export interface BatteryState {
  levelPct: number;
  status: ChargeStatus;
  /** Chargers connected now; empty on battery power. */
  plugged: PowerSource[];
  tempC: number | null;
}

const STATUS_CODES: Record<string, ChargeStatus> = { "1": "unknown", "2": "charging", "3": "discharging", "4": "not-charging", "5": "full" };
const PLUGGED_KEYS: [string, PowerSource][] = [["AC powered", "ac"], ["USB powered", "usb"], ["Wireless powered", "wireless"], ["Dock powered", "dock"]];

/** `dumpsys battery` output; `file` names it in errors. */
export function parseDumpsysBattery(text: string, file = "dumpsys battery"): BatteryState {
  const lines = text.split(/\r?\n/);
  const header = lines.findIndex((l) => l.trim() === "Current Battery Service state:");
  if (header < 0) throw new FormatError(file, undefined, `no "Current Battery Service state:" line; got ${JSON.stringify(text.slice(0, 80))}`);
  const values = new Map<string, { value: string; line: number }>();
  for (let i = header + 1; i < lines.length; i++) {
    const line = lines[i]!;
    // The section ends at the first line that is not indented (newer releases print more after it).
    if (!/^\s/.test(line) || line.trim() === "") break;
    const kv = /^\s+([^:]+):\s*(.*)$/.exec(line);
    if (kv) values.set(kv[1]!.trim(), { value: kv[2]!.trim(), line: i + 1 });
  }
  const number = (key: string, unit: string): number => {
    const entry = values.get(key);
    if (!entry) throw new FormatError(file, undefined, `no "${key}:" line (was the output cut short?)`);
    const n = Number(entry.value);
    if (entry.value === "" || !Number.isFinite(n)) throw new FormatError(file, `line ${entry.line}`, `${key}: expected ${unit}; got ${JSON.stringify(entry.value)}`);
    return n;
  };
  const level = number("level", "a whole number");
  const scale = values.has("scale") ? number("scale", "a whole number") : 100;
  const statusCode = String(number("status", "a BatteryManager status code"));
  const temperature = values.has("temperature") ? number("temperature", "tenths of a °C") : null;
  return {
    levelPct: scale > 0 ? Math.round((level / scale) * 100) : level,
    status: STATUS_CODES[statusCode] ?? "unknown",
    plugged: PLUGGED_KEYS.filter(([key]) => values.get(key)?.value === "true").map(([, source]) => source),
    tempC: temperature === null ? null : temperature / 10,
  };
}

/** One folder of /sys/class/power_supply; a file that is not there is null. */
export interface PowerSupply {
  name: string;
  type: string | null;
  online: string | null;
  capacity: string | null;
  status: string | null;
  temp: string | null;
}

const SYSFS_STATUS: Record<string, ChargeStatus> = { Charging: "charging", Discharging: "discharging", "Not charging": "not-charging", Full: "full", Unknown: "unknown" };

/** The battery among the power supplies (type Battery with a capacity), or null when there is none. */
export function powerSupplyBattery(supplies: readonly PowerSupply[], file = "/sys/class/power_supply"): BatteryState | null {
  const battery = supplies.find((s) => s.type === "Battery" && s.capacity !== null);
  if (!battery) return null;
  const level = Number(battery.capacity);
  if (!Number.isFinite(level)) throw new FormatError(file, `${battery.name}/capacity`, `expected a percentage; got ${JSON.stringify(battery.capacity)}`);
  const temp = battery.temp === null ? NaN : Number(battery.temp);
  return {
    levelPct: level,
    status: SYSFS_STATUS[battery.status ?? ""] ?? "unknown",
    plugged: supplies.filter((s) => s.online === "1").flatMap((s) => {
      const source = chargerSource(s.type);
      return source ? [source] : [];
    }),
    tempC: Number.isFinite(temp) ? temp / 10 : null,
  };
}

// The kernel's power_supply types: Mains; USB and its flavours (USB_DCP, USB_PD, USB_C…); Wireless.
function chargerSource(type: string | null): PowerSource | undefined {
  if (type === "Mains") return "ac";
  if (type?.startsWith("USB")) return "usb";
  if (type === "Wireless") return "wireless";
  return undefined;
}
