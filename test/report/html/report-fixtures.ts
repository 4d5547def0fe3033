// Report inputs for the HTML tests, made by the real pipeline from synthetic results: compare()
// over two devices and three models (one layer slower, one model faster), the split of phone vs
// server with its diff; and the same with a hostile node, model, op and device name everywhere.
import type { Comparison } from "../../../src/compare/types.js";
import { compare } from "../../../src/compare/index.js";
import { decideGate } from "../../../src/gate/decide-gate.js";
import type { GateDecision, GatePolicy } from "../../../src/gate/types.js";
import type { HtmlReportInput } from "../../../src/report/html/render-html.js";
import type { ModelResult, Results } from "../../../src/results/types.js";
import { splitDiff } from "../../../src/split/split-diff.js";
import { splitModels } from "../../../src/split/split-models.js";
import { mulberry32 } from "../../../src/stats/rng.js";
import { cnnLayers, model, noisy, results, type LayerSpec } from "../../compare/fixtures.js";

/**
 * A node name that tries everything: ends a script, a comment, an attribute and an SVG element,
 * carries newlines and a bidi override, and runs to 10,000 characters.
 */
export const HOSTILE_NAME = (() => {
  const attack = [
    "a|b`<script>alert(1)</script>-->",
    "\n<script>window.__pwned = 'script'</script>",
    `"'><img src=x onerror="window.__pwned='img'">`,
    "</title></text></svg><svg onload=\"window.__pwned='svg'\">",
    "\r\n]]><!-- \u202e&amp;&lt;`${x}`",
  ].join("");
  return attack + "x".repeat(10_000 - attack.length);
})();

export const HOSTILE_OP = `Conv"><script>window.__pwned='op'</script>`;
export const HOSTILE_DEVICE = `pixel7</title><script>window.__pwned='device'</script>`;
export const HOSTILE_MODEL = `det<iframe src="javascript:window.__pwned='model'"></iframe>`;

/** The gate's decision, by the real gate (gate/decide-gate.ts). */
export function decisionOf(comparison: Comparison, policy: Partial<GatePolicy> = {}): GateDecision {
  return decideGate(comparison, undefined, { failOn: ["latency", "energy"], threshold: 0.05, acceptLabel: "dnntune:accept", accepted: false, ...policy });
}

interface ModelPlan {
  name: string;
  /** Layer names from position and op. */
  names: (i: number, op: string) => string;
  /** Twelve CNN layers per block. */
  blocks: number;
  /** Phone time scale (server: 1/20 of it). */
  scale: number;
  /** Head / base on the phone, per layer index (default 1). */
  change: (i: number) => number;
  /** A large camera input, so that cloud-only pays for its upload and a split pays off. */
  inputBytes?: number;
  op?: (op: string) => string;
}

function modelOf(plan: ModelPlan, scale: number, side: "base" | "head", seed: number): ModelResult {
  const layers: LayerSpec[] = [];
  for (let b = 0; b < plan.blocks; b++) {
    const block = cnnLayers((i, op) => plan.names(b * 12 + i, op), scale, seed + 100 * b);
    layers.push(...block.map((l, i) => {
      const factor = side === "head" ? plan.change(b * 12 + i) : 1;
      return { ...l, op: plan.op ? plan.op(l.op) : l.op, samples: l.samples.map((s) => s * factor) };
    }));
  }
  const totalUs = layers.reduce((sum, l) => sum + l.samples.reduce((a, b) => a + b, 0) / l.samples.length, 0);
  const m = model(plan.name, noisy(totalUs * 1.05, 30, 0.02, seed + 7), layers);
  if (plan.inputBytes) m.graph.tensors.input = { dtype: "float32", shape: [1, 3, 224, 224], bytes: plan.inputBytes };
  return m;
}

function sideResults(plans: ModelPlan[], side: "base" | "head", phone: string, server: string): { phone: Results; server: Results } {
  const seed = side === "base" ? 1_000 : 2_000;
  return {
    phone: results(plans.map((p, k) => modelOf(p, p.scale, side, seed + 10_000 * k)), phone),
    // The server runs the same models, unchanged by the PR.
    server: results(plans.map((p, k) => modelOf({ ...p, change: () => 1 }, p.scale / 20, side, seed + 10_000 * k + 5_000)), server),
  };
}

function inputOf(plans: ModelPlan[], phoneName: string, serverName: string): HtmlReportInput {
  const base = sideResults(plans, "base", phoneName, serverName);
  const head = sideResults(plans, "head", phoneName, serverName);
  const comparison = compare([base.phone, base.server], [head.phone, head.server]);
  const splitOptions = { networks: ["wifi", "lte"], objectives: ["latency" as const, "energy" as const] };
  const split = splitDiff({ mobile: base.phone, cloud: base.server }, { mobile: head.phone, cloud: head.server }, { ...splitOptions, objectives: ["latency"], rng: mulberry32(7), resamples: 200 });
  return {
    comparison,
    decision: decisionOf(comparison),
    split,
    results: { base: [base.phone, base.server], head: [head.phone, head.server] },
    splits: {
      base: splitModels(base.phone, base.server, { ...splitOptions, crossovers: false }),
      head: splitModels(head.phone, head.server, { ...splitOptions, crossovers: false }),
    },
  };
}

/**
 * Three models on a phone and a server: mobilenet (24 layers, its third Conv twice as slow on the
 * phone: a layer regression and a slower model), detector (12 layers, unchanged, heavy enough
 * on the phone that the best wifi split offloads its tail) and keyword (12 layers, 20 % faster).
 */
export function realisticInput(): HtmlReportInput {
  return inputOf([
    { name: "mobilenet", names: (i, op) => `/features/${Math.floor(i / 4)}/${op}_${i}`, blocks: 2, scale: 4, change: (i) => (i === 2 ? 2 : 1) },
    { name: "detector", names: (i, op) => `/backbone/stage${Math.floor(i / 4)}/${op.toLowerCase()}${i}`, blocks: 1, scale: 60, change: () => 1, inputBytes: 602_112 },
    { name: "keyword", names: (i, op) => `kws/${op}:${i}`, blocks: 1, scale: 2, change: () => 0.8 },
  ], "pixel7", "server");
}

/** The detector again, with HOSTILE_NAME as one node (made slower, so it shows everywhere), a hostile op, model and device. */
export function hostileInput(): HtmlReportInput {
  return inputOf([
    {
      name: HOSTILE_MODEL,
      names: (i, op) => (i === 2 ? HOSTILE_NAME : i === 5 ? `${HOSTILE_NAME.slice(0, 200)}#${i}` : `${op}_${i}`),
      blocks: 1,
      scale: 60,
      change: (i) => (i === 2 ? 1.5 : 1),
      inputBytes: 602_112,
      op: (op) => (op === "Conv" ? HOSTILE_OP : op),
    },
  ], HOSTILE_DEVICE, `server"><script>window.__pwned='server'</script>`);
}
