// onnxruntime writes its own log lines straight to the process's stderr (coloured, before ours);
// the CLI must print only its one line. Native output bypasses the in-process runner's streams,
// so this runs the CLI as a real process and reads its real stderr.
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url).pathname;

describe("onnxruntime's native logs stay silent (real process, real onnxruntime)", () => {
  it("a run onnxruntime fails prints our one line and nothing of onnxruntime's", () => {
    const out = join(mkdtempSync(join(tmpdir(), "ort-logs-")), "r.json");
    const child = spawnSync(process.execPath, ["--import", "tsx", `${root}src/cli.ts`, "bench", "--model", `${root}fixtures/test/embedding.onnx`, "--input-value", "ids=50", "--runs", "2", "--warmup", "0", "--profile-runs", "1", "--out", out], { encoding: "utf8" });
    expect(child.status).toBe(2);
    const lines = child.stderr.trim().split("\n");
    // Before: "\x1b[1;31m2026-… [E:onnxruntime:, sequential_executor.cc:671 ExecuteKernel] Non-zero status code …\x1b[m"
    expect(child.stderr).not.toContain("[E:onnxruntime");
    expect(child.stderr).not.toContain("\u001b[");
    expect(lines.at(-1)).toMatch(/^dnntune: --model: model .*embedding\.onnx: onnxruntime rejected the inputs \(.*idx=50/);
    expect(lines.filter((l) => !/: (timing|warm-up|profiling) \d+\/\d+$/.test(l))).toHaveLength(1);
  });
});
