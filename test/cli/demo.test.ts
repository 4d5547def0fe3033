// `dnntune demo` end to end, once, on real onnxruntime: what it writes, the regression it must
// catch (the model and the one layer the fixture slows), a split that is neither mobile-only nor
// cloud-only, and modelled devices labelled as modelled everywhere. It runs on a shared 2-core
// machine, so it asserts what the fixtures make certain there (fc2 about 3× slower, a split
// decided by a margin of several times), never a timing.
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Comparison } from "../../src/compare/types.js";
import { DEMO_CLOUD, DEMO_FILES, DEMO_PHONE, demoSpec } from "../../src/cli/demo.js";
import { HTML_REPORT_MARKER } from "../../src/report/html/render-html.js";
import { COMMENT_MARKER } from "../../src/report/markdown/render-comment.js";
import { readResults } from "../../src/results/read-results.js";
import type { SplitReport } from "../../src/split/schema.js";
import { runCli } from "../run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "demo-"));
const out = join(dir, "out");
const path = (name: keyof typeof DEMO_FILES) => join(out, DEMO_FILES[name]);
const json = <T>(name: keyof typeof DEMO_FILES) => JSON.parse(readFileSync(path(name), "utf8")) as T;
let demo: { status: number; stdout: string; stderr: string };

beforeAll(async () => {
  demo = await runCli(["demo", "--out", out]);
});

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

  it("exits 0 though the gate fails, and writes every file: results, comparison, split, comment, HTML, JSON", () => {
    expect(demo.stderr.split("\n").filter((line) => line.startsWith("dnntune:"))).toEqual([]);
    expect(demo.status).toBe(0);
    for (const name of Object.keys(DEMO_FILES) as (keyof typeof DEMO_FILES)[]) expect(existsSync(path(name)), name).toBe(true);
    for (const name of ["results", "head", "base", "phone", "cloud"] as const) expect(readResults(path(name)).models.length).toBeGreaterThan(0);
    expect(readFileSync(path("comment"), "utf8").startsWith(COMMENT_MARKER)).toBe(true);
    expect(readFileSync(path("html"), "utf8").startsWith(HTML_REPORT_MARKER)).toBe(true);
    expect(json<{ schema: string; decision: { verdict: string } }>("json")).toMatchObject({ schema: "dnntune.report/v1", decision: { verdict: "fail" } });
  });

  it("catches the slowdown: mlp's latency and its layer fused fc2 are regressions, in the comparison and the comment", () => {
    const { endpoints } = json<Comparison>("comparison");
    const latency = endpoints.find((e) => e.model === "mlp" && e.metric === "latency");
    const fc2 = endpoints.find((e) => e.model === "mlp" && e.layer === "fused fc2");
    expect(latency).toMatchObject({ verdict: "regression", unit: "pairs" });
    expect(fc2).toMatchObject({ verdict: "regression", unit: "pairs" });
    const comment = readFileSync(path("comment"), "utf8");
    expect(comment).toMatch(/^### ❌ DNNTune: 1 regression fails the gate$/m);
    expect(comment).toMatch(/^\| `mlp` \| `local` \| latency \| .* \| ❌ \*\*regression\*\* \|/m);
    expect(comment).toMatch(/^\| `mlp` \| `local` \| `fused fc2` \| .* \| 🔺 regression \|$/m);
    expect(demo.stdout).toMatch(/^the gate fails this change, as intended: mlp's latency on local regressed \(\+\d+(\.\d)? % \[/m);
    // The comment is printed whole, before that closing line.
    expect(demo.stdout).toContain(comment);
  });

  it("finds a best split that is neither mobile-only nor cloud-only: camera_encoder's bottleneck over Wi-Fi", () => {
    const { splits } = json<SplitReport>("split");
    const mid = splits.filter((s) => s.best.place.kind !== "mobile-only" && s.best.place.kind !== "cloud-only");
    expect(mid.length).toBeGreaterThan(0);
    // Wi-Fi carries the 16 KiB bottleneck in a few ms; the phone needs far longer for the tail.
    for (const objective of ["latency", "energy"] as const) {
      expect(splits.find((s) => s.model === "camera_encoder" && s.network === "wifi" && s.objective === objective)?.best.place).toEqual({ kind: "after", node: "bottleneck_relu" });
    }
  });

  it("labels the phone and the cloud as modelled, with their factors, in every output", () => {
    expect(DEMO_PHONE.name).toBe("phone (modelled: this CPU × 8)");
    expect(DEMO_CLOUD.name).toBe("cloud (modelled: this CPU × 0.1)");
    expect(readResults(path("phone")).device).toMatchObject({ name: DEMO_PHONE.name, fingerprint: { modelled: "local × 8" } });
    expect(readResults(path("cloud")).device).toMatchObject({ name: DEMO_CLOUD.name, fingerprint: { modelled: "local × 0.1" } });
    for (const s of json<SplitReport>("split").splits) expect([s.mobile, s.cloud]).toEqual([DEMO_PHONE.name, DEMO_CLOUD.name]);
    expect(readFileSync(path("comment"), "utf8")).toContain(`\`${DEMO_PHONE.name}\` → \`${DEMO_CLOUD.name}\``);
    expect(readFileSync(path("html"), "utf8")).toContain(`${DEMO_PHONE.name} → ${DEMO_CLOUD.name}`);
    expect(demo.stdout).toContain(`split: every model between a ${DEMO_PHONE.name} and a ${DEMO_CLOUD.name}; both modelled from this CPU's per-layer times, neither measured`);
    expect(demo.stdout).toContain(`(assumed: ${DEMO_PHONE.name} is no name dnntune.yml can declare a power for)`);
  });

  it("draws the paired latency distributions and the split curves in the HTML report", () => {
    const html = readFileSync(path("html"), "utf8");
    expect(html).toContain('id="split-curves"');
    expect(html).toMatch(/camera_encoder: phone \(modelled: this CPU × 8\) → cloud \(modelled: this CPU × 0\.1\) over wifi, latency/);
    expect(html).toContain('aria-label="Latency of mlp on local (paired runs, base and head interleaved in one process)');
  });
});
