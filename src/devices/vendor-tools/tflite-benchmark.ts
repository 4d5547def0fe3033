// `tflite-benchmark`: TensorFlow Lite's benchmark_model on the device, running the model's `.tflite`
// export (dnntune.yml's `siblings: { tflite-benchmark: … }`, else the file beside the .onnx with
// the same name). benchmark_model synthesizes its own inputs. Timed invocations give "Inference
// (avg)"; profiled ones (`--enable_op_profiling=true`) its operator table, each row a layer: a
// delegated subgraph stays one layer, on the delegate's accelerator, and layers map back to ONNX
// nodes where the converter kept the tensor names, else keep TFLite's own names.
import { existsSync, readFileSync, statSync } from "node:fs";
import { InputError } from "../../errors.js";
import { parseTfliteBenchmark, parseTfliteInferenceTimings } from "../../profiles/tflite-benchmark.js";
import type { ProfiledRun } from "../../profiles/ort-trace.js";
import type { ModelSource } from "../bench-target.js";
import { ToolTarget, type Invocation } from "./tool-target.js";
import { tfliteRun } from "./tool-runs.js";

/** Where the model's `.tflite` should be: the configured sibling, or beside it with the same name. */
export function tflitePathOf(source: ModelSource): string {
  return source.siblings["tflite-benchmark"] ?? source.path.replace(/\.onnx$/i, "") + ".tflite";
}

/** The model's `.tflite`: the configured sibling, or the file beside it with the same name. */
export function tfliteSibling(source: ModelSource): string {
  const configured = source.siblings["tflite-benchmark"];
  if (configured !== undefined) {
    if (!existsSync(configured)) throw new InputError("models", `${source.path}: its tflite-benchmark sibling ${configured} does not exist`);
    if (!statSync(configured).isFile()) throw new InputError("models", `${source.path}: its tflite-benchmark sibling ${configured} is not a file`);
    return configured;
  }
  const beside = tflitePathOf(source);
  if (existsSync(beside) && !statSync(beside).isFile()) throw new InputError("models", `${source.path}: ${beside}, its .tflite export, is not a file`);
  if (!existsSync(beside)) {
    throw new InputError("models", `${source.path}: tflite-benchmark runs the model's .tflite export, and there is none: put it at ${beside}, or name it in dnntune.yml (models: - path: ${source.path} / siblings: { tflite-benchmark: FILE })`);
  }
  return beside;
}

/** benchmark_model logs through TFLite's logger, to stderr; builds that log to stdout are read too. */
function logOf(out: Invocation): string {
  return `${out.stdout}\n${out.stderr}`;
}

export class TfliteBenchmarkTarget extends ToolTarget {
  protected readonly tool = "benchmark_model";
  readonly #sibling: string;

  constructor(...args: ConstructorParameters<typeof ToolTarget>) {
    super(...args);
    this.#sibling = tfliteSibling(this.spec.source);
  }

  protected async prepare(): Promise<void> {
    this.writeLocal("model.tflite", readFileSync(this.#sibling));
    await this.device.transport.push(this.local, this.remote, { step: `push the model ${this.spec.modelName} (${this.#sibling})` });
  }

  #run(): string[] {
    // At least `iterations` runs and no minimum time: one invocation is one sample of a known size.
    return [`--graph=${this.remote}/model.tflite`, `--num_runs=${this.device.iterations}`, "--warmup_runs=1", "--min_secs=0", "--warmup_min_secs=0", `--max_secs=${Math.ceil(this.device.timeoutMs / 1000)}`, `--num_threads=${this.spec.ort.threads}`];
  }

  protected async timed(): Promise<number> {
    const out = await this.invoke([...this.#run(), ...this.device.args], `benchmark ${this.spec.modelName}`);
    return this.parsed("summary", () => parseTfliteInferenceTimings(logOf(out), `${this.device.transport.device}: benchmark_model output`)).inferenceAverageUs;
  }

  protected async profiled(): Promise<ProfiledRun> {
    const out = await this.invoke([...this.#run(), "--enable_op_profiling=true", ...this.device.args], `profile ${this.spec.modelName}`);
    const bench = this.parsed("operator profile", () => parseTfliteBenchmark(logOf(out), `${this.device.transport.device}: benchmark_model output`));
    return this.adopt(tfliteRun(bench, this.graph.nodes));
  }
}
