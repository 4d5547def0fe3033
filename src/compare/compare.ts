// Compare head results against base results: align models, devices and layers, test every
// endpoint, correct for multiplicity (Holm on primary endpoints, BH on each model's layers) and
// give each a verdict. Pure: the caller reads the files and passes their names for messages.

import { FormatError, InputError } from "../errors.js";
import type { ModelResult, Results } from "../results/types.js";
import { benjaminiHochberg } from "../stats/benjamini-hochberg.js";
import { bootstrapMedianRatio, bootstrapPairedRatio } from "../stats/bootstrap-ratio.js";
import { coefficientOfVariation } from "../stats/coefficient-of-variation.js";
import { driftTest } from "../stats/drift-test.js";
import { hodgesLehmannPairedShift, hodgesLehmannShift } from "../stats/hodges-lehmann.js";
import { holm } from "../stats/holm.js";
import { groupMedians, mergeModelReplicates } from "../results/merge-replicates.js";
import { mannWhitneyU } from "../stats/mann-whitney-u.js";
import { median } from "../stats/quantile.js";
import { mulberry32 } from "../stats/rng.js";
import { wilcoxonSignedRank } from "../stats/wilcoxon-signed-rank.js";
import { readCompareOptions, type CompareOptions, type CompareOptionsInput } from "./compare-options.js";
import { fingerprintDiff, type FingerprintDifference } from "./fingerprint-diff.js";
import { matchLayers } from "./match-layers.js";
import { COMPARISON_SCHEMA, type Comparison, type Endpoint, type Finding, type Metric, type Verdict } from "./types.js";

interface Entry {
  model: ModelResult;
  results: Results;
  file: string;
  /** Index of the model in its file, for error messages. */
  at: number;
}

type Index = Map<string, Map<string, Entry>>;

/** What a verdict is decided from: the endpoint's CI and adjusted p, and the medians' move. */
export interface VerdictInput {
  endpoint: Pick<Endpoint, "ci" | "pAdjusted">;
  minAbs: number;
  baseMedian: number;
  headMedian: number;
}

/** An endpoint waiting for its adjusted p-value, with what its verdict needs. */
/** Replicates per side from which the process becomes the unit of a comparison. */
const MIN_REPLICATES = 3;

interface Tested extends VerdictInput {
  endpoint: Endpoint;
  /** Looks adaptive sampling planned at these samples: α is split across them. */
  looks: number;
}

/**
 * Compare head against base. Several results files per side (one per device, or shards of one
 * device) are merged by device name; Holm then runs across the primary endpoints of all of them.
 */
export function compare(
  base: Results | readonly Results[],
  head: Results | readonly Results[],
  options: CompareOptionsInput = {},
): Comparison {
  const opts = readCompareOptions(options);
  const baseList = toList(base);
  const headList = toList(head);
  const baseFiles = baseList.map((_, i) => opts.baseFiles[i] ?? (baseList.length > 1 ? `base[${i}]` : "base"));
  const headFiles = headList.map((_, i) => opts.headFiles[i] ?? (headList.length > 1 ? `head[${i}]` : "head"));
  if (headList.length === 0) throw new InputError("headFiles", "no results to compare");
  const baseIndex = indexResults(baseList, baseFiles);
  const headIndex = indexResults(headList, headFiles);
  checkOverlap(baseIndex, headIndex, baseFiles, headFiles);

  const findings: Finding[] = [];
  const tested: Tested[] = [];
  const untested: Endpoint[] = [];
  const layerGroups: Tested[][] = [];

  for (const [device, headModels] of headIndex) {
    const baseModels = baseIndex.get(device);
    if (!baseModels) {
      findings.push({
        code: "device-no-baseline",
        severity: "warning",
        device,
        message: `${device}: no baseline results for this device; only paired runs can be compared`,
      });
    }
    const mismatches = new Map<string, FingerprintDifference[]>();
    for (const [modelName, headEntry] of headModels) {
      const baseEntry = baseModels?.get(modelName);
      const deviceCodes: string[] = [];
      if (baseEntry) {
        const diff = fingerprintDiff(baseEntry.results.device, headEntry.results.device);
        if (diff.length > 0) {
          mismatches.set(JSON.stringify(diff), diff);
          deviceCodes.push("fingerprint-mismatch");
        }
      }
      const modelCodes = [...deviceCodes, ...stabilityFindings(device, headEntry, baseEntry, opts, findings)];
      const at = { device, model: modelName };

      const paired = headEntry.model.latency.paired;
      if (paired) {
        tested.push(testEndpoint({ ...at, metric: "latency" }, paired.baseSamples, paired.headSamples, true, opts.minAbsModelUs, modelCodes, opts, headEntry.model.latency.looks));
      } else if (baseEntry) {
        tested.push(testEndpoint({ ...at, metric: "latency" }, baseEntry.model.latency.samples, headEntry.model.latency.samples, false, opts.minAbsModelUs, modelCodes, opts, headEntry.model.latency.looks, [baseEntry.model.latency.groups, headEntry.model.latency.groups]));
      } else {
        untested.push(missingEndpoint({ ...at, metric: "latency" }, headEntry.model.latency.samples, modelCodes));
      }
      const headEnergy = headEntry.model.energy;
      if (headEnergy) {
        const baseEnergy = baseEntry?.model.energy;
        if (baseEnergy) {
          tested.push(testEndpoint({ ...at, metric: "energy" }, baseEnergy.samples, headEnergy.samples, false, opts.minAbsEnergyMj, modelCodes, opts));
        } else {
          untested.push(missingEndpoint({ ...at, metric: "energy" }, headEnergy.samples, modelCodes));
        }
      }

      if (!baseEntry) {
        if (baseModels) {
          findings.push({
            code: "model-no-baseline",
            severity: "warning",
            ...at,
            message: `${modelName} on ${device}: not in the baseline${paired ? "; latency compared from its paired runs" : ""}`,
          });
        }
        continue;
      }
      const layers = compareLayers(device, baseEntry, headEntry, deviceCodes, opts, findings, untested);
      layerGroups.push(layers);
      tested.push(...layers);
    }
    for (const diff of mismatches.values()) {
      findings.push({
        code: "fingerprint-mismatch",
        severity: "warning",
        device,
        message:
          `${device}: base and head ran on different setups (` +
          diff.map((d) => `${d.field} ${show(d.base)} → ${show(d.head)}`).join(", ") +
          "); a difference may come from the setup, not the change",
        details: { differences: diff },
      });
    }
    for (const modelName of baseModels?.keys() ?? []) {
      if (!headModels.has(modelName)) {
        findings.push({
          code: "model-not-in-head",
          severity: "warning",
          device,
          model: modelName,
          message: `${modelName} on ${device}: in the baseline but not in this run`,
        });
      }
    }
  }
  for (const device of baseIndex.keys()) {
    if (!headIndex.has(device)) {
      findings.push({ code: "device-not-in-head", severity: "warning", device, message: `${device}: in the baseline but not in this run` });
    }
  }

  const primary = tested.filter((t) => t.endpoint.metric !== "layer");
  adjust(primary, holm, opts);
  for (const group of layerGroups) adjust(group, benjaminiHochberg, opts);

  const endpoints = [...tested.map((t) => t.endpoint), ...untested];
  const order = new Map<string, number>();
  // Keep the reading order: device, model, then latency, energy, layers in head order.
  for (const e of endpoints) {
    const key = `${e.device}\0${e.model}`;
    if (!order.has(key)) order.set(key, order.size);
  }
  const metricRank: Record<Metric, number> = { latency: 0, energy: 1, layer: 2 };
  const position = new Map(endpoints.map((e, i) => [e, i]));
  endpoints.sort(
    (a, b) =>
      order.get(`${a.device}\0${a.model}`)! - order.get(`${b.device}\0${b.model}`)! ||
      metricRank[a.metric] - metricRank[b.metric] ||
      (a.metric === "layer" ? layerPosition(a) - layerPosition(b) : 0) ||
      position.get(a)! - position.get(b)!,
  );
  return { schema: COMPARISON_SCHEMA, endpoints, findings };

  function layerPosition(e: Endpoint): number {
    const layers = headIndex.get(e.device)?.get(e.model)?.model.layers ?? [];
    return layers.findIndex((l) => l.name === e.layer);
  }
}

function compareLayers(
  device: string,
  baseEntry: Entry,
  headEntry: Entry,
  deviceCodes: string[],
  opts: CompareOptions,
  findings: Finding[],
  untested: Endpoint[],
): Tested[] {
  const model = headEntry.model.name;
  const { matches, removed, added } = matchLayers(baseEntry.model, headEntry.model);
  const renamed = matches.filter((m) => m.by === "structure");
  if (renamed.length > 0) {
    findings.push({
      code: "layers-renamed",
      severity: "info",
      device,
      model,
      message: `${model} on ${device}: ${renamed.length} layer(s) renamed, matched by op type, shapes and position`,
      details: { pairs: renamed.map((m) => ({ base: m.base.name, head: m.head.name })) },
    });
  }
  for (const layer of removed) {
    findings.push({ code: "layer-removed", severity: "info", device, model, layer: layer.name, side: "base", message: `${model} on ${device}: layer ${layer.name} (${layer.op}) is gone in head` });
  }
  for (const layer of added) {
    findings.push({ code: "layer-added", severity: "info", device, model, layer: layer.name, side: "head", message: `${model} on ${device}: layer ${layer.name} (${layer.op}) is new in head` });
    untested.push(missingEndpoint({ device, model, metric: "layer", layer: layer.name }, layer.samples, [...deviceCodes, "layer-added"]));
  }
  return matches.map((m) =>
    testEndpoint(
      { device, model, metric: "layer", layer: m.head.name },
      m.base.samples,
      m.head.samples,
      false,
      opts.minAbsLayerUs,
      m.by === "structure" ? [...deviceCodes, "layers-renamed"] : deviceCodes,
      opts,
      1,
      [m.base.groups, m.head.groups],
    ),
  );
}

interface Where {
  device: string;
  model: string;
  metric: Metric;
  layer?: string;
}

function testEndpoint(
  where: Where,
  baseSamples: readonly number[],
  headSamples: readonly number[],
  paired: boolean,
  minAbs: number,
  warnings: readonly string[],
  opts: CompareOptions,
  looks = 1,
  groups: [number[] | undefined, number[] | undefined] = [undefined, undefined],
): Tested {
  // Replicate processes on both sides: the process is the unit (its median one value), because
  // runs within one process share that process's speed and are not independent draws.
  const [baseGroups, headGroups] = groups;
  const byProcess = !paired && (baseGroups?.length ?? 0) >= MIN_REPLICATES && (headGroups?.length ?? 0) >= MIN_REPLICATES;
  if (byProcess) {
    const tested = testEndpoint(where, groupMedians(baseSamples, baseGroups!), groupMedians(headSamples, headGroups!), false, minAbs, warnings, opts, looks);
    tested.endpoint.replicates = { base: baseGroups!.length, head: headGroups!.length };
    return tested;
  }
  const floor = logFloor(baseSamples, headSamples);
  const base = baseSamples.map((v) => Math.max(v, floor));
  const head = headSamples.map((v) => Math.max(v, floor));
  let ratio: number;
  let ci: [number, number];
  let p: number;
  // With adaptive sampling the samples were looked at up to `looks` times: each look gets α/looks.
  const alpha = opts.alpha / Math.max(1, looks);
  if (paired) {
    const d = head.map((h, i) => Math.log(h) - Math.log(base[i] as number));
    p = wilcoxonSignedRank(d).p;
    if (opts.effect === "bootstrap") {
      const b = bootstrapPairedRatio(base, head, mulberry32(seedFor(opts.seed, where)), { alpha, resamples: opts.bootstrapResamples });
      [ratio, ci] = [b.ratio, [b.lower, b.upper]];
    } else {
      const s = hodgesLehmannPairedShift(d, alpha);
      [ratio, ci] = [Math.exp(s.estimate), [Math.exp(s.lower), Math.exp(s.upper)]];
    }
  } else {
    // The rank test is invariant under the log, so it runs on the raw samples as SciPy would.
    p = mannWhitneyU(baseSamples, headSamples).p;
    if (opts.effect === "bootstrap") {
      const b = bootstrapMedianRatio(base, head, mulberry32(seedFor(opts.seed, where)), { alpha, resamples: opts.bootstrapResamples });
      [ratio, ci] = [b.ratio, [b.lower, b.upper]];
    } else {
      const s = hodgesLehmannShift(base.map(Math.log), head.map(Math.log), alpha);
      [ratio, ci] = [Math.exp(s.estimate), [Math.exp(s.lower), Math.exp(s.upper)]];
    }
  }
  const baseMedian = median(baseSamples);
  const headMedian = median(headSamples);
  return {
    endpoint: {
      ...where,
      verdict: "inconclusive",
      ratio,
      ci,
      p,
      pAdjusted: null,
      ...medians(where.metric, baseMedian, headMedian),
      nBase: baseSamples.length,
      nHead: headSamples.length,
      paired,
      warnings: unique(warnings),
    },
    minAbs,
    baseMedian,
    headMedian,
    looks: Math.max(1, looks),
  };
}

function missingEndpoint(where: Where, headSamples: readonly number[], warnings: readonly string[]): Endpoint {
  return {
    ...where,
    verdict: "missing",
    ratio: null,
    ci: null,
    p: null,
    pAdjusted: null,
    ...medians(where.metric, null, headSamples.length > 0 ? median(headSamples) : null),
    nBase: 0,
    nHead: headSamples.length,
    paired: false,
    warnings: unique(warnings),
  };
}

function medians(metric: Metric, base: number | null, head: number | null): Pick<Endpoint, "baseMedianUs" | "headMedianUs" | "baseMedianMj" | "headMedianMj"> {
  return metric === "energy"
    ? { baseMedianUs: null, headMedianUs: null, baseMedianMj: base, headMedianMj: head }
    : { baseMedianUs: base, headMedianUs: head };
}

function adjust(group: Tested[], method: (p: readonly number[]) => number[], opts: CompareOptions): void {
  const adjusted = method(group.map((t) => Math.min(1, (t.endpoint.p as number) * t.looks)));
  group.forEach((t, i) => {
    t.endpoint.pAdjusted = adjusted[i] as number;
    t.endpoint.verdict = verdictOf(t, opts);
  });
}

/**
 * DESIGN.md's rule. One deliberate addition: a change smaller than min-abs is practically
 * irrelevant too, so "equivalent" accepts a CI inside ±max(threshold, minAbs / base median) —
 * otherwise a 10 µs layer could never be anything but inconclusive.
 */
export function verdictOf(t: VerdictInput, opts: Pick<CompareOptions, "alpha" | "threshold">): Verdict {
  const { ci, pAdjusted } = t.endpoint;
  if (ci === null || pAdjusted === null) return "missing";
  const significant = pAdjusted < opts.alpha;
  const moved = t.headMedian - t.baseMedian;
  if (significant && ci[0] > 1 + opts.threshold && moved > t.minAbs) return "regression";
  if (significant && ci[1] < 1 - opts.threshold && -moved > t.minAbs) return "improvement";
  const band = Math.max(opts.threshold, t.baseMedian > 0 ? t.minAbs / t.baseMedian : 0);
  if (ci[0] >= 1 - band && ci[1] <= 1 + band) return "equivalent";
  return "inconclusive";
}

/** Thermal drift and high variation of the compared latency samples, plus the results' own warnings. */
function stabilityFindings(device: string, headEntry: Entry, baseEntry: Entry | undefined, opts: CompareOptions, findings: Finding[]): string[] {
  const codes: string[] = [];
  const model = headEntry.model.name;
  const sides: ["base" | "head", Entry | undefined][] = [["base", baseEntry], ["head", headEntry]];
  for (const [side, entry] of sides) {
    if (!entry) continue;
    const carried = new Set<string>();
    for (const warning of entry.model.warnings) {
      carried.add(warning.code);
      codes.push(warning.code);
      findings.push({ code: warning.code, severity: "warning", device, model, side, message: warning.message });
    }
    const samples = entry.model.latency.samples;
    const drift = driftTest(samples);
    if (!carried.has("thermal-drift") && drift.p < opts.driftAlpha) {
      codes.push("thermal-drift");
      findings.push({
        code: "thermal-drift",
        severity: "warning",
        device,
        model,
        side,
        message: `${model} on ${device} (${side}): latency ${drift.tau > 0 ? "rose" : "fell"} over the run (Kendall tau ${drift.tau.toFixed(2)}, p ${drift.p.toExponential(1)}); let the device cool or interleave base and head`,
        details: { tau: drift.tau, p: drift.p },
      });
    }
    const cv = coefficientOfVariation(samples);
    if (!carried.has("high-variation") && cv > opts.maxCv) {
      codes.push("high-variation");
      findings.push({
        code: "high-variation",
        severity: "warning",
        device,
        model,
        side,
        message: `${model} on ${device} (${side}): latency varies by ${(cv * 100).toFixed(1)} % (CV); close other load or pin the governor`,
        details: { cv },
      });
    }
  }
  return codes;
}

function indexResults(list: readonly Results[], files: string[]): Index {
  const index: Index = new Map();
  list.forEach((results, r) => {
    const file = files[r] as string;
    if (!Array.isArray(results.models)) throw new FormatError(file, "models", "must be an array of model results");
    const deviceName = results.device?.name;
    if (typeof deviceName !== "string") throw new FormatError(file, "device.name", "must be a string");
    let models = index.get(deviceName);
    if (!models) index.set(deviceName, (models = new Map()));
    results.models.forEach((model, at) => {
      checkModel(file, at, model);
      const known = models.get(model.name);
      if (known?.file === file) {
        throw new FormatError(file, `models[${at}].name`, `${model.name} on ${deviceName} appears twice in this file`);
      }
      // The same model and device in another file of the same side: a replicate process.
      models.set(model.name, known ? { ...known, model: mergeModelReplicates(known.model, model, file) } : { model, results, file, at });
    });
  });
  return index;
}

function checkModel(file: string, at: number, model: ModelResult): void {
  const where = `models[${at}]`;
  checkSamples(file, `${where}.latency.samples`, model.latency?.samples);
  if (model.energy) checkSamples(file, `${where}.energy.samples`, model.energy.samples);
  const paired = model.latency.paired;
  if (paired) {
    checkSamples(file, `${where}.latency.paired.baseSamples`, paired.baseSamples);
    checkSamples(file, `${where}.latency.paired.headSamples`, paired.headSamples);
    if (paired.baseSamples.length !== paired.headSamples.length) {
      throw new FormatError(file, `${where}.latency.paired`, `baseSamples and headSamples must pair up; got ${paired.baseSamples.length} and ${paired.headSamples.length} samples`);
    }
  }
  (model.layers ?? []).forEach((layer, i) => checkSamples(file, `${where}.layers[${i}].samples`, layer.samples));
}

function checkSamples(file: string, field: string, samples: unknown): void {
  if (!Array.isArray(samples)) throw new FormatError(file, field, "must be an array of samples");
  if (samples.length === 0) throw new FormatError(file, field, "is empty; expected at least one sample");
  const bad = samples.findIndex((v) => typeof v !== "number" || !Number.isFinite(v) || v < 0);
  if (bad >= 0) throw new FormatError(file, `${field}[${bad}]`, `must be a finite non-negative number; got ${String(samples[bad])}`);
}

// An empty baseline is a warning (everything "missing"); a baseline that shares nothing with
// head is a wrong file.
function checkOverlap(base: Index, head: Index, baseFiles: string[], headFiles: string[]): void {
  const headKeys = [...head].flatMap(([device, models]) => [...models.keys()].map((m) => `${m} on ${device}`));
  if (headKeys.length === 0) throw new FormatError(headFiles.join(", "), "models", "is empty; expected at least one model");
  const baseKeys = [...base].flatMap(([device, models]) => [...models.keys()].map((m) => `${m} on ${device}`));
  if (baseKeys.length === 0) return;
  const pairedOnly = [...head.values()].some((models) => [...models.values()].some((e) => e.model.latency.paired));
  const shared = headKeys.some((k) => baseKeys.includes(k));
  if (!shared && !pairedOnly) {
    throw new FormatError(
      headFiles.join(", "),
      "models",
      `no model × device in common with ${baseFiles.join(", ")} (base has ${list(baseKeys)}; head has ${list(headKeys)})`,
    );
  }
}

function list(keys: string[]): string {
  return keys.length > 5 ? `${keys.slice(0, 5).join(", ")}, … (${keys.length})` : keys.join(", ");
}

// Zero kernel times (sub-µs ops that integer-µs profilers round down) have no log: lift them to
// half the smallest positive sample, which keeps the order and hence the rank statistics.
function logFloor(a: readonly number[], b: readonly number[]): number {
  let smallest = Infinity;
  for (const v of a) if (v > 0 && v < smallest) smallest = v;
  for (const v of b) if (v > 0 && v < smallest) smallest = v;
  return smallest === Infinity ? 1 : smallest / 2;
}

// Each endpoint gets its own stream, so a bootstrap CI does not depend on what else was compared.
function seedFor(seed: number, where: Where): number {
  let hash = 0x811c9dc5 ^ seed;
  for (const ch of `${where.device}\0${where.model}\0${where.metric}\0${where.layer ?? ""}`) {
    hash = Math.imul(hash ^ ch.charCodeAt(0), 0x01000193);
  }
  return hash >>> 0;
}

function toList(value: Results | readonly Results[]): readonly Results[] {
  return Array.isArray(value) ? value : [value as Results];
}

function unique(codes: readonly string[]): string[] {
  return [...new Set(codes)];
}

function show(value: unknown): string {
  return value === undefined ? "(none)" : typeof value === "string" ? value : JSON.stringify(value);
}

/**
 * The verdict on one latency endpoint, judged at α / looks: what adaptive sampling asks after
 * each batch ("decided" = anything but inconclusive).
 */
export function judgeLatency(baseSamples: readonly number[], headSamples: readonly number[], paired: boolean, looks: number, opts: CompareOptions): Verdict {
  const tested = testEndpoint({ device: "", model: "", metric: "latency" }, baseSamples, headSamples, paired, opts.minAbsModelUs, [], opts, looks);
  tested.endpoint.pAdjusted = Math.min(1, (tested.endpoint.p as number) * tested.looks);
  return verdictOf(tested, opts);
}
