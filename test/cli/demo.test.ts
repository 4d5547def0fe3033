import { describe, expect, it } from "vitest";
import { demoSpec } from "../../src/cli/demo.js";
import { runCli } from "../run-cli.js";

describe("dnntune demo", () => {
  it("--help shows its one option", async () => {
    const { status, stdout } = await runCli(["demo", "--help"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^ {2}--out DIR +folder for every file the demo writes \(default \.dnntune\)$/m);
    expect(demoSpec.options.map((o) => o.flag)).toEqual(["out"]);
  });

  it("refuses what it does not take, in one line", async () => {
    const { status, stderr } = await runCli(["demo", "--runs", "3"]);
    expect(status).toBe(2);
    expect(stderr).toBe("dnntune: --runs: Unknown option '--runs' (dnntune demo --help lists the options)\n");
  });
});
