// The .github/workflows/dnntune.yml that `dnntune init` writes. On a pull request each model is
// benchmarked paired: the base revision of its file, taken from git, interleaved with the head in
// one process (paired by default), then `compare --fail-on-regression` gates. `single`
// does it all in one hosted job; `fleet` benchmarks on a matrix of self-hosted device runners and
// gates in one hosted job, and refuses pull requests from forks before they reach a device.
import { InputError } from "../errors.js";
import type { InitModel } from "./init-inputs.js";
import { yamlString } from "./yaml-text.js";

export const LAYOUTS = ["single", "fleet"] as const;
export type Layout = (typeof LAYOUTS)[number];

export interface InitWorkflowOptions {
  layout: Layout;
  models: readonly InitModel[];
  /** What `npx` runs: `dnntune@0.1.0`, so a workflow keeps the version that wrote it. */
  dnntune: string;
}

/** A word for bash: as it is when nothing in it is special, else single-quoted. */
export function shellWord(text: string): string {
  return /^[A-Za-z0-9_./:=,@%+-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * Text from a model or a flag that goes into the workflow. GitHub evaluates `${{ … }}` anywhere
 * in a workflow, so a path holding it would run as an expression; a line break would end the
 * script line. Both are refused.
 */
function checkWorkflowText(text: string, what: string, field = "models"): string {
  if (text.includes("${{") || /[\r\n\0]/.test(text)) {
    throw new InputError(field, `${JSON.stringify(text)} (${what}) cannot go into a workflow: it holds \${{ or a line break; rename it`);
  }
  return text;
}

/** The results file of each model: its name made safe for a path, unique among the models. */
export function resultsNames(models: readonly InitModel[]): string[] {
  const taken = new Set<string>();
  return models.map((model) => {
    const base = (model.path.split("/").pop() ?? "model").replace(/\.onnx$/i, "").replace(/[^A-Za-z0-9_.-]/g, "_").replace(/^\.+/, "_").replace(/\.base$/, ".base_") || "model";
    let name = base;
    for (let k = 2; taken.has(name); k++) name = `${base}-${k}`;
    taken.add(name);
    return name;
  });
}

/** The onnxruntime-node that dnntune's profiles and fingerprints are tested with. */
export const ORT_NODE_VERSION = "1.30.0";

function benchScript(model: InitModel, results: string, dnntune: string): string[] {
  const flags = [
    ...model.inputs.map(([name, shape]) => `--input ${shellWord(`${checkWorkflowText(name, "an input name", "inputShapes")}=${shape.join("x") || "scalar"}`)}`),
    ...model.values.map(([name, values]) => `--input-value ${shellWord(`${checkWorkflowText(name, "an input name", "inputValues")}=${values.join(",")}`)}`),
    "--device \"$DEVICE\"",
    `--out dnntune-results/${results}.json`,
  ].join(" ");
  // onnxruntime-node is an optional peer of dnntune: the bench steps bring the version it is
  // tested with (its install script is skipped by ONNXRUNTIME_NODE_INSTALL in the job's env).
  const npx = `npx --yes -p ${dnntune} -p onnxruntime-node@${ORT_NODE_VERSION} dnntune`;
  return [
    `model=${shellWord(checkWorkflowText(model.path, "a model path"))}`,
    "mkdir -p dnntune-results",
    "if [ -n \"$BASE_SHA\" ] && git cat-file -e \"$BASE_SHA:$model\" 2>/dev/null; then",
    "  git show \"$BASE_SHA:$model\" > \"$RUNNER_TEMP/dnntune-base.onnx\"",
    `  ${npx} bench --model "$model" --base-model "$RUNNER_TEMP/dnntune-base.onnx" ${flags}`,
    "else",
    `  ${npx} bench --model "$model" ${flags}`,
    "fi",
  ];
}

/** Compares every paired base/head the bench steps wrote; fails when a model regressed. */
function gateScript(dnntune: string): string[] {
  return [
    "status=0",
    "for base in dnntune-results/*.base.json dnntune-results/*/*.base.json; do",
    "  [ -e \"$base\" ] || continue",
    "  head=\"${base%.base.json}.json\"",
    `  npx --yes ${dnntune} compare --base "$base" --head "$head" --out "\${base%.base.json}.comparison.json" --fail-on-regression || status=$?`,
    "done",
    "exit \"$status\"",
  ];
}

function block(lines: readonly string[], indent: string): string[] {
  return lines.map((line) => (line === "" ? "" : `${indent}${line}`));
}

function benchSteps(models: readonly InitModel[], dnntune: string, indent: string): string[] {
  const names = resultsNames(models);
  return models.flatMap((model, i) => [
    `${indent}- name: ${yamlString(`Benchmark ${checkWorkflowText(model.path, "a model path")}`)}`,
    `${indent}  shell: bash`,
    `${indent}  run: |`,
    ...block(benchScript(model, names[i]!, dnntune), `${indent}    `),
  ]);
}

const CHECKOUT = [
  "- uses: actions/checkout@v4",
  "  with:",
  "    fetch-depth: 0   # the base revision of each model, for paired runs",
  "- uses: actions/setup-node@v4",
  "  with:",
  "    node-version: 24",
];

const HEADER = [
  "# .github/workflows/dnntune.yml, written by `dnntune init`: benchmark the models of",
  "# dnntune.yml and fail a pull request that makes one of them slower.",
  "name: dnntune",
  "on:",
  "  pull_request:",
  "  push:",
  "    branches: [main]",
  "permissions:",
  "  contents: read",
  "jobs:",
];

export function initWorkflow({ layout, models, dnntune }: InitWorkflowOptions): string {
  switch (layout) {
    case "single": return singleWorkflow(models, dnntune);
    case "fleet": return fleetWorkflow(models, dnntune);
  }
}

/** The step that compares every paired base/head on a pull request and fails on a regression. */
function gateStep(title: string, dnntune: string): string[] {
  return [
    `      - name: ${title}`,
    "        if: github.event_name == 'pull_request'",
    "        shell: bash",
    "        run: |",
    ...block(gateScript(dnntune), "          "),
  ];
}

/** A bench job's env and steps on one device: check out, benchmark each model, upload the results. */
function benchJobBody(models: readonly InitModel[], dnntune: string, device: string): string[] {
  return [
    "    env:",
    `      DEVICE: ${device}`,
    "      ONNXRUNTIME_NODE_INSTALL: skip   # its install script only fetches CUDA libraries",
    "      BASE_SHA: ${{ github.event.pull_request.base.sha }}",
    "    steps:",
    ...block(CHECKOUT, "      "),
    ...benchSteps(models, dnntune, "      "),
    "      - uses: actions/upload-artifact@v4",
    "        if: always()",
    "        with:",
    `          name: dnntune-results-${device}`,
    "          path: dnntune-results/",
    "          if-no-files-found: ignore",
  ];
}

function singleWorkflow(models: readonly InitModel[], dnntune: string): string {
  return [
    ...HEADER,
    "  dnntune:",
    "    runs-on: ubuntu-latest",
    ...benchJobBody(models, dnntune, "local"),
    ...gateStep("Gate (compare each model with its base)", dnntune),
    "",
  ].join("\n");
}

function fleetWorkflow(models: readonly InitModel[], dnntune: string): string {
  return [
    ...HEADER,
    "  # Self-hosted runners must not run code from forks: this job fails a fork's pull request",
    "  # before any device runner picks it up.",
    "  fork-check:",
    "    runs-on: ubuntu-latest",
    "    steps:",
    "      - name: Refuse pull requests from forks",
    "        if: github.event_name == 'pull_request' && github.event.pull_request.head.repo.full_name != github.repository",
    "        run: |",
    "          echo \"::error::dnntune benchmarks on self-hosted runners and does not run pull requests from forks; a maintainer can push the branch to this repository to benchmark it.\"",
    "          exit 1",
    "  bench:",
    "    needs: fork-check",
    "    strategy:",
    "      fail-fast: false",
    "      matrix:",
    "        # One entry per device of dnntune.yml, each on the self-hosted runner that drives it:",
    "        # give that runner a label of its own (e.g. pixel7) and add it to `runner`.",
    "        include:",
    "          - device: local",
    "            runner: [self-hosted, linux]",
    "    runs-on: ${{ matrix.runner }}",
    ...benchJobBody(models, dnntune, "${{ matrix.device }}"),
    "  gate:",
    "    needs: bench",
    "    runs-on: ubuntu-latest",
    "    steps:",
    "      - uses: actions/checkout@v4   # dnntune.yml: the gate's threshold, alpha, min-abs and fail-on",
    "      - uses: actions/setup-node@v4",
    "        with:",
    "          node-version: 24",
    "      - uses: actions/download-artifact@v4",
    "        with:",
    "          pattern: dnntune-results-*",
    "          path: dnntune-results",
    ...gateStep("Gate (compare each model with its base on every device)", dnntune),
    "",
  ].join("\n");
}
