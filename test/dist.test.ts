// The committed bundle is what users run: it must match the sources.
import { execFileSync, spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const root = new URL("../", import.meta.url).pathname;

describe("dist/", () => {
  it("matches a fresh bundle of src/", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dist-"));
    // @ts-expect-error: a plain .mjs script without types
    const { bundles } = (await import("../scripts/bundle.mjs")) as { bundles: { outfile: string }[] };
    for (const options of bundles) {
      const out = join(dir, options.outfile);
      await build({ ...options, absWorkingDir: root, outfile: out });
      expect(readFileSync(out, "utf8") === readFileSync(join(root, options.outfile), "utf8"), `${options.outfile} is stale: run npm run bundle`).toBe(true);
    }
  });

  it("runs as `dnntune` through bin/ and exits 2 with a usage line on a bad command", () => {
    let status = 0, stderr = "";
    try {
      execFileSync(process.execPath, [join(root, "bin/dnntune.js"), "frobnicate"], { stdio: "pipe" });
    } catch (error) {
      status = (error as { status: number }).status;
      stderr = String((error as { stderr: Buffer }).stderr);
    }
    expect(status).toBe(2);
    expect(stderr).toMatch(/^dnntune: command: unknown command "frobnicate"/);
  });
});

describe("dnntune writing to a standard output that fails", () => {
  it("a full disk under stdout is one line and status 2, not a stack trace", () => {
    const full = openSync("/dev/full", "w");
    const run = spawnSync(process.execPath, [join(root, "bin/dnntune.js"), "--help"], { stdio: ["ignore", full, "pipe"], encoding: "utf8" });
    closeSync(full);
    expect(run.stderr).toBe("dnntune: cannot write to standard output (ENOSPC)\n");
    expect(run.status).toBe(2);
  });

  it("a reader that went away (`| head -1`) ends the run quietly", () => {
    // `true` exits before node has started, so the write meets a closed pipe (EPIPE): a bare
    // node process dies of it with a stack trace and status 1.
    const run = spawnSync("bash", ["-c", `${JSON.stringify(process.execPath)} ${JSON.stringify(join(root, "bin/dnntune.js"))} --help | true; echo "\${PIPESTATUS[0]}"`], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.stdout.trim()).toBe("0");
  });
});
