// The cost model pinned by hand calculations, the fused-layer contraction, folded nodes, the
// exact RTT, crossovers, and the bad-input errors.

import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { BUILT_IN_NETWORKS, radioDownW, radioUpW, resolveNetworks, type Network } from "../../src/split/resolve-networks.js";
import { splitModels, type SplitEntry } from "../../src/split/split-models.js";
import { handModel } from "./hand-model.js";

// x (1,000,000 B) → A → a (250,000 B) → B → y (4,000 B, the graph output).
// Mobile: A median of [9000, 10000, 11000] = 10,000 µs; B 20,000 µs. Cloud: A 1,000 µs, B 2,000 µs.
const chain = handModel({
  nodes: [
    { name: "A", inputs: ["x", "wA"], outputs: ["a"] },
    { name: "B", inputs: ["a"], outputs: ["y"] },
  ],
  bytes: { x: 1_000_000, a: 250_000, y: 4_000, wA: 999 },
  inputs: ["x"],
  outputs: ["y"],
  mobile: { A: [9000, 11000, 10000], B: [20000] },
  cloud: { A: [1000], B: [2000, 2000] },
});

function entry(report: { splits: SplitEntry[] }, network: string, objective: "latency" | "energy"): SplitEntry {
  return report.splits.find((s) => s.network === network && s.objective === objective)!;
}

describe("the cost model, by hand", () => {
  const report = splitModels(chain.mobile, chain.cloud, { networks: ["wifi", "lte", "3g"], objectives: ["latency", "energy"], crossovers: false });

  it("reports the assumed default power", () => {
    expect(report.power).toEqual({ activeW: 2.5, idleW: 0.3, assumed: true });
  });

  it("mobile-only: latency = T_phone, energy = activeW × T_phone, no RTT, no radio", () => {
    // 10,000 + 20,000 = 30,000 µs; 2.5 W × 0.03 s = 75 mJ.
    const wifi = entry(report, "wifi", "latency");
    expect(wifi.mobileOnly.latencyUs).toBeCloseTo(30_000, 6);
    expect(wifi.mobileOnly.phoneEnergyMj).toBeCloseTo(75, 9);
    expect(wifi.curve.at(-1)).toEqual({ after: "B", ...wifi.mobileOnly });
  });

  it("wifi cloud-only sends the graph input and returns the output", () => {
    // T_up = 1e6 B × 8 / 18.88e6 = 0.42372881 s = 423,728.8136 µs; T_down = 4,000 × 8 / 54e6 s = 592.5926 µs.
    // latency = 0 + 20,000 + 423,728.8136 + (1,000 + 2,000) + 592.5926 = 447,321.4062 µs.
    // energy = 1.2 × 0.4237288 + 0.9 × 0.000592593 + 0.3 × (0.020 + 0.003) J = 0.5159079 J = 515.9079 mJ.
    const wifi = entry(report, "wifi", "latency");
    expect(wifi.cloudOnly.latencyUs).toBeCloseTo(447_321.4062, 3);
    expect(wifi.cloudOnly.phoneEnergyMj).toBeCloseTo(515.9079, 3);
  });

  it("wifi after A sends a, once", () => {
    // T_up = 250,000 × 8 / 18.88 = 105,932.2034 µs; latency = 10,000 + 20,000 + 105,932.2034 + 2,000 + 592.5926 = 138,524.7960.
    // energy = 2.5 × 0.010 + 1.2 × 0.1059322 + 0.9 × 0.000592593 + 0.3 × 0.022 J = 0.1592520 J.
    const point = entry(report, "wifi", "latency").curve.find((p) => p.after === "A")!;
    expect(point.latencyUs).toBeCloseTo(138_524.796, 3);
    expect(point.phoneEnergyMj).toBeCloseTo(159.252, 3);
  });

  it("lte after A uses Huang's radio power at 5.85 / 24.3 Mbps", () => {
    // up: (438.39 × 5.85 + 1288.04) mW = 3.8526215 W; down: (51.97 × 24.3 + 1288.04) mW = 2.550911 W.
    // T_up = 2e6 / 5.85 = 341,880.3419 µs; T_down = 32,000 / 24.3 = 1,316.8724 µs.
    // latency = 10,000 + 50,000 + 341,880.3419 + 2,000 + 1,316.8724 = 405,197.2143 µs.
    // energy = 2.5 × 0.010 + 3.8526215 × 0.3418803 + 2.550911 × 0.0013169 + 0.3 × 0.052 J = 1.3610948 J.
    expect(radioUpW(BUILT_IN_NETWORKS.lte!)).toBeCloseTo(3.8526215, 9);
    expect(radioDownW(BUILT_IN_NETWORKS.lte!)).toBeCloseTo(2.550911, 9);
    const point = entry(report, "lte", "energy").curve.find((p) => p.after === "A")!;
    expect(point.latencyUs).toBeCloseTo(405_197.2143, 3);
    expect(point.phoneEnergyMj).toBeCloseTo(1361.0948, 3);
  });

  it("3g cloud-only", () => {
    // up: (868.98 × 1.1 + 817.88) mW = 1.773758 W; down: (122.12 × 3.84 + 817.88) mW = 1.2868208 W.
    // T_up = 8e6 / 1.1 = 7,272,727.2727 µs; T_down = 32,000 / 3.84 = 8,333.3333 µs.
    // latency = 100,000 + 7,272,727.2727 + 3,000 + 8,333.3333 = 7,384,060.6061 µs.
    // energy = 1.773758 × 7.2727273 + 1.2868208 × 0.0083333 + 0.3 × 0.103 J = 12.9416817 J.
    expect(radioUpW(BUILT_IN_NETWORKS["3g"]!)).toBeCloseTo(1.773758, 9);
    expect(radioDownW(BUILT_IN_NETWORKS["3g"]!)).toBeCloseTo(1.2868208, 9);
    const g3 = entry(report, "3g", "energy");
    expect(g3.cloudOnly.latencyUs).toBeCloseTo(7_384_060.6061, 3);
    expect(g3.cloudOnly.phoneEnergyMj).toBeCloseTo(12_941.6817, 3);
  });

  it("picks mobile-only here, with speedup 1 and no saving, in the split file's output shape", () => {
    const wifi = entry(report, "wifi", "latency");
    expect(wifi).toMatchObject({
      model: "hand", mobile: "phone", cloud: "server", network: "wifi", objective: "latency",
      best: { phoneNodes: ["A", "B"], sentTensors: [], sentBytes: 0, latencyUs: 30_000, phoneEnergyMj: 75, label: "mobile-only" },
      speedup: 1, energySaving: 0, crossoversMbps: [],
    });
    expect(report.schema).toBe("dnntune.split/v1");
    expect(report.splits).toHaveLength(6);
  });
});

describe("a tensor with several consumers", () => {
  // x (1e6 B) → A → t (10,000 B) → B and C → D → y (40 B). Mobile A 1,000, B 50,000, C 50,000, D 1,000;
  // cloud 100 each. After A, t is sent once: 80,000 / 18.88 = 4,237.2881 µs;
  // latency = 1,000 + 20,000 + 4,237.2881 + 300 + 320 / 54 (5.9259) = 25,543.2140 µs.
  // Paying t twice would cost 29,780.5; cloud-only sends x: 20,000 + 423,728.8 + 400 + 5.9 = 444,134.7;
  // mobile-only 102,000.
  const diamond = handModel({
    nodes: [
      { name: "A", inputs: ["x"], outputs: ["t"] },
      { name: "B", inputs: ["t"], outputs: ["b"] },
      { name: "C", inputs: ["t"], outputs: ["c"] },
      { name: "D", inputs: ["b", "c"], outputs: ["y"] },
    ],
    bytes: { x: 1_000_000, t: 10_000, b: 100, c: 100, y: 40 },
    inputs: ["x"],
    outputs: ["y"],
    mobile: { A: [1000], B: [50000], C: [50000], D: [1000] },
    cloud: { A: [100], B: [100], C: [100], D: [100] },
  });

  it("is paid once", () => {
    const best = splitModels(diamond.mobile, diamond.cloud, { networks: ["wifi"], objectives: ["latency"], crossovers: false }).splits[0]!;
    expect(best.best).toMatchObject({ phoneNodes: ["A"], sentTensors: ["t"], sentBytes: 10_000, returnedBytes: 40, label: "after `A`" });
    expect(best.best.latencyUs).toBeCloseTo(25_543.214, 3);
    expect(best.speedup).toBeCloseTo(102_000 / 25_543.214, 6);
  });
});

describe("fused layers", () => {
  // x (1e6 B) → A → a (100 B) → B → b (1e6 B) → C → y (100 B). The phone runs A and B as one layer
  // (2,000 µs, charged to A); the cloud runs them apart. After A alone would cost
  // 2,000 + 20,000 + 800/18.88 + 10 + 100 + 800/54 = 22,167.2 µs, but a cut may not split a layer that
  // one device ran fused. Left: cloud-only 443,853.6, after B 445,843.6, mobile-only 2,000 + 100,000.
  const fused = handModel({
    nodes: [
      { name: "A", inputs: ["x"], outputs: ["a"] },
      { name: "B", inputs: ["a"], outputs: ["b"] },
      { name: "C", inputs: ["b"], outputs: ["y"] },
    ],
    bytes: { x: 1_000_000, a: 100, b: 1_000_000, y: 100 },
    inputs: ["x"],
    outputs: ["y"],
    mobile: { "B+A": [2000], C: [100000] },
    cloud: { A: [10], B: [10], C: [100] },
  });

  it("are never separated, and their time counts once", () => {
    const best = splitModels(fused.mobile, fused.cloud, { networks: ["wifi"], objectives: ["latency"], crossovers: false }).splits[0]!;
    expect(best.best.label).toBe("mobile-only");
    expect(best.best.latencyUs).toBeCloseTo(102_000, 6);
    expect(best.curve.map((p) => p.after)).toEqual(["B", "C"]);
    // after B: 2,000 + 20,000 + 8e6/18.88 (423,728.8136) + 100 + 800/54 (14.8148) = 445,843.6284.
    expect(best.curve[0]!.latencyUs).toBeCloseTo(445_843.6284, 3);
  });
});

describe("folded nodes", () => {
  // K is a constant folded on both devices: it runs nowhere and k is never sent.
  // S is folded on the phone only (0 µs there) and runs 500 µs in the cloud.
  const folded = handModel({
    nodes: [
      { name: "K", inputs: [], outputs: ["k"] },
      { name: "A", inputs: ["x", "k"], outputs: ["a"] },
      { name: "S", inputs: ["a"], outputs: ["s"] },
      { name: "B", inputs: ["s", "k"], outputs: ["y"] },
    ],
    bytes: { x: 100, k: 1_000_000, a: 100, s: 100, y: 100 },
    inputs: ["x"],
    outputs: ["y"],
    mobile: { A: [1000], B: [1000] },
    cloud: { A: [10], S: [500], B: [10] },
    foldedMobile: ["K", "S"],
    foldedCloud: ["K"],
  });

  it("cost nothing where folded, and constants are never placed or sent", () => {
    const best = splitModels(folded.mobile, folded.cloud, { networks: ["wifi"], objectives: ["latency"], crossovers: false }).splits[0]!;
    expect(best.mobileOnly.latencyUs).toBeCloseTo(2000, 9);
    expect(best.curve.map((p) => p.after)).toEqual(["A", "S", "B"]);
    // cloud-only: 20,000 + 800/18.88 (42.3729) + 520 + 800/54 (14.8148) = 20,577.1877: k is not sent.
    expect(best.cloudOnly.latencyUs).toBeCloseTo(20_577.1877, 3);
    expect(best.best.phoneNodes).toEqual(["A", "S", "B"]);
  });
});

describe("the RTT", () => {
  // x (100 B) → A → y (100 B). Offloading costs 20,000 (RTT) + 800/18.88 (42.3729) + 100 + 800/54 (14.8148)
  // = 20,157.1877 µs; the phone alone costs A's mobile time. The RTT decides, and only it.
  const oneNode = (mobileUs: number) =>
    handModel({
      nodes: [{ name: "A", inputs: ["x"], outputs: ["y"] }],
      bytes: { x: 100, y: 100 },
      inputs: ["x"],
      outputs: ["y"],
      mobile: { A: [mobileUs] },
      cloud: { A: [100] },
    });

  it("is paid only when something runs in the cloud", () => {
    const slow = oneNode(20_200);
    const fast = oneNode(20_100);
    const opts = { networks: ["wifi"], objectives: ["latency" as const], crossovers: false as const };
    expect(splitModels(slow.mobile, slow.cloud, opts).splits[0]!.best).toMatchObject({ label: "cloud-only", sentTensors: ["x"] });
    expect(splitModels(slow.mobile, slow.cloud, opts).splits[0]!.best.latencyUs).toBeCloseTo(20_157.1877, 3);
    expect(splitModels(fast.mobile, fast.cloud, opts).splits[0]!.best).toMatchObject({ label: "mobile-only", latencyUs: 20_100 });
  });
});

describe("crossover bandwidths", () => {
  // x (1e6 B) → A → y (5,400 B); mobile A 500,000 µs, cloud 1,000 µs, wifi otherwise.
  // Offloading wins when 20,000 + 8e6/up + 1,000 + 43,200/54 (800) < 500,000, i.e. above
  // up = 8e6 / 478,200 = 16.7294 Mbps.
  const m = handModel({
    nodes: [{ name: "A", inputs: ["x"], outputs: ["y"] }],
    bytes: { x: 1_000_000, y: 5_400 },
    inputs: ["x"],
    outputs: ["y"],
    mobile: { A: [500_000] },
    cloud: { A: [1000] },
  });

  it("are found where the best split changes", () => {
    const [latency] = splitModels(m.mobile, m.cloud, { networks: ["wifi"], objectives: ["latency"] }).splits;
    expect(latency!.crossoversMbps).toHaveLength(1);
    expect(latency!.crossoversMbps[0]!).toBeCloseTo(16.7294, 1);
    expect(Math.abs(latency!.crossoversMbps[0]! / 16.7294 - 1)).toBeLessThan(1e-3);
  });
});

describe("bad input", () => {
  const opts = { networks: ["wifi"], objectives: ["latency" as const], crossovers: false as const };

  it("refuses results of two different models", () => {
    const other = structuredClone(chain.cloud);
    other.models[0]!.sha256 = "b".repeat(64);
    expect(() => splitModels(chain.mobile, other, opts)).toThrow(InputError);
    expect(() => splitModels(chain.mobile, other, opts)).toThrow(/different models: sha256/);
    const renamed = structuredClone(chain.cloud);
    renamed.models[0]!.sha256 = "";
    renamed.models[0]!.graph.nodes[1]!.name = "B2";
    expect(() => splitModels(chain.mobile, renamed, opts)).toThrow(/different models: their graphs have different nodes/);
  });

  it("refuses a device with no layer samples, naming it", () => {
    const empty = structuredClone(chain.cloud);
    empty.models[0]!.layers = [];
    expect(() => splitModels(chain.mobile, empty, opts)).toThrow(/cloud results \(server\), model hand: has no layer samples/);
    const noSamples = structuredClone(chain.mobile);
    for (const layer of noSamples.models[0]!.layers) layer.samples = [];
    expect(() => splitModels(noSamples, chain.cloud, opts)).toThrow(/mobile results \(phone\), model hand: has no layer samples/);
  });

  it("refuses a node that a device neither ran nor folded", () => {
    const partial = structuredClone(chain.mobile);
    partial.models[0]!.layers = partial.models[0]!.layers.filter((l) => l.name !== "B");
    expect(() => splitModels(partial, chain.cloud, opts)).toThrow(/node B is neither covered by a layer nor folded/);
  });

  it("refuses a tensor a cut could send when its size is unknown", () => {
    const unsized = structuredClone(chain.mobile);
    unsized.models[0]!.graph.tensors["a"]!.bytes = null;
    expect(() => splitModels(unsized, chain.cloud, opts)).toThrow(/tensor a .* has no known size/);
  });

  it("refuses zero or negative bandwidth, naming the network and the field", () => {
    const slow: Network = { ...BUILT_IN_NETWORKS.wifi!, name: "office", uplinkMbps: 0 };
    expect(() => splitModels(chain.mobile, chain.cloud, { ...opts, networks: [slow] })).toThrow(InputError);
    expect(() => resolveNetworks([slow])).toThrow("networks office: uplinkMbps must be a positive number; got 0");
    expect(() => resolveNetworks(["home"], [{ ...slow, name: "home", uplinkMbps: 10, downlinkMbps: -1 }])).toThrow(
      "networks home: downlinkMbps must be a positive number; got -1",
    );
  });

  it("refuses unknown networks and objectives, naming the field", () => {
    expect(() => splitModels(chain.mobile, chain.cloud, { ...opts, networks: ["5g"] })).toThrow('networks: must be one of wifi, lte, 3g; got "5g"');
    for (const name of ["constructor", "toString", "__proto__", "hasOwnProperty"]) {
      expect(() => resolveNetworks([name])).toThrow(new InputError("networks", `must be one of wifi, lte, 3g; got ${JSON.stringify(name)}`));
    }
    expect(() => resolveNetworks(["constructor"], [{ ...BUILT_IN_NETWORKS.wifi!, name: "office" }])).toThrow('networks: must be one of office, wifi, lte, 3g; got "constructor"');
    expect(() => splitModels(chain.mobile, chain.cloud, { ...opts, objectives: ["speed" as "latency"] })).toThrow(
      'objectives: must be one of latency, energy; got "speed"',
    );
  });

  it("lets dnntune.yml override a built-in network by name", () => {
    const [network] = resolveNetworks(["wifi"], [{ ...BUILT_IN_NETWORKS.wifi!, rttMs: 5 }]);
    expect(network!.rttMs).toBe(5);
  });
});
