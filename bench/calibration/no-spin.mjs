// Preload for the calibration's "nospin" arms: every onnxruntime session this process creates
// gets session.intra_op.allow_spinning = "0", so the idle thread pool of one session does not
// spin on a core while the other session of a paired bench runs. Tests the fix proposed in
// docs/calibration.md without changing src/.
//   node --import ./bench/calibration/no-spin.mjs bin/dnntune.js bench …
import { createRequire } from "node:module";

const ort = createRequire(import.meta.url)("onnxruntime-node");
const create = ort.InferenceSession.create.bind(ort.InferenceSession);
ort.InferenceSession.create = (model, options, ...rest) => {
  if (rest.length > 0 || (options !== undefined && typeof options !== "object")) return create(model, options, ...rest);
  const extra = options?.extra ?? {};
  const session = extra.session ?? {};
  return create(model, { ...options, extra: { ...extra, session: { ...session, intra_op: { ...session.intra_op, allow_spinning: "0" } } } });
};
