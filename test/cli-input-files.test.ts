// Files from outside through the CLI: a malformed results or config file is exit 2 with one line
// per problem, each naming the file and field; never exit 70, never a hang.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";
import { cnnLayers, model, noisy, results } from "./compare/fixtures.js";

const dir = mkdtempSync(join(tmpdir(), "cli-input-files-"));
const layers = (scale: number) => cnnLayers((i, op) => `${op.toLowerCase()}_${i}`, scale, 7);
const valid = (device: string, scale = 1) => results([model("cnn", noisy(2000 * scale, 30, 0.02, 3), layers(scale))], device);

function write(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof value === "string" ? value : JSON.stringify(value));
  return path;
}

// The tests reach into the parsed JSON to break any field; a type would only be cast away.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** Valid results with `spoil` applied to the parsed JSON. */
function spoiled(name: string, spoil: (r: Json) => void, device = "host"): string {
  const value = JSON.parse(JSON.stringify(valid(device)));
  spoil(value);
  return write(name, value);
}

const compare = (base: string, head: string) => runCli(["compare", "--base", base, "--head", head, "--out", join(dir, "comparison.json")]);
const split = (mobile: string, cloud: string, ...more: string[]) => runCli(["split", "--mobile", mobile, "--cloud", cloud, "--network", "wifi", "--objective", "latency", "--out", join(dir, "split.json"), ...more]);

describe("results files that crashed compare and split (exit 70) now exit 2 naming the field", () => {
  const head = write("head.json", valid("host", 1.3));
  const cloud = write("cloud.json", valid("cloud", 0.1));

  it.each([
    ["device.fingerprint", (r: Json) => { delete r.device.fingerprint; }, "device.fingerprint: expected an object; got nothing"],
    ["graph.tensors", (r: Json) => { delete r.models[0].graph.tensors; }, "models[0].graph.tensors: expected an object; got nothing"],
    ["covers [1, 2]", (r: Json) => { r.models[0].layers[3].covers = [1, 2]; }, "models[0].layers[3].covers[0]: expected a string; got 1"],
  ])("without %s: compare and split exit 2", async (name, spoil, line) => {
    const bad = spoiled(`no-${name.replace(/\W/g, "-")}.json`, spoil);
    for (const run of [await compare(bad, head), await split(bad, cloud)]) {
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`dnntune: ${bad}: ${line}\n`);
      expect(run.stderr).not.toContain("    at ");
    }
  });

  it("results without models[].warnings are read as no warnings (a v1 default)", async () => {
    const base = spoiled("no-warnings.json", (r) => { delete r.models[0].warnings; });
    const run = await compare(base, head);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it("prints every problem of a file on its own line", async () => {
    const bad = spoiled("many.json", (r) => {
      delete r.device.fingerprint;
      r.models[0].latency.samples[2] = -1;
      r.models[0].layers[0].covers = [1];
    });
    const run = await compare(bad, head);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe([
      `dnntune: ${bad}: device.fingerprint: expected an object; got nothing`,
      `dnntune: ${bad}: models[0].latency.samples[2]: expected a finite number ≥ 0; got -1`,
      `dnntune: ${bad}: models[0].layers[0].covers[0]: expected a string; got 1`,
      "",
    ].join("\n"));
  });

  it("refuses results from a newer dnntune, naming the version", async () => {
    const bad = spoiled("v2.json", (r) => { r.schema = "dnntune.results/v2"; });
    const run = await compare(bad, head);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`dnntune: ${bad}: schema: "dnntune.results/v2" is newer than this dnntune reads (dnntune.results/v1); upgrade dnntune\n`);
  });
});

describe("special files given as inputs are refused without hanging", () => {
  const head = write("head2.json", valid("host"));

  it("a FIFO as --base", { timeout: 5000 }, async () => {
    const fifo = join(dir, "base.fifo");
    execFileSync("mkfifo", [fifo]);
    const run = await compare(fifo, head);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`dnntune: --base: ${fifo} is a FIFO (named pipe), not a regular file; give a results file written by \`dnntune bench\`\n`);
  });

  it("/dev/zero as --config", { timeout: 5000 }, async () => {
    const run = await split(head, write("cloud2.json", valid("cloud", 0.1)), "--config", "/dev/zero");
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("dnntune: --config: /dev/zero is a character device, not a regular file; give a dnntune.yml\n");
  });

  it("a config with a typo suggests the key", async () => {
    const config = write("dnntune.yml", "devices:\n  host:\n    pwoer: { active-w: 3 }\n");
    const run = await split(head, write("cloud3.json", valid("cloud", 0.1)), "--config", config);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`dnntune: ${config}: devices.host.pwoer: unknown key; did you mean "power"?\n`);
  });
});
