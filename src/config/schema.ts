// The schema of dnntune.yml, declared once: the check on read, the TypeScript type, the published
// JSON Schema (schema/config.json) and the configuration reference (docs/configuration.md, from
// the `.describe()` texts). It is written by people, so an unknown key is an error and the message
// suggests the nearest valid key or word. Checks that need more than one key (a split pair naming
// a defined device) or the file system (a model glob matching nothing) are in check-config.ts.
import { z } from "zod";

const number = (expected: string) => z.number({ error: `must be ${expected}` });
const positive = (expected: string) => number(expected).positive({ error: `must be ${expected}` });
const nonNegative = (expected: string) => number(expected).nonnegative({ error: `must be ${expected}` });
// Upper bounds keep what the split computes from these finite, whatever a hostile file says.
const atMost = <T extends z.ZodNumber>(schema: T, max: number, unit: string) =>
  schema.max(max, { error: `must be at most ${max} ${unit}, the most dnntune models` });
const MAX_MBPS = 1e6;
const MAX_RTT_MS = 1e6;
const MAX_WATTS = 1e4;
const integer = (min: number, max: number) =>
  z.number({ error: `must be an integer from ${min} to ${max}` }).int({ error: `must be an integer from ${min} to ${max}` })
    .min(min, { error: `must be an integer from ${min} to ${max}` }).max(max, { error: `must be an integer from ${min} to ${max}` });

/** Names that end up in file and artifact names (`dnntune-results-<device>`): no path or shell characters. */
export const CONFIG_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const name = (what: string) => z.string().regex(CONFIG_NAME, { error: `${what} must be letters, digits, ".", "_" or "-" (not first), at most 64` });
// An adb serial (`R58M123ABC`, `emulator-5554`, `192.168.1.5:5555`) and an ssh destination (an
// alias, `host`, `user@host`, `user@[::1]`): nothing a shell or ssh would read as an option or code.
const ADB_SERIAL = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const SSH_HOST = /^(?:[A-Za-z0-9_][A-Za-z0-9._-]{0,63}@)?(?:[A-Za-z0-9_][A-Za-z0-9._-]{0,252}|\[[0-9A-Fa-f:.]{2,45}\])$/;
const path = (what: string) => z.string({ error: `must be ${what}` }).min(1, { error: `must be ${what}` }).max(4096, { error: `must be ${what}, at most 4096 characters` });

// ---- Words ----------------------------------------------------------------------------------

export const TRANSPORTS = ["local", "adb", "ssh"] as const;
export const TOOLS = ["onnxruntime-node", "ort-python", "ort-perf-test", "tflite-benchmark", "trtexec", "command"] as const;
/** The vendors' own programs: each runs its own inference loop, one invocation a sample. */
export const VENDOR_TOOLS = ["ort-perf-test", "tflite-benchmark", "trtexec", "command"] as const;
export type VendorTool = (typeof VENDOR_TOOLS)[number];

export function isVendorTool(tool: string | undefined): tool is VendorTool {
  return (VENDOR_TOOLS as readonly (string | undefined)[]).includes(tool);
}
export const METERS = ["none", "rapl", "android-battery", "android-rails", "nvml", "tegrastats", "command"] as const;
export const ROLES = ["mobile", "cloud"] as const;
export const OPTIMIZATIONS = ["disabled", "basic", "extended", "all"] as const;
export const FAIL_ON = ["latency", "energy", "split", "layers"] as const;
export const OBJECTIVES = ["latency", "energy"] as const;
export const COMMENT_MODES = ["always", "on-change", "never"] as const;

/** The built-in defaults, the lowest layer of the precedence (flags > dnntune.yml > these). */
export const CONFIG_DEFAULTS = {
  bench: { warmup: 10, runs: 30, "profile-runs": 10, processes: 1, "time-budget": 60 },
  gate: { threshold: "5%", alpha: 0.05, "min-abs": { "model-us": 50, "layer-us": 20, "energy-mj": 0 }, "fail-on": ["latency", "energy"], "accept-label": "dnntune:accept" },
  split: { networks: ["wifi", "lte", "3g"], objectives: ["latency", "energy"] },
  report: { comment: "always", "top-layers": 5, charts: true },
  power: { "active-w": 2.5, "idle-w": 0.3 },
} as const;

// ---- Models ---------------------------------------------------------------------------------

const shape = z.union([
  // The text is read by parseShape, as `--input` is (check-config.ts), so both say the same.
  z.string().max(200),
  z.array(integer(0, 2 ** 31 - 1)).max(16),
], { error: "must be a shape such as 1x3x224x224 or [1, 3, 224, 224]" });

const value = z.union([
  z.number({ error: "must be a number" }),
  z.array(z.number({ error: "must be a number" })).min(1),
], { error: "must be a number or a list of numbers" });

export const modelConfigSchema = z.strictObject({
  path: path("a .onnx file, a folder of them or a glob").describe("An ONNX file, a folder (every `.onnx` under it) or a glob such as `models/**/*.onnx`, relative to dnntune.yml. A glob that matches nothing is an error."),
  name: name("a model name").optional().describe("The model's name in results and reports (default: the file name less `.onnx`). Only for a path that is one file."),
  inputs: z.record(z.string().min(1), shape, { error: "must be a mapping of input names to shapes" }).optional()
    .describe("Shapes for inputs with dynamic dimensions: `NAME: 1x3x224x224` (or a list of integers); as `--input NAME=SHAPE`."),
  values: z.record(z.string().min(1), value, { error: "must be a mapping of input names to numbers" }).optional()
    .describe("Values for inputs that must hold something specific (`sr: 16000`, or a list filling the tensor); as `--input-value`."),
  siblings: z.partialRecord(z.enum(TOOLS), path("a file"), { error: "must be a mapping of tool names to files" }).optional()
    .describe("Other exports of the same model for tools that do not read ONNX, by tool: `tflite-benchmark: model.tflite`; relative to dnntune.yml."),
}, { error: "must be a mapping with path (and name, inputs, values, siblings)" });

// ---- Devices --------------------------------------------------------------------------------

const meterType = <const T extends string>(type: T) => z.literal(type).describe("The meter, when it takes options; the same words as the short form.");
const meterWord = z.enum(METERS, { error: `must be one of ${METERS.join(", ")}` });
const meterObject = z.discriminatedUnion("type", [
  z.strictObject({ type: meterType("none") }),
  z.strictObject({ type: meterType("rapl") }),
  z.strictObject({ type: meterType("android-battery") }),
  z.strictObject({
    type: meterType("android-rails"),
    rails: z.array(z.string().min(1)).min(1).optional().describe("Power rails (ODPM) to sum, by name; default every rail."),
  }),
  z.strictObject({ type: meterType("nvml") }),
  z.strictObject({ type: meterType("tegrastats") }),
  z.strictObject({
    type: meterType("command"),
    argv: z.array(z.string().min(1), { error: "must be a list: the program and its arguments" }).min(1, { error: "must name the program" })
      .describe("The program and its arguments (never a shell string); it prints `time_s,power_w` lines."),
  }),
], { error: `must be one of ${METERS.join(", ")}` });

export const meterSchema = z.union([meterWord, meterObject], { error: `must be a meter (${METERS.join(", ")}) or { type: …, options }` })
  .describe("How energy is measured: a word (`rapl`) or `{ type, …options }` (`{ type: command, argv: [meter.sh] }`, `{ type: android-rails, rails: [...] }`). Default `none`: energy is modelled from `power` and labelled so.");

export const devicePowerSchema = z.strictObject({
  "active-w": atMost(nonNegative("a number of watts ≥ 0"), MAX_WATTS, "W").optional().describe(`Power while running the model, W (default ${CONFIG_DEFAULTS.power["active-w"]}).`),
  "idle-w": atMost(nonNegative("a number of watts ≥ 0"), MAX_WATTS, "W").optional().describe(`Power while waiting for the cloud, W (default ${CONFIG_DEFAULTS.power["idle-w"]}).`),
}, { error: "must be a mapping with active-w and idle-w" });

// Keys every device may have, whatever its transport.
const deviceCommon = {
  power: devicePowerSchema.optional().describe("Declared power, for modelled energy and the split's energy objective."),
  role: z.enum(ROLES, { error: `must be one of ${ROLES.join(", ")}` }).optional().describe("`mobile` (the phone side of a split) or `cloud`."),
};
// Noise control (docs/devices.md, Noise control). `false` turns a cool-down the bench section asks
// for off on one device; 200 °C is past any chip's shutdown, so a higher threshold is a typo.
const COOL_DOWN_ERROR = "must be false or a mapping with above-c (and timeout-s, poll-s)";
export const coolDownSchema = z.union([
  z.literal(false, { error: COOL_DOWN_ERROR }),
  z.strictObject({
    "above-c": atMost(number("a temperature in °C"), 200, "°C").describe("Wait while the device's hottest thermal zone is at or above this, °C."),
    "timeout-s": integer(0, 3600).optional().describe("Give up waiting after this many seconds and warn `cool-down-timeout` (default 120)."),
    "poll-s": atMost(positive("a positive number of seconds"), 600, "s").optional().describe("Seconds between thermal readings while waiting (default 5)."),
  }, { error: "must be a mapping with above-c (and timeout-s, poll-s)" }),
], { error: COOL_DOWN_ERROR })
  .describe("Before each model (and before the first), wait for the device's thermal zones to cool below `above-c`: `{ above-c: 60, timeout-s: 120 }`; `false` turns it off. Off unless given. Each model's results say what happened (`conditions.coolDown`).");
// A cpufreq governor name, as the kernel spells them (performance, schedutil, userspace…).
const GOVERNOR = /^[a-z0-9_]{1,32}$/;

// Keys of a device that dnntune benchmarks.
const benchedDevice = {
  ...deviceCommon,
  tool: z.enum(TOOLS, { error: `must be one of ${TOOLS.join(", ")}` }).optional()
    .describe("What benchmarks the model there: onnxruntime-node (local only), ort-python, ort-perf-test, tflite-benchmark, trtexec or command. Default onnxruntime-node for `local`; required otherwise."),
  binary: path("a program path").optional().describe("The tool's program on the device (ort-perf-test, tflite-benchmark, trtexec, command; the Python interpreter for ort-python). Not for onnxruntime-node."),
  args: z.array(z.string().max(4096), { error: "must be a list of arguments" }).max(256).optional().describe("Extra arguments for the tool, each one argument (never a shell string). Not for onnxruntime-node."),
  meter: meterSchema.optional(),
  "timeout-s": integer(1, 86_400).optional().describe("For the vendors' tools: the longest one invocation, or a TensorRT engine build, may take, s (default 600)."),
  iterations: integer(1, 100_000).optional().describe("For the vendors' tools (ort-perf-test, tflite-benchmark, trtexec, command), which run their own loop: inferences per invocation; each invocation's mean is one sample (default 10)."),
  threads: integer(1, 1024).optional().describe("Intra-op threads (default: the device's cores). `--threads` overrides it."),
  optimization: z.enum(OPTIMIZATIONS, { error: `must be one of ${OPTIMIZATIONS.join(", ")}` }).optional()
    .describe("Graph optimization level: disabled, basic, extended or all (default all). `--optimization` overrides it."),
  "cool-down": coolDownSchema.optional().describe("This device's cool-down, in place of the bench section's: `{ above-c: 60, timeout-s: 120 }`, or `false` for none."),
  governor: z.string({ error: "must be a cpufreq governor name such as performance" }).regex(GOVERNOR, { error: "must be a cpufreq governor name such as performance (lowercase letters, digits, \"_\")" }).optional()
    .describe("Fixed-performance mode: set every CPU's cpufreq governor to this (`performance`) for the bench, and put the old ones back after, also after a failure. Needs root on the device (`adb root`, or ssh as root); refused, saying so, where the governor cannot be written. Recorded in the fingerprint as `fixedGovernor`."),
};

const localDevice = z.strictObject({
  transport: z.literal("local").describe("Where commands run: `local` (this runner), `adb` (an Android device by serial) or `ssh` (a board or host)."),
  ...benchedDevice,
});
const adbDevice = z.strictObject({
  transport: z.literal("adb"),
  ...benchedDevice,
  serial: z.string({ error: "must be the device's adb serial" }).regex(ADB_SERIAL, { error: "must be an adb serial (letters, digits, \".\", \"_\", \":\" or \"-\", not first)" })
    .describe("adb only: the device's serial, as `adb devices` lists it (`R58M123ABC`, `emulator-5554`, `192.168.1.5:5555`)."),
});
const sshDevice = z.strictObject({
  transport: z.literal("ssh"),
  ...benchedDevice,
  host: z.string({ error: "must be an ssh host" }).regex(SSH_HOST, { error: "must be an ssh host alias, host or user@host (letters, digits, \".\", \"_\", \"-\"; not starting with \"-\")" })
    .describe("ssh only: an alias from the ssh config, `host` or `user@host`. Host-key checking stays on."),
  port: integer(1, 65535).optional().describe("ssh only: the port (default 22, or the ssh config's)."),
  identity: path("a key file").optional().describe("ssh only: the private key file (`ssh -i`), relative to dnntune.yml."),
  "ssh-config": path("an ssh config file").optional().describe("ssh only: a config file passed to `ssh -F`, relative to dnntune.yml."),
});
// A device dnntune only reads results of (measured elsewhere) or declares for the split's power.
const declaredDevice = z.strictObject({ transport: z.undefined().optional(), ...deviceCommon });

export const deviceConfigSchema = z.discriminatedUnion("transport", [localDevice, adbDevice, sshDevice, declaredDevice], {
  error: `must be one of ${TRANSPORTS.join(", ")}`,
}).describe("A device: a transport, a tool and a meter, plus the transport's own keys. Without `transport` it is declared only (its power and role, for the split).");

// ---- Networks, bench, gate, split, report ------------------------------------------------------

export const networkConfigSchema = z.strictObject({
  "uplink-mbps": atMost(positive("a positive number"), MAX_MBPS, "Mbit/s").describe("Uplink bandwidth, Mbit/s."),
  "downlink-mbps": atMost(positive("a positive number"), MAX_MBPS, "Mbit/s").describe("Downlink bandwidth, Mbit/s."),
  "rtt-ms": atMost(nonNegative("a number ≥ 0"), MAX_RTT_MS, "ms").describe("Round-trip time, ms."),
  "radio-up-w": atMost(nonNegative("a number ≥ 0"), MAX_WATTS, "W").optional().describe("Radio power while uploading, W (default 1.2, DNNTune's Wi-Fi figure)."),
  "radio-down-w": atMost(nonNegative("a number ≥ 0"), MAX_WATTS, "W").optional().describe("Radio power while downloading, W (default 0.9)."),
}, { error: "must be a mapping with uplink-mbps, downlink-mbps, rtt-ms" });

export const benchSectionSchema = z.strictObject({
  warmup: integer(0, 10_000).optional().describe(`Warm-up runs before timing (default ${CONFIG_DEFAULTS.bench.warmup}); \`--warmup\`.`),
  runs: integer(1, 100_000).optional().describe(`Timed, un-profiled runs: end-to-end latency (default ${CONFIG_DEFAULTS.bench.runs}); \`--runs\`.`),
  "profile-runs": integer(1, 10_000).optional().describe(`Profiled runs: per-layer samples (default ${CONFIG_DEFAULTS.bench["profile-runs"]}); \`--profile-runs\`.`),
  "max-runs": integer(1, 100_000).optional().describe("Adaptive sampling: top up undecided latency endpoints to this many runs (default in paired mode: 10 × runs; otherwise off, and on only against a baseline); `--max-runs`. Not less than `runs`; equal to `runs` turns top-ups off."),
  "time-budget": integer(1, 86_400).optional().describe(`Adaptive sampling: no top-up starts once a model's timing phase has run this many seconds (default ${CONFIG_DEFAULTS.bench["time-budget"]}); \`--time-budget\`.`),
  processes: integer(1, 100).optional().describe(`Replicate unpaired benchmarks in this many fresh processes (default ${CONFIG_DEFAULTS.bench.processes}); ignored in paired mode; \`--processes\`.`),
  "cool-down": coolDownSchema.optional(),
}, { error: "must be a mapping with warmup, runs, profile-runs, max-runs, time-budget, processes, cool-down" });

// `5%` or `0.05`, as compare reads it; the exact rule (a bare 5 is refused) is checked in check-config.ts.
const threshold = z.union([z.number(), z.string().max(32)], { error: "must be a percentage such as 5% or a fraction such as 0.05" });

export const gateSectionSchema = z.strictObject({
  threshold: threshold.optional().describe(`Practical threshold: a change must exceed it to be a regression, \`5%\` or \`0.05\` (default ${CONFIG_DEFAULTS.gate.threshold}); \`--threshold\`.`),
  alpha: z.number({ error: "must be a number in (0, 1)" }).gt(0, { error: "must be a number in (0, 1)" }).lt(1, { error: "must be a number in (0, 1)" }).optional()
    .describe(`Family-wise error rate (Holm) across models, false discovery rate across layers (default ${CONFIG_DEFAULTS.gate.alpha}); \`--alpha\`.`),
  "min-abs": z.strictObject({
    "model-us": nonNegative("a number of µs ≥ 0").optional().describe(`A model's estimated change (ratio − 1 × base median) must pass this, µs (default ${CONFIG_DEFAULTS.gate["min-abs"]["model-us"]}); \`--min-abs-us\`.`),
    "layer-us": nonNegative("a number of µs ≥ 0").optional().describe(`The same for a layer, µs (default ${CONFIG_DEFAULTS.gate["min-abs"]["layer-us"]}); \`--min-abs-layer-us\`.`),
    "energy-mj": nonNegative("a number of mJ ≥ 0").optional().describe(`The same for energy per inference, mJ (default ${CONFIG_DEFAULTS.gate["min-abs"]["energy-mj"]}).`),
  }, { error: "must be a mapping with model-us, layer-us, energy-mj" }).optional().describe("Absolute floors on the estimated change."),
  "fail-on": z.union([z.enum(FAIL_ON), z.array(z.enum(FAIL_ON, { error: `must be one of ${FAIL_ON.join(", ")}` })).max(FAIL_ON.length)], { error: `must be one of ${FAIL_ON.join(", ")} or a list of them` }).optional()
    .describe(`Confirmed regressions of these endpoints fail the gate: latency, energy, split, layers (default ${CONFIG_DEFAULTS.gate["fail-on"].join(", ")}); layers otherwise only inform.`),
  "accept-label": z.string().min(1).max(50, { error: "must be a GitHub label, at most 50 characters" }).optional()
    .describe(`A PR label that accepts the regressions it would fail on; the comment names it (default \`${CONFIG_DEFAULTS.gate["accept-label"]}\`); \`dnntune gate --accept\` says it is on.`),
}, { error: "must be a mapping with threshold, alpha, min-abs, fail-on, accept-label" });

export const splitSectionSchema = z.strictObject({
  pairs: z.array(z.strictObject({
    mobile: z.string({ error: "must name a device" }).describe("The phone side: a device of `devices`."),
    cloud: z.string({ error: "must name a device" }).describe("The cloud side: a device of `devices`."),
  }, { error: "must be a mapping with mobile and cloud" }), { error: "must be a list of { mobile, cloud }" }).max(100).optional()
    .describe("Device pairs to split models between; each names two devices of `devices`."),
  networks: z.array(z.string().min(1), { error: "must be a list of network names" }).min(1).max(100).optional()
    .describe(`Networks to split for: built-in (wifi, lte, 3g) or of \`networks\` (default ${CONFIG_DEFAULTS.split.networks.join(", ")}); \`--network\`.`),
  objectives: z.array(z.enum(OBJECTIVES, { error: `must be one of ${OBJECTIVES.join(", ")}` }), { error: "must be a list of objectives" }).min(1).max(2).optional()
    .describe(`What the best split minimises: latency, phone energy (default ${CONFIG_DEFAULTS.split.objectives.join(", ")}); \`--objective\`.`),
}, { error: "must be a mapping with pairs, networks, objectives" });

export const reportSectionSchema = z.strictObject({
  comment: z.enum(COMMENT_MODES, { error: `must be one of ${COMMENT_MODES.join(", ")}` }).optional()
    .describe(`The sticky PR comment: \`always\` (create or edit it every run), \`on-change\` (only when something is flagged), \`never\` (job summary only) (default ${CONFIG_DEFAULTS.report.comment}).`),
  "top-layers": integer(0, 100).optional().describe(`Layers listed per model × device, the most changed first (default ${CONFIG_DEFAULTS.report["top-layers"]}).`),
  charts: z.boolean({ error: "must be true or false" }).optional().describe(`Mermaid charts in the comment, SVG in the HTML report (default ${CONFIG_DEFAULTS.report.charts}).`),
}, { error: "must be a mapping with comment, top-layers, charts" });

export const configSchema = z.strictObject({
  networks: z.record(name("a network name"), networkConfigSchema, { error: "must be a mapping of network names to settings" }).optional()
    .describe("User-defined networks for the split; a name here overrides a built-in (wifi, lte, 3g)."),
  devices: z.record(name("a device name"), deviceConfigSchema, { error: "must be a mapping of device names to settings" }).optional()
    .describe("Devices by name. `--device NAME` picks one for `bench`."),
  models: z.array(modelConfigSchema, { error: "must be a list of models, each { path, … }" }).max(10_000).optional()
    .describe("The models to benchmark: a list of `{ path, name?, inputs?, values?, siblings? }`. `--model` replaces the list."),
  bench: benchSectionSchema.optional().describe("The benchmark protocol."),
  gate: gateSectionSchema.optional().describe("What fails the merge."),
  split: splitSectionSchema.optional().describe("The mobile–cloud split."),
  report: reportSectionSchema.optional().describe("The PR comment and reports: read by `dnntune gate` and `dnntune report` (`comment` by the action's gate job, to come)."),
}, { error: "must be a mapping" }).describe("dnntune.yml");

export type ConfigFile = z.infer<typeof configSchema>;
export type DeviceConfigFile = z.infer<typeof deviceConfigSchema>;
export type MeterConfigFile = z.infer<typeof meterSchema>;
export type CoolDownConfigFile = z.infer<typeof coolDownSchema>;
