// The device a bench runs on, opened: the runner itself with onnxruntime-node, or a device of
// dnntune.yml over its transport with the tool it names. Today's tools: onnxruntime-node (local)
// ort-python, and the vendors' own programs (ort-perf-test, tflite-benchmark, trtexec, command) on
// any transport.
import type { ChosenDevice } from "../config/effective-config.js";
import { InputError } from "../errors.js";
import type { DeviceBackend } from "./bench-target.js";
import { LOCAL_BACKEND } from "./onnxruntime-node.js";
import { ortPythonBackend, type OrtPythonBackend, type RemoteHost } from "./ort-python.js";
import { readDeviceState, readThermalZones, tasksetPrefix } from "./device-state/index.js";
import { openTransport } from "./transport/open-transport.js";
import { LocalTransport } from "./transport/local-transport.js";
import { DEFAULT_BINARIES, DEFAULT_ITERATIONS, isVendorTool, vendorToolBackend } from "./vendor-tools/index.js";
import type { Transport } from "./transport/transport.js";

export interface OpenedBackend {
  backend: DeviceBackend;
  /** The device's transport (a meter reads through it too). */
  transport: Transport;
  /** Stops the tool and removes the device's temp folders; never throws. */
  close(): Promise<void>;
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

export async function openBackend(device: ChosenDevice, options: { warn?: (line: string) => void } = {}): Promise<OpenedBackend> {
  checkRunnable(device);
  const config = device.config;
  if (!config || config.transport === undefined || (config.tool ?? "onnxruntime-node") === "onnxruntime-node") {
    const local = new LocalTransport(device.name);
    return { backend: LOCAL_BACKEND, transport: local, close: () => local.close() };
  }
  // dnntune.yml's paths (identity, ssh-config) were made relative to the working folder on read.
  const configDir = process.cwd();
  const transport = await openTransport(device.name, config, { configDir, ...(options.warn ? { warn: options.warn } : {}) });
  try {
    // What the device is and how it is set up (SoC, governor, big cores), read once in one round
    // trip; on a board or phone the runner is pinned to its fastest cores when taskset is there.
    const state = await readDeviceState(transport, config.transport);
    const bigCores = state.fingerprint.bigCores;
    const pin = config.transport !== "local" && state.hasTaskset && typeof bigCores === "string" ? tasksetPrefix(bigCores) : [];
    const host: RemoteHost = {
      device: transport.device,
      kind: config.transport,
      tempdir: () => transport.tempdir(),
      push: (local, remote, opts) => transport.push(local, remote, opts),
      spawn: (argv) => transport.spawn([...pin, ...argv]),
    };
    const temperatureC = async () => {
      const zones = await readThermalZones(transport).catch(() => []);
      return zones.length > 0 ? Math.max(...zones.map((z) => z.tempC)) : undefined;
    };
    const toolName = config.tool ?? "onnxruntime-node";
    let backend: DeviceBackend & { close(): Promise<void> };
    if (isVendorTool(toolName)) {
      backend = await vendorToolBackend({
        tool: toolName, transport, kind: config.transport,
        // check-config requires a binary for command.
        binary: config.binary ?? (toolName === "command" ? "" : DEFAULT_BINARIES[toolName]),
        args: config.args ?? [], pin, iterations: config.iterations ?? DEFAULT_ITERATIONS,
        fingerprint: state.fingerprint, temperatureC,
      });
    } else {
      const tool = await ortPythonBackend(host, { ...(config.binary ? { python: config.binary } : {}) });
      const ortPython: OrtPythonBackend = {
        ...tool,
        fingerprint: async () => ({ ...(await tool.fingerprint()), ...state.fingerprint, ...(pin.length > 0 ? { pinned: pin.join(" ") } : {}) }),
        temperatureC,
      };
      backend = ortPython;
    }
    return {
      backend,
      transport,
      close: async () => {
        await backend.close().catch(() => {});
        await transport.close();
      },
    };
  } catch (error) {
    await transport.close();
    throw error;
  }
}
