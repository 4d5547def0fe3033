// Outputs that cannot hurt: every command refuses, before any work, an output that is one of its
// inputs or another output, or that is not a regular file or a new path in a writable folder.
import { copyFileSync, lstatSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

const fixtures = new URL("../fixtures/", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "cli-outputs-"));
const model = join(dir, "mlp.onnx");
copyFileSync(`${fixtures}models/mlp.onnx`, model);
const baseModel = join(dir, "base.onnx");
copyFileSync(`${fixtures}models/mlp.onnx`, baseModel);
const modelBytes = readFileSync(model);
symlinkSync("mlp.onnx", join(dir, "link-to-model.onnx"));
writeFileSync(join(dir, "a-file"), "not a folder");
const results = join(dir, "results.json");
writeFileSync(results, "{\"keep\":true}");

const bench = ["bench", "--runs", "2", "--warmup", "0", "--profile-runs", "1"];
const cases: [string, string[], RegExp][] = [
  ["bench --out is the model", [...bench, "--model", model, "--out", model], /^dnntune: --out: .*mlp\.onnx is an input of this run \(--model .*mlp\.onnx\)/],
  ["bench --out is the model under another spelling", [...bench, "--model", model, "--out", `${dir}/./mlp.onnx`], /^dnntune: --out: .* is an input of this run/],
  ["bench --out is a symlink to the model", [...bench, "--model", model, "--out", join(dir, "link-to-model.onnx")], /^dnntune: --out: .* is an input of this run/],
  ["bench --out is a model found in a folder", [...bench, "--model", dir, "--out", model], /^dnntune: --out: .* is an input of this run/],
  ["bench --base-out is the base model", [...bench, "--model", model, "--base-model", baseModel, "--out", join(dir, "h.json"), "--base-out", baseModel], /^dnntune: --base-out: .*base\.onnx is an input of this run \(--base-model/],
  ["bench --out equals --base-out", [...bench, "--model", model, "--base-model", baseModel, "--out", join(dir, "same.json"), "--base-out", join(dir, "same.json")], /^dnntune: --base-out: .*same\.json is another output of this run \(--out /],
  ["bench --out is /dev/null", [...bench, "--model", model, "--out", "/dev/null"], /^dnntune: --out: \/dev\/null is a device; dnntune writes only regular files/],
  ["bench --out is a folder", [...bench, "--model", model, "--out", dir], /^dnntune: --out: .* is a folder/],
  ["bench --out under a regular file", [...bench, "--model", model, "--out", join(dir, "a-file", "out.json")], /^dnntune: --out: cannot write .*a-file\/out\.json: .*a-file is a regular file, not a folder$/],
  ["bench --out on a read-only file system", [...bench, "--model", model, "--out", "/proc/out.json"], /^dnntune: --out: cannot write \/proc\/out\.json: \/proc is not writable/],
  ["bench --processes 2 --out is the model", [...bench, "--processes", "2", "--model", model, "--out", model], /^dnntune: --out: .* is an input of this run/],
  ["compare --out is --base", ["compare", "--base", results, "--head", results, "--out", results], /^dnntune: --out: .*results\.json is an input of this run \(--base /],
  ["split --out is --mobile", ["split", "--mobile", results, "--cloud", join(dir, "cloud.json"), "--out", results], /^dnntune: --out: .*results\.json is an input of this run \(--mobile /],
  ["demo --out under a regular file", ["demo", "--out", join(dir, "a-file")], /^dnntune: --out: cannot write .*a-file\/results\.json/],
];

describe("an output that would destroy a file is refused before any work, with status 2", () => {
  for (const [what, args, message] of cases) {
    it(what, async () => {
      const { status, stdout, stderr } = await runCli(args);
      expect(stderr.trim()).toMatch(message);
      expect(stderr.trim().split("\n")).toHaveLength(1); // no progress: nothing ran
      expect(status).toBe(2);
      expect(stdout).toBe("");
      expect(readFileSync(model).equals(modelBytes)).toBe(true);
      expect(readFileSync(baseModel).equals(modelBytes)).toBe(true);
      expect(readFileSync(results, "utf8")).toBe("{\"keep\":true}");
      expect(lstatSync(join(dir, "link-to-model.onnx")).isSymbolicLink()).toBe(true);
      expect(lstatSync("/dev/null").isCharacterDevice()).toBe(true);
    });
  }
});
