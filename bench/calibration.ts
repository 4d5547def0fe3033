// Calibration of the regression gate on this machine, with real runs (docs/calibration.md).
//   node --import tsx bench/calibration.ts                          # first run (before the fixes): ~13 min, writes docs/calibration.json
//   node --import tsx bench/calibration.ts --plan after-fixes       # re-run after the fixes: ~21 min, writes docs/calibration-after-fixes.json
//   node --import tsx bench/calibration.ts [--plan after-fixes] --quick   # smoke: 2 comparisons per arm, writes to $TMPDIR
// Options: --plan before-fixes|after-fixes (default before-fixes), --out FILE, --n N (comparisons
// per arm, overrides the plan), --arms id,id (a subset), --keep (keep the results files of every
// bench process, printed at the end).
//
// The two plans: "before-fixes" is the first calibration's plan, kept as it was run. Its
// "as shipped" paired arms measured dist/ before paired mode turned spinning off; with the
// current dist/ they behave like the "nospin" arms. "after-fixes" re-measures paired mode as
// it now ships (no preload) and the replicate processes of `bench --processes K`.
//
// Every bench is a fresh `node bin/dnntune.js bench …` child process with the default run counts
// (10 warm-up, 30 timed, 10 profiled). Each comparison uses its own processes (disjoint pairs);
// arms are run round-robin so a slow drift of the machine, or a burst of someone else's load,
// spreads over all arms alike. While each comparison runs, the CPU the rest of the machine used
// is measured; a comparison during which other programs used more than DISTURBED_CPU_S (in long
// comparisons: DISTURBED_CORES × wall + CHILD_OVERHEAD_S a child, see disturbedLimitS) is
// "disturbed", kept in the raw outcome, and retried after waiting for the machine to go quiet.
// The headline rates use the undisturbed comparisons; the "all" rates include the disturbed ones.
// See docs/calibration.md.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { compare, type Endpoint } from "../src/compare/index.js";
import { groupMedians, mergeReplicates } from "../src/results/merge-replicates.js";
import { readResults } from "../src/results/read-results.js";
import { writeJsonAtomic } from "../src/results/write-results.js";
import type { ModelResult } from "../src/results/types.js";
import { addLoad, runBench, waitQuiet, type ChildRun, type Load } from "./calibration/child.js";
import { change, median, pct, quantile, rate, serializeReport, showRate, type Rate } from "./calibration/stats.js";

const root = resolve(import.meta.dirname, "..");
const { values: flags } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    out: { type: "string" },
    n: { type: "string" },
    arms: { type: "string" },
    keep: { type: "boolean", default: false },
    plan: { type: "string", default: "before-fixes" },
  },
});
const quick = flags.quick!;
const PLANS = { "before-fixes": "docs/calibration.json", "after-fixes": "docs/calibration-after-fixes.json" } as const;
type PlanName = keyof typeof PLANS;
if (!(flags.plan! in PLANS)) throw new Error(`--plan: ${flags.plan} is not a plan (${Object.keys(PLANS).join(", ")})`);
const planName = flags.plan as PlanName;
const outFile = resolve(flags.out ?? (quick ? join(tmpdir(), `calibration.${planName}.quick.json`) : join(root, PLANS[planName])));

/** Another program using more CPU than this during one comparison makes it "disturbed". */
const DISTURBED_CPU_S = 0.15;
/**
 * …or, for long comparisons (the replicate arms take ~7 s), more than this many cores on average
 * over its wall time plus CHILD_OVERHEAD_S per bench child the harness started. The short arms
 * keep the fixed 0.15 CPU s. Measured on an idle machine, each bench child the harness starts
 * leaves ~0.01–0.02 CPU s that no process is charged with, and the machine's background is
 * ~0.01 cores; an arm of 20 single benches (~7 s) would otherwise be "disturbed" by itself.
 */
const DISTURBED_CORES = 0.03;
const CHILD_OVERHEAD_S = 0.02;
const disturbedLimitS = (load: Load) => Math.max(DISTURBED_CPU_S, DISTURBED_CORES * load.wallS + CHILD_OVERHEAD_S * load.children);
/** Attempts per comparison slot: a disturbed one is retried after the machine goes quiet. */
const ATTEMPTS = 3;
/** Fixed ratio thresholds on medians, as github-action-benchmark applies them (its default: 200 %). */
const FIXED = [2.0, 1.1, 1.05] as const;
/** Adaptive arm: `--max-runs` for the head (30 runs a look → 3 planned looks, α/3 each). */
const ADAPTIVE_MAX_RUNS = 90;
/** Replicate arms: each side is one `bench --processes PROCESSES` child (compare then tests per-process medians). */
const PROCESSES = 10;

const work = mkdtempSync(join(tmpdir(), "dnntune-cal-"));
const MLP = "fixtures/models/mlp.onnx";
/** A copy named mlp.onnx, so head and base results name the same model, as in a real PR. */
function asMlp(fixture: string, tag: string): string {
  const dir = join(work, "models", tag);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, "mlp.onnx");
  copyFileSync(join(root, fixture), path);
  return path;
}
const MLP_COPY = asMlp(MLP, "aa");
const MLP_10 = asMlp("fixtures/test/mlp_10pct.onnx", "10pct");
const MLP_5 = asMlp("fixtures/test/mlp_5pct.onnx", "5pct");
/** Turns onnxruntime's intra-op thread spinning off in the bench child (see docs/calibration.md). */
const NO_SPIN = join(root, "bench/calibration/no-spin.mjs");

type Mode = "unpaired" | "paired" | "adaptive" | "processes" | "alternating";
interface Arm {
  id: string;
  kind: "A/A" | "A/B";
  mode: Mode;
  what: string;
  n: number;
  base: { model: string; args?: string[] };
  head: { model: string; args?: string[] };
  /** A module the bench child imports first (the "nospin" arms: bench/calibration/no-spin.mjs). */
  preload?: string;
}

const full = (n: number) => (quick ? Math.min(n, 2) : n);
const beforeFixes: Arm[] = [
  { id: "aa-mlp", kind: "A/A", mode: "unpaired", what: "mlp vs mlp, separate processes", n: full(120), base: { model: MLP }, head: { model: MLP } },
  { id: "aa-mobilenet_v2", kind: "A/A", mode: "unpaired", what: "mobilenet_v2 vs itself, separate processes", n: full(120), base: { model: "fixtures/models/mobilenet_v2.onnx" }, head: { model: "fixtures/models/mobilenet_v2.onnx" } },
  { id: "aa-inception", kind: "A/A", mode: "unpaired", what: "inception vs itself, separate processes", n: full(100), base: { model: "fixtures/models/inception.onnx" }, head: { model: "fixtures/models/inception.onnx" } },
  { id: "aa-mlp-adaptive", kind: "A/A", mode: "adaptive", what: `mlp vs mlp, head with --baseline base.json --max-runs ${ADAPTIVE_MAX_RUNS}`, n: full(50), base: { model: MLP }, head: { model: MLP } },
  { id: "aa-paired", kind: "A/A", mode: "paired", what: "mlp vs mlp, --base-model (as shipped)", n: full(60), base: { model: MLP }, head: { model: MLP_COPY } },
  { id: "aa-paired-nospin", kind: "A/A", mode: "paired", what: "mlp vs mlp, --base-model, spinning off", n: full(120), base: { model: MLP }, head: { model: MLP_COPY }, preload: NO_SPIN },
  { id: "ab10-unpaired", kind: "A/B", mode: "unpaired", what: "mlp → mlp_10pct, separate processes", n: full(120), base: { model: MLP }, head: { model: MLP_10 } },
  { id: "ab10-paired", kind: "A/B", mode: "paired", what: "mlp → mlp_10pct, --base-model (as shipped)", n: full(60), base: { model: MLP }, head: { model: MLP_10 } },
  { id: "ab10-paired-nospin", kind: "A/B", mode: "paired", what: "mlp → mlp_10pct, --base-model, spinning off", n: full(120), base: { model: MLP }, head: { model: MLP_10 }, preload: NO_SPIN },
  { id: "ab5-unpaired", kind: "A/B", mode: "unpaired", what: "mlp → mlp_5pct, separate processes", n: full(50), base: { model: MLP }, head: { model: MLP_5 } },
  { id: "ab5-paired", kind: "A/B", mode: "paired", what: "mlp → mlp_5pct, --base-model (as shipped)", n: full(60), base: { model: MLP }, head: { model: MLP_5 } },
  { id: "ab5-paired-nospin", kind: "A/B", mode: "paired", what: "mlp → mlp_5pct, --base-model, spinning off", n: full(120), base: { model: MLP }, head: { model: MLP_5 }, preload: NO_SPIN },
  { id: "threads-unpaired", kind: "A/B", mode: "unpaired", what: "mlp, --threads 2 → --threads 1, separate processes", n: full(40), base: { model: MLP, args: ["--threads", "2"] }, head: { model: MLP, args: ["--threads", "1"] } },
  { id: "threads-paired", kind: "A/B", mode: "paired", what: "mlp, --threads 1 --base-threads 2 (as shipped)", n: full(40), base: { model: MLP, args: ["--base-threads", "2"] }, head: { model: MLP, args: ["--threads", "1"] } },
];
/**
 * After the fixes: paired mode as it now ships (spinning off in src/, no preload), and unpaired
 * comparisons whose sides are each one `bench --processes 10` child. Two plain unpaired arms
 * (n = 40) are a same-run reference for the replicate arms: their error rates and their wall time.
 */
const P = ["--processes", String(PROCESSES)];
const afterFixes: Arm[] = [
  { id: "aa-paired", kind: "A/A", mode: "paired", what: "mlp vs mlp, --base-model (spinning off in src/)", n: full(80), base: { model: MLP }, head: { model: MLP_COPY } },
  { id: "ab10-paired", kind: "A/B", mode: "paired", what: "mlp → mlp_10pct, --base-model (spinning off in src/)", n: full(80), base: { model: MLP }, head: { model: MLP_10 } },
  { id: "ab5-paired", kind: "A/B", mode: "paired", what: "mlp → mlp_5pct, --base-model (spinning off in src/)", n: full(80), base: { model: MLP }, head: { model: MLP_5 } },
  { id: "threads-paired", kind: "A/B", mode: "paired", what: "mlp, --threads 1 --base-threads 2 (spinning off in src/)", n: full(40), base: { model: MLP, args: ["--base-threads", "2"] }, head: { model: MLP, args: ["--threads", "1"] } },
  { id: "aa-processes10", kind: "A/A", mode: "processes", what: `mlp vs mlp, each side one bench --processes ${PROCESSES}`, n: full(40), base: { model: MLP, args: P }, head: { model: MLP, args: P } },
  { id: "ab10-processes10", kind: "A/B", mode: "processes", what: `mlp → mlp_10pct, each side one bench --processes ${PROCESSES}`, n: full(40), base: { model: MLP, args: P }, head: { model: MLP_10, args: P } },
  { id: "ab5-processes10", kind: "A/B", mode: "processes", what: `mlp → mlp_5pct, each side one bench --processes ${PROCESSES}`, n: full(20), base: { model: MLP, args: P }, head: { model: MLP_5, args: P } },
  // Not a shipped mode: the same 10 + 10 processes as the replicate arms, but base and head
  // processes alternate in time (B H H B B H …) and are merged as `bench --processes` merges them.
  // Tests whether interleaving processes would cancel the VM's slow stretches that last seconds.
  { id: "aa-alt10", kind: "A/A", mode: "alternating", what: `mlp vs mlp, ${PROCESSES} + ${PROCESSES} single benches, base and head processes alternating, merged`, n: full(40), base: { model: MLP }, head: { model: MLP } },
  { id: "ab10-alt10", kind: "A/B", mode: "alternating", what: `mlp → mlp_10pct, ${PROCESSES} + ${PROCESSES} single benches, base and head processes alternating, merged`, n: full(40), base: { model: MLP }, head: { model: MLP_10 } },
  { id: "aa-mlp", kind: "A/A", mode: "unpaired", what: "mlp vs mlp, separate processes (same-run reference)", n: full(40), base: { model: MLP }, head: { model: MLP } },
  { id: "ab10-unpaired", kind: "A/B", mode: "unpaired", what: "mlp → mlp_10pct, separate processes (same-run reference)", n: full(40), base: { model: MLP }, head: { model: MLP_10 } },
];
const plan: Arm[] = planName === "after-fixes" ? afterFixes : beforeFixes;
const only = flags.arms?.split(",").map((s) => s.trim());
const arms = plan
  .filter((a) => !only || only.includes(a.id))
  .map((a) => (flags.n ? { ...a, n: Number(flags.n) } : a));
if (arms.length === 0) throw new Error(`--arms: none of ${only?.join(", ")} is an arm (${plan.map((a) => a.id).join(", ")})`);

interface LatencyOutcome extends Pick<Endpoint, "verdict" | "ratio" | "ci" | "p" | "pAdjusted" | "baseMedianUs" | "headMedianUs" | "nBase" | "nHead" | "replicates"> {
  /** The same samples judged with --threshold 2%. */
  verdict2: Endpoint["verdict"];
  looks: number;
  /** Ratio of the medians head / base: what a fixed-threshold tool compares. */
  medianRatio: number;
  /**
   * Replicate arms: the robust spread (1.4826 × MAD) of log(process median) across the
   * processes of each side, i.e. how much one process's speed differs from another's.
   */
  processSpread?: { base: number; head: number };
  /** Replicate arms: the median of each process (µs), in the order they ran. */
  processMediansUs?: { base: number[]; head: number[] };
}

interface Outcome {
  arm: string;
  round: number;
  attempt: number;
  /** Unpaired arms alternate which process runs first. */
  order: "base-first" | "head-first" | "one-process";
  disturbed: boolean;
  load: Load;
  /** Wall time of each bench child (s): one per side, or one for a paired bench. */
  benchWallS: { base?: number; head?: number; paired?: number };
  latency: LatencyOutcome;
  layers: {
    tested: number;
    regression: number;
    improvement: number;
    missing: number;
    flagged: string[];
    /** Largest ratio of layer medians head / base, and its layer (fixed-threshold view). */
    maxMedianRatio: number;
    maxMedianRatioLayer: string;
  };
  findings: string[];
  files: { base: string; head: string };
}

function benchArgs(model: string, out: string, extra: string[] = []): string[] {
  return ["--model", model, "--out", out, ...extra];
}

function runComparison(arm: Arm, round: number, attempt: number): Outcome {
  const dir = join(work, arm.id, `${round}-${attempt}`);
  mkdirSync(dir, { recursive: true });
  const baseFile = join(dir, "base.json");
  const headFile = join(dir, "head.json");
  let load: Load;
  let order: Outcome["order"];
  let base: string;
  let wall: Outcome["benchWallS"];
  if (arm.mode === "paired") {
    const args = benchArgs(arm.head.model, headFile, [...(arm.head.args ?? []), ...(arm.base.model !== arm.head.model ? ["--base-model", arm.base.model] : []), ...(arm.base.args ?? [])]);
    load = runBench(root, args, arm.preload);
    order = "one-process";
    base = join(dir, "head.base.json");
    wall = { paired: load.wallS };
  } else if (arm.mode === "adaptive") {
    const a = runBench(root, benchArgs(arm.base.model, baseFile, arm.base.args), arm.preload);
    const b = runBench(root, benchArgs(arm.head.model, headFile, [...(arm.head.args ?? []), "--baseline", baseFile, "--max-runs", String(ADAPTIVE_MAX_RUNS)]), arm.preload);
    load = addLoad(a, b);
    order = "base-first";
    base = baseFile;
    wall = { base: a.wallS, head: b.wallS };
  } else if (arm.mode === "alternating") {
    // B H H B B H …: each side gets PROCESSES single-process benches, interleaved in time.
    order = round % 2 === 0 ? "base-first" : "head-first";
    const loads: Load[] = [];
    const files = { base: [] as string[], head: [] as string[] };
    const walls = { base: 0, head: 0 };
    for (let k = 0; k < PROCESSES; k++) {
      const baseFirst = (k % 2 === 0) === (order === "base-first");
      for (const side of baseFirst ? (["base", "head"] as const) : (["head", "base"] as const)) {
        const file = join(dir, `${side}-${k + 1}.json`);
        const run = runBench(root, benchArgs(arm[side].model, file, arm[side].args), arm.preload);
        loads.push(run);
        walls[side] += run.wallS;
        files[side].push(file);
      }
    }
    load = loads.reduce(addLoad);
    writeJsonAtomic(baseFile, mergeReplicates(files.base.map((f) => readResults(f, "base")), files.base));
    writeJsonAtomic(headFile, mergeReplicates(files.head.map((f) => readResults(f, "head")), files.head));
    base = baseFile;
    wall = walls;
  } else {
    // "unpaired" and "processes" (whose args carry --processes K): one bench child per side.
    order = round % 2 === 0 ? "base-first" : "head-first";
    const runBase = () => runBench(root, benchArgs(arm.base.model, baseFile, arm.base.args), arm.preload);
    const runHead = () => runBench(root, benchArgs(arm.head.model, headFile, arm.head.args), arm.preload);
    let b: ChildRun;
    let h: ChildRun;
    if (order === "base-first") {
      b = runBase();
      h = runHead();
    } else {
      h = runHead();
      b = runBase();
    }
    load = addLoad(b, h);
    base = baseFile;
    wall = { base: b.wallS, head: h.wallS };
  }
  return judge(arm, round, attempt, order, load, base, headFile, wall);
}

/** Robust spread (1.4826 × MAD) of log(median of each process), from a results file's groups. */
function processSpread(model: ModelResult): number | undefined {
  const groups = model.latency.groups;
  if (!groups || groups.length < 2) return undefined;
  const logs = groupMedians(model.latency.samples, groups).map(Math.log);
  const m = median(logs);
  return 1.4826 * median(logs.map((x) => Math.abs(x - m)));
}

function processMedians(model: ModelResult): number[] {
  return groupMedians(model.latency.samples, model.latency.groups ?? [model.latency.samples.length]).map((x) => Math.round(x * 10) / 10);
}

function judge(arm: Arm, round: number, attempt: number, order: Outcome["order"], load: Load, baseFile: string, headFile: string, wall: Outcome["benchWallS"] = {}): Outcome {
  const base = readResults(baseFile, "base");
  const head = readResults(headFile, "head");
  const files = { baseFiles: baseFile, headFiles: headFile };
  const comparison = compare(base, head, files);
  const at2 = compare(base, head, { ...files, threshold: 0.02 });
  const latency = comparison.endpoints.find((e) => e.metric === "latency")!;
  const latency2 = at2.endpoints.find((e) => e.metric === "latency")!;
  const headModel = head.models[0]!;
  const baseModel = base.models[0]!;
  const layers = comparison.endpoints.filter((e) => e.metric === "layer");
  const fixed = layerMedianRatios(baseModel, headModel);
  const paired = headModel.latency.paired;
  const medianRatio = paired ? median(paired.headSamples) / median(paired.baseSamples) : median(headModel.latency.samples) / median(baseModel.latency.samples);
  const spreadBase = processSpread(baseModel);
  const spreadHead = processSpread(headModel);
  return {
    arm: arm.id,
    round,
    attempt,
    order,
    disturbed: load.foreignCpuS > disturbedLimitS(load),
    load: roundLoad(load),
    benchWallS: Object.fromEntries(Object.entries(wall).map(([k, v]) => [k, Math.round(v * 1000) / 1000])),
    latency: {
      verdict: latency.verdict,
      verdict2: latency2.verdict,
      ratio: latency.ratio,
      ci: latency.ci,
      p: latency.p,
      pAdjusted: latency.pAdjusted,
      baseMedianUs: latency.baseMedianUs,
      headMedianUs: latency.headMedianUs,
      nBase: latency.nBase,
      nHead: latency.nHead,
      looks: headModel.latency.looks ?? 1,
      medianRatio,
      ...(latency.replicates ? { replicates: latency.replicates } : {}),
      ...(spreadBase !== undefined && spreadHead !== undefined
        ? {
            processSpread: { base: round4(spreadBase), head: round4(spreadHead) },
            processMediansUs: { base: processMedians(baseModel), head: processMedians(headModel) },
          }
        : {}),
    },
    layers: {
      tested: layers.filter((e) => e.verdict !== "missing").length,
      regression: layers.filter((e) => e.verdict === "regression").length,
      improvement: layers.filter((e) => e.verdict === "improvement").length,
      missing: layers.filter((e) => e.verdict === "missing").length,
      flagged: layers.filter((e) => e.verdict === "regression" || e.verdict === "improvement").map((e) => `${e.layer} ${e.verdict} ${change(e.ratio!)}`),
      maxMedianRatio: fixed.max,
      maxMedianRatioLayer: fixed.layer,
    },
    findings: [...new Set(comparison.findings.map((f) => f.code))],
    files: { base: baseFile, head: headFile },
  };
}

/**
 * Layer medians head / base by layer name, as a fixed-threshold tool would compare them. A
 * median of 0 µs (a kernel below the profiler's 1 µs resolution) counts as 0.5 µs.
 */
function layerMedianRatios(base: ModelResult, head: ModelResult): { max: number; layer: string } {
  let max = 0;
  let layer = "";
  for (const h of head.layers) {
    const b = base.layers.find((l) => l.name === h.name);
    if (!b) continue;
    const r = Math.max(median(h.samples), 0.5) / Math.max(median(b.samples), 0.5);
    if (r > max) [max, layer] = [r, h.name];
  }
  return { max, layer };
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

function roundLoad(load: Load): Load {
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return { foreignCpuS: r(load.foreignCpuS), stealS: r(load.stealS), childCpuS: r(load.childCpuS), wallS: r(load.wallS), children: load.children };
}

// ── Run ─────────────────────────────────────────────────────────────────────────────────────

const started = new Date();
const t0 = performance.now();
const outcomes: Outcome[] = [];
const rounds = Math.max(...arms.map((a) => a.n));
const total = arms.reduce((s, a) => s + a.n, 0);
let done = 0;
let quietWaitS = 0;
console.error(`calibration: ${arms.length} arms, ${total} comparisons, round-robin; work dir ${work}`);
for (let round = 0; round < rounds; round++) {
  for (const arm of arms) {
    if (round >= arm.n) continue;
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const outcome = runComparison(arm, round, attempt);
      outcomes.push(outcome);
      if (!outcome.disturbed) break;
      console.error(`  ${arm.id} #${round}: disturbed (other programs used ${outcome.load.foreignCpuS.toFixed(2)} CPU s); waiting for quiet`);
      quietWaitS += waitQuiet(60);
    }
    done++;
  }
  const elapsed = (performance.now() - t0) / 1000;
  console.error(`round ${round + 1}/${rounds}: ${done}/${total} comparisons, ${elapsed.toFixed(0)} s, ~${((elapsed / done) * (total - done)).toFixed(0)} s left`);
}
const durationS = (performance.now() - t0) / 1000;

// ── Summarize ───────────────────────────────────────────────────────────────────────────────

interface ArmSummary {
  arm: string;
  kind: Arm["kind"];
  mode: Mode;
  what: string;
  comparisons: number;
  verdicts: Record<Endpoint["verdict"], number>;
  verdicts2: Record<Endpoint["verdict"], number>;
  regression: Rate;
  regression2: Rate;
  notEquivalent2: Rate;
  anyLayerFlag: Rate;
  layerEndpoints: number;
  layerFlags: number;
  fixed: Record<string, { model: Rate; anyLayer: Rate }>;
  /** Effect seen: median and IQR of the per-comparison Hodges–Lehmann ratio and of the median ratio. */
  effect: { hl: [number, number, number]; medianRatio: [number, number, number] };
  nHead: [number, number, number];
  /** Standard deviation of log(median head / median base) across comparisons: process-to-process spread. */
  sdLogMedianRatio: number;
  /** Wall time of one bench child (s), median and IQR over all sides (paired: the one child). */
  benchWallS: [number, number, number];
  /** Replicate arms: comparisons judged with the process as the unit, and the median within-side spread of log process medians. */
  byProcess?: { comparisons: number; medianProcessSpread: number };
  disturbed: number;
  foreignCpuS: number;
}

function verdictCounts(list: Outcome[], key: "verdict" | "verdict2"): Record<Endpoint["verdict"], number> {
  const counts = { regression: 0, improvement: 0, equivalent: 0, inconclusive: 0, missing: 0 };
  for (const o of list) counts[o.latency[key]]++;
  return counts;
}

function sd(xs: number[]): number {
  if (xs.length < 2) return NaN;
  const m = xs.reduce((s, x) => s + x, 0) / xs.length;
  return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1));
}

const q3 = (xs: number[]): [number, number, number] => [quantile(xs, 0.25), quantile(xs, 0.5), quantile(xs, 0.75)];

function summarize(arm: Arm, list: Outcome[]): ArmSummary {
  const n = list.length;
  const fixed: ArmSummary["fixed"] = {};
  for (const t of FIXED) {
    fixed[t.toFixed(2)] = {
      model: rate(list.filter((o) => o.latency.medianRatio >= t).length, n),
      anyLayer: rate(list.filter((o) => o.layers.maxMedianRatio >= t).length, n),
    };
  }
  return {
    arm: arm.id,
    kind: arm.kind,
    mode: arm.mode,
    what: arm.what,
    comparisons: n,
    verdicts: verdictCounts(list, "verdict"),
    verdicts2: verdictCounts(list, "verdict2"),
    regression: rate(list.filter((o) => o.latency.verdict === "regression").length, n),
    regression2: rate(list.filter((o) => o.latency.verdict2 === "regression").length, n),
    notEquivalent2: rate(list.filter((o) => o.latency.verdict2 !== "equivalent").length, n),
    anyLayerFlag: rate(list.filter((o) => o.layers.regression + o.layers.improvement > 0).length, n),
    layerEndpoints: list.reduce((s, o) => s + o.layers.tested, 0),
    layerFlags: list.reduce((s, o) => s + o.layers.regression + o.layers.improvement, 0),
    fixed,
    effect: { hl: q3(list.map((o) => o.latency.ratio ?? NaN)), medianRatio: q3(list.map((o) => o.latency.medianRatio)) },
    nHead: q3(list.map((o) => o.latency.nHead)),
    sdLogMedianRatio: sd(list.map((o) => Math.log(o.latency.medianRatio))),
    benchWallS: q3(list.flatMap((o) => Object.values(o.benchWallS))),
    ...(arm.mode === "processes" || arm.mode === "alternating"
      ? {
          byProcess: {
            comparisons: list.filter((o) => o.latency.replicates).length,
            medianProcessSpread: round4(median(list.flatMap((o) => (o.latency.processSpread ? [o.latency.processSpread.base, o.latency.processSpread.head] : [])))),
          },
        }
      : {}),
    disturbed: list.filter((o) => o.disturbed).length,
    foreignCpuS: list.reduce((s, o) => s + o.load.foreignCpuS, 0),
  };
}

const clean = (id: string) => outcomes.filter((o) => o.arm === id && !o.disturbed);
const every = (id: string) => outcomes.filter((o) => o.arm === id);
const summaries = arms.map((a) => summarize(a, clean(a.id)));
const summariesAll = arms.map((a) => summarize(a, every(a.id)));

/**
 * A second, equally disjoint pairing of the same A/A processes: the base of comparison k with
 * the head of comparison k + n/2, minutes apart instead of back to back. Each process is still
 * used once in this pairing (but these comparisons reuse the processes of the primary ones, so
 * the two pairings are not independent of each other).
 */
function farPairing(arm: Arm): { comparisons: number; regression: Rate; anyLayerFlag: Rate } | undefined {
  if (arm.kind !== "A/A" || arm.mode === "paired" || arm.mode === "adaptive") return undefined;
  const list = clean(arm.id);
  const half = Math.floor(list.length / 2);
  const far: Outcome[] = [];
  for (let k = 0; k < half; k++) {
    const a = list[k]!;
    const b = list[k + half]!;
    far.push(judge(arm, k, -1, "base-first", a.load, a.files.base, b.files.head));
    far.push(judge(arm, k + half, -1, "base-first", b.load, b.files.base, a.files.head));
  }
  return {
    comparisons: far.length,
    regression: rate(far.filter((o) => o.latency.verdict === "regression").length, far.length),
    anyLayerFlag: rate(far.filter((o) => o.layers.regression + o.layers.improvement > 0).length, far.length),
  };
}
const far = Object.fromEntries(arms.flatMap((a) => {
  const f = farPairing(a);
  return f ? [[a.id, f]] : [];
}));

const aa = arms.filter((a) => a.kind === "A/A" && a.mode === "unpaired").flatMap((a) => clean(a.id));
const aaAll = arms.filter((a) => a.kind === "A/A").flatMap((a) => clean(a.id));
const aaOf = (mode: Mode) => arms.filter((a) => a.kind === "A/A" && a.mode === mode && !a.preload).flatMap((a) => clean(a.id));
const sample = outcomes.find((o) => !o.disturbed) ?? outcomes[0];
const device = sample ? readResults(sample.files.head, "head").device : undefined;
const headline = {
  aaUnpairedRegression: rate(aa.filter((o) => o.latency.verdict === "regression").length, aa.length),
  aaUnpairedAnyLayerFlag: rate(aa.filter((o) => o.layers.regression + o.layers.improvement > 0).length, aa.length),
  aaAllRegression: rate(aaAll.filter((o) => o.latency.verdict === "regression").length, aaAll.length),
  aaAllAnyLayerFlag: rate(aaAll.filter((o) => o.layers.regression + o.layers.improvement > 0).length, aaAll.length),
  /** Per mode, without preloads: A/A paired (as the plan's dist/ ships it) and A/A replicate processes. */
  byMode: Object.fromEntries((["unpaired", "paired", "adaptive", "processes", "alternating"] as const).flatMap((mode) => {
    const list = aaOf(mode);
    return list.length === 0 ? [] : [[mode, { regression: rate(list.filter((o) => o.latency.verdict === "regression").length, list.length), regression2: rate(list.filter((o) => o.latency.verdict2 === "regression").length, list.length), anyLayerFlag: rate(list.filter((o) => o.layers.regression + o.layers.improvement > 0).length, list.length) }]];
  })),
};

const report = {
  schema: "dnntune.calibration/v1",
  command: `node --import tsx bench/calibration.ts${process.argv.slice(2).length ? " " + process.argv.slice(2).join(" ") : ""}`,
  plan: planName,
  quick,
  startedAt: started.toISOString(),
  durationS: Math.round(durationS),
  quietWaitS: Math.round(quietWaitS),
  machine: { cpu: cpus()[0]?.model ?? "unknown", cores: cpus().length, node: process.version, fingerprint: device?.fingerprint },
  protocol: { warmupRuns: 10, runs: 30, profileRuns: 10, adaptiveMaxRuns: ADAPTIVE_MAX_RUNS, processes: PROCESSES, compare: "defaults (threshold 5 %, alpha 0.05, min-abs 50 µs model / 20 µs layer); verdict2 with threshold 2 %", disturbedCpuS: DISTURBED_CPU_S, disturbedCores: DISTURBED_CORES, childOverheadS: CHILD_OVERHEAD_S, attempts: ATTEMPTS, fixedThresholds: FIXED },
  headline,
  arms: summaries,
  armsIncludingDisturbed: summariesAll,
  farPairing: far,
  outcomes: outcomes.map(({ files: _files, ...o }) => o),
};
mkdirSync(resolve(outFile, ".."), { recursive: true });
writeFileSync(outFile, serializeReport(report));

// ── Print ───────────────────────────────────────────────────────────────────────────────────

const pad = (s: string, w: number) => s.padEnd(w);
const lpad = (s: string, w: number) => s.padStart(w);
console.log(`\nDNNTune calibration on ${report.machine.cpu} (${report.machine.cores} cores), ${started.toISOString()}, ${Math.round(durationS)} s`);
console.log(`${outcomes.length} comparisons run, ${outcomes.filter((o) => o.disturbed).length} disturbed by other programs (> ${DISTURBED_CPU_S} CPU s, or ${DISTURBED_CORES} cores + ${CHILD_OVERHEAD_S} s a child over a longer comparison) and left out of the rates below\n`);
console.log(`${pad("arm", 20)}${pad("mode", 12)}${lpad("n", 4)}  ${pad("effect (HL, median [IQR])", 30)}${pad("latency verdicts reg/imp/eq/inc", 32)}${pad("regression", 18)}${pad("any layer flagged", 18)}${pad("reg @2 %", 16)}`);
for (const s of summaries) {
  const v = s.verdicts;
  console.log(
    `${pad(s.arm, 20)}${pad(s.mode, 12)}${lpad(String(s.comparisons), 4)}  ` +
      `${pad(`${change(s.effect.hl[1])} [${change(s.effect.hl[0])}, ${change(s.effect.hl[2])}]`, 30)}` +
      `${pad(`${v.regression}/${v.improvement}/${v.equivalent}/${v.inconclusive}`, 32)}` +
      `${pad(showRate(s.regression), 18)}${pad(showRate(s.anyLayerFlag), 18)}${pad(showRate(s.regression2), 16)}`,
  );
}
for (const [mode, h] of Object.entries(headline.byMode)) {
  console.log(`A/A ${mode}: regression ${showRate(h.regression)} [${pct(h.regression.ci[0])}, ${pct(h.regression.ci[1])}], @2 % ${showRate(h.regression2)}, any layer flagged ${showRate(h.anyLayerFlag)} [${pct(h.anyLayerFlag.ci[0])}, ${pct(h.anyLayerFlag.ci[1])}]`);
}
console.log(`\nWall time of one bench child (median [IQR]):`);
for (const s of summaries) {
  console.log(`  ${pad(s.arm, 20)}${s.benchWallS[1].toFixed(2)} s [${s.benchWallS[0].toFixed(2)}, ${s.benchWallS[2].toFixed(2)}]${s.byProcess ? `; ${s.byProcess.comparisons}/${s.comparisons} judged by process, median spread of log process medians ${pct(s.byProcess.medianProcessSpread)}` : ""}`);
}
console.log(`\nA/A, separate processes: model endpoints called regression ${showRate(headline.aaUnpairedRegression)} (target ≤ 1 %, 95 % CI ${pct(headline.aaUnpairedRegression.ci[0])}–${pct(headline.aaUnpairedRegression.ci[1])}); reports with any layer flagged ${showRate(headline.aaUnpairedAnyLayerFlag)} (target ≤ 5 %)`);
for (const [id, f] of Object.entries(far)) {
  console.log(`  far pairing ${id}: regression ${showRate(f.regression)}, any layer flagged ${showRate(f.anyLayerFlag)}`);
}
console.log(`\nFixed ratio threshold on medians (github-action-benchmark style; alerts on head/base ≥ t) vs DNNTune`);
console.log(`${pad("arm", 20)}${pad("DNNTune regression", 20)}${FIXED.map((t) => pad(`model ≥ ${t.toFixed(2)}`, 17)).join("")}${FIXED.map((t) => pad(`any layer ≥ ${t.toFixed(2)}`, 20)).join("")}`);
for (const s of summaries) {
  console.log(`${pad(s.arm, 20)}${pad(showRate(s.regression), 20)}${FIXED.map((t) => pad(showRate(s.fixed[t.toFixed(2)]!.model), 17)).join("")}${FIXED.map((t) => pad(showRate(s.fixed[t.toFixed(2)]!.anyLayer), 20)).join("")}`);
}
console.log(`\nraw outcome: ${outFile}`);
if (flags.keep) console.log(`results files kept in ${work}`);
else rmSync(work, { recursive: true, force: true });
