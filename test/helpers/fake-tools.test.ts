// The fake vendor tools (test/helpers/fake-tools/, see its README) run real models in onnxruntime
// and must write what DNNTune's parsers read from the real tools: each is run here as a driver
// would run it, and its outputs go through those parsers.
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseOrtPerfTest } from "../../src/profiles/ort-perf-test.js";
import { parseOrtTrace } from "../../src/profiles/ort-trace.js";
import { parseTfliteBenchmark } from "../../src/profiles/tflite-benchmark.js";
import { joinTrtexec, parseTrtexecLayerInfo, parseTrtexecProfile } from "../../src/profiles/trtexec.js";

const TOOLS = fileURLToPath(new URL("./fake-tools/", import.meta.url));
const SQUEEZENET = fileURLToPath(new URL("../../fixtures/models/squeezenet.onnx", import.meta.url));

interface Result { code: number; stdout: string; stderr: string }

function run(tool: string, args: string[], options: { cwd?: string; viaPython?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<Result> {
  const [file, argv] = options.viaPython ? ["python3", [join(TOOLS, tool), ...args]] : [join(TOOLS, tool), args];
  return new Promise((resolve) => {
    execFile(file, argv, { cwd: options.cwd, env: options.env, maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

function varint(n: number): number[] {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return out;
}

/** An onnx.TensorProto of float32: dims (1), data_type (2), name (8), raw_data (9). */
function tensorProto(name: string, dims: number[], values: Float32Array): Buffer {
  const bytes = (field: number, data: Buffer) => Buffer.from([...varint((field << 3) | 2), ...varint(data.length), ...data]);
  return Buffer.concat([
    ...dims.map((d) => Buffer.from([...varint(1 << 3), ...varint(d)])),
    Buffer.from([...varint(2 << 3), 1]),
    bytes(8, Buffer.from(name)),
    bytes(9, Buffer.from(values.buffer)),
  ]);
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "fake-tools-"));
  copyFileSync(SQUEEZENET, join(dir, "model.onnx"));
  mkdirSync(join(dir, "test_data_set_0"));
  const values = Float32Array.from({ length: 3 * 224 * 224 }, (_, i) => (i % 255) / 255);
  writeFileSync(join(dir, "test_data_set_0", "input_0.pb"), tensorProto("image", [1, 3, 224, 224], values));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("fake onnxruntime_perf_test", () => {
  it("runs the model on its test data and writes a summary, a profile and the optimized model", async () => {
    const r = await run("onnxruntime_perf_test", ["-m", "times", "-r", "3", "-x", "1", "-o", "99", "-e", "cpu", "-p", join(dir, "prof"), "-u", join(dir, "optimized.onnx"), join(dir, "model.onnx")]);
    expect(r.code, r.stderr).toBe(0);
    const summary = parseOrtPerfTest(r.stdout, "stdout");
    expect(summary.requests).toBe(3);
    expect(summary.averageUs).toBeGreaterThan(0);
    expect(summary.firstInferenceUs).toBeDefined();
    expect(summary.latencies?.minUs).toBeGreaterThan(0);
    expect(r.stdout).toContain("Setting intra_op_num_threads to 1");
    const profile = readdirSync(dir).find((f) => /^prof_\d{4}-\d\d-\d\d_\d\d-\d\d-\d\d_?\d*\.json$/.test(f));
    expect(profile).toBeDefined();
    const runs = parseOrtTrace(readFileSync(join(dir, profile!), "utf8"), profile!);
    expect(runs).toHaveLength(4); // the warm-up run, then the three timed ones
    expect(runs[1]!.kernels.some((k) => k.op === "Conv")).toBe(true);
    expect(existsSync(join(dir, "optimized.onnx"))).toBe(true);
  });

  it("synthesizes inputs with -I and runs as `python3 script` too", async () => {
    const r = await run("onnxruntime_perf_test", ["-m", "times", "-r", "2", "-o", "0", "-e", "cpu", "-I", join(dir, "model.onnx"), join(dir, "result.csv")], { viaPython: true });
    expect(r.code, r.stderr).toBe(0);
    expect(parseOrtPerfTest(r.stdout, "stdout").requests).toBe(2);
    expect(readFileSync(join(dir, "result.csv"), "utf8").trim().split("\n")).toHaveLength(2);
  });

  it("fails as the real tool does", async () => {
    const cuda = await run("onnxruntime_perf_test", ["-m", "times", "-r", "1", "-e", "cuda", join(dir, "model.onnx")]);
    expect(cuda.code).toBe(255);
    expect(cuda.stderr).toContain("CUDA is not supported in this build");
    const flag = await run("onnxruntime_perf_test", ["-K", join(dir, "model.onnx")]);
    expect(flag.code).toBe(255);
    expect(flag.stderr).toContain("invalid option -- 'K'");
    const missing = await run("onnxruntime_perf_test", ["-m", "times", "-r", "1", "-I", join(dir, "absent.onnx")]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain("File doesn't exist");
    const noData = await run("onnxruntime_perf_test", ["-m", "times", "-r", "1", SQUEEZENET]);
    expect(noData.code).not.toBe(0);
    expect(noData.stdout).toContain("there is no test data for model");
  });

  it("prints the summary and errors of recent releases with FAKE_PERF_TEST_FORMAT=current", async () => {
    const env = { ...process.env, FAKE_PERF_TEST_FORMAT: "current" };
    const r = await run("onnxruntime_perf_test", ["-r", "2", "--e", "cpu", "-I", join(dir, "model.onnx")], { env });
    expect(r.code, r.stderr).toBe(0);
    // Recent perf_test prints "Average inference time cost total: 1.234567 ms"; parseOrtPerfTest does not read that label yet.
    expect(r.stdout).toMatch(/^Average inference time cost total: \d+\.\d{6} ms$/m);
    expect(r.stdout).toContain("Total inference requests: 2");
    const flag = await run("onnxruntime_perf_test", ["--frobnicate", join(dir, "model.onnx")], { env });
    expect(flag.code).toBe(1);
    expect(flag.stderr).toContain("ERROR: Unknown command line flag 'frobnicate'");
  });
});

describe("fake trtexec", () => {
  it("builds an engine, then times it and exports times, a per-layer profile and layer info with ONNX metadata", async () => {
    const engine = join(dir, "model.engine");
    const build = await run("trtexec", [`--onnx=${join(dir, "model.onnx")}`, `--saveEngine=${engine}`, "--profilingVerbosity=detailed", "--skipInference", "--shapes=image:1x3x224x224"]);
    expect(build.code, build.stderr).toBe(0);
    expect(build.stdout).toMatch(/^&&&& RUNNING TensorRT\.trtexec \[TensorRT v\d+\] # \S*trtexec --onnx=/);
    expect(build.stdout).toMatch(/&&&& PASSED TensorRT\.trtexec/);
    const files = ["times.json", "profile.json", "layers.json"].map((f) => join(dir, f));
    const r = await run("trtexec", [`--loadEngine=${engine}`, "--iterations=4", "--warmUp=0", "--duration=0", `--exportTimes=${files[0]}`, `--exportProfile=${files[1]}`, `--exportLayerInfo=${files[2]}`, "--separateProfileRun"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/\[I\] Latency: min = [\d.e-]+ ms, max = [\d.e-]+ ms, mean = [\d.e-]+ ms, median = [\d.e-]+ ms/);
    const times = JSON.parse(readFileSync(files[0]!, "utf8")) as Record<string, number>[];
    expect(times).toHaveLength(4);
    expect(Object.keys(times[0]!)).toEqual(["startEnqMs", "endEnqMs", "startH2dMs", "endH2dMs", "startComputeMs", "endComputeMs", "startD2hMs", "endD2hMs", "h2dMs", "computeMs", "d2hMs", "latencyMs", "endToEndMs"]);
    const profile = parseTrtexecProfile(readFileSync(files[1]!, "utf8"), "profile.json");
    expect(profile.runs).toBe(4);
    const layers = joinTrtexec(profile, parseTrtexecLayerInfo(readFileSync(files[2]!, "utf8"), "layers.json"));
    const fused = layers.find((l) => l.name === "conv1 + relu1");
    expect(fused).toMatchObject({ covers: ["conv1", "relu1"], mapped: true, layerType: "CaskConvolution" });
    expect(fused!.totalUs).toBeGreaterThan(0);
    expect(layers[0]).toMatchObject({ name: "Reformatting CopyNode for Input Tensor 0 to conv1 + relu1", mapped: false, reformatFor: "conv1 + relu1" });
    expect(layers.find((l) => l.name === "pool1")?.covers).toEqual(["pool1"]);
  });

  it("fuses Conv, BatchNormalization, a residual Add and the activation into one layer", async () => {
    const model = join(dir, "resnet.onnx");
    copyFileSync(fileURLToPath(new URL("../../fixtures/models/resnet.onnx", import.meta.url)), model);
    const engine = join(dir, "resnet.engine");
    expect((await run("trtexec", [`--onnx=${model}`, `--saveEngine=${engine}`, "--profilingVerbosity=detailed", "--skipInference"])).code).toBe(0);
    const r = await run("trtexec", [`--loadEngine=${engine}`, "--iterations=2", "--warmUp=0", "--duration=0", `--exportProfile=${join(dir, "rp.json")}`, `--exportLayerInfo=${join(dir, "rl.json")}`, "--separateProfileRun"]);
    expect(r.code, r.stderr).toBe(0);
    const layers = joinTrtexec(parseTrtexecProfile(readFileSync(join(dir, "rp.json"), "utf8"), "rp.json"), parseTrtexecLayerInfo(readFileSync(join(dir, "rl.json"), "utf8"), "rl.json"));
    expect(layers.find((l) => l.name === "block1_conv2 + block1_bn2 + block1_add + block1_relu2")?.covers).toEqual(["block1_conv2", "block1_bn2", "block1_add", "block1_relu2"]);
    // Every ONNX node is in exactly one layer.
    const covered = layers.flatMap((l) => l.covers);
    expect(new Set(covered).size).toBe(covered.length);
    expect(covered).toHaveLength(38);
  });

  it("writes layer names only for an engine built without detailed verbosity", async () => {
    const engine = join(dir, "names.engine");
    // Layer info can be written at build time too (printLayerInfo runs before --skipInference ends the run).
    const build = await run("trtexec", [`--onnx=${join(dir, "model.onnx")}`, `--saveEngine=${engine}`, "--skipInference", `--exportLayerInfo=${join(dir, "l1.json")}`]);
    expect(build.code, build.stderr).toBe(0);
    expect(parseTrtexecLayerInfo(readFileSync(join(dir, "l1.json"), "utf8"), "l1.json").map((l) => l.name)).toContain("conv1 + relu1");
    const r = await run("trtexec", [`--loadEngine=${engine}`, "--iterations=2", "--warmUp=0", "--duration=0", `--exportProfile=${join(dir, "p2.json")}`, `--exportLayerInfo=${join(dir, "l2.json")}`], { viaPython: true });
    expect(r.code, r.stderr).toBe(0);
    // Profiled without --separateProfileRun: trtexec prints no performance summary.
    expect(r.stdout).toContain("The e2e network timing is not reported");
    expect(r.stdout).not.toContain("=== Performance summary ===");
    expect(parseTrtexecProfile(readFileSync(join(dir, "p2.json"), "utf8"), "p2.json").runs).toBe(2);
    const info = parseTrtexecLayerInfo(readFileSync(join(dir, "l2.json"), "utf8"), "l2.json");
    expect(info.every((l) => l.layerType === undefined && l.onnxNodes === undefined)).toBe(true);
    expect(info.map((l) => l.name)).toContain("conv1 + relu1");
  });

  it("fails as the real tool does", async () => {
    const unknown = await run("trtexec", ["--loadEngine=x.engine", "--frobnicate"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/\[E\] Unknown option: --frobnicate $/m);
    expect(unknown.stdout).toContain("=== Inference Options ===");
    expect(unknown.stdout).toMatch(/&&&& FAILED TensorRT\.trtexec/);
    const missing = await run("trtexec", [`--loadEngine=${join(dir, "absent.engine")}`, "--iterations=1"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("Error opening engine file");
  });
});

describe("fake benchmark_model", () => {
  const common = ["--num_runs=3", "--warmup_runs=1", "--min_secs=0", "--warmup_min_secs=0", "--max_secs=60", "--num_threads=1", "--enable_op_profiling=true"];
  beforeAll(() => copyFileSync(SQUEEZENET, join(dir, "model.tflite")));

  it("logs op profiling tables on stderr, one row per op in TFLite's vocabulary", async () => {
    const r = await run("benchmark_model", [`--graph=${join(dir, "model.tflite")}`, ...common, "--use_xnnpack=false"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(""); // TFLite's logger writes to stderr
    const parsed = parseTfliteBenchmark(r.stderr, "stderr");
    expect(parsed.format).toBe("table");
    expect(parsed.inference?.inferenceAverageUs).toBeGreaterThan(0);
    const types = new Set(parsed.layers.map((l) => l.nodeType));
    for (const t of ["CONV_2D", "RELU", "MAX_POOL_2D", "CONCATENATION", "MEAN", "RESHAPE"]) expect(types).toContain(t);
    expect(parsed.layers.find((l) => l.nodeType === "CONV_2D")).toMatchObject({ name: "[conv1_out]:0", nodeIndex: 0, outputs: ["conv1_out"], delegate: undefined });
    expect(parsed.layers.reduce((s, l) => s + l.averageUs, 0)).toBeGreaterThan(0);
  });

  it("puts GPU-delegated partitions in TfLiteGpuDelegateV2 rows, the rest on the CPU", async () => {
    const r = await run("benchmark_model", [`--graph=${join(dir, "model.tflite")}`, ...common, "--use_gpu=true", "--use_xnnpack=false"], { viaPython: true });
    expect(r.code, r.stderr).toBe(0);
    const { layers } = parseTfliteBenchmark(r.stderr, "stderr");
    const gpu = layers.filter((l) => l.nodeType === "TfLiteGpuDelegateV2");
    expect(gpu.length).toBeGreaterThan(0);
    expect(gpu[0]).toMatchObject({ name: "[relu1_out]:36", accelerator: "gpu", outputs: ["relu1_out"] });
    expect(layers.some((l) => l.nodeType === "MAX_POOL_2D" && l.delegate === undefined)).toBe(true);
  });

  it("warns about unknown flags and fails on a missing model as the real tool does", async () => {
    const missing = await run("benchmark_model", [`--graph=${join(dir, "absent.tflite")}`, "--frobnicate=1"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("WARN: Unconsumed cmdline flags: --frobnicate=1");
    expect(missing.stderr).toContain("ERROR: Could not open");
    const bad = await run("benchmark_model", [`--graph=${join(dir, "model.tflite")}`, "--num_runs=many"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("Failed to parse flag 'num_runs'");
  });
});
