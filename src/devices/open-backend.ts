// The device a bench runs on, opened: the runner itself with onnxruntime-node, or a device of
// dnntune.yml over its transport with the tool it names. Today's tools: onnxruntime-node (local)
// ort-python, and the vendors' own programs (ort-perf-test, tflite-benchmark, trtexec, command) on
// any transport.
import type { ChosenDevice } from "../config/effective-config.js";
import { InputError } from "../errors.js";
import type { DeviceBackend } from "./bench-target.js";
import { LOCAL_BACKEND } from "./onnxruntime-node.js";
import { ortPythonBackend, type OrtPythonBackend, type RemoteHost } from "./ort-python.js";
import { isVendorTool, type CoolDownConfigFile } from "../config/schema.js";
import { cpuClusters, coolDownSettings, noiseSession, readDeviceState, readThermalZones, setGovernor, tasksetPrefix, type GovernorHold, type NoiseSession } from "./device-state/index.js";
import type { DeviceKind } from "./device-state/read-device-state.js";
import { openTransport } from "./transport/open-transport.js";
import { LocalTransport } from "./transport/local-transport.js";
import { DEFAULT_BINARIES, DEFAULT_ITERATIONS, vendorToolBackend } from "./vendor-tools/index.js";
import type { Transport } from "./transport/transport.js";

export interface OpenedBackend {
  backend: DeviceBackend;
  /** The device's transport (a meter reads through it too). */
  transport: Transport;
  /** Noise control around each model (bench only: asked for with `noise`). */
  noise?: NoiseSession;
  /** Stops the tool, puts a fixed governor back and removes the device's temp folders; never throws. */
  close(): Promise<void>;
}

/** What bench asks of a device beyond running models: noise control (docs/devices.md). */
export interface NoiseOptions {
  /** dnntune.yml's `bench.cool-down`; the device's own `cool-down` wins over it. */
  benchCoolDown?: CoolDownConfigFile;
  /** Prefix of the device's /proc and /sys (tests: a fake sysfs in the phone's folder); default the real ones. */
  root?: string;
  /** How to wait between thermal readings (tests change the fake sysfs instead of sleeping). */
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Checks what can be checked without a connection (a device declared for the split only), so a
 * bad configuration fails before anything starts. Every tool runs on every transport it is
 * allowed on (check-config refuses onnxruntime-node off the runner).
 */
export function checkRunnable(device: ChosenDevice): void {
  const config = device.config;
  if (!config) return;
  if (config.transport === undefined) {
    throw new InputError("deviceName", `device "${device.name}" has no transport in dnntune.yml: it is declared for the split only; give it transport: local (or adb, ssh) to benchmark on it`);
  }
}

/**
 * Opens the device. With `noise` (bench), it also fixes the governor when the device asks for one
 * (put back on close, and on a failure here) and returns the noise session; `dnntune devices`
 * leaves the device as it is.
 */
export async function openBackend(device: ChosenDevice, options: { warn?: (line: string) => void; noise?: NoiseOptions } = {}): Promise<OpenedBackend> {
  checkRunnable(device);
  const config = device.config;
  const noise = options.noise;
  if (!config || config.transport === undefined || (config.tool ?? "onnxruntime-node") === "onnxruntime-node") {
    const local = new LocalTransport(device.name);
    if (!noise) return { backend: LOCAL_BACKEND, transport: local, close: () => local.close() };
    // The runner itself: noise control reads this machine's sysfs where it has one (harmless where
    // not); nothing is pinned, onnxruntime-node runs in this process.
    const own = config?.transport === undefined ? undefined : config;
    const hold = await holdGovernor(local, own?.governor, noise.root).catch(async (error: unknown) => {
      await local.close();
      throw error;
    });
    return {
      backend: hold ? { ...LOCAL_BACKEND, fingerprint: async () => ({ ...(await LOCAL_BACKEND.fingerprint()), governor: hold.governor, fixedGovernor: hold.governor }) } : LOCAL_BACKEND,
      transport: local,
      noise: sessionFor(local, "local", [], own?.["cool-down"], noise),
      close: async () => {
        await hold?.release(options.warn);
        await local.close();
      },
    };
  }
  // dnntune.yml's paths (identity, ssh-config) were made relative to the working folder on read.
  const configDir = process.cwd();
  const transport = await openTransport(device.name, config, { configDir, ...(options.warn ? { warn: options.warn } : {}) });
  try {
    // What the device is and how it is set up (SoC, governor, big cores), read once in one round
    // trip; on a board or phone the runner is pinned to its fastest cores when taskset is there.
    const state = await readDeviceState(transport, config.transport, { root: noise?.root });
    const bigCores = state.fingerprint.bigCores;
    const pin = config.transport !== "local" && state.hasTaskset && typeof bigCores === "string" ? tasksetPrefix(bigCores) : [];
    const pinned = pin.length > 0 ? (cpuClusters(state.cpus)[0]?.cpus ?? []) : [];
    // The battery as the run starts: its charge (not compared) and whether it charges (compared).
    const battery = state.battery ? { batteryPct: state.battery.levelPct, charging: state.battery.status } : {};
    const host: RemoteHost = {
      device: transport.device,
      kind: config.transport,
      tempdir: () => transport.tempdir(),
      push: (local, remote, opts) => transport.push(local, remote, opts),
      spawn: (argv) => transport.spawn([...pin, ...argv]),
    };
    const hold = noise ? await holdGovernor(transport, config.governor, noise.root) : undefined;
    const fixed = hold ? { governor: hold.governor, fixedGovernor: hold.governor } : {};
    const temperatureC = async () => {
      const zones = await readThermalZones(transport, { root: noise?.root }).catch(() => []);
      return zones.length > 0 ? Math.max(...zones.map((z) => z.tempC)) : undefined;
    };
    const toolName = config.tool ?? "onnxruntime-node";
    let backend: DeviceBackend & { close(): Promise<void> };
    try {
      if (isVendorTool(toolName)) {
        backend = await vendorToolBackend({
          tool: toolName, transport, kind: config.transport,
          // check-config requires a binary for command.
          binary: config.binary ?? (toolName === "command" ? "" : DEFAULT_BINARIES[toolName]),
          args: config.args ?? [], pin, iterations: config.iterations ?? DEFAULT_ITERATIONS,
          ...(config["timeout-s"] !== undefined ? { timeoutMs: config["timeout-s"] * 1000 } : {}),
          fingerprint: { ...state.fingerprint, ...battery, ...fixed }, temperatureC,
        });
      } else {
        const tool = await ortPythonBackend(host, { ...(config.binary ? { python: config.binary } : {}) });
        const ortPython: OrtPythonBackend = {
          ...tool,
          fingerprint: async () => ({ ...(await tool.fingerprint()), ...state.fingerprint, ...battery, ...fixed, ...(pin.length > 0 ? { pinned: pin.join(" ") } : {}) }),
          temperatureC,
        };
        backend = ortPython;
      }
    } catch (error) {
      await hold?.release(options.warn);
      throw error;
    }
    return {
      backend,
      transport,
      ...(noise ? { noise: sessionFor(transport, config.transport, pinned, config["cool-down"], noise) } : {}),
      close: async () => {
        await backend.close().catch(() => {});
        await hold?.release(options.warn);
        await transport.close();
      },
    };
  } catch (error) {
    await transport.close();
    throw error;
  }
}

function sessionFor(transport: Transport, kind: DeviceKind, pinned: readonly number[], deviceCoolDown: CoolDownConfigFile | undefined, noise: NoiseOptions): NoiseSession {
  const coolDown = coolDownSettings(deviceCoolDown, noise.benchCoolDown);
  return noiseSession(transport, { kind, pinned, ...(coolDown ? { coolDown } : {}), ...(noise.root !== undefined ? { root: noise.root } : {}), ...(noise.sleep ? { sleep: noise.sleep } : {}) });
}

/** A governor set for the bench, and how to put the old ones back. */
interface HeldGovernor {
  governor: string;
  /** Puts the device's governors back; a device that refuses is a warning, not a failure of the bench. */
  release(warn?: (line: string) => void): Promise<void>;
}

// Fixed-performance mode: the device's `governor`, set on every CPU (setGovernor refuses, saying
// what to do, where it cannot be written: no root, a governor the kernel lacks, a daemon resetting it).
async function holdGovernor(transport: Transport, governor: string | undefined, root: string | undefined): Promise<HeldGovernor | undefined> {
  if (governor === undefined) return undefined;
  const hold: GovernorHold = await setGovernor(transport, governor, { ...(root !== undefined ? { root } : {}) });
  let released = false;
  return {
    governor,
    release: async (warn) => {
      if (released) return;
      released = true;
      await hold.restore().catch((error: unknown) => warn?.(`device ${transport.device}: could not put the governors back (${[...hold.previous].map(([cpu, g]) => `${cpu} ${g}`).join(", ")}): ${(error as Error).message}`));
    },
  };
}
