// An input as a serialized ONNX TensorProto (`input_0.pb`): how onnxruntime_perf_test and
// onnx_test_runner read test data, from `test_data_set_0/` beside the model, matched by name.
import { dtypeCode } from "../../onnx/dtype.js";
import { TensorProtoType } from "../../onnx/onnx-proto.js";
import type { InputTensor } from "../bench-target.js";

export function encodeTensorProto(input: InputTensor): Uint8Array {
  const { name, dtype, shape, data } = input;
  const code = dtypeCode(dtype);
  if (code === undefined) throw new RangeError(`encodeTensorProto: input ${name} has an unknown element type`);
  const message: Record<string, unknown> = { name, dims: shape, data_type: code };
  if (dtype === "string") message.string_data = (data as string[]).map((s) => Buffer.from(s, "utf8"));
  else if (dtype === "bool") message.raw_data = Uint8Array.from(data as boolean[], (b) => (b ? 1 : 0));
  else {
    // Typed arrays hold the host's byte order; every platform Node runs on is little-endian, as raw_data is.
    const view = data as ArrayBufferView;
    message.raw_data = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  }
  return TensorProtoType.encode(TensorProtoType.fromObject(message)).finish();
}
