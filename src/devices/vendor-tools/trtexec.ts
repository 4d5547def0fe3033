// `trtexec`: TensorRT's own benchmark on the device. The engine is built once per model
// (`--saveEngine`, with detailed profiling verbosity so the layer information names the ONNX nodes
// each fused layer came from) and loaded by every invocation after. Timed invocations export each
// inference's times (`--exportTimes`); profiled ones export the per-layer profile and the layer
// information (`--exportProfile --exportLayerInfo --separateProfileRun`), joined on the layer
// names: a fused TensorRT layer covers the ONNX nodes its `Metadata` lists.
import { joinTrtexec, parseTrtexecLayerInfo, parseTrtexecProfile, parseTrtexecTimes } from "../../profiles/trtexec.js";
import type { ProfiledRun } from "../../profiles/ort-trace.js";
import { DeviceError } from "../../errors.js";
import type { InputTensor } from "../bench-target.js";
import { ToolTarget } from "./tool-target.js";
import { trtexecRun } from "./tool-runs.js";

/** trtexec's own default warm-up, ms: inferences that start computing before it ends are not samples. */
const WARM_UP_MS = 200;

export class TrtexecTarget extends ToolTarget {
  protected readonly tool = "trtexec";

  get #engine(): string {
    return `${this.remote}/model.engine`;
  }

  protected async prepare(): Promise<void> {
    const { spec } = this;
    this.writeLocal("model.onnx", spec.bytes);
    spec.inputs.forEach((input, i) => this.writeLocal(`input_${i}.bin`, rawBytes(input)));
    await this.device.transport.push(this.local, this.remote, { step: `push the model ${spec.modelName}` });
    await this.invoke([`--onnx=${this.remote}/model.onnx`, `--saveEngine=${this.#engine}`, "--profilingVerbosity=detailed", "--skipInference", ...this.#shapes(), ...this.device.args], `build a TensorRT engine for ${spec.modelName}`);
  }

  /** `--shapes` for the inputs the file leaves dynamic (trtexec refuses them for static ones). */
  #shapes(): string[] {
    const graph = this.graph;
    const dynamic = this.spec.inputs.filter((input) => graph.tensors.get(input.name)?.shape?.some((d) => typeof d !== "number") ?? true);
    return dynamic.length === 0 ? [] : [`--shapes=${dynamic.map((i) => `${quoted(i.name)}:${i.shape.join("x")}`).join(",")}`];
  }

  /** The load, inputs and loop every invocation shares. */
  #run(): string[] {
    const inputs = this.spec.inputs.map((input, i) => `${quoted(input.name)}:${this.remote}/input_${i}.bin`);
    return [
      `--loadEngine=${this.#engine}`, ...this.#shapes(), ...(inputs.length > 0 ? [`--loadInputs=${inputs.join(",")}`] : []),
      `--iterations=${this.device.iterations}`, `--warmUp=${WARM_UP_MS}`, "--duration=0",
    ];
  }

  protected async timed(): Promise<number> {
    const name = `${this.nextName("times")}.json`;
    const out = await this.invoke([...this.#run(), `--exportTimes=${this.remote}/${name}`, ...this.device.args], `benchmark ${this.spec.modelName}`);
    this.#noteVersion(out.stdout);
    const { bytes, file } = await this.fetch(`${this.remote}/${name}`, "read trtexec's times");
    const inferences = this.parsed("times", () => parseTrtexecTimes(bytes.toString("utf8"), file));
    const timed = inferences.filter((t) => t.startComputeUs >= WARM_UP_MS * 1000);
    if (timed.length === 0) throw new DeviceError(this.device.transport.device, `benchmark ${this.spec.modelName}`, `trtexec timed no inference after its ${WARM_UP_MS} ms warm-up (${inferences.length} in all)`);
    return timed.reduce((s, t) => s + t.latencyUs, 0) / timed.length;
  }

  protected async profiled(): Promise<ProfiledRun> {
    const name = this.nextName("profile");
    const out = await this.invoke([...this.#run(), `--exportProfile=${this.remote}/${name}.json`, `--exportLayerInfo=${this.remote}/${name}-layers.json`, "--separateProfileRun", ...this.device.args], `profile ${this.spec.modelName}`);
    this.#noteVersion(out.stdout);
    const profileFile = await this.fetch(`${this.remote}/${name}.json`, "read trtexec's profile");
    const infoFile = await this.fetch(`${this.remote}/${name}-layers.json`, "read trtexec's layer information");
    return this.adopt(trtexecRun(this.parsed("profile", () => joinTrtexec(
      parseTrtexecProfile(profileFile.bytes.toString("utf8"), profileFile.file),
      parseTrtexecLayerInfo(infoFile.bytes.toString("utf8"), infoFile.file),
    ))));
  }

  /** `&&&& RUNNING TensorRT.trtexec [TensorRT v8601] …` → TensorRT 8.6.1 (v100300 → 10.3.0). */
  #noteVersion(stdout: string): void {
    if (this.device.seen.version) return;
    const v = /\[TensorRT v(\d+)\]/.exec(stdout)?.[1];
    if (!v) return;
    const n = Number(v);
    const [major, minor, patch] = v.length >= 6 ? [Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100] : [Math.floor(n / 1000), Math.floor(n / 100) % 10, n % 100];
    this.device.seen.version = `TensorRT ${major}.${minor}.${patch}`;
  }
}

/** An input name as trtexec's shape and input specs take it: in single quotes when it holds their separators. */
function quoted(name: string): string {
  return /[:,'\s]/.test(name) ? `'${name}'` : name;
}

/** An input's values as `--loadInputs` reads them: raw bytes in the tensor's own type. */
function rawBytes(input: InputTensor): Uint8Array {
  const { data } = input;
  if (Array.isArray(data)) {
    if (input.dtype === "bool") return Uint8Array.from(data as boolean[], (b) => (b ? 1 : 0));
    throw new RangeError(`trtexec cannot take string input ${input.name}`);
  }
  const view = data as ArrayBufferView;
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}
