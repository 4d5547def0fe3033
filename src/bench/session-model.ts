// The bytes a session is created from: the model with its stable node names, hostile names
// replaced by tokens (see onnx/sanitize-names.ts), and its external weights read from the
// model's own folder and written in — so the session runs the model's own weights wherever
// dnntune runs, and a same-named file in the working directory is never loaded instead.
import { closeSync, openSync, readSync, realpathSync, statSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { InputError } from "../errors.js";
import { inlineExternalData, type ExternalDataRef } from "../onnx/external-data.js";
import { ModelProtoType, type ModelView } from "../onnx/onnx-proto.js";
import { encodeModel, type OnnxModel } from "../onnx/read-model.js";
import { sanitizeNames, type NameMap } from "../onnx/sanitize-names.js";

export interface SessionModel {
  bytes: Uint8Array;
  names: NameMap;
  /** The external data files the model's tensors were read from (real paths). */
  dataFiles: string[];
}

/** onnxruntime-node takes a model from memory as one protobuf message, which cannot exceed 2 GiB:
 *  the most a model and its external data may come to. */
export const MAX_MESSAGE_BYTES = 2 ** 31 - 1;

export function sessionModel(model: OnnxModel, path: string, flag = "models"): SessionModel {
  const copy = ModelProtoType.decode(encodeModel(model)) as unknown as ModelView;
  const names = sanitizeNames(copy);
  const dataFiles = new Set<string>();
  let inlined = 0;
  const refs = inlineExternalData(copy, (ref) => {
    const { file, bytes } = readExternal(path, ref, flag, MAX_MESSAGE_BYTES - inlined);
    dataFiles.add(file);
    inlined += bytes.length;
    return bytes;
  });
  const bytes = refs.length === 0 && names.replaced === 0 ? encodeModel(model) : ModelProtoType.encode(copy as never).finish();
  return { bytes, names, dataFiles: [...dataFiles] };
}

/** Reads one tensor's bytes, refusing anything but a region of a regular file in the model's folder. */
function readExternal(modelPath: string, ref: ExternalDataRef, flag: string, bytesLeft: number): { file: string; bytes: Uint8Array } {
  const fail = (why: string): never => {
    throw new InputError(flag, `model ${modelPath}: tensor "${ref.tensor}" keeps its data in the external file "${ref.location}", ${why}`);
  };
  if (ref.location === "") fail("but names no location");
  if (isAbsolute(ref.location)) fail("an absolute path; external data must lie in the model's folder, given relative to it");
  const folder = realpathSync(dirname(modelPath));
  const wanted = resolve(folder, ref.location);
  let file: string;
  try {
    file = realpathSync(wanted);
  } catch {
    return fail(`which does not exist (looked for ${wanted}, next to the model); copy the data file next to the model`);
  }
  const inside = relative(folder, file);
  if (inside === "" || inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside)) fail(`which lies outside the model's folder ${folder}; dnntune reads external data only from the model's folder`);
  const stat = statSync(file);
  if (!stat.isFile()) fail("which is not a regular file");
  const { offset } = ref;
  if (!Number.isSafeInteger(offset) || offset < 0) fail(`at offset "${offset}", which is not a byte offset`);
  const length = ref.length ?? stat.size - offset;
  if (!Number.isSafeInteger(length) || length < 0) fail(`with length "${ref.length}", which is not a byte count`);
  if (ref.neededBytes !== null && length !== ref.neededBytes) fail(`with length ${length} bytes, but its type and shape need ${ref.neededBytes}`);
  if (offset + length > stat.size) fail(`which holds ${stat.size} bytes, too short for bytes ${offset}–${offset + length} (is the file truncated?)`);
  if (length > bytesLeft) {
    throw new InputError(flag, `model ${modelPath}: its external data comes to over 2 GiB, more than onnxruntime-node takes from memory; dnntune cannot benchmark models this large yet`);
  }
  const bytes = new Uint8Array(length);
  const fd = openSync(file, "r");
  try {
    for (let done = 0; done < length;) {
      const n = readSync(fd, bytes, done, length - done, offset + done);
      if (n === 0) fail(`which ended early at byte ${offset + done}`);
      done += n;
    }
  } finally {
    closeSync(fd);
  }
  return { file, bytes };
}
