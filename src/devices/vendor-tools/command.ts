// `command`: a program of the user's that benchmarks the model and reports in a format dnntune
// reads. Its `args` may hold placeholders, each replaced whole inside an argument:
//   {model}       the ONNX model on the device, with its inputs beside it as test data
//                 (test_data_set_0/input_N.pb, as onnxruntime_perf_test reads them);
//   {iterations}  inferences this invocation should time;
//   {threads}     intra-op threads;
//   {out}         a fresh folder on the device for this invocation's files;
//   {profile}     1 when this invocation should profile, else 0;
//   {optimized}   where an onnxruntime-based program may save the optimized model (onnxruntime's
//                 optimized_model_filepath), so fused kernels map to the ONNX nodes they cover.
// A timed invocation prints onnxruntime_perf_test's summary ("Average inference time cost: …") or
// benchmark_model's ("Inference timings in us: …") on stdout. A profiled one writes into {out}
// `profile.json` (onnxruntime's chrome trace, or trtexec's --exportProfile with `layers.json` its
// --exportLayerInfo beside it) or `profile.txt` (benchmark_model's operator tables).
import { DeviceError } from "../../errors.js";
import { parseOrtPerfTestAverage } from "../../profiles/ort-perf-test.js";
import { parseOrtTrace, type ProfiledRun } from "../../profiles/ort-trace.js";
import { parseTfliteBenchmark, parseTfliteInferenceTimings } from "../../profiles/tflite-benchmark.js";
import { joinTrtexec, parseTrtexecLayerInfo, parseTrtexecProfile } from "../../profiles/trtexec.js";
import { encodeTensorProto } from "./tensor-file.js";
import { meanRun, readableModel, ToolTarget } from "./tool-target.js";
import { tfliteRun, trtexecRun } from "./tool-runs.js";

export const COMMAND_PLACEHOLDERS = ["{model}", "{iterations}", "{threads}", "{out}", "{profile}", "{optimized}"] as const;

export class CommandTarget extends ToolTarget {
  protected readonly tool = "the command";

  protected async prepare(): Promise<void> {
    this.writeLocal("model.onnx", this.spec.bytes);
    this.spec.inputs.forEach((input, i) => this.writeLocal(`test_data_set_0/input_${i}.pb`, encodeTensorProto(input)));
    await this.device.transport.push(this.local, this.remote, { step: `push the model ${this.spec.modelName}` });
  }

  async #call(profile: boolean): Promise<{ stdout: string; out: string }> {
    const name = this.nextName(profile ? "profile" : "run");
    // Beside the model's folder, not in it: perf_test-like tools take its folders for test data.
    const out = `${this.remote}-out/${name}`;
    await this.device.transport.run(["mkdir", "-p", out], { step: "make the command's folder", retry: true });
    const values: Record<(typeof COMMAND_PLACEHOLDERS)[number], string> = {
      "{model}": `${this.remote}/model.onnx`, "{iterations}": String(this.device.iterations), "{threads}": String(this.spec.ort.threads), "{out}": out, "{profile}": profile ? "1" : "0", "{optimized}": `${out}/optimized.onnx`,
    };
    // One pass over each argument, so a value holding "{out}" is never expanded again.
    const argv = this.device.args.map((arg) => arg.replace(/\{(?:model|iterations|threads|out|profile|optimized)\}/g, (p) => values[p as keyof typeof values]));
    const result = await this.invoke(argv, `${profile ? "profile" : "benchmark"} ${this.spec.modelName}`);
    return { stdout: result.stdout, out };
  }

  protected async timed(): Promise<number> {
    const { stdout } = await this.#call(false);
    const file = `${this.device.transport.device}: the command's output`;
    // The one line of onnxruntime_perf_test's summary that dnntune needs, in either spelling.
    const average = this.parsed("summary", () => parseOrtPerfTestAverage(stdout, file));
    if (average !== undefined) return average;
    if (stdout.includes("Inference timings in us:")) return this.parsed("summary", () => parseTfliteInferenceTimings(stdout, file)).inferenceAverageUs;
    throw new DeviceError(this.device.transport.device, `benchmark ${this.spec.modelName}`, `the command printed neither onnxruntime_perf_test's "Average inference time cost: N ms" nor benchmark_model's "Inference timings in us: …" line${stdout.trim() ? `; its output ended: ${stdout.trim().slice(-200)}` : " (its output was empty)"}`,
      "see docs/devices.md, the command tool, for what dnntune reads");
  }

  protected async profiled(): Promise<ProfiledRun> {
    const { out } = await this.#call(true);
    const listing = await this.device.transport.run(["ls", out], { step: "find the command's profile", retry: true });
    const files = new Set(listing.stdout.split("\n").map((l) => l.trim()));
    if (files.has("optimized.onnx") && this.optimizedModel === null) this.optimizedModel = readableModel((await this.fetch(`${out}/optimized.onnx`, "read the optimized model")).bytes);
    if (files.has("profile.txt")) {
      const { bytes, file } = await this.fetch(`${out}/profile.txt`, "read the command's profile");
      const bench = this.parsed("profile", () => parseTfliteBenchmark(bytes.toString("utf8"), file));
      return this.adopt(tfliteRun(bench, this.graph.nodes));
    }
    if (!files.has("profile.json")) {
      throw new DeviceError(this.device.transport.device, `profile ${this.spec.modelName}`, `the command wrote neither profile.json nor profile.txt into {out} (it holds: ${[...files].filter(Boolean).join(", ") || "nothing"})`, "see docs/devices.md, the command tool");
    }
    const { bytes, file } = await this.fetch(`${out}/profile.json`, "read the command's profile");
    const text = bytes.toString("utf8");
    // trtexec's profile opens with {"count": N}; onnxruntime's trace is a list of events.
    if (/^\s*\[\s*\{\s*"count"/.test(text)) {
      const info = files.has("layers.json") ? await this.fetch(`${out}/layers.json`, "read the command's layer information") : undefined;
      return this.adopt(trtexecRun(this.parsed("profile", () => joinTrtexec(parseTrtexecProfile(text, file), info ? parseTrtexecLayerInfo(info.bytes.toString("utf8"), info.file) : []))));
    }
    const runs = this.parsed("profile", () => parseOrtTrace(text, file));
    if (runs.length === 0) throw new DeviceError(this.device.transport.device, `profile ${this.spec.modelName}`, "the command's onnxruntime profile holds no model_run");
    return meanRun(runs);
  }
}
