// No meter here: bench says once how it models energy, and the label `modelled` follows it through
// the results, the comparison, the comment and the HTML report; modelled energy never gates.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Comparison } from "../../src/compare/types.js";
import type { Results } from "../../src/results/types.js";
import { runCli } from "../run-cli.js";

const FIXTURES = new URL("../../fixtures/", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "dnntune-energy-"));
const file = (name: string) => join(dir, name);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("modelled energy, labelled all the way", () => {
  it("bench → compare → gate → report: every output says modelled, and the gate does not fail on it", async () => {
    const bench = await runCli(["bench", "--model", `${FIXTURES}demo/mlp.onnx`, "--base-model", `${FIXTURES}models/mlp.onnx`, "--threads", "1", "--runs", "20", "--max-runs", "20", "--profile-runs", "5", "--out", file("head.json")]);
    expect(bench.status, bench.stderr).toBe(0);
    // Said once.
    expect(bench.stdout.match(/energy on local: no meter, so it is modelled as 2\.5 W \(the default; declare devices\.local\.power\.active-w\) × latency, and labelled modelled/g)).toHaveLength(1);
    const head = JSON.parse(readFileSync(file("head.json"), "utf8")) as Results;
    const energy = head.models[0]!.energy!;
    expect(energy).toMatchObject({ unit: "mJ", source: "modelled", watts: 2.5 });
    // µs × W = µJ; / 1000 = mJ.
    expect(energy.samples[0]).toBeCloseTo((head.models[0]!.latency.samples[0]! * 2.5) / 1000, 5);

    expect((await runCli(["compare", "--base", file("head.base.json"), "--head", file("head.json"), "--out", file("comparison.json")])).status).toBe(0);
    const comparison = JSON.parse(readFileSync(file("comparison.json"), "utf8")) as Comparison;
    const e = comparison.endpoints.find((x) => x.metric === "energy")!;
    expect(e).toMatchObject({ energySource: "modelled", paired: true });

    const gate = await runCli(["gate", "--comparison", file("comparison.json"), "--fail-on", "energy", "--comment-out", file("comment.md")]);
    const comment = readFileSync(file("comment.md"), "utf8");
    expect(comment).toMatch(/\| `mlp` \| `local` \| energy \(modelled\) \|/);
    expect(comment).toMatch(/fail-on names energy, but no energy was measured/);
    expect(comment).toContain(`title "Energy per inference, mJ (modelled)"`);
    // fail-on energy alone: modelled energy cannot fail it, whatever latency did.
    expect(gate.status).toBe(0);

    expect((await runCli(["report", "--comparison", file("comparison.json"), "--format", "html", "--out", file("report.html")])).status).toBe(0);
    expect(readFileSync(file("report.html"), "utf8")).toContain(`energy <span class="muted">(modelled)</span>`);
  }, 120_000);

  it("a meter this machine cannot read is said once, and energy is modelled at the declared power", async () => {
    // No /sys/class/powercap here (a VM): rapl cannot read, whatever the file asks.
    writeFileSync(file("rapl.yml"), "devices:\n  local:\n    transport: local\n    meter: rapl\n    power: { active-w: 4 }\n");
    const bench = await runCli(["bench", "--model", `${FIXTURES}models/mlp.onnx`, "--config", file("rapl.yml"), "--runs", "5", "--profile-runs", "2", "--layer-energy", "--out", file("rapl.json")]);
    expect(bench.status, bench.stderr).toBe(0);
    expect(bench.stdout.match(/energy on local: meter rapl cannot be read here \(.*\), so it is modelled as 4 W \(devices\.local\.power\.active-w\) × latency, and labelled modelled/g)).toHaveLength(1);
    const model = (JSON.parse(readFileSync(file("rapl.json"), "utf8")) as Results).models[0]!;
    expect(model.energy).toMatchObject({ source: "modelled", watts: 4 });
    // --layer-energy: the median energy apportioned to every layer by its share of kernel time.
    const layers = model.energy!.layers!;
    expect(layers.map((l) => l.name)).toEqual(model.layers.map((l) => l.name));
    const sorted = [...model.energy!.samples].sort((a, b) => a - b);
    expect(layers.reduce((a, l) => a + l.mJ, 0)).toBeCloseTo(sorted[Math.floor(sorted.length / 2)]!, 4);
  }, 120_000);
});
