// What the local device is: CPU, OS, governor, temperatures. Stored with every result so that
// comparisons across different machines or settings are flagged, never silently trusted.
import { readFileSync, readdirSync } from "node:fs";
import os from "node:os";
import type { Fingerprint } from "../results/types.js";

export function localFingerprint(): Fingerprint {
  const cpus = os.cpus();
  const fingerprint: Fingerprint = {
    model: os.hostname(),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: os.availableParallelism(),
    node: process.version,
  };
  const governor = readText("/sys/devices/system/cpu/cpu0/cpufreq/scaling_governor");
  if (governor) fingerprint.governor = governor;
  return fingerprint;
}

/** Highest thermal-zone temperature in °C, or undefined where the host does not report one. */
export function cpuTemperatureC(): number | undefined {
  let zones: string[];
  try {
    zones = readdirSync("/sys/class/thermal").filter((z) => z.startsWith("thermal_zone"));
  } catch {
    return undefined;
  }
  const temps = zones.map((z) => Number(readText(`/sys/class/thermal/${z}/temp`)) / 1000).filter((t) => Number.isFinite(t) && t > 0);
  return temps.length > 0 ? Math.max(...temps) : undefined;
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8").trim();
  } catch {
    return undefined;
  }
}
