// Networks for the split: bandwidths, round-trip time and the phone's radio power model.
// Built-ins come from the literature (docs/split.md); user-defined ones are validated here.

import { InputError } from "../errors.js";
import type { Network, RadioPowerModel } from "../config/network.js";

export type { Network, RadioPowerModel } from "../config/network.js";

export const BUILT_IN_NETWORKS: Readonly<Record<string, Network>> = Object.freeze({
  wifi: { name: "wifi", uplinkMbps: 18.88, downlinkMbps: 54, rttMs: 20, radio: { kind: "constant", upW: 1.2, downW: 0.9 } },
  lte: {
    name: "lte", uplinkMbps: 5.85, downlinkMbps: 24.3, rttMs: 50,
    radio: { kind: "linear", upMwPerMbps: 438.39, upBaseMw: 1288.04, downMwPerMbps: 51.97, downBaseMw: 1288.04 },
  },
  "3g": {
    name: "3g", uplinkMbps: 1.1, downlinkMbps: 3.84, rttMs: 100,
    radio: { kind: "linear", upMwPerMbps: 868.98, upBaseMw: 817.88, downMwPerMbps: 122.12, downBaseMw: 817.88 },
  },
});

/** Radio power (W) while uploading at the network's uplink rate. */
export function radioUpW(network: Network): number {
  const radio = network.radio;
  return radio.kind === "constant" ? radio.upW : (radio.upMwPerMbps * network.uplinkMbps + radio.upBaseMw) / 1000;
}

/** Radio power (W) while downloading at the network's downlink rate. */
export function radioDownW(network: Network): number {
  const radio = network.radio;
  return radio.kind === "constant" ? radio.downW : (radio.downMwPerMbps * network.downlinkMbps + radio.downBaseMw) / 1000;
}

function requirePositive(where: string, field: string, value: unknown): void {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw new InputError("networks", `${field} must be a positive number; got ${JSON.stringify(value)}`, where);
  }
}

function requireNonNegative(where: string, field: string, value: unknown): void {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw new InputError("networks", `${field} must be a number ≥ 0; got ${JSON.stringify(value)}`, where);
  }
}

/** Throws an InputError naming the network and field when a network cannot be used. */
export function validateNetwork(network: Network): Network {
  const where = network.name || "(unnamed)";
  if (!network.name) throw new InputError("networks", "name must be a non-empty string", where);
  requirePositive(where, "uplinkMbps", network.uplinkMbps);
  requirePositive(where, "downlinkMbps", network.downlinkMbps);
  requireNonNegative(where, "rttMs", network.rttMs);
  // Typed as a union, but user data can hold anything here.
  const radio = network.radio as RadioPowerModel | undefined;
  const kind: unknown = radio?.kind;
  switch (radio?.kind) {
    case "constant":
      requireNonNegative(where, "radio.upW", radio.upW);
      requireNonNegative(where, "radio.downW", radio.downW);
      break;
    case "linear":
      requireNonNegative(where, "radio.upMwPerMbps", radio.upMwPerMbps);
      requireNonNegative(where, "radio.upBaseMw", radio.upBaseMw);
      requireNonNegative(where, "radio.downMwPerMbps", radio.downMwPerMbps);
      requireNonNegative(where, "radio.downBaseMw", radio.downBaseMw);
      break;
    default:
      throw new InputError("networks", `radio.kind must be one of constant, linear; got ${JSON.stringify(kind)}`, where);
  }
  return network;
}

/**
 * Networks by name or value. A name is looked up first among `userNetworks` (so dnntune.yml can
 * override a built-in), then among the built-ins; every network is validated.
 */
export function resolveNetworks(specs: readonly (string | Network)[], userNetworks: readonly Network[] = []): Network[] {
  return specs.map((spec) => {
    if (typeof spec !== "string") return validateNetwork(spec);
    // Own properties only: `constructor` or `__proto__` is an unknown name, not Object's.
    const found = userNetworks.find((n) => n.name === spec) ?? (Object.hasOwn(BUILT_IN_NETWORKS, spec) ? BUILT_IN_NETWORKS[spec] : undefined);
    if (!found) {
      const known = [...new Set([...userNetworks.map((n) => n.name), ...Object.keys(BUILT_IN_NETWORKS)])];
      throw new InputError("networks", `must be one of ${known.join(", ")}; got ${JSON.stringify(spec)}`);
    }
    return validateNetwork(found);
  });
}

/** The same network at another uplink rate (the crossover sweep); radio power follows the rate. */
export function withUplinkMbps(network: Network, uplinkMbps: number): Network {
  return { ...network, uplinkMbps };
}
