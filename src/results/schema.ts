// The `dnntune.results/v1` format (docs/architecture.md § The results format), declared once: the TypeScript types, the check
// on read and the published JSON Schema (schema/results.v1.json) all come from here.
//
// Unknown keys are dropped on read, except in `fingerprint`, which is open: a writer may add a
// field there that a later comparison flags. Results are written by programs, not people, so an
// unknown key is not a typo to report; dropping it lets a newer dnntune add an optional field
// without old readers refusing the file (a change old readers must understand bumps the version).
import { z } from "zod";
import { DTYPE_NAMES } from "../onnx/dtype.js";
import type { VersionedFormat } from "../validate-file.js";

export const RESULTS_SCHEMA = "dnntune.results/v1";

/** Bounds a hostile file cannot push the later stages past (the file size bounds the rest). */
export const MAX_SAMPLES = 1_000_000;
export const MAX_MODELS = 10_000;
const MAX_ITEMS = 1_000_000;

/**
 * A sample is 0 or within these bounds (µs, or mJ for energy): compare divides one sample, or a
 * mean of them, by another, and the ratio and its interval must stay finite.
 */
export const MIN_SAMPLE = 1e-6;
export const MAX_SAMPLE = 1e12;

const text = z.string();
// Names key matches across files and name rows of the report: a blank one names nothing.
const name = z.string().regex(/\S/, "expected a name that is not empty or blank");
const dtype = z.enum(DTYPE_NAMES);
const sample = (unit: string) => {
  const range = `expected 0 or a number of ${unit} from 1e-6 to 1e12, so that a ratio of two samples stays finite`;
  return z.number().nonnegative("expected a finite number ≥ 0").max(MAX_SAMPLE, range).superRefine((value, ctx) => {
    if (value > 0 && value < MIN_SAMPLE) ctx.addIssue({ code: "custom", input: value, message: `${range}; got ${value}` });
  });
};
const samples = (what: string, unit = "µs") => z.array(sample(unit)).max(MAX_SAMPLES).describe(what);
const nonEmptySamples = (what: string, unit = "µs") => samples(what, unit).min(1, "expected a non-empty array of samples");
const shape = z.array(z.number()).max(64);

// Replicate groups must partition the samples: positive integers that add up to their count.
// Checked as a whole so the message names the rule, not one element.
function checkGroups(series: { samples: number[]; groups?: number[] | undefined }, ctx: z.RefinementCtx): void {
  const { groups } = series;
  if (groups === undefined) return;
  const count = series.samples.length;
  const valid = groups.every((g) => Number.isInteger(g) && g > 0) && groups.reduce((a, b) => a + b, 0) === count;
  if (!valid) {
    ctx.addIssue({ code: "custom", path: ["groups"], input: groups, message: `expected positive integers adding up to the ${count} samples (one per replicate process); got [${groups.slice(0, 8).join(", ")}${groups.length > 8 ? ", …" : ""}]` });
  }
}

const groups = z.array(z.number()).max(MAX_SAMPLES).optional()
  .describe("Replicates: sizes of consecutive runs of `samples` that came from one process each (`bench --processes K`, or one model in several results files of one side).");

export const tensorInfoSchema = z.object({
  dtype,
  shape: z.array(z.union([z.number(), z.string()], { error: "expected a dimension: a number, or a string for a symbolic one" })).max(64).nullable()
    .describe("Dimensions; a string is a symbolic dimension that no shape resolved."),
  bytes: z.number().nonnegative().nullable().describe("Size in bytes, when every dimension is known."),
});

export const graphNodeSchema = z.object({
  name: text,
  op: text,
  inputs: z.array(text).max(MAX_ITEMS).describe("Empty string for an omitted optional input, as in ONNX."),
  outputs: z.array(text).max(MAX_ITEMS),
  subgraphNodes: z.number().int().nonnegative().optional().describe("Nodes inside If/Loop/Scan subgraphs, attributed to this node."),
});

export const resultsGraphSchema = z.object({
  nodes: z.array(graphNodeSchema).max(MAX_ITEMS).describe("Original ONNX nodes in topological order, with stable names."),
  tensors: z.record(text, tensorInfoSchema),
  inputs: z.array(text).max(MAX_ITEMS),
  outputs: z.array(text).max(MAX_ITEMS),
  folded: z.array(text).max(MAX_ITEMS).describe("Original nodes the runtime removed (constant folding, elimination): no layer covers them. Default [] on read."),
});

export const fingerprintSchema = z.looseObject({
  model: text.optional(),
  os: text.optional(),
  cpu: text.optional(),
  cores: z.number().optional(),
  runtime: text.optional(),
  provider: text.optional(),
  threads: z.number().optional(),
  optimization: text.optional(),
  governor: text.optional(),
  tempC: z.array(z.number()).max(MAX_ITEMS).optional(),
  fixedGovernor: text.optional().describe("Fixed-performance mode: the governor every CPU was set to for this run (the device's `governor` in dnntune.yml); absent when the device kept its own."),
  batteryPct: z.number().min(0).max(100).optional().describe("The battery's charge when the run started, %; a comparison does not flag it (it changes from run to run)."),
  charging: z.enum(["charging", "discharging", "not-charging", "full", "unknown"]).optional().describe("The battery's charging state when the run started; a comparison flags a difference (a phone on a charger runs warmer)."),
}).describe("Open: any other field is kept, and a comparison flags it when base and head differ.");

export const deviceInfoSchema = z.object({
  name,
  transport: z.enum(["local", "adb", "ssh"]),
  tool: text,
  fingerprint: fingerprintSchema,
});

const tensorShapeSchema = z.object({ dtype, shape });

export const layerSchema = z.object({
  name: name.describe("The runtime's node name (after fusion)."),
  op: text,
  covers: z.array(text).max(MAX_ITEMS).describe("Original ONNX nodes whose work this layer performs: names of graph.nodes."),
  provider: text,
  outputBytes: z.number().nonnegative(),
  outputs: z.array(tensorShapeSchema).max(MAX_ITEMS).optional().describe("The kernel's outputs as the runtime reported them."),
  samples: samples("Kernel time in µs, one sample per profiled run."),
  groups,
}).superRefine(checkGroups);

export const warningSchema = z.object({ code: text, message: text });

export const conditionsSchema = z.object({
  coolDown: z.object({
    aboveC: z.number().describe("The threshold: the bench waits while the hottest zone is at or above it, °C."),
    fromC: z.number().describe("The hottest zone before waiting, °C."),
    toC: z.number().describe("The hottest zone when the wait ended, °C."),
    zone: text.describe("The hottest zone when the wait ended: `thermal_zoneN (type)`."),
    waitedS: z.number().nonnegative(),
    timedOut: z.boolean().describe("The device was still at or above `aboveC` after `timeout-s`; a `cool-down-timeout` warning says so."),
  }).optional().describe("The cool-down before this model (dnntune.yml's `cool-down`)."),
  tempC: z.array(z.number()).length(2).optional().describe("The hottest thermal zone before and after this model's runs, °C."),
  battery: z.object({
    levelPct: z.number().min(0).max(100),
    status: z.enum(["charging", "discharging", "not-charging", "full", "unknown"]),
    plugged: z.array(z.enum(["ac", "usb", "wireless", "dock"])).max(4).describe("Chargers connected; empty on battery power."),
  }).optional().describe("The battery before this model's runs."),
}).describe("The device's state around this model's runs, read over its transport (thermal zones, cpufreq, battery): what noise control saw and did.");

const pairedSchema = z.object({
  baseSamples: nonEmptySamples("Base latency in µs, run pair i at element i."),
  headSamples: nonEmptySamples("Head latency in µs, run pair i at element i."),
  layers: z.literal("interleaved").optional()
    .describe("The profiled runs alternated too: sample k of a layer here and in the base file come from neighbouring runs, so layers are compared paired. Absent in files whose profiled sessions ran one after the other."),
}).superRefine((paired, ctx) => {
  if (paired.baseSamples.length !== paired.headSamples.length) {
    ctx.addIssue({ code: "custom", input: paired, message: `baseSamples and headSamples must pair up; got ${paired.baseSamples.length} and ${paired.headSamples.length} samples` });
  }
}).describe("Interleaved base/head runs (A B A B …) from one process: when the head results carry it, the comparison is paired.");

export const modelResultSchema = z.object({
  name,
  path: text,
  sha256: text,
  graph: resultsGraphSchema,
  inputs: z.record(text, tensorShapeSchema).optional(),
  latency: z.object({
    unit: z.literal("us"),
    samples: nonEmptySamples("Un-profiled end-to-end latency in µs, one per timed run."),
    paired: pairedSchema.optional(),
    looks: z.number().int().positive().optional().describe("Adaptive sampling: the number of looks planned at these samples; the comparison spends its α across them."),
    stopped: z.enum(["decided", "max-runs", "time-budget"]).optional().describe("Adaptive sampling: why the top-ups stopped."),
    busyCores: z.number().nonnegative().max(100_000).optional().describe("Cores other programs used on average while the timed runs ran (Linux); a busy machine decides nothing."),
    groups,
  }).superRefine(checkGroups),
  layers: z.array(layerSchema).max(MAX_ITEMS),
  energy: z.object({
    unit: z.literal("mJ"),
    source: z.string().regex(/^(?:modelled|measured:[a-z][a-z0-9-]{0,39})$/, { error: 'must be "modelled" or "measured:<meter>" (measured:rapl, measured:command, …)' }).describe('"measured:<meter>" or "modelled"'),
    samples: nonEmptySamples("Energy per inference in mJ.", "mJ"),
    watts: z.number().nonnegative().max(100_000).optional().describe("Modelled: the power assumed while running, W (the device's declared power.active-w, or the default)."),
    idleW: z.number().nonnegative().max(100_000).optional().describe("Measured: the idle power taken off every batch, W."),
    layers: z.array(z.object({ name, mJ: z.number().nonnegative() })).max(MAX_ITEMS).optional()
      .describe("`bench --layer-energy`: the median energy per inference apportioned to each layer by its share of the median kernel time. Apportioned, not measured: no meter sees a layer."),
    paired: z.object({
      baseSamples: nonEmptySamples("Base energy per inference, mJ, batch pair i at element i.", "mJ"),
      headSamples: nonEmptySamples("Head energy per inference, mJ, batch pair i at element i.", "mJ"),
    }).optional().describe("Measured with a meter, base and head batches alternating in one process: the comparison is paired."),
  }).optional(),
  warnings: z.array(warningSchema).max(MAX_ITEMS).describe("Default [] on read."),
  conditions: conditionsSchema.optional(),
  baseRevision: z.object({
    sha: text.describe("The base commit of the pull request."),
    mode: z.enum(["paired", "new", "unavailable"]),
    reason: text.optional().describe("Why the model was not paired."),
  }).optional()
    .describe("Benchmarked on a pull request against the base commit's model (the action): `paired` (interleaved, see latency.paired), `new` (no such file at the base) or `unavailable` (the base could not be had: `reason`). The last two are compared with the stored baseline."),
}).superRefine((model, ctx) => {
  checkGraph(model.graph, ctx);
  checkPaired(model.latency, ctx);
  const energy = model.energy;
  if (energy?.paired) {
    const { baseSamples, headSamples } = energy.paired;
    if (baseSamples.length !== headSamples.length) ctx.addIssue({ code: "custom", path: ["energy", "paired"], input: energy.paired, message: `baseSamples and headSamples must pair up; got ${baseSamples.length} and ${headSamples.length} samples` });
    else if (headSamples.length !== energy.samples.length || headSamples.some((v, i) => v !== energy.samples[i])) ctx.addIssue({ code: "custom", path: ["energy", "paired", "headSamples"], input: headSamples, message: "must equal energy.samples element for element (they are the same head batches)" });
  }
  if (energy && energy.source !== "modelled" && energy.watts !== undefined) {
    ctx.addIssue({ code: "custom", path: ["energy", "watts"], input: energy.watts, message: "is for modelled energy only; a meter measured this" });
  }
  if (model.baseRevision && (model.baseRevision.mode === "paired") !== (model.latency.paired !== undefined)) {
    ctx.addIssue({ code: "custom", path: ["baseRevision", "mode"], input: model.baseRevision.mode, message: model.latency.paired ? `must be "paired": latency.paired holds interleaved runs; got ${JSON.stringify(model.baseRevision.mode)}` : `cannot be "paired" without latency.paired (the interleaved runs)` });
  }
  checkUnique(model.layers, ["layers"], "layer", ctx);
  // Compare matches layers and split charges their time through the nodes they cover: a name
  // that is no node of the graph would silently drop that time, and a node charged twice (two
  // layers, or a layer and folded) would count its time twice.
  const nodes = new Set(model.graph.nodes.map((n) => n.name));
  const owner = new Map<string, string>();
  model.layers.forEach((layer, l) => layer.covers.forEach((node, c) => {
    const path = ["layers", l, "covers", c];
    if (!nodes.has(node)) ctx.addIssue({ code: "custom", path, input: node, message: `names no node of graph.nodes; got ${brief(node)}` });
    const other = owner.get(node);
    if (other !== undefined) ctx.addIssue({ code: "custom", path, input: node, message: `node ${brief(node)} is also covered by ${other}; a node's work belongs to one layer` });
    else owner.set(node, `layers[${l}] (${brief(layer.name)})`);
  }));
  model.graph.folded.forEach((node, f) => {
    const other = owner.get(node);
    if (other !== undefined) ctx.addIssue({ code: "custom", path: ["graph", "folded", f], input: node, message: `node ${brief(node)} is folded, yet ${other} covers it; a folded node runs in no layer` });
  });
});

function brief(name: string): string {
  return JSON.stringify(name.length > 60 ? `${name.slice(0, 57)}…` : name);
}

// One problem per repeated name, at the repeat, naming the first.
function checkUnique(items: readonly { name: string }[], path: (string | number)[], what: string, ctx: z.RefinementCtx): void {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const at = first.get(item.name);
    if (at === undefined) first.set(item.name, i);
    else ctx.addIssue({ code: "custom", path: [...path, i, "name"], input: item.name, message: `${what} ${brief(item.name)} is also ${path.join(".")}[${at}]; ${what} names must be unique` });
  });
}

// graph.nodes is in topological order with one producer per tensor, as split and the layer
// matching assume: an input made by a node must be made by an earlier one (which also refuses a
// cycle or a node reading its own output). An input no node makes is a graph input or a weight.
function checkGraph(graph: z.output<typeof resultsGraphSchema>, ctx: z.RefinementCtx): void {
  checkUnique(graph.nodes, ["graph", "nodes"], "node", ctx);
  const producer = new Map<string, number>();
  graph.nodes.forEach((node, n) => node.outputs.forEach((tensor, o) => {
    if (tensor === "") return; // an omitted optional output, as in ONNX
    const at = producer.get(tensor);
    if (at === undefined) producer.set(tensor, n);
    else ctx.addIssue({ code: "custom", path: ["graph", "nodes", n, "outputs", o], input: tensor, message: `tensor ${brief(tensor)} is also produced by graph.nodes[${at}] (${brief(graph.nodes[at]!.name)}); a tensor has one producer` });
  }));
  graph.nodes.forEach((node, n) => node.inputs.forEach((tensor, i) => {
    const at = producer.get(tensor);
    if (at === undefined || at < n) return;
    const by = at === n ? "this node itself" : `graph.nodes[${at}] (${brief(graph.nodes[at]!.name)}), a later node`;
    ctx.addIssue({ code: "custom", path: ["graph", "nodes", n, "inputs", i], input: tensor, message: `tensor ${brief(tensor)} is produced by ${by}; graph.nodes must be in topological order` });
  }));
}

// bench writes the head's latency samples again as the paired head samples: one set of runs.
// Blocks whose base and head do not pair up are refused already, by the paired block's own check.
function checkPaired(latency: { samples: number[]; paired?: { baseSamples: number[]; headSamples: number[] } | undefined }, ctx: z.RefinementCtx): void {
  const head = latency.paired?.headSamples;
  if (head === undefined || head.length !== latency.paired!.baseSamples.length) return;
  let where: string;
  if (head.length !== latency.samples.length) where = `${head.length} samples against ${latency.samples.length}`;
  else {
    const i = head.findIndex((v, k) => v !== latency.samples[k]);
    if (i === -1) return;
    where = `element ${i} is ${head[i]} against ${latency.samples[i]}`;
  }
  ctx.addIssue({ code: "custom", path: ["latency", "paired", "headSamples"], input: head, message: `must equal latency.samples element for element (they are the same head runs); ${where}` });
}

export const resultsSchema = z.object({
  schema: z.literal(RESULTS_SCHEMA),
  createdAt: z.iso.datetime({ offset: true }),
  git: z.object({ sha: text.optional(), ref: text.optional() }).optional(),
  device: deviceInfoSchema,
  models: z.array(modelResultSchema).max(MAX_MODELS),
}).superRefine((results, ctx) => {
  // Compare and split key a model by its name within a device's file.
  checkUnique(results.models, ["models"], "model", ctx);
}).describe("One device run of `dnntune bench`: raw samples kept.");

export type TensorInfo = z.infer<typeof tensorInfoSchema>;
export type GraphNode = z.infer<typeof graphNodeSchema>;
export type ResultsGraph = z.infer<typeof resultsGraphSchema>;
export type Fingerprint = z.infer<typeof fingerprintSchema>;
export type DeviceInfo = z.infer<typeof deviceInfoSchema>;
export type Layer = z.infer<typeof layerSchema>;
export type Warning = z.infer<typeof warningSchema>;
export type ModelConditions = z.infer<typeof conditionsSchema>;
export type ModelResult = z.infer<typeof modelResultSchema>;
export type Results = z.infer<typeof resultsSchema>;

// Step 1, run on every v1 file: the fields v1 lets a file omit, because an empty list says the
// same. Everything else the later stages use is required and refused by name when missing.
function fillV1Defaults(file: Record<string, unknown>): void {
  if (!Array.isArray(file.models)) return;
  for (const model of file.models as unknown[]) {
    if (!isObject(model)) continue;
    model.warnings ??= [];
    if (isObject(model.graph)) model.graph.folded ??= [];
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export const RESULTS_FORMAT: VersionedFormat<typeof resultsSchema> = {
  name: "dnntune.results",
  version: 1,
  schema: resultsSchema,
  kind: "a results file written by `dnntune bench`",
  migrations: { 1: fillV1Defaults },
};
