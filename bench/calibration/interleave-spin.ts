// Diagnostic for the paired-mode finding in docs/calibration.md: two onnxruntime sessions run
// alternately in one process (as `bench --base-model` does), with and without intra-op thread
// spinning. With spinning (onnxruntime's default), the idle pool of the session that just ran
// keeps spinning on a core and slows the other session's next run.
//   node --import tsx bench/calibration/interleave-spin.ts [1|0]   (allow_spinning; default 1)
import * as ort from "onnxruntime-node";

const spin = process.argv[2] ?? "1";
const threads = Number(process.argv[3] ?? 2);
const options: ort.InferenceSession.SessionOptions = {
  intraOpNumThreads: threads,
  interOpNumThreads: 1,
  executionMode: "sequential",
  logSeverityLevel: 3,
  extra: { session: { intra_op: { allow_spinning: spin } } },
};
const a = await ort.InferenceSession.create("fixtures/models/mlp.onnx", options);
const b = await ort.InferenceSession.create("fixtures/models/mlp.onnx", options);
const x = new ort.Tensor("float32", new Float32Array(256 * 256).map((_, i) => (i % 7) / 7), [256, 256]);
const time = async (s: ort.InferenceSession) => {
  const t = performance.now();
  await s.run({ features: x });
  return (performance.now() - t) * 1000;
};
const med = (v: number[]) => [...v].sort((p, q) => p - q)[v.length >> 1]!;
for (let i = 0; i < 10; i++) {
  await time(a);
  await time(b);
}
const alone: number[] = [];
for (let i = 0; i < 30; i++) alone.push(await time(a));
// Pairs whose order alternates (A B, B A, …), as measurePaired does.
const first: number[] = [], second: number[] = [], logRatio: number[] = [];
for (let k = 0; k < 30; k++) {
  const [p, q] = k % 2 === 0 ? [a, b] : [b, a];
  const tp = await time(p), tq = await time(q);
  first.push(tp);
  second.push(tq);
  logRatio.push(k % 2 === 0 ? Math.log(tq / tp) : Math.log(tp / tq));
}
console.log(
  `allow_spinning=${spin} threads=${threads}: alone ${med(alone).toFixed(0)} µs; interleaved first-in-pair ${med(first).toFixed(0)} µs, second-in-pair ${med(second).toFixed(0)} µs; ` +
    `|log(B/A)| median ${(med(logRatio.map(Math.abs)) * 100).toFixed(1)} %`,
);
await a.release();
await b.release();
