// `ort-perf-test`: onnxruntime's own onnxruntime_perf_test on the device. The model goes there
// with its inputs as test data (`test_data_set_0/input_N.pb`, read by name), so the tool runs
// exactly the inputs a local bench would. Timed invocations (`-m times -r N`) give the summary's
// average per inference; profiled ones (`-p`) give onnxruntime's own chrome-trace profile, the
// local bench's format, and the first one saves the optimized model (`-u`), so its layers map to
// ONNX nodes exactly as onnxruntime-node's do.
import { parseOrtPerfTest } from "../../profiles/ort-perf-test.js";
import { parseOrtTrace, type ProfiledRun } from "../../profiles/ort-trace.js";
import { DeviceError } from "../../errors.js";
import type { OptimizationLevel } from "../../config/bench-args.js";
import { encodeTensorProto } from "./tensor-file.js";
import { meanRun, readableModel, ToolTarget } from "./tool-target.js";

const LEVELS: Record<OptimizationLevel, string> = { disabled: "0", basic: "1", extended: "2", all: "99" };

/** onnxruntime-node's provider names → perf_test's `-e` words (the CPU when none other is given). */
const EP_WORDS: Record<string, string> = { cpu: "cpu", cuda: "cuda", tensorrt: "tensorrt", dml: "dml", coreml: "coreml", nnapi: "nnapi", qnn: "qnn", xnnpack: "xnnpack", openvino: "openvino", rocm: "rocm", migraphx: "migraphx", webgpu: "webgpu" };

export class OrtPerfTestTarget extends ToolTarget {
  protected readonly tool = "onnxruntime_perf_test";

  get #model(): string {
    return `${this.remote}/model.onnx`;
  }

  protected async prepare(): Promise<void> {
    const { spec } = this;
    // One push of the folder: the model, and its test data where perf_test looks for it.
    this.writeLocal("model.onnx", spec.bytes);
    spec.inputs.forEach((input, i) => this.writeLocal(`test_data_set_0/input_${i}.pb`, encodeTensorProto(input)));
    await this.device.transport.push(this.local, this.remote, { step: `push the model ${spec.modelName}` });
  }

  #common(optimization: OptimizationLevel, iterations: number): string[] {
    const { ort } = this.spec;
    const provider = ort.providers.find((p) => p !== "cpu") ?? "cpu";
    const ep = EP_WORDS[provider];
    if (ep === undefined) throw new DeviceError(this.device.transport.device, `benchmark ${this.spec.modelName}`, `onnxruntime_perf_test has no execution provider for ${provider}`, `use one of ${Object.keys(EP_WORDS).join(", ")}`);
    return ["-m", "times", "-r", String(iterations), "-e", ep, "-x", String(ort.threads), "-o", LEVELS[optimization]];
  }

  protected async timed(): Promise<number> {
    const out = await this.invoke([...this.#common(this.spec.ort.optimization, this.device.iterations), ...this.device.args, this.#model], `benchmark ${this.spec.modelName}`);
    const summary = this.parsed("summary", () => parseOrtPerfTest(out.stdout, `${this.device.transport.device}: onnxruntime_perf_test output`));
    return summary.averageUs;
  }

  protected async profiled(): Promise<ProfiledRun> {
    return this.#profile(this.spec.ort.optimization, this.device.iterations, this.optimizedModel === null);
  }

  /** One inference with optimizations off: every original node under its own name, with its output shapes. */
  override async probeShapes(): Promise<ProfiledRun[]> {
    return [await this.#profile("disabled", 1, false)];
  }

  async #profile(optimization: OptimizationLevel, iterations: number, saveOptimized: boolean): Promise<ProfiledRun> {
    const name = this.nextName("profile");
    const argv = [...this.#common(optimization, iterations), "-p", `${this.remote}/${name}`];
    if (saveOptimized) argv.push("-u", `${this.remote}/optimized.onnx`);
    await this.invoke([...argv, ...this.device.args, this.#model], `profile ${this.spec.modelName}`);
    if (saveOptimized) {
      try {
        this.optimizedModel = readableModel((await this.fetch(`${this.remote}/optimized.onnx`, "read the optimized model")).bytes);
      } catch {
        this.optimizedModel = null; // some models cannot be saved; layers then map by name only
      }
    }
    // onnxruntime names the file PREFIX_<date>_<time>.json.
    const listing = await this.device.transport.run(["ls", this.remote], { step: "find the profile", retry: true });
    const file = listing.stdout.split("\n").map((l) => l.trim()).find((f) => f.startsWith(`${name}_`) && f.endsWith(".json"));
    if (!file) throw new DeviceError(this.device.transport.device, `profile ${this.spec.modelName}`, `onnxruntime_perf_test wrote no profile ${name}_*.json in ${this.remote}`, "check that the tool was built with profiling (-p)");
    const profile = await this.fetch(`${this.remote}/${file}`, "read the profile");
    const runs = this.parsed("profile", () => parseOrtTrace(profile.bytes.toString("utf8"), profile.file));
    if (runs.length === 0) throw new DeviceError(this.device.transport.device, `profile ${this.spec.modelName}`, `onnxruntime_perf_test's profile ${file} holds no model_run`);
    // perf_test's warm-up inference runs in the profiled session too: a fresh process's first,
    // cold run, which the timed summary leaves out, and so do the layers.
    return meanRun(runs.length > 1 ? runs.slice(1) : runs);
  }
}
