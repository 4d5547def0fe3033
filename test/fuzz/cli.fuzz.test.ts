// Fuzz the command line: random flags, values and files for compare and split, and bench
// command lines that fail before any model runs. Every one ends with status 0 or 1 and a
// "wrote" line (or its help), or status 2 and one line on stderr (one per problem of a file) — never 70 (a bug) and never a stack trace.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Results } from "../../src/results/types.js";
import { runCli } from "../run-cli.js";
import { budget } from "./budget.js";
import { benchLine, commandLine, mutatedFiles, Workspace } from "./cli-args.js";

const ws = new Workspace();
const cwd = process.cwd();
// Relative paths in random command lines (an --out of "a") land in the workspace, not the repo.
beforeAll(() => process.chdir(ws.dir));
afterAll(() => {
  process.chdir(cwd);
  rmSync(ws.dir, { recursive: true, force: true });
});

async function keepsItsContract(argv: string[], files: [string, Uint8Array]): Promise<void> {
  ws.reset(...files);
  const { status, stdout, stderr } = await runCli(argv);
  const shown = JSON.stringify(argv.map((a) => a.replace(ws.dir, "$WS")));
  expect(status, `${shown}\n${stderr}`).toBeOneOf([0, 1, 2]);
  if (status === 2) {
    // One line, or one per problem of a file: each its own `dnntune:` line.
    expect(stderr, shown).toMatch(/^(dnntune: [^\n]+\n)+$/);
  } else if (argv.includes("--help") || argv.includes("-h")) {
    expect(stdout, shown).toMatch(/^usage: dnntune /);
  } else {
    // The last line names the file written (a name may itself hold a newline).
    expect(stdout, shown).toMatch(/\nwrote [^]+\n$/);
  }
}

describe("the CLI under fuzzing", () => {
  it("compare: any command line exits 0, 1 or 2 with one line, never 70", async () => {
    await fc.assert(fc.asyncProperty(commandLine("compare", ws), mutatedFiles, keepsItsContract), budget(0.5));
  });

  it("split: any command line exits 0 or 2 with one line, never 70", async () => {
    await fc.assert(fc.asyncProperty(commandLine("split", ws), mutatedFiles, keepsItsContract), budget(0.5));
  });

  it("bench: command lines with missing or broken models exit 2 with one line, before any run", async () => {
    await fc.assert(fc.asyncProperty(benchLine(ws), mutatedFiles, async (argv, files) => {
      ws.reset(...files);
      const { status, stdout, stderr } = await runCli(argv);
      if (argv.includes("--help") || argv.includes("-h")) {
        expect(status).toBe(0);
        expect(stdout).toMatch(/^usage: dnntune bench /);
        return;
      }
      expect(status, `${JSON.stringify(argv)}\n${stderr}`).toBe(2);
      expect(stderr).toMatch(/^(dnntune: [^\n]+\n)+$/);
      expect(stdout).toBe("");
    }), budget(0.5));
  });

  // The shortest cases the fuzzer found when given broken results (the property is in
  // test/fuzz/read-results.fuzz.test.ts); each once exited 70 with a stack trace.
  const spoiled = (spoil: (r: Results) => void) => {
    const r = JSON.parse(readFileSync(ws.path("base.json"), "utf8")) as Results;
    spoil(r);
    writeFileSync(ws.path("spoiled.json"), JSON.stringify(r));
    return ws.path("spoiled.json");
  };
  it.each([
    ["compare", "results without device.fingerprint", (r: Results) => { delete (r.device as Partial<Results["device"]>).fingerprint; }],
    ["compare", "models[].warnings that is not an array", (r: Results) => { (r.models[0] as { warnings: unknown }).warnings = false; }],
    ["compare", "a graph without tensors", (r: Results) => { delete (r.models[1]!.graph as Partial<Results["models"][0]["graph"]>).tensors; }],
    ["compare", "layers[].covers holding an object", (r: Results) => { (r.models[1]!.layers[0]!.covers as unknown[]) = [{ toString: 1 }]; }],
    ["split", "graph.nodes[].outputs that is a string", (r: Results) => { (r.models[1]!.graph.nodes[0]!.outputs as unknown) = "x"; }],
    ["split", "graph.outputs that is a number", (r: Results) => { (r.models[0]!.graph.outputs as unknown) = 0; }],
  ])("%s with %s exits 2 naming the file", async (command, _, spoil) => {
    ws.reset("{}", new Uint8Array());
    const file = spoiled(spoil);
    const argv = command === "compare"
      ? ["compare", "--base", ws.path("base.json"), "--head", file, "--out", ws.path("out.json")]
      : ["split", "--mobile", file, "--cloud", ws.path("base.json"), "--out", ws.path("out.json")];
    const { status, stderr } = await runCli(argv);
    expect(status).toBe(2);
    expect(stderr).toContain(file);
  });

  it("compare --out under a regular file exits 2 naming --out", async () => {
    ws.reset("{}", new Uint8Array());
    const { status, stderr } = await runCli(["compare", "--base", ws.path("base.json"), "--head", ws.path("head.json"), "--out", ws.path("base.json/out.json")]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^dnntune: --out: /);
  });

  it("bench --model with a glob holding [ exits 2 naming --model", async () => {
    const { status, stderr } = await runCli(["bench", "--model", ws.path("[.onnx"), "--out", ws.path("out.json")]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^dnntune: --model: /);
  });
});
