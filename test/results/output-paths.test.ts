import { chmodSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inputErrorOf } from "../helpers/input-error-of.js";
import { checkOutputs } from "../../src/results/output-paths.js";

const fresh = () => mkdtempSync(join(tmpdir(), "write-results-"));
const errorOf = inputErrorOf;

describe("checkOutputs", () => {
  const dir = fresh();
  const model = join(dir, "m.onnx");
  writeFileSync(model, "model");
  symlinkSync("m.onnx", join(dir, "alias.onnx"));
  linkSync(model, join(dir, "hard.onnx"));

  it("passes new paths and regular files that are no input", () => {
    writeFileSync(join(dir, "old.json"), '{"schema": "dnntune.results/v1"}');
    expect(() => checkOutputs([{ flag: "--out", path: join(dir, "old.json") }, { flag: "--base-out", path: join(dir, "new", "base.json") }], [{ flag: "--model", path: model }])).not.toThrow();
    expect(readdirSync(dir)).not.toContain("new"); // the check creates nothing
  });

  const clashes: [string, string][] = [
    ["the same path", model],
    ["a ./ spelling", `${dir}/./m.onnx`],
    ["a symlink to it", join(dir, "alias.onnx")],
    ["a hard link to it", join(dir, "hard.onnx")],
  ];
  for (const [what, out] of clashes) {
    it(`refuses an output that is an input under ${what}`, () => {
      expect(errorOf(() => checkOutputs([{ flag: "--out", path: out }], [{ flag: "--model", path: model }])).message)
        .toMatch(/^--out: .* is an input of this run \(--model .*m\.onnx\); writing it would destroy that file/);
      expect(readFileSync(model, "utf8")).toBe("model");
    });
  }

  it("refuses two outputs that are one file, also when neither exists yet", () => {
    expect(errorOf(() => checkOutputs([{ flag: "--out", path: join(dir, "r.json") }, { flag: "--base-out", path: `${dir}/sub/../r.json` }], [])).message)
      .toMatch(/^--base-out: .* is another output of this run \(--out .*r\.json\)/);
  });

  it("finds an unwritable folder before any work (the probe file is gone afterwards)", () => {
    if (process.getuid?.() === 0) return; // root writes anywhere; the read-only case below covers it
    const locked = join(dir, "locked");
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    try {
      expect(errorOf(() => checkOutputs([{ flag: "--out", path: join(locked, "out.json") }], [])).message).toMatch(/^--out: cannot write .*: .*locked is not writable \(EACCES\)/);
    } finally {
      chmodSync(locked, 0o700);
    }
    expect(readdirSync(locked)).toEqual([]);
  });

  it("finds a read-only file system before any work", () => {
    expect(errorOf(() => checkOutputs([{ flag: "--out", path: "/proc/dnntune-results.json" }], [])).message).toMatch(/^--out: cannot write \/proc\/dnntune-results\.json: \/proc is not writable/);
  });
});
