// Thermal zones and what a run did to them. Linux Documentation/driver-api/thermal/sysfs-api.rst:
// /sys/class/thermal/thermal_zoneN/temp is in millidegrees Celsius. Some vendor kernels (older
// Qualcomm and Exynos phones among them) write whole °C instead; a reading under 200 in magnitude
// is taken as °C (200 °C is past any chip's shutdown, 0.2 °C is no chip's temperature).
import type { CpuState } from "./cpu-mask.js";

export interface ThermalZone {
  /** thermal_zoneN */
  zone: string;
  /** Its `type`: "cpu-1-0-usr", "x86_pkg_temp", "battery"… */
  type: string;
  tempC: number;
}

/** A zone's `temp` text in °C; null for a zone that cannot be read or reports no number. */
export function thermalTempC(raw: string): number | null {
  const text = raw.trim();
  if (!/^-?\d+$/.test(text)) return null;
  const value = Number(text);
  return Math.abs(value) < 200 ? value : value / 1000;
}

/** The hottest zone, or null when there is none. */
export function hottestZone(zones: readonly ThermalZone[]): ThermalZone | null {
  let hottest: ThermalZone | null = null;
  for (const z of zones) if (hottest === null || z.tempC > hottest.tempC) hottest = z;
  return hottest;
}

export interface ThermalChange {
  zone: string;
  type: string;
  beforeC: number;
  afterC: number;
  /** after − before, °C. */
  deltaC: number;
}

/** Each zone read both times, with how much it warmed; in zone order. */
export function thermalDelta(before: readonly ThermalZone[], after: readonly ThermalZone[]): ThermalChange[] {
  const first = new Map(before.map((z) => [z.zone, z]));
  return after
    .flatMap((z) => {
      const b = first.get(z.zone);
      return b ? [{ zone: z.zone, type: z.type, beforeC: b.tempC, afterC: z.tempC, deltaC: round(z.tempC - b.tempC) }] : [];
    })
    .sort((a, b) => zoneNumber(a.zone) - zoneNumber(b.zone) || a.zone.localeCompare(b.zone));
}

export interface ThrottleLimits {
  /** A zone at or above this after the run is a warning, °C (default 80). */
  maxTempC?: number;
  /** A zone that warmed by more than this during the run is a warning, °C (default: none). */
  maxRiseC?: number;
}

/** What the device did during a run: its thermal zones and CPUs before and after. */
export interface ThrottleSnapshot {
  thermal: readonly ThermalZone[];
  cpus: readonly CpuState[];
}

/** Results' warning shape: a code and one line. */
export interface ThrottleWarning {
  code: "thermal-limit" | "thermal-rise" | "cpu-throttled";
  message: string;
}

/**
 * Signs that a run was throttled: a zone past the limit after it, a zone that warmed past the
 * allowed rise, or a CPU whose scaling_max_freq dropped (the kernel's thermal cooling lowers it).
 */
export function throttleWarnings(before: ThrottleSnapshot, after: ThrottleSnapshot, limits: ThrottleLimits = {}): ThrottleWarning[] {
  const maxTempC = limits.maxTempC ?? 80;
  const warnings: ThrottleWarning[] = [];
  for (const change of thermalDelta(before.thermal, after.thermal)) {
    if (change.afterC >= maxTempC && change.afterC > change.beforeC) {
      warnings.push({ code: "thermal-limit", message: `${change.zone} (${change.type}) reached ${change.afterC} °C, past the ${maxTempC} °C limit (${change.beforeC} °C before the run); results may be throttled` });
    } else if (limits.maxRiseC !== undefined && change.deltaC > limits.maxRiseC) {
      warnings.push({ code: "thermal-rise", message: `${change.zone} (${change.type}) warmed by ${change.deltaC} °C during the run (${change.beforeC} → ${change.afterC} °C), more than the ${limits.maxRiseC} °C allowed` });
    }
  }
  const earlier = new Map(before.cpus.map((c) => [c.cpu, c]));
  const dropped = after.cpus.filter((c) => {
    const b = earlier.get(c.cpu)?.scalingMaxKhz;
    return b != null && c.scalingMaxKhz !== null && c.scalingMaxKhz < b;
  });
  if (dropped.length > 0) {
    const detail = dropped.map((c) => `cpu${c.cpu} ${mhz(earlier.get(c.cpu)!.scalingMaxKhz!)} → ${mhz(c.scalingMaxKhz!)} MHz`).join(", ");
    warnings.push({ code: "cpu-throttled", message: `the CPU's allowed maximum frequency dropped during the run (${detail}): the device throttled; let it cool down and run again` });
  }
  return warnings;
}

function mhz(khz: number): number {
  return Math.round(khz / 1000);
}

function round(c: number): number {
  return Math.round(c * 1000) / 1000;
}

function zoneNumber(zone: string): number {
  const n = /(\d+)$/.exec(zone);
  return n ? Number(n[1]) : Number.MAX_SAFE_INTEGER;
}
