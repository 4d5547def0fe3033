// The committed bundle is what users run: it must match the sources.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
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
