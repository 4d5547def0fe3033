// `dnntune init`: find the repository's models → read their inputs → shapes for the dynamic ones
// (flags, a terminal, or an error that prints the flags to add) → a smoke benchmark on this CPU →
// write dnntune.yml and .github/workflows/dnntune.yml, never over an existing file unless --force.
import { execFileSync } from "node:child_process";
import { existsSync, realpathSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, relative, resolve, sep } from "node:path";
import packageJson from "../../package.json" with { type: "json" };
import { runBench } from "../bench/run-bench.js";
import { findModels, repositoryModels } from "../bench/find-models.js";
import { loadModel } from "../bench/bench-model.js";
import { BENCH_DEFAULTS } from "../config/bench-args.js";
import { parseCommandArgs, type CommandSpec } from "../config/command-options.js";
import { configSchemaUrl, initConfig } from "../config/init-config.js";
import {
  declaredText, parseScopedShapes, parseScopedValues, resolveInputs, shapeProblem, suggestedFlags,
  type InitModel, type MissingInput, type ModelInputs,
} from "../config/init-inputs.js";
import { initWorkflow, LAYOUTS, type Layout } from "../config/init-workflow.js";
import { parseShape } from "../config/parse-shape.js";
import { shellWord } from "../config/shell-word.js";
import { InputError } from "../errors.js";
import { formatUs } from "../report/bench-summary.js";
import { progressReporter } from "../report/progress-reporter.js";
import { terminalLines, terminalText } from "../report/terminal-text.js";
import { writtenFiles } from "../report/written-files.js";
import { checkOutputs } from "../results/output-paths.js";
import { writeTextAtomic } from "../results/write-results.js";
import { makeTempDir, removeTemp } from "../temp-files.js";
import { quantile } from "../stats/index.js";
import type { Command, Io } from "./io.js";

export const CONFIG_FILE = "dnntune.yml";
export const WORKFLOW_FILE = ".github/workflows/dnntune.yml";
/** What to do once the files are written: a fleet needs its runners and the forks' environment first. */
const NEXT: Record<Layout, string> = {
  single: "next: commit both files and open a pull request; the dnntune check fails when a model gets slower.",
  fleet: `next: register the self-hosted runners the workflow's matrix names (its comments say how; forks' pull requests are not benchmarked unless you add the README's approval job), then commit both files and open a pull request; the gate check fails when a model gets slower.`,
};
/** Runs of the smoke benchmark: enough to prove the configuration runs, not to measure it. */
const SMOKE = { runs: 3, warmupRuns: 1, profileRuns: 1, timeBudgetS: 1, energyBatches: 2 };

export const initSpec: CommandSpec = {
  name: "init",
  summary: "set up a repository: write dnntune.yml and a workflow for its models, then benchmark them once",
  options: [
    { flag: "dir", type: "string", placeholder: "DIR", default: ".", field: "dir", help: "the repository to set up (its root: the workflow goes under `.github/`)" },
    { flag: "model", type: "string", multiple: true, placeholder: "FILE|DIR|GLOB", field: "models", help: "the models to configure, as `bench` takes them; without it, every `.onnx` file git does not ignore (outside git, every one not under node_modules)" },
    { flag: "input", type: "string", multiple: true, placeholder: "[MODEL:]NAME=SHAPE", field: "inputShapes", help: "shape for a dynamic input, for every model with that input or for MODEL (its path) alone" },
    { flag: "input-value", type: "string", multiple: true, placeholder: "[MODEL:]NAME=V[,V…]", field: "inputValues", help: "values for an input that must hold something specific (e.g. `sr=16000`)" },
    { flag: "layout", type: "string", placeholder: "LAYOUT", default: "single", field: "layout", help: "`single`: one hosted job; `fleet`: a matrix of self-hosted device runners and a gate job" },
    { flag: "force", type: "boolean", field: "force", help: "overwrite dnntune.yml and the workflow when they exist" },
    { flag: "no-smoke", type: "boolean", field: "noSmoke", help: "skip the smoke benchmark on this CPU" },
  ],
  notes: [
    "examples:",
    "  dnntune init",
    "  dnntune init --model models/vad.onnx --input input=1x512 --input h=2x1x64 --input c=2x1x64 --input-value sr=16000",
    "  dnntune init --layout fleet --input models/a.onnx:x=1x64 --input models/b.onnx:x=8x64",
    "",
    "A dynamic input with no --input is asked for on a terminal; elsewhere init exits 2 and prints the flags to add.",
  ],
};

interface InitFlags {
  dir?: string;
  model?: string[];
  input?: string[];
  "input-value"?: string[];
  layout?: string;
  force?: boolean;
  "no-smoke"?: boolean;
}

async function run(args: string[], io: Io): Promise<number> {
  const flags = parseCommandArgs(args, initSpec) as InitFlags;
  const dir = flags.dir ?? ".";
  checkRepositoryRoot(dir);
  const layout = layoutOf(flags.layout ?? "single");
  // Both files are checked before anything is read or run, so neither is written if one cannot be.
  const configPath = join(dir, CONFIG_FILE);
  const workflowPath = join(dir, WORKFLOW_FILE);
  for (const [field, path] of [["config", configPath], ["workflow", workflowPath]] as const) {
    if (!flags.force && existsSync(path)) throw new InputError("force", (name) => `${path} exists; init writes neither file while one exists (move it away, or give ${name("force")} to overwrite both)`);
    checkOutputs([{ flag: field, path, replaces: "any" }], []);
  }

  const paths = modelPaths(dir, flags.model);
  const models = paths.map((path): ModelInputs => {
    const { model } = loadModel(join(dir, path));
    return { path, inputs: model.graph.inputs.map((name) => ({ name, shape: model.graph.tensors.get(name)?.shape ?? null })) };
  });
  const shapes = parseScopedShapes(flags.input ?? [], paths);
  const values = parseScopedValues(flags["input-value"] ?? [], paths);
  const first = resolveInputs(models, shapes, values);
  let resolved = first.models;
  if (first.missing.length > 0) {
    if (!io.ask) throw missingInputsError(first.missing);
    // The answers are flags for one model each: resolved again, nothing is missing any more.
    const answers = await askShapes(first.missing, models, io.ask, io.stderr);
    resolved = resolveInputs(models, [...shapes, ...answers], values).models;
  }

  const configText = initConfig({ models: resolved, schema: configSchemaUrl(packageJson.version) });
  const workflowText = initWorkflow(layout);
  if (!flags["no-smoke"]) await smoke(dir, resolved, io);
  writeTextAtomic(configPath, configText, "config", "any");
  writeTextAtomic(workflowPath, workflowText, "workflow", "any");
  io.stdout(`${writtenFiles([{ path: configPath, note: `${resolved.length} model${resolved.length === 1 ? "" : "s"}` }, { path: workflowPath, note: `layout ${layout}` }])}`
    + `${NEXT[layout]}\n`);
  return 0;
}

/** `dir` is a folder, and the root of its git work tree: GitHub reads workflows only there. */
function checkRepositoryRoot(dir: string): void {
  let folder = false;
  try {
    folder = statSync(dir).isDirectory();
  } catch {
    // reported below
  }
  if (!folder) throw new InputError("dir", `${dir} is not a folder; give the repository to set up`);
  let top: string | undefined;
  try {
    top = execFileSync("git", ["rev-parse", "--show-toplevel"], { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return; // not in git: any folder will do
  }
  if (realpathSync(top) !== realpathSync(dir)) {
    throw new InputError("dir", `${dir} is inside the git repository ${top}; run init at its root, where GitHub reads .github/workflows (dnntune.yml goes there too)`);
  }
}

function layoutOf(text: string): Layout {
  if (!(LAYOUTS as readonly string[]).includes(text)) throw new InputError("layout", `expected one of ${LAYOUTS.join(", ")}; got "${text}"`);
  return text as Layout;
}

/** The models, relative to `dir` with `/`: the ones `--model` names, or every one in the repository. */
function modelPaths(dir: string, patterns: readonly string[] | undefined): string[] {
  if (patterns && patterns.length > 0) {
    // As typed: relative to the current folder, like every other path on the command line.
    return findModels(patterns).map((p) => {
      const path = relative(resolve(dir), resolve(dir, p)).split(sep).join("/");
      if (path.startsWith("../")) throw new InputError("models", `${p} is outside ${dir}; dnntune.yml names models inside the repository`);
      return path;
    });
  }
  const found = repositoryModels(dir, gitFiles).filter((p) => existsSync(join(dir, p)));
  if (found.length === 0) throw new InputError("models", (name) => `no .onnx file in ${dir}${gitFiles(dir) ? " that git does not ignore" : ""}; give the models with ${name("models")} FILE|DIR|GLOB`);
  return found;
}

/** The files git knows under `dir` (tracked, or new and not ignored), or undefined outside git. */
function gitFiles(dir: string): string[] | undefined {
  try {
    const out = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: dir, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, stdio: ["ignore", "pipe", "ignore"] });
    return [...new Set(out.split("\0").filter(Boolean))];
  } catch {
    return undefined;
  }
}

function missingInputsError(missing: readonly MissingInput[]): InputError {
  const which = missing.map((m) => `${m.model} input "${m.name}" ${declaredText(m.declared)}`).join(", ");
  const add = suggestedFlags(missing).map((f) => `--input ${shellWord(f)}`).join(" ");
  return new InputError("inputShapes", (name) => `${missing.length === 1 ? "a dynamic input needs" : `${missing.length} dynamic inputs need`} a shape: ${which}; add ${add.replace(/--input /g, `${name("inputShapes")} `)} (1 stands for each open dimension: give the sizes your application runs)`);
}

/** Asks for each missing shape on the terminal; an empty answer takes the suggestion. */
async function askShapes(missing: readonly MissingInput[], models: readonly ModelInputs[], ask: (q: string) => Promise<string>, say: (text: string) => void) {
  const answers = [];
  for (const m of missing) {
    const input = models.find((model) => model.path === m.model)!.inputs.find((i) => i.name === m.name)!;
    for (;;) {
      let answer: string;
      try {
        answer = (await ask(terminalText(`${m.model}: input "${m.name}" is ${declaredText(m.declared)}; shape to benchmark [${m.suggested.join("x")}]: `))).trim();
      } catch (error) {
        // Ctrl-C or Ctrl-D at the prompt: the user left; nothing is written.
        if ((error as Error).name !== "AbortError") throw error;
        say("\n");
        throw new InputError("inputShapes", (name) => `no shape for ${m.model} input "${m.name}": the prompt was closed before an answer; nothing was written (give it with ${name("inputShapes")} ${m.name}=${m.suggested.join("x")})`);
      }
      try {
        const shape = answer === "" ? m.suggested : parseShape(answer, "inputShapes", m.name);
        const problem = shapeProblem(input, shape);
        if (problem) throw new InputError("inputShapes", problem);
        answers.push({ model: m.model, name: m.name, value: shape });
        break;
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        say(`${terminalText(error.describe((field) => (field === "inputShapes" ? "shape" : field)))}\n`);
      }
    }
  }
  return answers;
}

/** A few runs of each model as configured, on this CPU: the configuration runs, or init says why. */
async function smoke(dir: string, models: readonly InitModel[], io: Io): Promise<void> {
  // Nothing is written there: runBench only checks that its results could not overwrite a model.
  const temp = makeTempDir("dnntune-init-");
  const out = join(temp, "smoke.json");
  const lines: string[] = [];
  try {
    for (const model of models) lines.push(await smokeModel(dir, model, out, io));
  } finally {
    removeTemp(temp);
  }
  io.stdout(`${terminalLines(["smoke benchmark on this CPU:", ...lines])}\n`);
}

async function smokeModel(dir: string, model: InitModel, out: string, io: Io): Promise<string> {
  const { head } = await runBench({
    ...SMOKE,
    models: [join(dir, model.path)],
    out,
    threads: availableParallelism(),
    optimization: BENCH_DEFAULTS.optimization,
    providers: ["cpu"],
    inputShapes: new Map(model.inputs),
    inputValues: new Map(model.values),
    seed: BENCH_DEFAULTS.seed,
    deviceName: "local",
    processes: 1,
  }, progressReporter(io.stderr, io.interactive));
  const samples = head.models[0]?.latency.samples ?? [];
  return `  ${model.path}  median ${formatUs(quantile(samples, 0.5))} (${samples.length} runs)`;
}


export const init: Command = { spec: initSpec, run };
