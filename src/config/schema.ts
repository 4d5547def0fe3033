// The schema of dnntune.yml, declared once: the check on read and the published JSON Schema
// (schema/config.json). It is written by people, so an unknown key is an error, and the message
// suggests the nearest valid key. To extend the config, add a key to one of these objects.
import { z } from "zod";

const number = (expected: string) => z.number({ error: `must be ${expected}` });
const positive = (expected: string) => number(expected).positive({ error: `must be ${expected}` });
const nonNegative = (expected: string) => number(expected).nonnegative({ error: `must be ${expected}` });

export const networkConfigSchema = z.strictObject({
  "uplink-mbps": positive("a positive number"),
  "downlink-mbps": positive("a positive number"),
  "rtt-ms": nonNegative("a number ≥ 0"),
  "radio-up-w": nonNegative("a number ≥ 0").optional().describe("Radio power while uploading, W (default 1.2, DNNTune's Wi-Fi figure)."),
  "radio-down-w": nonNegative("a number ≥ 0").optional().describe("Radio power while downloading, W (default 0.9)."),
}, { error: "must be a mapping with uplink-mbps, downlink-mbps, rtt-ms" });

export const devicePowerSchema = z.strictObject({
  "active-w": nonNegative("a number of watts ≥ 0").optional().describe("Power while running the model, W (default 2.5)."),
  "idle-w": nonNegative("a number of watts ≥ 0").optional().describe("Power while waiting for the cloud, W (default 0.3)."),
}, { error: "must be a mapping with active-w and idle-w" });

export const deviceConfigSchema = z.strictObject({
  power: devicePowerSchema.optional(),
}, { error: "must be a mapping" });

export const configSchema = z.strictObject({
  networks: z.record(z.string(), networkConfigSchema, { error: "must be a mapping of network names to settings" }).optional()
    .describe("User-defined networks for the split; a name here overrides a built-in (wifi, lte, 3g)."),
  devices: z.record(z.string(), deviceConfigSchema, { error: "must be a mapping of device names to settings" }).optional(),
}, { error: "must be a mapping" }).describe("dnntune.yml");

export type ConfigFile = z.infer<typeof configSchema>;
