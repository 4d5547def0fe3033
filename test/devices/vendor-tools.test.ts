// `dnntune bench` with the vendors' own programs as the tool: onnxruntime_perf_test, trtexec,
// TFLite's benchmark_model and a user's command. None of the real programs can run here (no
// TensorRT, no TFLite, no perf_test build), so the stand-ins in test/helpers/fake-tools/ speak each
// program's CLI and write its real output formats while running the model in real onnxruntime
// (see their README). What is under test is dnntune's side: the invocations, the files fetched
// back, the parsing, the layer mapping, pairing, and the errors a user meets.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Results } from "../../src/results/types.js";
import { hasSshd, HOST_ALIAS, startSshd, type Sshd } from "../helpers/sshd.js";
import { runCli } from "../run-cli.js";

const hasOrtPython = spawnSync("python3", ["-c", "import onnxruntime"]).status === 0;
const TOOLS = fileURLToPath(new URL("../helpers/fake-tools/", import.meta.url));
const FIXTURES = fileURLToPath(new URL("../../fixtures/", import.meta.url));
const quick = ["--runs", "6", "--warmup", "1", "--profile-runs", "3"];

describe.skipIf(!hasOrtPython)("bench with the vendors' tools (stand-ins running real onnxruntime)", () => {
  let dir: string;
  const file = (name: string) => join(dir, name);
  const read = (name: string) => JSON.parse(readFileSync(file(name), "utf8")) as Results;
  const vocabulary = (r: Results) => r.models[0]!.layers.map((l) => `${l.name} ${l.op} ${l.covers.join(",")}`);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "dnntune-vendor-"));
    for (const model of ["squeezenet", "mlp"]) copyFileSync(`${FIXTURES}models/${model}.onnx`, file(`${model}.onnx`));
    // benchmark_model's stand-in runs the ONNX bytes it is given under the .tflite name (see its README).
    copyFileSync(file("squeezenet.onnx"), file("squeezenet.tflite"));
    writeFileSync(file("dnntune.yml"), [
      "devices:",
      "  local:",
      "    transport: local",
      "    threads: 1",
      "  perftest:",
      "    transport: local",
      "    tool: ort-perf-test",
      `    binary: ${TOOLS}onnxruntime_perf_test`,
      "    threads: 1",
      "    iterations: 4",
      "  jetson:",
      "    transport: local",
      "    tool: trtexec",
      `    binary: ${TOOLS}trtexec`,
      "    iterations: 4",
      "  pixel:",
      "    transport: local",
      "    tool: tflite-benchmark",
      `    binary: ${TOOLS}benchmark_model`,
      "    threads: 1",
      "    iterations: 4",
      "  pixel-gpu:",
      "    transport: local",
      "    tool: tflite-benchmark",
      `    binary: ${TOOLS}benchmark_model`,
      "    args: [--use_gpu=true]",
      "    iterations: 4",
      "  wrapped:",
      "    transport: local",
      "    tool: command",
      "    binary: sh",
      // A user's wrapper: perf_test with its profile renamed to where dnntune reads it.
      `    args: ["-c", 'p="$1" out="$2" n="$3"; if [ "$4" = 1 ]; then "$p" -m times -r "$n" -x 1 -o 99 -e cpu -p "$out/p" -u "$6" "$5" && mv "$out"/p_*.json "$out/profile.json"; else "$p" -m times -r "$n" -x 1 -o 99 -e cpu "$5"; fi', sh, "${TOOLS}onnxruntime_perf_test", "{out}", "{iterations}", "{profile}", "{model}", "{optimized}"]`,
      "    iterations: 4",
      "",
    ].join("\n"));
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const bench = (device: string, model: string, out: string, ...more: string[]) =>
    runCli(["bench", "--model", model, "--device", device, ...quick, "--config", file("dnntune.yml"), "--out", file(out), ...more]);

  it("ort-perf-test: the local bench's layers and covers, from perf_test's own summary, profile and optimized model", async () => {
    const tool = await bench("perftest", file("squeezenet.onnx"), "sq.perftest.json");
    expect(tool.status, tool.stderr).toBe(0);
    const local = await bench("local", file("squeezenet.onnx"), "sq.local.json");
    expect(local.status, local.stderr).toBe(0);
    const r = read("sq.perftest.json");
    expect(r.device).toMatchObject({ name: "perftest", transport: "local", tool: "ort-perf-test" });
    expect(r.models[0]!.latency.samples).toHaveLength(6);
    expect(r.models[0]!.layers.every((l) => l.samples.length === 3 && l.samples.some((s) => s > 0))).toBe(true);
    expect(vocabulary(r)).toEqual(vocabulary(read("sq.local.json")));
  }, 120_000);

  it("ort-perf-test pairs base and head on the device, and compare sees the demo's regression", async () => {
    const paired = await bench("perftest", `${FIXTURES}demo/mlp.onnx`, "pr.json", "--base-model", `${FIXTURES}models/mlp.onnx`);
    expect(paired.status, paired.stderr).toBe(0);
    // The suite's other files run beside this one: a busy runner is the gate's business, not this test's.
    const compared = await runCli(["compare", "--base", file("pr.base.json"), "--head", file("pr.json"), "--max-busy-cores", "64", "--out", file("pr.comparison.json")]);
    const comparison = JSON.parse(readFileSync(file("pr.comparison.json"), "utf8")) as { endpoints: { metric: string; unit?: string; verdict: string }[] };
    const latency = comparison.endpoints.find((e) => e.metric === "latency");
    expect(latency, JSON.stringify(read("pr.json").models[0]!.latency)).toMatchObject({ unit: "pairs", verdict: "regression" });
    expect(compared.status, compared.stderr).toBe(0);
  }, 120_000);

  it("trtexec: an engine built once, fused layers covering the ONNX nodes their Metadata names, all on TensorRT", async () => {
    const got = await bench("jetson", file("squeezenet.onnx"), "sq.jetson.json");
    expect(got.status, got.stderr).toBe(0);
    const r = read("sq.jetson.json");
    expect(r.device.tool).toBe("trtexec");
    const layers = r.models[0]!.layers;
    // TensorRT names a fused layer after its members: "conv1 + relu1".
    const fused = layers.filter((l) => l.covers.length > 1);
    expect(fused.length).toBeGreaterThan(0);
    for (const l of fused) expect(l.name).toBe(l.covers.join(" + "));
    expect(layers.some((l) => l.name.startsWith("Reformatting CopyNode") && l.covers.length === 0)).toBe(true);
    expect(new Set(layers.map((l) => l.provider))).toEqual(new Set(["TensorRT"]));
    // Every ONNX node of the model is covered by exactly one layer.
    const covered = layers.flatMap((l) => l.covers).sort();
    expect(covered).toEqual(r.models[0]!.graph.nodes.map((n) => n.name).sort());
    // Timed samples are the mean per-iteration latency of each invocation, so they are positive.
    expect(r.models[0]!.latency.samples.every((s) => s > 0)).toBe(true);
    // Every tensor a cut could send has a size (probed on the runner), so the board splits against the runner.
    expect(Object.values(r.models[0]!.graph.tensors).every((t) => t.bytes !== null)).toBe(true);
    const split = await runCli(["split", "--mobile", file("sq.jetson.json"), "--cloud", file("sq.local.json"), "--out", file("sq.split.json")]);
    expect(split.status, split.stderr).toBe(0);
  }, 120_000);

  it("tflite-benchmark: runs the .tflite beside the model, maps rows to ONNX nodes, and a delegate that takes ops off the CPU is a placement move", async () => {
    const cpu = await bench("pixel", file("squeezenet.onnx"), "sq.pixel.json");
    expect(cpu.status, cpu.stderr).toBe(0);
    const gpu = await bench("pixel-gpu", file("squeezenet.onnx"), "sq.pixel-gpu.json");
    expect(gpu.status, gpu.stderr).toBe(0);
    const r = read("sq.pixel.json");
    expect(r.device.tool).toBe("tflite-benchmark");
    const layers = r.models[0]!.layers;
    expect(layers.every((l) => /^\[.*\]:\d+$/.test(l.name) && l.provider === "cpu")).toBe(true);
    expect(layers.filter((l) => l.covers.length === 1).length).toBe(layers.length);
    expect(read("sq.pixel-gpu.json").device.fingerprint).toMatchObject({ iterations: 4, toolArgs: "--use_gpu=true" });
    const delegated = read("sq.pixel-gpu.json").models[0]!.layers.filter((l) => l.provider === "gpu");
    // Each delegated partition is one layer covering every ONNX node inside it.
    expect(delegated.length).toBeGreaterThan(0);
    expect(delegated.some((l) => l.covers.length > 1)).toBe(true);
    const onGpu = new Set(delegated.flatMap((l) => l.covers));
    const nodes = read("sq.pixel-gpu.json").models[0]!.graph.nodes;
    expect(nodes.filter((n) => n.op === "Conv").every((n) => onGpu.has(n.name))).toBe(true);
    expect(nodes.filter((n) => n.op === "MaxPool" || n.op === "Concat").some((n) => onGpu.has(n.name))).toBe(false);
    // Two devices' results as base and head: what moved onto the GPU is a finding.
    const moved = read("sq.pixel-gpu.json");
    writeFileSync(file("sq.pixel-gpu.as-pixel.json"), JSON.stringify({ ...moved, device: { ...moved.device, name: "pixel" } }));
    const compared = await runCli(["compare", "--base", file("sq.pixel.json"), "--head", file("sq.pixel-gpu.as-pixel.json"), "--out", file("gpu.comparison.json")]);
    expect(compared.status, compared.stderr).not.toBe(2);
    expect(readFileSync(file("gpu.comparison.json"), "utf8")).toMatch(/placement-moved/);
  }, 120_000);

  it("command: a user's wrapper with placeholders, read as perf_test's summary and onnxruntime's profile", async () => {
    const got = await bench("wrapped", file("mlp.onnx"), "mlp.wrapped.json");
    expect(got.status, got.stderr).toBe(0);
    const local = await bench("local", file("mlp.onnx"), "mlp.local.json");
    expect(local.status, local.stderr).toBe(0);
    expect(read("mlp.wrapped.json").device.tool).toBe("command");
    expect(vocabulary(read("mlp.wrapped.json"))).toEqual(vocabulary(read("mlp.local.json")));
  }, 120_000);

  it("dnntune devices: each tool's program found on the device, a missing one named, a meter left unread said so", async () => {
    const yml = file("devices.yml");
    writeFileSync(yml, [
      "devices:",
      `  perftest: { transport: local, tool: ort-perf-test, binary: ${TOOLS}onnxruntime_perf_test }`,
      `  jetson: { transport: local, tool: trtexec, binary: ${TOOLS}trtexec, meter: rapl }`,
      "  pixel: { transport: local, tool: tflite-benchmark, binary: /nonexistent/benchmark_model }",
      // A path on this runner is relative to dnntune.yml's folder, like the file's other paths.
      "  relative: { transport: local, tool: ort-perf-test, binary: tools/onnxruntime_perf_test }",
      "",
    ].join("\n"));
    mkdirSync(file("tools"), { recursive: true });
    for (const f of ["onnxruntime_perf_test", "fake_common.py"]) copyFileSync(`${TOOLS}${f}`, file(`tools/${f}`));
    const listed = await runCli(["devices", "--config", yml]);
    expect(listed.status).toBe(3);
    const lines = listed.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^✓ perftest {2}local · ort-perf-test: /);
    expect(lines[1]).toMatch(/^✓ jetson {2}local · trtexec: .*energy: modelled at 2\.5 W \(meter rapl is not read with tool trtexec: each invocation loads the model/);
    expect(lines[3]).toMatch(/^✓ relative {2}local · ort-perf-test: ort-perf-test \(\/.*\/tools\/onnxruntime_perf_test\)/);
    expect(lines[2]).toMatch(/^✗ pixel {2}local · device pixel: find \/nonexistent\/benchmark_model: tflite-benchmark's program \/nonexistent\/benchmark_model does not exist on the device/);
  }, 120_000);

  it("says what is wrong: a missing program, a tool that fails, output it cannot read, a .tflite that is not there", async () => {
    const config = (device: string) => {
      const path = file(`bad-${Math.random().toString(36).slice(2)}.yml`);
      writeFileSync(path, `devices:\n  bad:\n    transport: local\n${device}`);
      return path;
    };
    const run = (yml: string, model = file("mlp.onnx")) => runCli(["bench", "--model", model, "--device", "bad", ...quick, "--config", yml, "--out", file("bad.json")]);

    const missing = await run(config("    tool: trtexec\n    binary: /nonexistent/trtexec\n"));
    expect(missing.status).toBe(3);
    expect(missing.stderr).toMatch(/trtexec's program \/nonexistent\/trtexec does not exist on the device \(check the path \(a relative one is taken from dnntune\.yml's folder\)/);
    const notOnPath = await run(config("    tool: trtexec\n    binary: dnntune-no-such-trtexec\n"));
    expect(notOnPath.stderr).toMatch(/trtexec's program dnntune-no-such-trtexec is not on the device's PATH \(install it there/);
    const plain = file("not-executable");
    writeFileSync(plain, "#!/bin/sh\n");
    const notExecutable = await run(config(`    tool: trtexec\n    binary: ${plain}\n`));
    expect(notExecutable.status).toBe(3);
    expect(notExecutable.stderr).toMatch(/trtexec's program .*not-executable is not an executable file \(make it executable/);

    const failing = await run(config(`    tool: ort-perf-test\n    binary: ${TOOLS}onnxruntime_perf_test\n    args: ["-e", "cuda"]\n`));
    expect(failing.status).toBe(3);
    expect(failing.stderr).toMatch(/onnxruntime_perf_test exited with status [1-9]/);
    expect(failing.stderr).toMatch(/the command was .*onnxruntime_perf_test .*; its folder .* is removed when bench ends, so run it by hand/);

    const garbage = await run(config("    tool: command\n    binary: echo\n    args: [hello]\n"));
    expect(garbage.status).toBe(3);
    expect(garbage.stderr).toMatch(/printed neither onnxruntime_perf_test's .* its output ended: hello/);

    const noTflite = await run(config(`    tool: tflite-benchmark\n    binary: ${TOOLS}benchmark_model\n`));
    expect(noTflite.status).toBe(2);
    expect(noTflite.stderr).toMatch(/mlp\.onnx: tflite-benchmark runs the model's \.tflite export, and there is none: put it at .*mlp\.tflite/);

    // command: the average alone is enough; nothing is not; 0 µs is not a run; a slow one is stopped.
    const timedOnly = (yml: string) => runCli(["bench", "--model", file("mlp.onnx"), "--device", "bad", "--runs", "3", "--warmup", "0", "--profile-runs", "1", "--config", yml, "--out", file("bad.json")]);
    // Profiled, it writes a one-layer profile in trtexec's format.
    const averageOnly = await timedOnly(config(`    tool: command\n    binary: sh\n    args: ["-c", 'echo "Average inference time cost total: 1.5 ms"; [ "$1" = 1 ] && echo "[{\\"count\\": 1}, {\\"name\\": \\"fc1\\", \\"timeMs\\": 1, \\"averageMs\\": 1, \\"percentage\\": 100}]" > "$0/profile.json"; true', "{out}", "{profile}"]\n`));
    expect(averageOnly.status, averageOnly.stderr).toBe(0);
    expect((JSON.parse(readFileSync(file("bad.json"), "utf8")) as Results).models[0]!.latency.samples).toEqual([1500, 1500, 1500]);
    const zero = await timedOnly(config(`    tool: command\n    binary: sh\n    args: ["-c", "echo 'Average inference time cost: 0 ms'"]\n`));
    expect(zero.status).toBe(3);
    expect(zero.stderr).toMatch(/the command reported 0 µs per inference; a model that ran takes some time/);
    const slow = await timedOnly(config(`    tool: command\n    binary: sleep\n    args: ["5"]\n    timeout-s: 1\n`));
    expect(slow.status).toBe(3);
    expect(slow.stderr).toMatch(/the command ran longer than 1 s and was stopped \(raise the device's timeout-s in dnntune\.yml/);
    // A profile that is a symbolic link (here to /etc/passwd) is refused before it is copied or read.
    const linked = await run(config(`    tool: command\n    binary: sh\n    args: ["-c", 'echo "Average inference time cost: 1 ms"; [ "$1" = 1 ] && ln -s /etc/passwd "$0/profile.json"; true', "{out}", "{profile}"]\n`));
    expect(linked.status).toBe(3);
    expect(linked.stderr).toMatch(/profile\.json is a symbolic link; dnntune reads only the files the command writes itself/);
    expect(linked.stderr).not.toMatch(/root:/);
    // A .tflite "export" that is a folder.
    mkdirSync(file("folder.tflite"), { recursive: true });
    copyFileSync(file("mlp.onnx"), file("folder.onnx"));
    const folder = await run(config(`    tool: tflite-benchmark\n    binary: ${TOOLS}benchmark_model\n`), file("folder.onnx"));
    expect(folder.status).toBe(2);
    expect(folder.stderr).toMatch(/folder\.onnx: .*folder\.tflite, its \.tflite export, is not a file/);

    // A meter is not read around an invocation that loads the model: energy is modelled, saying why.
    const metered = await run(config(`    tool: trtexec\n    binary: ${TOOLS}trtexec\n    meter: rapl\n`));
    expect(metered.status, metered.stderr).toBe(0);
    expect(metered.stderr + metered.stdout).toMatch(/meter rapl is not read with tool trtexec: each invocation loads the model.*so it is modelled as/);
    expect((JSON.parse(readFileSync(file("bad.json"), "utf8")) as Results).models[0]!.energy?.source).toBe("modelled");
    expect(readFileSync(file("dnntune.yml"), "utf8")).toMatch(/perftest/); // nothing of the user's was touched
  }, 120_000);
});

describe.skipIf(!hasSshd || !hasOrtPython)("ort-perf-test on a board over ssh (loopback sshd)", () => {
  let sshd: Sshd;
  let dir: string;

  beforeAll(async () => {
    sshd = await startSshd();
    dir = mkdtempSync(join(tmpdir(), "dnntune-vendor-ssh-"));
    writeFileSync(join(dir, "dnntune.yml"), [
      "devices:",
      "  board:",
      "    transport: ssh",
      `    host: ${HOST_ALIAS}`,
      `    ssh-config: ${sshd.config}`,
      "    tool: ort-perf-test",
      `    binary: ${TOOLS}onnxruntime_perf_test`,
      "    threads: 1",
      "    iterations: 3",
      "",
    ].join("\n"));
  }, 60_000);

  afterAll(async () => {
    await sshd?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("copies the model and its test data over, and reads the profile and optimized model back", async () => {
    const got = await runCli(["bench", "--model", `${FIXTURES}models/squeezenet.onnx`, "--device", "board", ...quick, "--config", join(dir, "dnntune.yml"), "--out", join(dir, "board.json")]);
    expect(got.status, got.stderr).toBe(0);
    const r = JSON.parse(readFileSync(join(dir, "board.json"), "utf8")) as Results;
    expect(r.device).toMatchObject({ transport: "ssh", tool: "ort-perf-test" });
    // Fused layers map through the optimized model fetched from the board.
    expect(r.models[0]!.layers.some((l) => l.covers.length > 1)).toBe(true);
  }, 120_000);
});
