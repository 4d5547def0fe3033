// Energy measured by a meter, through the whole pipeline: a `command` meter (a real program
// printing time_s,power_w lines; here power follows this machine's CPU use) → the energy phase
// (idle first, batches ≥ 1 s, base and head alternating) → compare (paired energy) → the gate with
// fail-on: energy. The head is mlp made about three times as slow by real extra work, so it draws
// more energy per inference: a regression on energy, and the gate fails.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { slowerVariant } from "../../bench/calibration/slower-variant.js";
import type { Comparison } from "../../src/compare/types.js";
import type { Results } from "../../src/results/types.js";
import { runCli } from "../run-cli.js";

const MLP = new URL("../../fixtures/models/mlp.onnx", import.meta.url).pathname;
const METER = new URL("../helpers/cpu-power-meter.mjs", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "dnntune-energy-"));
const file = (name: string) => join(dir, name);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("measured energy with a command meter", () => {
  it("bench measures energy per inference paired; a head that draws more is an energy regression and fails the gate", async () => {
    copyFileSync(MLP, file("base.onnx"));
    writeFileSync(file("head.onnx"), slowerVariant(readFileSync(MLP), { ops: 60, elements: 65_536 }));
    writeFileSync(file("dnntune.yml"), `devices:\n  local:\n    transport: local\n    threads: 1\n    meter: { type: command, argv: [${JSON.stringify(process.execPath)}, ${JSON.stringify(METER)}] }\n`);
    const bench = await runCli(["bench", "--model", file("head.onnx"), "--base-model", file("base.onnx"), "--config", file("dnntune.yml"), "--runs", "10", "--max-runs", "10", "--profile-runs", "3", "--out", file("head.json")]);
    expect(bench.status, bench.stderr).toBe(0);
    expect(bench.stdout).toMatch(/energy on local: measured by meter command/);
    const head = JSON.parse(readFileSync(file("head.json"), "utf8")) as Results;
    const energy = head.models[0]!.energy!;
    expect(energy.source).toBe("measured:command");
    expect(energy.idleW).toBeGreaterThan(1.5);
    expect(energy.paired!.headSamples).toEqual(energy.samples);

    expect((await runCli(["compare", "--base", file("head.base.json"), "--head", file("head.json"), "--out", file("comparison.json")])).status).toBe(0);
    const comparison = JSON.parse(readFileSync(file("comparison.json"), "utf8")) as Comparison;
    const e = comparison.endpoints.find((x) => x.metric === "energy")!;
    expect(e).toMatchObject({ energySource: "measured:command", paired: true, verdict: "regression" });

    const gate = await runCli(["gate", "--comparison", file("comparison.json"), "--fail-on", "energy", "--comment-out", file("comment.md")]);
    expect(gate.status).toBe(1);
    const comment = readFileSync(file("comment.md"), "utf8");
    expect(comment).toMatch(/\| `head` \| `local` \| energy \|/);
    expect(comment).toContain(`title "Energy per inference, mJ"`);
    expect(comment).toContain("energy per inference (measured), mJ");
  }, 180_000);
});
