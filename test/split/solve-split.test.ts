// The solver's optimum against brute force over every valid split of many random DAGs, and
// against the prefix sweep on chains: both objectives, all built-in networks and random ones.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BUILT_IN_NETWORKS, type Network } from "../../src/split/resolve-networks.js";
import { splitModels } from "../../src/split/split-models.js";
import { costOf, placedNodes, totalsOf, validSplits } from "./brute-force.js";
import { buildRandomModel, INITIALIZER_PICK, type ModelSpec, type NodeSpec } from "./random-model.js";

// Scales where every kind of answer happens: the cloud usually (not always) faster, tensors from
// a few bytes (a feature vector, cheap to send) to megabytes (an image, slow over 3G).
// fc.double draws evenly over representable doubles, so mostly tiny ones: real-valued
// quantities are drawn as integers and scaled instead.
const real = (min: number, max: number, step: number): fc.Arbitrary<number> =>
  fc.integer({ min: Math.round(min / step), max: Math.round(max / step) }).map((k) => k * step);
const latencyArb = (maxUs: number): fc.Arbitrary<number[]> => fc.array(real(0, maxUs, 0.125), { minLength: 1, maxLength: 4 });
const bytesArb = fc.oneof(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 2_000_000 }));

// One node in six fuses with a producer on a device: enough to matter, not so many that a graph
// collapses into one unit.
const fusionArb = fc.oneof({ arbitrary: fc.constant(null), weight: 5 }, { arbitrary: fc.nat({ max: 3 }), weight: 1 });

const nodeArb: fc.Arbitrary<NodeSpec> = fc.record({
  inputPicks: fc.array(fc.nat({ max: INITIALIZER_PICK }), { minLength: 1, maxLength: 3 }),
  outputCount: fc.integer({ min: 1, max: 2 }),
  outputBytes: fc.array(bytesArb, { minLength: 1, maxLength: 2 }),
  mobileUs: latencyArb(300_000),
  cloudUs: latencyArb(60_000),
  fuseMobile: fusionArb,
  fuseCloud: fusionArb,
  folded: fc.constantFrom(0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3),
  extraOutput: fc.boolean(),
});

const modelArb = (maxNodes: number): fc.Arbitrary<ModelSpec> =>
  fc.record({
    inputBytes: fc.array(bytesArb, { minLength: 1, maxLength: 2 }),
    // Sizes uniform in 1..maxNodes: fast-check's default leans to small arrays.
    nodes: fc.integer({ min: 1, max: maxNodes }).chain((n) => fc.array(nodeArb, { minLength: n, maxLength: n })),
  }).map(withMeasuredFirstNode);

// A device with no layer samples is an input error (tested elsewhere): node 0 runs on both.
function withMeasuredFirstNode(spec: ModelSpec): ModelSpec {
  return { ...spec, nodes: spec.nodes.map((n, i) => (i === 0 ? { ...n, folded: 0 } : n)) };
}

// Random networks stress the corners the built-ins miss: no RTT, a slow downlink, free radio.
const networkArb: fc.Arbitrary<Network> = fc.record({
  name: fc.constant("random"),
  uplinkMbps: real(0.05, 500, 0.01),
  downlinkMbps: real(0.05, 500, 0.01),
  rttMs: fc.oneof(fc.constant(0), real(0, 300, 0.1)),
  radio: fc.record({ kind: fc.constant("constant" as const), upW: real(0, 5, 0.01), downW: real(0, 5, 0.01) }),
});

const powerArb = fc.record({ activeW: real(0, 10, 0.01), idleW: real(0, 3, 0.01) });

function expectClose(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

describe("solveSplit against brute force", () => {
  it("finds the optimum of every random DAG, both objectives, built-in and random networks", () => {
    let graphsWithSeveralSplits = 0;
    let largeGraphs = 0;
    const bestKinds = new Map<string, number>();
    fc.assert(
      fc.property(modelArb(14), networkArb, powerArb, (spec, randomNetwork, power) => {
        const { mobile, cloud } = buildRandomModel(spec);
        const networks = [BUILT_IN_NETWORKS.wifi!, BUILT_IN_NETWORKS.lte!, BUILT_IN_NETWORKS["3g"]!, randomNetwork];
        const report = splitModels(mobile, cloud, { networks, objectives: ["latency", "energy"], power, crossovers: false });
        const splits = validSplits(mobile, cloud);
        if (splits.length > 2) graphsWithSeveralSplits++;
        if (spec.nodes.length >= 10) largeGraphs++;
        const totals = splits.map((phone) => totalsOf(mobile, cloud, phone));
        for (const entry of report.splits) {
          const network = networks.find((n) => n.name === entry.network)!;
          const key = entry.objective === "latency" ? "latencyUs" : "phoneEnergyMj";
          const optimum = Math.min(...totals.map((t) => costOf(t, network, power)[key]));
          expectClose(entry.best[key], optimum);
          // The reported best is itself a valid split, costed as docs/split.md says.
          bestKinds.set(entry.best.place.kind, (bestKinds.get(entry.best.place.kind) ?? 0) + 1);
          const phone = new Set(entry.best.phoneNodes);
          expect(splits.some((s) => s.size === phone.size && [...s].every((x) => phone.has(x)))).toBe(true);
          const own = costOf(totalsOf(mobile, cloud, phone), network, power);
          expectClose(entry.best.latencyUs, own.latencyUs);
          expectClose(entry.best.phoneEnergyMj, own.phoneEnergyMj);
        }
      }),
      { numRuns: 500, seed: 20261130 },
    );
    // The generator must produce real choices, not only trivial graphs.
    // The generator must produce real choices, not only trivial graphs, and the optimum must
    // often be a true split: a prefix ("after") and a DAG cut that is no prefix ("cut").
    expect(graphsWithSeveralSplits).toBeGreaterThan(350);
    expect(largeGraphs).toBeGreaterThan(150);
    expect(bestKinds.get("after") ?? 0).toBeGreaterThan(100);
    expect(bestKinds.get("cut") ?? 0).toBeGreaterThan(200);
  });

  it("costs every point of the curve as docs/split.md says", () => {
    fc.assert(
      fc.property(modelArb(10), powerArb, (spec, power) => {
        const { mobile, cloud } = buildRandomModel(spec);
        const network = BUILT_IN_NETWORKS.lte!;
        const report = splitModels(mobile, cloud, { networks: ["lte"], objectives: ["latency"], power, crossovers: false });
        const entry = report.splits[0]!;
        const order = placedNodes(mobile, cloud);
        // Every prefix that keeps each layer whole is on the curve, and no other.
        const valid = validSplits(mobile, cloud).map((split) => split.size);
        const isPrefix = (split: Set<string>): boolean => order.slice(0, split.size).every((n) => split.has(n));
        const validPrefixLengths = validSplits(mobile, cloud).filter(isPrefix).map((split) => split.size).filter((k) => k > 0);
        expect(entry.curve.map((p) => order.indexOf(p.after) + 1)).toEqual(validPrefixLengths.sort((a, b) => a - b));
        expect(valid.length).toBeGreaterThan(0);
        for (const point of entry.curve) {
          const phone = new Set(order.slice(0, order.indexOf(point.after) + 1));
          const expected = costOf(totalsOf(mobile, cloud, phone), network, power);
          expectClose(point.latencyUs, expected.latencyUs);
          expectClose(point.phoneEnergyMj, expected.phoneEnergyMj);
        }
        const cloudOnly = costOf(totalsOf(mobile, cloud, new Set()), network, power);
        expectClose(entry.cloudOnly.latencyUs, cloudOnly.latencyUs);
        expectClose(entry.cloudOnly.phoneEnergyMj, cloudOnly.phoneEnergyMj);
      }),
      { numRuns: 150, seed: 7 },
    );
  });
});

describe("solveSplit on chains", () => {
  const chainArb = fc
    .record({ inputBytes: fc.array(fc.integer({ min: 0, max: 3_000_000 }), { minLength: 1, maxLength: 1 }), nodes: fc.array(nodeArb, { minLength: 1, maxLength: 40 }) })
    .map((spec) => withMeasuredFirstNode({ ...spec, chain: true, nodes: spec.nodes.map((n) => ({ ...n, folded: n.folded === 3 ? 0 : n.folded })) }));

  it("equals the best point of the prefix sweep", () => {
    fc.assert(
      fc.property(chainArb, networkArb, powerArb, (spec, randomNetwork, power) => {
        const { mobile, cloud } = buildRandomModel(spec);
        const networks = [BUILT_IN_NETWORKS.wifi!, BUILT_IN_NETWORKS.lte!, BUILT_IN_NETWORKS["3g"]!, randomNetwork];
        const report = splitModels(mobile, cloud, { networks, objectives: ["latency", "energy"], power, crossovers: false });
        for (const entry of report.splits) {
          const key = entry.objective === "latency" ? "latencyUs" : "phoneEnergyMj";
          const sweepBest = Math.min(entry.cloudOnly[key], ...entry.curve.map((p) => p[key]));
          expectClose(entry.best[key], sweepBest);
        }
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});
