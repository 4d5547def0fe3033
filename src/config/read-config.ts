// dnntune.yml → the typed parts of the configuration the split stage needs: user networks and
// each device's power. The file is checked against schema.ts; each problem names the file and
// the field, what was expected and what was got:
// `dnntune.yml: networks.office.uplink-mbps: must be a positive number; got 0`.
import { parse } from "yaml";
import { FormatError } from "../errors.js";
import { readTextFile } from "../read-file.js";
import type { Network } from "./network.js";
import { validateFile } from "../validate-file.js";
import { configSchema } from "./schema.js";

export interface DevicePowerConfig {
  activeW?: number;
  idleW?: number;
}

export interface DnntuneConfig {
  networks: Network[];
  devices: Record<string, { power: DevicePowerConfig }>;
}

export const EMPTY_CONFIG: DnntuneConfig = { networks: [], devices: {} };

/** A dnntune.yml is a few kilobytes; anything near this is not one. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

export function readConfig(path: string): DnntuneConfig {
  const text = readTextFile(path, { input: "config", maxBytes: MAX_CONFIG_BYTES, kind: "a dnntune.yml" });
  let value: unknown;
  try {
    // logLevel "error": warnings (an unknown tag) would otherwise go straight to stderr.
    value = parse(text, { logLevel: "error" });
  } catch (error) {
    throw new FormatError(path, undefined, `not valid YAML (${(error instanceof Error ? error.message : String(error)).split("\n")[0]})`);
  }
  const loop = selfReference(value);
  if (loop !== undefined) throw new FormatError(path, loop || undefined, "contains itself through a YAML alias (an anchor used inside its own value); write the value out");
  return parseConfig(value ?? {}, path);
}

/** The path of the first value that contains itself (a recursive anchor), if any. */
function selfReference(value: unknown, path = "", open = new Map<object, string>()): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  if (open.has(value)) return open.get(value);
  open.set(value, path);
  for (const [key, child] of Array.isArray(value) ? value.entries() : Object.entries(value)) {
    const found = selfReference(child, Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : String(key), open);
    if (found !== undefined) return found;
  }
  open.delete(value);
  return undefined;
}

export function parseConfig(value: unknown, file: string): DnntuneConfig {
  const config = validateFile(configSchema, value, file);
  const networks = Object.entries(config.networks ?? {}).map(([name, n]): Network => ({
    name,
    uplinkMbps: n["uplink-mbps"],
    downlinkMbps: n["downlink-mbps"],
    rttMs: n["rtt-ms"],
    // Constant radio power unless given; 1.2 W / 0.9 W is DNNTune's Wi-Fi figure.
    radio: { kind: "constant", upW: n["radio-up-w"] ?? 1.2, downW: n["radio-down-w"] ?? 0.9 },
  }));
  const devices: DnntuneConfig["devices"] = {};
  for (const [name, device] of Object.entries(config.devices ?? {})) {
    const power = device.power ?? {};
    devices[name] = {
      power: {
        ...(power["active-w"] !== undefined ? { activeW: power["active-w"] } : {}),
        ...(power["idle-w"] !== undefined ? { idleW: power["idle-w"] } : {}),
      },
    };
  }
  return { networks, devices };
}
