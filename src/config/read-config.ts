// dnntune.yml → the typed parts of the configuration the split stage needs: user networks and
// each device's power. Errors name the file and the field, what was expected and what was got:
// `dnntune.yml: networks.office.uplink-mbps must be a positive number; got 0`.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { FormatError, InputError } from "../errors.js";
import type { Network } from "./network.js";

export interface DevicePowerConfig {
  activeW?: number;
  idleW?: number;
}

export interface DnntuneConfig {
  networks: Network[];
  devices: Record<string, { power: DevicePowerConfig }>;
}

export const EMPTY_CONFIG: DnntuneConfig = { networks: [], devices: {} };

export function readConfig(path: string): DnntuneConfig {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new InputError("config", `cannot read ${path}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message}`);
  }
  let value: unknown;
  try {
    value = parse(text);
  } catch (error) {
    throw new FormatError(path, undefined, `not valid YAML (${(error as Error).message.split("\n")[0]})`);
  }
  return parseConfig(value ?? {}, path);
}

export function parseConfig(value: unknown, file: string): DnntuneConfig {
  const fail = (field: string, expected: string, got: unknown): never => {
    throw new FormatError(file, field, `must be ${expected}; got ${JSON.stringify(got) ?? "nothing"}`);
  };
  if (!isObject(value)) return fail("(top level)", "a mapping", value);
  const networks: Network[] = [];
  const rawNetworks = value.networks ?? {};
  if (!isObject(rawNetworks)) fail("networks", "a mapping of network names to settings", rawNetworks);
  for (const [name, raw] of Object.entries(rawNetworks as Record<string, unknown>)) {
    const at = `networks.${name}`;
    if (!isObject(raw)) fail(at, "a mapping with uplink-mbps, downlink-mbps, rtt-ms", raw);
    const n = raw as Record<string, unknown>;
    const positive = (key: string) => (typeof n[key] === "number" && Number.isFinite(n[key]) && (n[key] as number) > 0 ? (n[key] as number) : fail(`${at}.${key}`, "a positive number", n[key]));
    const nonNegative = (key: string, fallback?: number) => {
      if (n[key] === undefined && fallback !== undefined) return fallback;
      return typeof n[key] === "number" && Number.isFinite(n[key]) && (n[key] as number) >= 0 ? (n[key] as number) : fail(`${at}.${key}`, "a number ≥ 0", n[key]);
    };
    networks.push({
      name,
      uplinkMbps: positive("uplink-mbps"),
      downlinkMbps: positive("downlink-mbps"),
      rttMs: nonNegative("rtt-ms"),
      // Constant radio power unless given; 1.2 W / 0.9 W is DNNTune's Wi-Fi figure.
      radio: { kind: "constant", upW: nonNegative("radio-up-w", 1.2), downW: nonNegative("radio-down-w", 0.9) },
    });
  }
  const devices: DnntuneConfig["devices"] = {};
  const rawDevices = value.devices ?? {};
  if (!isObject(rawDevices)) fail("devices", "a mapping of device names to settings", rawDevices);
  for (const [name, raw] of Object.entries(rawDevices as Record<string, unknown>)) {
    if (!isObject(raw)) fail(`devices.${name}`, "a mapping", raw);
    const power = (raw as Record<string, unknown>).power;
    if (power === undefined) {
      devices[name] = { power: {} };
      continue;
    }
    if (!isObject(power)) fail(`devices.${name}.power`, "a mapping with active-w and idle-w", power);
    const p = power as Record<string, unknown>;
    const watts = (key: string) => {
      if (p[key] === undefined) return undefined;
      return typeof p[key] === "number" && Number.isFinite(p[key]) && (p[key] as number) >= 0 ? (p[key] as number) : fail(`devices.${name}.power.${key}`, "a number of watts ≥ 0", p[key]);
    };
    const activeW = watts("active-w");
    const idleW = watts("idle-w");
    devices[name] = { power: { ...(activeW !== undefined ? { activeW } : {}), ...(idleW !== undefined ? { idleW } : {}) } };
  }
  return { networks, devices };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
