// The vendors' benchmark programs as a device backend: which target runs each tool, with the
// device's transport, folder, program and arguments.
import { DeviceError } from "../../errors.js";
import type { Fingerprint } from "../../results/types.js";
import { makeTempDir, removeTemp } from "../../temp-files.js";
import type { DeviceBackend, OrtModelTarget } from "../bench-target.js";
import type { Transport } from "../transport/transport.js";
import type { VendorTool } from "../../config/schema.js";
import { CommandTarget } from "./command.js";
import { OrtPerfTestTarget } from "./ort-perf-test.js";
import { TfliteBenchmarkTarget } from "./tflite-benchmark.js";
import type { ToolDevice, ToolSpec } from "./tool-target.js";
import { TrtexecTarget } from "./trtexec.js";


/** The program each tool runs when dnntune.yml gives no `binary` (command has none: it must be given). */
export const DEFAULT_BINARIES: Record<Exclude<VendorTool, "command">, string> = {
  "ort-perf-test": "onnxruntime_perf_test",
  "tflite-benchmark": "benchmark_model",
  trtexec: "trtexec",
};

// Fixed text; the program arrives as "$1". Exit 3: not found; 4: found but not an executable file
// (a shell builtin such as echo, which command -v names without a path, is taken as it is).
const FIND_PROGRAM = `p=$(command -v "$1") || exit 3
case $p in */*) [ -f "$p" ] && [ -x "$p" ] || { echo "$p"; exit 4; } ;; esac
echo "$p"`;

/** Inferences per invocation when dnntune.yml gives no `iterations`. */
export const DEFAULT_ITERATIONS = 10;

export interface VendorBackendOptions {
  tool: VendorTool;
  transport: Transport;
  kind: "local" | "adb" | "ssh";
  binary: string;
  args: readonly string[];
  pin: readonly string[];
  iterations: number;
  /** What the device is, from its state. */
  fingerprint: Fingerprint;
  temperatureC: () => Promise<number | undefined>;
  timeoutMs?: number;
}

export interface VendorBackend extends DeviceBackend {
  close(): Promise<void>;
}

export async function vendorToolBackend(options: VendorBackendOptions): Promise<VendorBackend> {
  const { tool, transport, binary } = options;
  // The program must be there, and runnable, before any model is pushed: a missing tool fails in a second.
  const found = await transport.run(["sh", "-c", FIND_PROGRAM, "sh", binary], { step: `find ${binary}`, retry: true });
  if (found.code !== 0) {
    const path = binary.includes("/");
    const why = found.code === 4 ? `${tool}'s program ${found.stdout.trim() || binary} is not an executable file` : path ? `${tool}'s program ${binary} does not exist on the device` : `${tool}'s program ${binary} is not on the device's PATH`;
    const fix = found.code === 4 ? "make it executable (chmod +x), or give the program itself as binary:" : path ? `check the path${options.kind === "local" ? " (a relative one is taken from dnntune.yml's folder)" : ""}, or give another as binary: in dnntune.yml` : "install it there, or give its path as binary: in dnntune.yml";
    throw new DeviceError(transport.device, `find ${binary}`, why, fix);
  }
  const dir = await transport.tempdir();
  const local = makeTempDir("dnntune-tool-");
  const device: ToolDevice = {
    transport, kind: options.kind, dir, local, binary, args: options.args, pin: options.pin,
    iterations: options.iterations, timeoutMs: options.timeoutMs ?? 10 * 60_000, seen: {},
  };
  let models = 0;
  const make: Record<VendorTool, (spec: ToolSpec) => OrtModelTarget> = {
    "ort-perf-test": (spec) => new OrtPerfTestTarget(device, spec),
    "tflite-benchmark": (spec) => new TfliteBenchmarkTarget(device, spec),
    trtexec: (spec) => new TrtexecTarget(device, spec),
    command: (spec) => new CommandTarget(device, spec),
  };
  return {
    transport: options.kind,
    tool,
    runtime: async () => device.seen.version ?? `${tool} (${binary})`,
    // How the tool was asked to run is part of the setup: another `iterations` or `args` (a
    // delegate turned on) is a fingerprint difference in compare.
    fingerprint: async () => ({
      ...options.fingerprint, iterations: options.iterations, ...(options.args.length > 0 ? { toolArgs: options.args.join(" ") } : {}),
      ...(options.pin.length > 0 ? { pinned: options.pin.join(" ") } : {}),
    }),
    temperatureC: options.temperatureC,
    target: (modelName, bytes, inputs, ort, source) => make[tool]({ modelName, bytes, inputs, ort, source, k: ++models }),
    close: async () => {
      removeTemp(local);
    },
  };
}
