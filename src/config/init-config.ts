// The dnntune.yml that `dnntune init` writes: the models with the shapes and values their inputs
// need, one `local` device, and the bench and gate defaults as comments to edit. Text, not a
// serialized object, so that it can explain itself; test/config/init-config.test.ts parses it back.
import type { InitModel } from "./init-inputs.js";
import { yamlString } from "./yaml-text.js";

export interface InitConfigOptions {
  models: readonly InitModel[];
  /** What the `$schema` line points at: the package's schema/config.json. */
  schema: string;
}

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
    "    # optimization: all     # disabled, basic, extended or all",
    "",
    "# The benchmark protocol (these are the defaults).",
    "# bench:",
    "#   warmup: 10         # warm-up runs",
    "#   runs: 30           # timed runs: end-to-end latency",
    "#   profile-runs: 10   # profiled runs: per-layer samples",
    "#   max-runs: 300      # paired: top up undecided comparisons to this many runs (10 × runs)",
    "#   time-budget: 60    # paired: no top-up starts after a model's timing phase ran this many s",
    "#   processes: 1       # replicate processes",
    "",
    "# When a pull request fails (these are the defaults).",
    "# gate:",
    "#   threshold: 5%                # practical threshold: smaller changes never fail",
    "#   alpha: 0.05                  # error rate across the models",
    "#   fail-on: [latency]           # latency, energy, split, layers",
    "#   accept-label: dnntune:accept # a PR label that accepts a regression",
    "",
  );
  return lines.join("\n");
}
