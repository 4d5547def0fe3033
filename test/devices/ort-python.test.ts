// The ort-python tool for real: the device's Python onnxruntime (pip's onnxruntime 1.30.0), driven
// through the shipped runner script by the same protocol that benches onnxruntime-node. Its
// results must read like a local bench's: same layers, same covers, so local and remote results
// compare and split against each other.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BENCH_DEFAULTS, type BenchConfig } from "../../src/config/bench-args.js";
import { runBench } from "../../src/bench/run-bench.js";
import { LocalTransport } from "../../src/devices/transport/local-transport.js";
import { ortPythonBackend } from "../../src/devices/ort-python.js";
import { DeviceError } from "../../src/errors.js";
import { validateResults } from "../../src/results/read-results.js";

const hasOrtPython = spawnSync("python3", ["-c", "import onnxruntime"]).status === 0;
const transport = new LocalTransport("board");
const host = Object.assign(transport, { kind: "local" as const });
afterAll(() => transport.close());

function config(model: string): BenchConfig {
  return {
    models: [model], out: "unused.json", runs: 8, warmupRuns: 2, profileRuns: 4, threads: 1, optimization: "all", providers: ["cpu"],
    inputShapes: new Map(), inputValues: new Map(), seed: BENCH_DEFAULTS.seed, deviceName: "board", timeBudgetS: 60, processes: 1, energyBatches: 6,
  };
}

describe.skipIf(!hasOrtPython)("ort-python: the device's Python onnxruntime through the shipped runner", () => {
  for (const model of ["mlp", "squeezenet"]) {
    it(`${model}: the same layers and covers as onnxruntime-node's bench of the same model`, async () => {
      const backend = await ortPythonBackend(host);
      try {
        const path = `fixtures/models/${model}.onnx`;
        const remote = (await runBench(config(path), () => {}, undefined, undefined, backend)).head;
        const local = (await runBench(config(path), () => {})).head;
        validateResults(JSON.parse(JSON.stringify(remote)), "remote");
        expect(remote.device).toMatchObject({ name: "board", transport: "local", tool: "ort-python" });
        expect(remote.device.fingerprint.runtime).toMatch(/^onnxruntime 1\.30\.0 \(python 3\.\d+\.\d+\)$/);
        const vocabulary = (r: typeof remote) => r.models[0]!.layers.map((l) => ({ name: l.name, op: l.op, covers: l.covers }));
        expect(vocabulary(remote)).toEqual(vocabulary(local));
        expect(remote.models[0]!.latency.samples).toHaveLength(8);
        expect(remote.models[0]!.layers.every((l) => l.samples.length === 4)).toBe(true);
      } finally {
        await backend.close();
      }
    }, 120_000);
  }

  it("interleaves base and head on the device (paired mode), as locally", async () => {
    const backend = await ortPythonBackend(host);
    try {
      const outcome = await runBench({ ...config("fixtures/demo/mlp.onnx"), paired: { baseModel: "fixtures/models/mlp.onnx", baseOut: "unused.base.json" } }, () => {}, undefined, undefined, backend);
      expect(outcome.head.models[0]!.latency.paired?.layers).toBe("interleaved");
      expect(outcome.base!.models[0]!.latency.samples).toEqual(outcome.head.models[0]!.latency.paired!.baseSamples);
    } finally {
      await backend.close();
    }
  }, 120_000);

  it("a Python without onnxruntime, or none at all, fails the device with the step and what to install", async () => {
    // A Python whose `import onnxruntime` fails, as on a board where it was never installed.
    const dir = mkdtempSync(join(tmpdir(), "dnntune-nort-"));
    writeFileSync(join(dir, "onnxruntime.py"), "raise ImportError('No module named onnxruntime')\n");
    writeFileSync(join(dir, "python"), `#!/bin/sh\nPYTHONPATH=${dir} exec python3 "$@"\n`, { mode: 0o755 });
    try {
      const missing = await ortPythonBackend(host, { python: join(dir, "python") }).then(() => undefined, (e: unknown) => e);
      expect(missing).toBeInstanceOf(DeviceError);
      expect((missing as Error).message).toMatch(/^device board: start ort-python: python cannot import onnxruntime .*pip install onnxruntime/);
      const none = await ortPythonBackend(host, { python: "/nonexistent/python3" }).then(() => undefined, (e: unknown) => e);
      expect((none as Error).message).toMatch(/^device board: start ort-python: (could not start|the runner exited).*pip install onnxruntime==1\.30\.0/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a wrapper or library that prints on stdout cannot pass for an answer: the protocol's lines carry ids", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dnntune-noisy-"));
    // What a login script or a vendor wrapper might print first, shaped like an answer.
    writeFileSync(join(dir, "python"), `#!/bin/sh\necho '{"ok": true, "us": 1}'\necho 'Welcome to the board'\nexec python3 "$@"\n`, { mode: 0o755 });
    const backend = await ortPythonBackend(host, { python: join(dir, "python") });
    try {
      const results = (await runBench(config("fixtures/models/mlp.onnx"), () => {}, undefined, undefined, backend)).head;
      expect(results.models[0]!.latency.samples.every((us) => us !== 1)).toBe(true);
      expect(results.device.fingerprint.runtime).toMatch(/^onnxruntime 1\.30\.0/);
    } finally {
      await backend.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
