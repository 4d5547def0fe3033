// The dnntune.yml that `dnntune init` writes: the models with the shapes and values their inputs
// need, one `local` device, and the bench and gate defaults as comments to edit. Text, not a
// serialized object, so that it can explain itself; test/config/init-config.test.ts parses it back.
import { BENCH_DEFAULTS, BENCH_LIMITS, PAIRED_TOP_UP } from "./bench-args.js";
import type { InitModel } from "./init-inputs.js";
import { CONFIG_DEFAULTS, FAIL_ON, OPTIMIZATIONS } from "./schema.js";
import { yamlString } from "./yaml-text.js";

export interface InitConfigOptions {
  models: readonly InitModel[];
  /** What the `$schema` line points at: the package's schema/config.json (`configSchemaUrl`). */
  schema: string;
}

/**
 * The `$schema` of dnntune.yml: this version's schema/config.json on a CDN that serves npm
 * packages, as the README shows. Not `./node_modules/dnntune/…`, although that one works
 * offline: dnntune.yml is committed and node_modules usually is not, so that path resolves only
 * in a clone where someone installed dnntune (and never in a repository that is not a JavaScript
 * project and installs nothing). The version pins the schema to the dnntune that wrote the file.
 * An editor that cannot fetch it only loses completion: dnntune validates dnntune.yml itself.
 */
export function configSchemaUrl(version: string): string {
  return `https://unpkg.com/dnntune@${version}/schema/config.json`;
}

/** Commented `key: value   # why` lines, the notes aligned, under a commented `section:`. */
function commentedDefaults(section: string, entries: readonly (readonly [key: string, value: string, why: string])[]): string[] {
  const pairs = entries.map(([key, value]) => `${key}: ${value}`);
  const width = Math.max(...pairs.map((pair) => pair.length));
  return [`# ${section}:`, ...entries.map(([, , why], i) => `#   ${pairs[i]!.padEnd(width)}   # ${why}`)];
}

const { bench, gate } = CONFIG_DEFAULTS;

/** A shape as dnntune.yml spells it: `"1x3x224x224"` (quoted, so `0x1` stays a string). */
export function shapeText(shape: readonly number[]): string {
  return JSON.stringify(shape.length === 0 ? "scalar" : shape.join("x"));
}

function valueText(values: readonly number[]): string {
  return values.length === 1 ? String(values[0]) : `[${values.join(", ")}]`;
}

export function initConfig({ models, schema }: InitConfigOptions): string {
  const lines = [
    `# yaml-language-server: $schema=${schema}`,
    "# dnntune.yml, written by `dnntune init`. Paths are relative to this file.",
    "",
    "# The models to benchmark. `inputs` gives a shape to every input whose size the model leaves",
    "# open; `values` fills an input that must hold something specific.",
    "models:",
  ];
  for (const model of models) {
    lines.push(`  - path: ${yamlString(model.path)}`);
    if (model.inputs.length > 0) {
      lines.push("    inputs:");
      for (const [name, shape] of model.inputs) lines.push(`      ${yamlString(name)}: ${shapeText(shape)}`);
    }
    if (model.values.length > 0) {
      lines.push("    values:");
      for (const [name, values] of model.values) lines.push(`      ${yamlString(name)}: ${valueText(values)}`);
    }
  }
  lines.push(
    "",
    "# Where they run. `local` is the machine the job runs on; add phones (transport: adb) and",
    "# boards (transport: ssh) here, one per self-hosted runner.",
    "devices:",
    "  local:",
    "    transport: local",
    "    tool: onnxruntime-node",
    "    # threads: 4            # default: every core",
    `    # optimization: ${BENCH_DEFAULTS.optimization.padEnd(8)}# ${OPTIMIZATIONS.slice(0, -1).join(", ")} or ${OPTIMIZATIONS.at(-1)}`,
    "",
    "# The benchmark protocol (these are the defaults).",
    ...commentedDefaults("bench", [
      ["warmup", String(bench.warmup), "warm-up runs"],
      ["runs", String(bench.runs), "timed runs: end-to-end latency"],
      ["profile-runs", String(bench["profile-runs"]), "profiled runs: per-layer samples"],
      ["max-runs", String(Math.min(BENCH_LIMITS.runs, bench.runs * PAIRED_TOP_UP)), `paired: top up undecided comparisons to this many runs (${PAIRED_TOP_UP} × runs)`],
      ["time-budget", String(bench["time-budget"]), "paired: no top-up starts after a model's timing phase ran this many s"],
      ["processes", String(bench.processes), "replicate processes"],
    ]),
    "",
    "# When a pull request fails (these are the defaults).",
    ...commentedDefaults("gate", [
      ["threshold", gate.threshold, "practical threshold: smaller changes never fail"],
      ["alpha", String(gate.alpha), "error rate across the models"],
      ["fail-on", `[${gate["fail-on"].join(", ")}]`, `any of ${FAIL_ON.join(", ")}`],
      ["accept-label", gate["accept-label"], "a PR label that accepts a regression"],
    ]),
    "",
  );
  return lines.join("\n");
}
