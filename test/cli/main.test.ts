import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli.js";
import { EXIT_STATUSES } from "../../src/config/command-options.js";
import { runCli } from "../run-cli.js";
import { expectSafe } from "../hostile-names.js";

const version = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;

describe("dnntune", () => {
  it.each([["--version"], ["-V"]])("%s prints the package version", async (flag) => {
    const { status, stdout, stderr } = await runCli([flag]);
    expect(status).toBe(0);
    expect(stdout).toBe(`dnntune ${version}\n`);
    expect(stderr).toBe("");
  });

  it.each([["--help"], ["-h"], ["help"]])("%s lists every command and every exit status, and exits 0", async (flag) => {
    const { status, stdout } = await runCli([flag]);
    expect(status).toBe(0);
    for (const { spec } of COMMANDS) expect(stdout).toMatch(new RegExp(`^  ${spec.name} +${spec.summary}$`, "m"));
    for (const { status: code, meaning } of EXIT_STATUSES) expect(stdout).toContain(`${String(code).padEnd(3)} ${meaning}`);
  });

  it("help <command> is <command> --help", async () => {
    expect(await runCli(["help", "split"])).toEqual(await runCli(["split", "--help"]));
  });

  it("without a command prints the usage on stderr and exits 2", async () => {
    const { status, stdout, stderr } = await runCli([]);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^usage: dnntune <command>/);
  });

  it("refuses an unknown command in one line", async () => {
    const { status, stderr } = await runCli(["frobnicate"]);
    expect(status).toBe(2);
    expect(stderr).toBe('dnntune: command: unknown command "frobnicate"; expected one of init, bench, compare, split, gate, report, export, config, devices, demo (dnntune --help)\n');
  });

  it("escapes a hostile command name", async () => {
    const { stderr } = await runCli(["\n::error::forged\x1b[2J"]);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expectSafe(stderr);
  });
});

describe("dnntune <command> --help", () => {
  for (const { spec } of COMMANDS) {
    it(`${spec.name} --help exits 0 and lists every option of its table with its default`, async () => {
      const { status, stdout, stderr } = await runCli([spec.name, "--help"]);
      expect(status).toBe(0);
      expect(stderr).toBe("");
      expect(stdout).toMatch(new RegExp(`^usage: dnntune ${spec.name} `));
      for (const option of spec.options) {
        const line = stdout.split("\n").find((l) => l.startsWith(`  --${option.flag}${option.placeholder ? ` ${option.placeholder}` : ""} `));
        expect(line, `--${option.flag}`).toBeDefined();
        if (option.default !== undefined) expect(line).toContain(`default ${option.default}`);
      }
      expect(stdout).toContain("exit status:");
    });

    it(`${spec.name} -h wins over other flags, even wrong ones`, async () => {
      const { status, stdout } = await runCli([spec.name, "--no-such-flag", "-h"]);
      expect(status).toBe(0);
      expect(stdout).toMatch(new RegExp(`^usage: dnntune ${spec.name} `));
    });
  }
});
