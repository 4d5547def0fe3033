// Align head results with base results: models × devices × layers, each head endpoint paired
// with its baseline series or marked missing, plus the findings a reader needs beside the
// verdicts (setups that differ, models and layers gone or new, unstable samples). No statistics
// beyond the stability check: endpoint testing takes it from here.

import { FormatError, InputError } from "../errors.js";
import { median } from "../stats/quantile.js";
import { acceleratorCoverage, acceleratorOfOrtProvider, placementMoves, type AcceleratorCoverage, type PlacedLayer } from "../profiles/accelerator-coverage.js";
import { mergeModelReplicates } from "../results/merge-replicates.js";
import type { ModelResult, Results } from "../results/types.js";
import { fingerprintDiff, type FingerprintDifference } from "./fingerprint-diff.js";
import { matchLayers } from "./match-layers.js";
import { stabilityFindings } from "./stability-findings.js";
import type { Finding, Metric } from "./types.js";

export interface Where {
  device: string;
  model: string;
  metric: Metric;
  /** For metric "layer": the head layer's name. */
  layer?: string;
  /** For metric "energy": `modelled`, or `measured:<meter>`. */
  energySource?: string;
}

/** Two series to test against each other, and what the test needs to know about them. */
export interface AlignedSeries {
  where: Where;
  base: readonly number[];
  head: readonly number[];
  /** Element i of each side is run pair i of one interleaved process. */
  paired: boolean;
  /** Looks adaptive sampling planned at these samples (1 without it). */
  looks: number;
  /** Replicate sizes (runs per process) of each side, when they came from several processes. */
  groups: { base?: readonly number[]; head?: readonly number[] };
  /** Codes of the findings that affect this endpoint. */
  warnings: string[];
}

/** A head series with nothing to compare against. */
export interface UnalignedSeries {
  where: Where;
  head: readonly number[];
  reason: string;
  warnings: string[];
}

export interface Alignment {
  /** Latency and measured energy of every model × device: the family that gates (Holm). */
  primary: AlignedSeries[];
  /** Energy modelled from latency × a declared power: its own family; it informs, never gates. */
  modelledEnergy: AlignedSeries[];
  /** Matched layers, one family per model × device (Benjamini–Hochberg). */
  layerFamilies: AlignedSeries[][];
  missing: UnalignedSeries[];
  findings: Finding[];
  /** Where a layer sits in its head model: the reading order of the layer endpoints. */
  layerPosition(where: Where): number;
}

export interface AlignOptions {
  baseFiles: readonly string[];
  headFiles: readonly string[];
  maxCv: number;
  driftAlpha: number;
  maxBusyCores: number;
}

export interface Entry {
  model: ModelResult;
  results: Results;
  file: string;
}

type Index = Map<string, Map<string, Entry>>;

/**
 * Several results files per side (one per device, or shards of one device) are merged by device
 * name; the same model and device in several files of one side are replicate processes.
 */
export function alignResults(baseList: readonly Results[], headList: readonly Results[], options: AlignOptions): Alignment {
  const baseFiles = baseList.map((_, i) => options.baseFiles[i] ?? (baseList.length > 1 ? `base[${i}]` : "base"));
  const headFiles = headList.map((_, i) => options.headFiles[i] ?? (headList.length > 1 ? `head[${i}]` : "head"));
  if (headList.length === 0) throw new InputError("headFiles", "no results to compare");
  const baseIndex = indexResults(baseList, baseFiles);
  const headIndex = indexResults(headList, headFiles);
  checkOverlap(baseIndex, headIndex, baseFiles, headFiles);

  const alignment: Alignment = { primary: [], modelledEnergy: [], layerFamilies: [], missing: [], findings: [], layerPosition: layerPositions(headIndex) };
  const { primary, missing, findings } = alignment;
  for (const [device, headModels] of headIndex) {
    const baseModels = baseIndex.get(device);
    if (!baseModels) {
      findings.push({ code: "device-no-baseline", severity: "warning", device, message: `${device}: no baseline results for this device; only paired runs can be compared` });
    }
    const noBaseline = baseModels ? "not in the baseline" : "no baseline results for this device";
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
      const stability = stabilityFindings(device, headEntry, baseEntry, options);
      findings.push(...stability.findings);
      const at = { device, model: modelName };
      // Other input shapes make another workload: the change would be the inputs', not the model's.
      const inputs = baseEntry ? inputsDiff(baseEntry.model.inputs, headEntry.model.inputs) : undefined;
      if (inputs) findings.push({ code: "inputs-differ", severity: "warning", ...at, message: `${modelName} on ${device}: base and head ran other inputs (${inputs}); the change measures the inputs as much as the model` });
      // Timed while other programs competed for the cores: the pairs cannot be trusted to be alike.
      const busy = Math.max(headEntry.model.latency.busyCores ?? 0, baseEntry?.model.latency.busyCores ?? 0);
      if (busy > options.maxBusyCores) {
        findings.push({ code: "busy-machine", severity: "warning", ...at, message: `${modelName} on ${device}: other programs used ${busy.toFixed(2)} cores while it was timed (limit ${options.maxBusyCores}); no regression or improvement is called from it: rerun on a quiet machine` });
        deviceCodes.push("busy-machine");
      }
      const warnings = unique([...deviceCodes, ...stability.codes, ...(inputs ? ["inputs-differ"] : [])]);
      const latency = headEntry.model.latency;

      // The pairs inside the head are its own interleaved base: they stand for the given base only
      // when that base is the file the same run wrote (the same samples), or when none is given.
      const pairedWithGiven = latency.paired !== undefined && (!baseEntry || sameSamples(latency.paired.baseSamples, baseEntry.model.latency.samples));
      if (latency.paired && !pairedWithGiven) {
        findings.push({ code: "paired-with-another-base", severity: "warning", ...at, message: `${modelName} on ${device}: the head was measured interleaved with another base than the one given; latency is compared unpaired against the given base` });
      }
      // The action benchmarked it against the PR's base commit but could not pair it: say why, so
      // a reader knows the verdict rests on the stored baseline (or on nothing).
      const revision = headEntry.model.baseRevision;
      if (revision && revision.mode !== "paired") {
        const against = baseEntry ? "compared with the stored baseline" : "and no stored baseline has it";
        const why = revision.mode === "new" ? `new since the base commit ${revision.sha.slice(0, 7)}` : `the base commit ${revision.sha.slice(0, 7)}'s model could not be had${revision.reason ? ` (${revision.reason})` : ""}`;
        findings.push({ code: "not-paired", severity: revision.mode === "new" ? "info" : "warning", ...at, message: `${modelName} on ${device}: not paired: ${why}; ${against}` });
      }
      if (latency.paired && pairedWithGiven) {
        primary.push({ where: { ...at, metric: "latency" }, base: latency.paired.baseSamples, head: latency.paired.headSamples, paired: true, looks: latency.looks ?? 1, groups: {}, warnings });
      } else if (baseEntry) {
        const baseLatency = baseEntry.model.latency;
        primary.push({ where: { ...at, metric: "latency" }, base: baseLatency.samples, head: latency.samples, paired: false, looks: latency.looks ?? 1, groups: { base: baseLatency.groups, head: latency.groups }, warnings });
      } else {
        missing.push({ where: { ...at, metric: "latency" }, head: latency.samples, reason: noBaseline, warnings });
      }
      const headEnergy = headEntry.model.energy;
      if (headEnergy) {
        const baseEnergy = baseEntry?.model.energy;
        // Modelled on either side: the comparison is of models, not of measurements, and says so.
        const modelled = headEnergy.source === "modelled" || baseEnergy?.source === "modelled";
        const where: Where = { ...at, metric: "energy", energySource: modelled ? "modelled" : headEnergy.source };
        if (baseEnergy && modelled) {
          // Latency × a constant power: paired exactly when latency is, from the same runs.
          const [bw, hw] = [baseEnergy.watts, headEnergy.watts];
          const pairs = latency.paired && pairedWithGiven && bw !== undefined && hw !== undefined ? latency.paired : undefined;
          alignment.modelledEnergy.push(pairs
            ? { where, base: pairs.baseSamples.map((us) => (us * bw!) / 1000), head: pairs.headSamples.map((us) => (us * hw!) / 1000), paired: true, looks: latency.looks ?? 1, groups: {}, warnings }
            : { where, base: baseEnergy.samples, head: headEnergy.samples, paired: false, looks: 1, groups: { base: baseEntry!.model.latency.groups, head: latency.groups }, warnings });
        } else if (baseEnergy) {
          // Batches of base and head alternated under the meter: paired, when this base is theirs.
          const pairs = headEnergy.paired && sameSamples(headEnergy.paired.baseSamples, baseEnergy.samples) ? headEnergy.paired : undefined;
          primary.push(pairs
            ? { where, base: pairs.baseSamples, head: pairs.headSamples, paired: true, looks: 1, groups: {}, warnings }
            : { where, base: baseEnergy.samples, head: headEnergy.samples, paired: false, looks: 1, groups: {}, warnings });
        } else {
          missing.push({ where, head: headEnergy.samples, reason: baseEntry ? "no energy in the baseline" : noBaseline, warnings });
        }
      }

      if (!baseEntry) {
        if (baseModels) {
          findings.push({ code: "model-no-baseline", severity: "warning", ...at, message: `${modelName} on ${device}: not in the baseline${latency.paired ? "; latency compared from its paired runs" : ""}` });
        }
        continue;
      }
      const moved = placementFinding(device, modelName, baseEntry.model, headEntry.model);
      if (moved) findings.push(moved);
      alignment.layerFamilies.push(alignLayers(device, baseEntry, headEntry, deviceCodes, alignment, pairedWithGiven && latency.paired?.layers === "interleaved"));
    }
    for (const diff of mismatches.values()) {
      findings.push({
        code: "fingerprint-mismatch",
        severity: "warning",
        device,
        message: `${device}: base and head ran on different setups (` + diff.map((d) => `${d.field} ${show(d.base)} → ${show(d.head)}`).join(", ") + "); a difference may come from the setup, not the change",
        details: { differences: diff },
      });
    }
    for (const modelName of baseModels?.keys() ?? []) {
      if (!headModels.has(modelName)) {
        findings.push({ code: "model-not-in-head", severity: "warning", device, model: modelName, message: `${modelName} on ${device}: in the baseline but not in this run` });
      }
    }
  }
  for (const device of baseIndex.keys()) {
    if (!headIndex.has(device)) {
      findings.push({ code: "device-not-in-head", severity: "warning", device, message: `${device}: in the baseline but not in this run` });
    }
  }
  return alignment;
}

/** The matched layers of one model × device; added layers go to `missing`, removed ones to findings. */
/**
 * ONNX nodes that ran on the accelerator (an execution provider or delegate other than the CPU's)
 * in one and not the other: a PR that pushes ops off the NPU is a finding whatever its latency.
 */
function placementFinding(device: string, model: string, base: ModelResult, head: ModelResult): Finding | undefined {
  const placed = (m: ModelResult): PlacedLayer[] => m.layers.map((l) => ({ name: l.name, covers: l.covers, accelerator: acceleratorOfOrtProvider(l.provider), timeUs: median(l.samples) }));
  const moves = placementMoves(placed(base), placed(head));
  if (moves.length === 0) return undefined;
  const off = moves.filter((m) => m.kind === "off-accelerator");
  const onto = moves.filter((m) => m.kind === "onto-accelerator");
  const between = moves.filter((m) => m.kind === "between-accelerators");
  const names = (list: typeof moves) => `${list.slice(0, 5).map((m) => m.node).join(", ")}${list.length > 5 ? `, and ${list.length - 5} more` : ""}`;
  const parts = [
    ...(off.length > 0 ? [`${off.length} ONNX ${off.length === 1 ? "node" : "nodes"} fell back from ${[...new Set(off.map((m) => m.base))].join(", ")} to the CPU (${names(off)})`] : []),
    ...(onto.length > 0 ? [`${onto.length} moved onto ${[...new Set(onto.map((m) => m.head))].join(", ")} (${names(onto)})`] : []),
    ...(between.length > 0 ? [`${between.length} moved between accelerators (${names(between)})`] : []),
  ];
  const coverage = (m: ModelResult) => acceleratorCoverage(placed(m));
  const [b, h] = [coverage(base), coverage(head)];
  const share = (c: AcceleratorCoverage) => `${Math.round(c.timeShare * 100)} % of the time, ${c.acceleratorLayers}/${c.layers} layers`;
  return {
    code: "placement-moved",
    severity: off.length > 0 ? "warning" : "info",
    device,
    model,
    message: `${model} on ${device}: ${parts.join("; ")}; on the accelerator: ${share(b)} → ${share(h)}`,
    details: { moves: moves.slice(0, 100), base: b, head: h },
  };
}

function alignLayers(device: string, baseEntry: Entry, headEntry: Entry, deviceCodes: readonly string[], alignment: Alignment, interleaved: boolean): AlignedSeries[] {
  const model = headEntry.model.name;
  const { findings, missing } = alignment;
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
    missing.push({ where: { device, model, metric: "layer", layer: layer.name }, head: layer.samples, reason: "new in head", warnings: unique([...deviceCodes, "layer-added"]) });
  }
  return matches.map((m) => ({
    where: { device, model, metric: "layer", layer: m.head.name },
    base: m.base.samples,
    head: m.head.samples,
    // Profiled run k of base and head ran side by side: a pair, when both have every run.
    paired: interleaved && m.base.samples.length === m.head.samples.length,
    looks: 1,
    groups: { base: m.base.groups, head: m.head.groups },
    warnings: unique(m.by === "structure" ? [...deviceCodes, "layers-renamed"] : deviceCodes),
  }));
}

function layerPositions(headIndex: Index): (where: Where) => number {
  const byModel = new Map<string, Map<string, number>>();
  return (where) => {
    const key = `${where.device}\0${where.model}`;
    let positions = byModel.get(key);
    if (!positions) {
      positions = new Map();
      const layers = headIndex.get(where.device)?.get(where.model)?.model.layers ?? [];
      // The first layer of a name, as a search from the start would find it.
      layers.forEach((l, i) => positions!.has(l.name) || positions!.set(l.name, i));
      byModel.set(key, positions);
    }
    return where.layer === undefined ? -1 : (positions.get(where.layer) ?? -1);
  };
}

function indexResults(list: readonly Results[], files: string[]): Index {
  const index: Index = new Map();
  // Each replicate's latency samples, to tell another process from a copy of the same file.
  const seen = new Map<string, string>();
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
      const signature = `${deviceName}\0${model.name}\0${model.latency.samples.join(",")}`;
      const copyOf = seen.get(signature);
      if (copyOf !== undefined) {
        throw new FormatError(file, `models[${at}].latency.samples`, `${model.name} on ${deviceName} has the very samples of ${copyOf}: a copy of one process is not another process; give each results file once`);
      }
      seen.set(signature, file);
      // The same model and device in another file of the same side: a replicate process.
      models.set(model.name, known ? { ...known, model: mergeModelReplicates(known.model, model, file) } : { model, results, file });
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
  const baseSet = new Set(baseKeys);
  const shared = headKeys.some((k) => baseSet.has(k));
  if (!shared && !pairedOnly) {
    throw new FormatError(headFiles.join(", "), "models", `no model × device in common with ${baseFiles.join(", ")} (base has ${list(baseKeys)}; head has ${list(headKeys)})`);
  }
}

function list(keys: string[]): string {
  return keys.length > 5 ? `${keys.slice(0, 5).join(", ")}, … (${keys.length})` : keys.join(", ");
}

function unique(codes: readonly string[]): string[] {
  return [...new Set(codes)];
}

function show(value: unknown): string {
  return value === undefined ? "(none)" : typeof value === "string" ? value : JSON.stringify(value);
}

function sameSamples(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

type ModelInputs = Record<string, { dtype: string; shape: number[] }> | undefined;

/** How the inputs of two runs of one model differ, or undefined when they agree (or one is unknown). */
function inputsDiff(base: ModelInputs, head: ModelInputs): string | undefined {
  if (!base || !head) return undefined;
  const describe = (input: { dtype: string; shape: number[] } | undefined) => (input ? `${input.dtype}[${input.shape.join("x")}]` : "absent");
  const changes = [...new Set([...Object.keys(base), ...Object.keys(head)])]
    .filter((name) => describe(base[name]) !== describe(head[name]))
    .map((name) => `${name}: ${describe(base[name])} → ${describe(head[name])}`);
  return changes.length > 0 ? changes.slice(0, 3).join(", ") + (changes.length > 3 ? `, and ${changes.length - 3} more` : "") : undefined;
}
