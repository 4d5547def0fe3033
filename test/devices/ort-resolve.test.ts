// The tool-cache layout, its completion marker and two jobs racing to fill one cache, with a fake
// installer that writes a tiny CommonJS package in place of onnxruntime-node.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DeviceError } from "../../src/errors.js";
import { completeMarker, ensureCached, importFrom, isCached, loadFromToolCache, toolCacheDir, type Installer } from "../../src/devices/ort-resolve.js";
import { removeTemp } from "../../src/temp-files.js";

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((root) => removeTemp(root)));
function emptyCache(): string {
  const root = mkdtempSync(join(tmpdir(), "dnntune-toolcache-"));
  roots.push(root);
  return root;
}

/** Writes `node_modules/onnxruntime-node` exporting `{ who }`, as `npm install --prefix` would lay it out. */
function fakePackage(dir: string, who: string): void {
  const pkg = join(dir, "node_modules", "onnxruntime-node");
  mkdirSync(pkg, { recursive: true });
  writeFileSync(join(pkg, "package.json"), JSON.stringify({ name: "onnxruntime-node", version: "1.30.0", main: "index.js" }));
  writeFileSync(join(pkg, "index.js"), `module.exports = { who: ${JSON.stringify(who)} };`);
}

function countingInstaller(who: string, calls: string[], gate?: Promise<void>): Installer {
  return async (dir) => {
    calls.push(who);
    await gate;
    fakePackage(dir, who);
  };
}

describe("the tool-cache layout", () => {
  it("is @actions/tool-cache's: <root>/<tool>/<version>/<arch> and a sibling <arch>.complete", () => {
    const entry = { root: "/opt/hostedtoolcache", version: "1.30.0", arch: "x64" };
    expect(toolCacheDir(entry)).toBe("/opt/hostedtoolcache/onnxruntime-node/1.30.0/x64");
    expect(completeMarker(entry)).toBe("/opt/hostedtoolcache/onnxruntime-node/1.30.0/x64.complete");
  });

  it("a folder without its marker is not cached", () => {
    const entry = { root: emptyCache(), version: "1.30.0", arch: "x64" };
    mkdirSync(toolCacheDir(entry), { recursive: true });
    expect(isCached(entry)).toBe(false);
    writeFileSync(completeMarker(entry), "");
    expect(isCached(entry)).toBe(true);
  });
});

describe("ensureCached", () => {
  it("installs into an empty cache, marks it complete, leaves no temp folder, and reuses it next time", async () => {
    const entry = { root: emptyCache(), version: "1.30.0", arch: "x64" };
    const calls: string[] = [];
    expect(await ensureCached(entry, countingInstaller("first", calls))).toEqual({ kind: "installed", dir: toolCacheDir(entry) });
    expect(isCached(entry)).toBe(true);
    expect(readdirSync(join(entry.root, "onnxruntime-node", "1.30.0")).sort()).toEqual(["x64", "x64.complete"]);
    expect(await ensureCached(entry, countingInstaller("second", calls))).toEqual({ kind: "cached", dir: toolCacheDir(entry) });
    expect(calls).toEqual(["first"]);
  });

  it("two jobs installing into one cache at once: one copy wins whole, both load it, nothing is left half-made", async () => {
    const entry = { root: emptyCache(), version: "1.30.0", arch: "x64" };
    const calls: string[] = [];
    // Both installs start before either finishes, so both reach the rename.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => { release = resolve; });
    const both = Promise.all([
      ensureCached(entry, countingInstaller("a", calls, gate)),
      ensureCached(entry, countingInstaller("b", calls, gate)),
    ]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(calls.sort()).toEqual(["a", "b"]);
    release();
    const outcomes = await both;
    expect(outcomes.map((o) => o.kind).sort()).toEqual(["cached", "installed"]);
    expect(readdirSync(join(entry.root, "onnxruntime-node", "1.30.0")).sort()).toEqual(["x64", "x64.complete"]);
    const loaded = await Promise.all(outcomes.map((o) => importFrom<{ who: string }>(o.dir)));
    expect(new Set(loaded.map((m) => m.who)).size).toBe(1);
  });

  it("a folder renamed into place by a job that died before its marker is used and marked", async () => {
    const entry = { root: emptyCache(), version: "1.30.0", arch: "x64" };
    fakePackage(toolCacheDir(entry), "earlier");
    const outcome = await ensureCached(entry, countingInstaller("late", []));
    expect(isCached(entry)).toBe(true);
    expect((await importFrom<{ who: string }>(outcome.dir)).who).toBe("earlier");
  });

  it("a failed install leaves the cache as it was: no folder, no marker, no temp folder", async () => {
    const entry = { root: emptyCache(), version: "1.30.0", arch: "x64" };
    const failing: Installer = async (dir) => {
      fakePackage(dir, "half");
      throw new DeviceError("local", "install onnxruntime-node 1.30.0 into the tool cache", "npm ERR! network");
    };
    await expect(ensureCached(entry, failing)).rejects.toThrow(/install onnxruntime-node 1\.30\.0 into the tool cache: npm ERR! network/);
    expect(readdirSync(join(entry.root, "onnxruntime-node", "1.30.0"))).toEqual([]);
    expect(existsSync(completeMarker(entry))).toBe(false);
  });
});

describe("an install a killed job left behind", () => {
  it("is swept after an hour; a fresh one (another job's, in progress) is left alone", async () => {
    const root = emptyCache();
    const parent = join(root, "onnxruntime-node", "1.30.0");
    mkdirSync(join(parent, `.${process.arch}.tmp-old`), { recursive: true });
    mkdirSync(join(parent, `.${process.arch}.tmp-new`), { recursive: true });
    const hourAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(join(parent, `.${process.arch}.tmp-old`), hourAgo, hourAgo);
    await ensureCached({ root, version: "1.30.0", arch: process.arch }, countingInstaller("x", []));
    expect(readdirSync(parent).filter((f) => f.includes(".tmp-"))).toEqual([`.${process.arch}.tmp-new`]);
  });
});

describe("loadFromToolCache", () => {
  it("says in one line whether it installed (and how long it took) or reused the cache", async () => {
    const root = emptyCache();
    const lines: string[] = [];
    let ms = 0;
    const options = { root, version: "1.30.0", log: (line: string) => lines.push(line), now: () => (ms += 11_500), install: countingInstaller("x", []) };
    expect((await loadFromToolCache<{ who: string }>(options)).who).toBe("x");
    expect((await loadFromToolCache<{ who: string }>(options)).who).toBe("x");
    const dir = toolCacheDir({ root, version: "1.30.0", arch: process.arch });
    expect(lines).toEqual([
      `onnxruntime-node 1.30.0 is not installed here: installing it into the tool cache (${dir}) with npm…`,
      `onnxruntime-node 1.30.0: installed into the tool cache in 12 s (${dir})`,
      `onnxruntime-node 1.30.0: from the tool cache (${dir})`,
    ]);
  });

  it("a cached folder that does not load says which folders to delete", async () => {
    const root = emptyCache();
    const broken: Installer = async (dir) => {
      mkdirSync(join(dir, "node_modules"), { recursive: true });
    };
    await expect(loadFromToolCache({ root, version: "1.30.0", log: () => {}, install: broken }))
      .rejects.toThrow(/load onnxruntime-node 1\.30\.0 from the tool cache: .*delete .*onnxruntime-node\/1\.30\.0\/.* and .*\.complete so the next run installs it afresh/);
  });
});
