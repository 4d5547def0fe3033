import { describe, expect, it } from "vitest";
import { compare } from "../../src/compare/compare.js";
import { comparisonSchema } from "../../src/compare/schema.js";
import type { Comparison, Endpoint } from "../../src/compare/types.js";
import { gatedRegressions } from "../../src/compare/gated-regressions.js";
import { FormatError } from "../../src/errors.js";
import { validateResults } from "../../src/results/read-results.js";
import { MAX_SAMPLE, MIN_SAMPLE } from "../../src/results/schema.js";
import type { ModelResult } from "../../src/results/types.js";
import { benjaminiHochberg } from "../../src/stats/benjamini-hochberg.js";
import { holm } from "../../src/stats/holm.js";
import { cnnLayers, FINGERPRINT, model, noisy, results } from "./fixtures.js";

const named = (i: number, op: string) => `${op.toLowerCase()}${i}`;

function cnn(name: string, latencyUs: number, seed: number, layerScale = 1, n = 30): ModelResult {
  return model(name, noisy(latencyUs, n, 0.02, seed), cnnLayers(named, layerScale, seed + 100, n));
}

function endpoint(endpoints: Endpoint[], metric: Endpoint["metric"], model = "cnn", layer?: string): Endpoint {
  const found = endpoints.find((e) => e.metric === metric && e.model === model && (layer === undefined || e.layer === layer));
  if (!found) throw new Error(`no ${metric} endpoint for ${model} ${layer ?? ""}`);
  return found;
}

describe("compare: verdicts", () => {
  it("calls the same model measured twice equivalent, layers included", () => {
    const c = compare(results([cnn("cnn", 2000, 1)]), results([cnn("cnn", 2000, 2)]));
    expect(c.schema).toBe("dnntune.comparison/v1");
    const latency = endpoint(c.endpoints, "latency");
    expect(latency).toMatchObject({ device: "host", verdict: "equivalent", nBase: 30, nHead: 30, paired: false, warnings: [] });
    expect(latency.ci![0]).toBeGreaterThan(0.95);
    expect(latency.ci![1]).toBeLessThan(1.05);
    expect(c.endpoints.filter((e) => e.metric === "layer").map((e) => e.verdict)).not.toContain("regression");
    expect(c.findings).toEqual([]);
  });

  it("calls a 20 % slowdown a regression and a 20 % speedup an improvement", () => {
    const slower = compare(results([cnn("cnn", 2000, 1)]), results([cnn("cnn", 2400, 2)]));
    const latency = endpoint(slower.endpoints, "latency");
    expect(latency.verdict).toBe("regression");
    expect(latency.ratio).toBeCloseTo(1.2, 1);
    expect(latency.ci![0]).toBeGreaterThan(1.05);
    expect(latency.p).toBeLessThan(1e-9);
    expect(latency.headMedianUs! - latency.baseMedianUs!).toBeGreaterThan(50);
    const faster = compare(results([cnn("cnn", 2000, 1)]), results([cnn("cnn", 1600, 2)]));
    expect(endpoint(faster.endpoints, "latency").verdict).toBe("improvement");
  });

  it("flags a layer that slowed down and leaves the others alone", () => {
    const head = cnn("cnn", 2000, 2);
    head.layers[2]!.samples = noisy(700, 30, 0.02, 77); // conv2: 500 → 700 µs
    const c = compare(results([cnn("cnn", 2000, 1)]), results([head]));
    expect(endpoint(c.endpoints, "layer", "cnn", "conv2").verdict).toBe("regression");
    const others = c.endpoints.filter((e) => e.metric === "layer" && e.layer !== "conv2");
    expect(others.map((e) => e.verdict)).not.toContain("regression");
  });

  it("calls a change too small to matter (below min-abs) equivalent, not a regression", () => {
    // 100 µs → 120 µs: +20 % but 20 µs < 50 µs.
    const c = compare(results([model("tiny", noisy(100, 30, 0.02, 1), [])]), results([model("tiny", noisy(120, 30, 0.02, 2), [])]));
    expect(endpoint(c.endpoints, "latency", "tiny")).toMatchObject({ verdict: "equivalent" });
    expect(endpoint(c.endpoints, "latency", "tiny").p).toBeLessThan(0.001);
  });

  it("calls three noisy runs each side inconclusive", () => {
    const c = compare(results([model("m", [1000, 1300, 900], [])]), results([model("m", [1100, 1250, 950], [])]));
    expect(endpoint(c.endpoints, "latency", "m")).toMatchObject({ verdict: "inconclusive", nBase: 3, nHead: 3 });
  });

  it("calls an endpoint without baseline missing and says so", () => {
    const c = compare(results([cnn("cnn", 2000, 1)]), results([cnn("cnn", 2000, 2), cnn("new", 900, 3)]));
    expect(endpoint(c.endpoints, "latency", "new")).toMatchObject({
      verdict: "missing", ratio: null, ci: null, p: null, pAdjusted: null, baseMedianUs: null, nBase: 0, nHead: 30,
    });
    expect(c.endpoints.filter((e) => e.model === "new" && e.metric === "layer")).toEqual([]);
    expect(c.findings).toContainEqual(expect.objectContaining({ code: "model-no-baseline", model: "new" }));

    const none = compare([], results([cnn("cnn", 2000, 1)]));
    expect(none.endpoints.map((e) => e.verdict)).toEqual(["missing"]);
    expect(none.findings.map((f) => f.code)).toEqual(["device-no-baseline"]);
  });

  it("reports models gone from head", () => {
    const c = compare(results([cnn("cnn", 2000, 1), cnn("old", 900, 3)]), results([cnn("cnn", 2000, 2)]));
    expect(c.findings).toContainEqual(expect.objectContaining({ code: "model-not-in-head", model: "old" }));
  });

  it("compares energy per inference as a primary endpoint, in mJ", () => {
    const base = cnn("cnn", 2000, 1);
    const head = cnn("cnn", 2000, 2);
    base.energy = { unit: "mJ", source: "measured:rapl", samples: noisy(10, 30, 0.03, 5) };
    head.energy = { unit: "mJ", source: "measured:rapl", samples: noisy(13, 30, 0.03, 6) };
    // Energy batches are runs of one process a side (no replicates or pairs for energy yet): a
    // clear +30 % is significant but cannot be decided.
    const energy = endpoint(compare(results([base]), results([head])).endpoints, "energy");
    expect(energy).toMatchObject({ verdict: "inconclusive", unit: "runs", baseMedianUs: null, headMedianUs: null });
    expect(energy.p).toBeLessThan(1e-6);
    expect(energy.baseMedianMj).toBeCloseTo(10, 0);
    expect(energy.headMedianMj).toBeCloseTo(13, 0);
  });

  it("offers a seeded bootstrap interval of the ratio of medians instead", () => {
    const base = results([cnn("cnn", 2000, 1)]);
    const head = results([cnn("cnn", 2400, 2)]);
    const a = endpoint(compare(base, head, { effect: "bootstrap", seed: 9 }).endpoints, "latency");
    const b = endpoint(compare(base, head, { effect: "bootstrap", seed: 9 }).endpoints, "latency");
    expect(a).toEqual(b);
    expect(a.ratio).toBeCloseTo(a.headMedianUs! / a.baseMedianUs!, 12);
    expect(a.verdict).toBe("regression");
  });
});

describe("compare: multiple testing", () => {
  // Five runs each side, fully separated: exact Mann–Whitney p = 2/252 ≈ 0.0079 per model.
  const separated = (name: string, base: boolean) =>
    model(name, base ? [1000, 1010, 1020, 1030, 1040] : [1300, 1310, 1320, 1330, 1340], []);

  it("holds one clear regression at p ≈ 0.008 significant", () => {
    const c = compare(results([separated("a", true)]), results([separated("a", false)]));
    expect(endpoint(c.endpoints, "latency", "a")).toMatchObject({ verdict: "regression" });
    expect(endpoint(c.endpoints, "latency", "a").p).toBeCloseTo(2 / 252, 12);
  });

  it("applies Holm across all primary endpoints: seven such models are no longer significant", () => {
    const names = ["a", "b", "c", "d", "e", "f", "g"];
    const c = compare(results(names.map((n) => separated(n, true))), results(names.map((n) => separated(n, false))));
    const primary = c.endpoints.filter((e) => e.metric === "latency");
    expect(primary.map((e) => e.pAdjusted)).toEqual(holm(primary.map((e) => e.p!)));
    expect(primary[0]!.pAdjusted).toBeCloseTo((7 * 2) / 252, 12);
    expect(primary.map((e) => e.verdict)).toEqual(names.map(() => "inconclusive"));
  });

  it("applies Holm across devices too", () => {
    const c = compare(
      [results([separated("a", true)], "phone"), results([separated("a", true)], "board")],
      [results([separated("a", false)], "phone"), results([separated("a", false)], "board")],
    );
    expect(c.endpoints.map((e) => [e.device, e.pAdjusted])).toEqual([["phone", 4 / 252], ["board", 4 / 252]].map(([d, p]) => [d, expect.closeTo(p as number, 12)]));
  });

  it("applies Benjamini–Hochberg within each model × device's layers, apart from the primary family", () => {
    const head = cnn("cnn", 2000, 2);
    head.layers[0]!.samples = noisy(330, 30, 0.02, 50); // +10 %
    const c = compare(results([cnn("cnn", 2000, 1), cnn("other", 2000, 7)]), results([head, cnn("other", 2000, 8)]));
    for (const name of ["cnn", "other"]) {
      const layers = c.endpoints.filter((e) => e.metric === "layer" && e.model === name);
      expect(layers).toHaveLength(12);
      expect(layers.map((e) => e.pAdjusted)).toEqual(benjaminiHochberg(layers.map((e) => e.p!)));
    }
    const primary = c.endpoints.filter((e) => e.metric === "latency");
    expect(primary.map((e) => e.pAdjusted)).toEqual(holm(primary.map((e) => e.p!)));
    expect(endpoint(c.endpoints, "layer", "cnn", "conv0").verdict).toBe("regression");
  });
});

describe("compare: renamed model", () => {
  it("compares a re-export with every node and tensor renamed as unchanged", () => {
    const base = cnn("cnn", 2000, 1);
    const head = model("cnn", noisy(2000, 30, 0.02, 2), cnnLayers((i) => `/features.${i}/node`, 1, 300), "onnx::tensor_");
    const c = compare(results([base]), results([head]));
    const layers = c.endpoints.filter((e) => e.metric === "layer");
    const matched = layers.filter((e) => e.verdict !== "missing");
    expect(matched.length / base.layers.length).toBeGreaterThanOrEqual(0.95);
    expect(c.endpoints.map((e) => e.verdict)).not.toContain("regression");
    expect(c.findings.map((f) => f.code)).toEqual(["layers-renamed"]);
    expect(layers[0]).toMatchObject({ layer: "/features.0/node", warnings: ["layers-renamed"] });
  });

  it("reports layers added and removed when the structure changed", () => {
    const base = cnn("cnn", 2000, 1);
    const head = cnn("cnn", 2000, 2);
    head.layers.push({ name: "softmax", op: "Softmax", covers: [], provider: "CPUExecutionProvider", outputBytes: 40, samples: noisy(5, 30, 0.02, 9) });
    head.layers.splice(10, 1); // flatten10 gone
    const c = compare(results([base]), results([head]));
    expect(c.findings).toContainEqual(expect.objectContaining({ code: "layer-removed", layer: "flatten10" }));
    expect(c.findings).toContainEqual(expect.objectContaining({ code: "layer-added", layer: "softmax" }));
    expect(endpoint(c.endpoints, "layer", "cnn", "softmax")).toMatchObject({ verdict: "missing", warnings: ["layer-added"] });
  });
});

describe("compare: fingerprints", () => {
  it("flags another thread count and runtime on every endpoint of that device only", () => {
    const headFingerprint = { ...FINGERPRINT, threads: 2, runtime: "onnxruntime 1.31.0", tempC: [60, 70] };
    const c = compare(
      [results([cnn("cnn", 2000, 1)], "host"), results([cnn("cnn", 5000, 3)], "phone")],
      [results([cnn("cnn", 2000, 2)], "host", headFingerprint), results([cnn("cnn", 5000, 4)], "phone")],
    );
    const mismatch = c.findings.filter((f) => f.code === "fingerprint-mismatch");
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0]).toMatchObject({ device: "host", details: { differences: [
      { field: "runtime", base: "onnxruntime 1.30.0", head: "onnxruntime 1.31.0" },
      { field: "threads", base: 4, head: 2 },
    ] } });
    expect(mismatch[0]!.message).toContain("threads 4 → 2");
    const host = c.endpoints.filter((e) => e.device === "host");
    expect(host.length).toBe(13);
    for (const e of host) expect(e.warnings).toContain("fingerprint-mismatch");
    for (const e of c.endpoints.filter((e) => e.device === "phone")) expect(e.warnings).not.toContain("fingerprint-mismatch");
  });
});

describe("compare: paired runs", () => {
  it("uses the signed-rank test on per-pair log ratios and sees through drift", () => {
    // Both sides drift upwards together by 30 % over the run; head is 8 % slower in every pair.
    const drift = Array.from({ length: 30 }, (_, i) => 2000 * (1 + 0.01 * i));
    const noise = noisy(1, 30, 0.005, 4);
    const baseSamples = drift.map((v, i) => v * noise[i]!);
    const headSamples = drift.map((v, i) => v * 1.08 * noisy(1, 30, 0.005, 5)[i]!);
    const head = model("cnn", headSamples, []);
    head.latency.paired = { baseSamples, headSamples };
    const base = model("cnn", baseSamples, []);
    const c = compare(results([base]), results([head]));
    const latency = endpoint(c.endpoints, "latency");
    expect(latency).toMatchObject({ paired: true, verdict: "regression", nBase: 30, nHead: 30 });
    expect(latency.ratio).toBeCloseTo(1.08, 2);
    expect(latency.p).toBeCloseTo(2 / 2 ** 30, 15); // all 30 log ratios positive: exact p = 2/2^30
    // Unpaired, one process a side, the runs decide nothing: the drift swamps the 8 %.
    const [baseRuns, headRuns] = [model("cnn", baseSamples, [], "t", { oneProcess: true }), model("cnn", headSamples, [], "t", { oneProcess: true })];
    expect(endpoint(compare(results([baseRuns]), results([headRuns])).endpoints, "latency")).toMatchObject({ verdict: "inconclusive", unit: "runs" });
  });

  it("flags the drift it sees in the samples", () => {
    const drift = Array.from({ length: 30 }, (_, i) => 2000 * (1 + 0.01 * i));
    const c = compare(results([cnn("cnn", 2000, 1)]), results([model("cnn", drift, [])]));
    expect(c.findings).toContainEqual(expect.objectContaining({ code: "thermal-drift", side: "head" }));
    expect(endpoint(c.endpoints, "latency").warnings).toContain("thermal-drift");
  });
});

describe("compare: a busy machine", () => {
  it("calls no regression from a run timed while other programs used the cores, and says so", () => {
    const base = cnn("cnn", 2000, 1);
    const head = cnn("cnn", 2400, 2);
    head.latency.busyCores = 1.3;
    const c = compare(results([base]), results([head]));
    expect(endpoint(c.endpoints, "latency")).toMatchObject({ verdict: "inconclusive" });
    expect(endpoint(c.endpoints, "latency").warnings).toContain("busy-machine");
    expect(c.findings).toContainEqual(expect.objectContaining({ code: "busy-machine", model: "cnn", message: expect.stringContaining("1.30 cores") }));
    // Under the limit (or with --max-busy-cores raised) the same data decides.
    expect(endpoint(compare(results([base]), results([head]), { maxBusyCores: 2 }).endpoints, "latency").verdict).toBe("regression");
  });
});

describe("compare: bad input", () => {
  it("refuses a copy of one results file given as another replicate process", () => {
    const a = results([cnn("cnn", 2000, 1)]);
    expect(() => compare(results([cnn("cnn", 2000, 3)]), [a, structuredClone(a)], { headFiles: ["h1.json", "h2.json"] })).toThrow(
      /h2\.json: models\[0\]\.latency\.samples: cnn on host has the very samples of h1\.json: a copy of one process is not another process/,
    );
  });

  it("names the file and field of empty samples", () => {
    const head = cnn("cnn", 2000, 2);
    head.layers[3]!.samples = [];
    expect(() => compare(results([cnn("cnn", 2000, 1)]), results([head]), { baseFiles: "base.json", headFiles: "head.json" })).toThrow(
      new FormatError("head.json", "models[0].layers[3].samples", "is empty; expected at least one sample"),
    );
    const base = cnn("cnn", 2000, 1);
    base.latency.samples = [];
    expect(() => compare(results([base]), results([cnn("cnn", 2000, 2)]), { baseFiles: "base.json" })).toThrow(/base\.json: models\[0\]\.latency\.samples: is empty/);
  });

  it("refuses results with no model in common, naming both files", () => {
    expect(() => compare(results([cnn("a", 2000, 1)]), results([cnn("b", 2000, 2)]), { baseFiles: ["base.json"], headFiles: ["head.json"] })).toThrow(
      /^head\.json: models: no model × device in common with base\.json \(base has a on host; head has b on host\)$/,
    );
  });

  it("refuses a model listed twice in one file", () => {
    expect(() => compare(results([cnn("a", 2000, 1)]), results([cnn("a", 2000, 2), cnn("a", 2000, 3)]), { headFiles: ["h.json"] })).toThrow(
      /h\.json: models\[1\]\.name: a on host appears twice in this file/,
    );
  });

  it("reads the same model in several files of one side as replicate processes", () => {
    const one = (seed: number) => model("a", noisy(2000, 30, 0.02, seed), [], "t", { oneProcess: true });
    const comparison = compare(results([one(1)]), [1, 2, 3].map((k) => results([one(10 + k)])), { headFiles: ["h1.json", "h2.json", "h3.json"] });
    const latency = comparison.endpoints.find((e) => e.metric === "latency")!;
    expect(latency.nHead).toBe(90);
    expect(latency.replicates).toBeUndefined(); // one base process: runs stay the unit
  });
});

describe("compare: sample counts", () => {
  it("compares 100,000 samples per side, ties and all, and finds a 10 % slowdown", () => {
    // Integer µs, as profilers report them: every value is tied many times over.
    const base = noisy(2000, 100_000, 0.05, 11).map(Math.round);
    const head = noisy(2200, 100_000, 0.05, 12).map(Math.round);
    const latency = endpoint(compare(results([model("big", base, [])]), results([model("big", head, [])])).endpoints, "latency", "big");
    expect(latency).toMatchObject({ verdict: "regression", nBase: 100_000, nHead: 100_000 });
    expect(latency.ratio).toBeCloseTo(1.1, 2);
    expect(latency.ci![1] - latency.ci![0]).toBeLessThan(0.002);
  });

  it("compares 100,000 paired runs", () => {
    const baseSamples = noisy(2000, 100_000, 0.05, 13).map(Math.round);
    const noise = noisy(1, 100_000, 0.01, 14);
    const headSamples = baseSamples.map((v, i) => Math.round(v * 1.1 * noise[i]!));
    const head = model("big", headSamples, []);
    head.latency.paired = { baseSamples, headSamples };
    const latency = endpoint(compare(results([model("big", baseSamples, [])]), results([head])).endpoints, "latency", "big");
    expect(latency).toMatchObject({ paired: true, verdict: "regression", nBase: 100_000 });
    expect(latency.ratio).toBeCloseTo(1.1, 2);
  });
});

describe("compare at the sample bounds the results schema allows", () => {
  // 0 or [1e-6, 1e12] µs or mJ (src/results/schema.ts): every number compare writes stays finite.
  const side = (samples: number[]): ModelResult => {
    const m = model("m", samples, [{ name: "conv", op: "Conv", shape: [1, 4], samples: samples.slice(0, 10) }]);
    m.energy = { unit: "mJ", source: "modelled", samples: samples.slice(0, 5) };
    return m;
  };
  const nonFinite = (value: unknown): string[] => JSON.stringify(value, (_, v: unknown) => (typeof v === "number" && !Number.isFinite(v) ? `non-finite ${v}` : v)).match(/"[^"]*":"non-finite [^"]*"/g) ?? [];
  const all = (value: number) => Array<number>(30).fill(value);
  it.each([
    ["base all 1e-6, head all 1e12", all(MIN_SAMPLE), all(MAX_SAMPLE)],
    ["base all 1e12, head all 1e-6", all(MAX_SAMPLE), all(MIN_SAMPLE)],
    ["base all 0, head all 1e12", all(0), all(MAX_SAMPLE)],
    ["both all 0", all(0), all(0)],
    ["base 0 and 1e-6, head 1e12", [0, ...all(MIN_SAMPLE).slice(1)], all(MAX_SAMPLE)],
  ])("%s: finite ratios and intervals, unpaired and paired, in the comparison JSON", (_, baseSamples, headSamples) => {
    for (const paired of [false, true]) {
      const base = results([side(baseSamples)]);
      const head = results([side(headSamples)]);
      if (paired) head.models[0]!.latency.paired = { baseSamples, headSamples };
      // Both sides are files the schema accepts.
      expect(validateResults(JSON.parse(JSON.stringify(base)), "base.json").models).toHaveLength(1);
      expect(validateResults(JSON.parse(JSON.stringify(head)), "head.json").models).toHaveLength(1);
      const comparison = compare(base, head);
      expect(nonFinite(comparison)).toEqual([]);
      const json = comparisonSchema.parse(JSON.parse(JSON.stringify(comparison)));
      expect(json.endpoints.map((e) => e.metric).sort()).toEqual(["energy", "latency", "layer"]);
      for (const e of json.endpoints) {
        expect(e.verdict).not.toBe("missing");
        if (e.verdict === "missing") continue;
        expect(Number.isFinite(e.ratio) && e.ratio >= 0).toBe(true);
        expect(e.ci.every((bound) => Number.isFinite(bound))).toBe(true);
      }
      expect(endpoint(json.endpoints, "latency", "m").paired).toBe(paired);
    }
  });
});

describe("gatedRegressions", () => {
  const endpoint = (metric: "latency" | "energy" | "layer", verdict: "regression" | "equivalent") => ({ device: "host", model: "m", metric, ...(metric === "layer" ? { layer: "conv1" } : {}), verdict }) as unknown as Comparison["endpoints"][number];
  const comparison = { endpoints: [endpoint("latency", "regression"), endpoint("energy", "equivalent"), endpoint("layer", "regression")] } as unknown as Comparison;
  it.each([
    [["latency"], ["latency"]],
    [["energy"], []],
    [["layers"], ["layer"]],
    [["latency", "layers"], ["latency", "layer"]],
    [[], []],
  ])("fail-on %j gates %j", (failOn, metrics) => {
    expect(gatedRegressions(comparison, failOn).map((e) => e.metric)).toEqual(metrics);
  });
});
