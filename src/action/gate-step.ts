// The action's `gate`: this run's results (each device's artifact, or the files given) → the
// stored baseline for whatever was not paired → compare → split (dnntune.yml's first pair with
// results) → the HTML report → the decision → the job summary and the sticky comment → the
// outputs. It never fails the step itself: it returns the decision, and the entry fails last.
//
// Results files: NAME.base.json beside NAME.json is the base interleaved with it (paired); every
// other file is a head. A stored baseline is taken only for the models × devices no paired base
// covers, and one that is broken, stale or about other models is a warning, never a crash.
import { appendFileSync, existsSync, mkdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { findFiles } from "../bench/find-models.js";
import { parseCommandArgs } from "../config/command-options.js";
import { effectiveSettings, fromFile, settingOf, type Override } from "../config/effective-config.js";
import type { LoadedConfig } from "../config/read-config.js";
import { compare, readCompareOptions } from "../compare/index.js";
import type { Comparison } from "../compare/types.js";
import { gateSpec } from "../cli/gate.js";
import { readReportInput } from "../cli/report-inputs.js";
import { report } from "../cli/report.js";
import { split } from "../cli/split.js";
import type { Io } from "../cli/io.js";
import { gatedCount } from "../gate/decide-gate.js";
import type { GateDecision } from "../gate/types.js";
import { errorLines } from "../report/error-line.js";
import { renderComment } from "../report/markdown/render-comment.js";
import { readResults, validateResults } from "../results/read-results.js";
import type { Results } from "../results/types.js";
import { writeJsonAtomic, writeTextAtomic } from "../results/write-results.js";
import type { RunContext } from "../github/event.js";
import { InputError } from "../errors.js";
import { merged, ownDir } from "./bench-step.js";

export interface GateStepOptions {
  context: RunContext;
  file: LoadedConfig | undefined;
  /** The results input: files, folders or globs; empty: `found()`. */
  results: string[];
  /** The baseline input: a results file or folder; undefined: `services.storedBaseline`. */
  baseline: string | undefined;
  comment: "always" | "on-change" | "never" | undefined;
  failOn: string | undefined;
  threshold: string | undefined;
  acceptLabel: string | undefined;
  /** Where the report, the comparison and the work files go. */
  outDir: string;
  services: GateServices;
  log: (line: string) => void;
  warn: (line: string) => void;
}

/** What the gate asks of GitHub; the entry wires the real ones, each failing softly. */
export interface GateServices {
  /** This run's results folders when the results input is empty (artifacts, or bench's own folder). */
  runResults(dest: string): Promise<{ dirs: string[]; warnings: string[] }>;
  /** The stored baseline's folders and what it is ("main at abc1234, run 42"), or why there is none. */
  storedBaseline(dest: string, branch: string | undefined): Promise<{ dirs: string[]; description: string; warnings: string[] } | { none: string; warnings: string[] }>;
  /** The pull request's labels now, or undefined when they cannot be read (the event's are used). */
  labels(pullNumber: number): Promise<string[] | undefined>;
  /** Uploads the report files; returns where a reader finds them, when known. */
  uploadReport(files: string[], rootDir: string): Promise<string | undefined>;
  /** Creates or updates the sticky comment (`onlyUpdate`: never creates one). */
  publish(pullNumber: number, body: string, onlyUpdate: boolean): Promise<PublishResult>;
}

export type PublishResult =
  | { kind: "created" | "updated"; url: string }
  | { kind: "skipped"; why: string }
  | { kind: "could-not-comment"; message: string };

export interface GateOutcome {
  decision: GateDecision;
  reportPath: string;
  comparisonPath: string;
  commentUrl: string | undefined;
  body: string;
  /** On a push the gate reports and never fails, so that the run stands as the baseline. */
  gates: boolean;
}

interface HeadFile {
  path: string;
  results: Results;
  base?: { path: string; results: Results };
}

export async function gateStep(options: GateStepOptions): Promise<GateOutcome> {
  const { context, file, services, log, warn } = options;
  ownDir(options.outDir, "workspace");
  const work = ownDir(join(options.outDir, "work"), "workspace");
  const settings = effectiveSettings(file, undefined, overrides(options));

  // 1. This run's results.
  const found = options.results.length > 0 ? { dirs: options.results, warnings: [] } : await services.runResults(join(work, "run"));
  found.warnings.forEach(warn);
  const heads = readHeads(found.dirs.length > 0 ? findFiles(found.dirs, { extension: ".json", field: "results" }) : [], warn);
  if (heads.length === 0) {
    const why = `no results to gate on${options.results.length > 0 ? ` in ${options.results.join(", ")}` : ": this run uploaded no dnntune-results-* artifact (did the bench jobs run, and finish?)"}`;
    appendSummary(`### ❌ DNNTune: nothing to gate\n\n${why}.\n`, warn);
    throw new GateError(why);
  }
  const summaryOfHeads = heads.map((h) => `${h.path}${h.base ? ` (paired with ${basename(h.base.path)})` : ""}`);
  log(`results: ${summaryOfHeads.join(", ")}`);

  // 2. The stored baseline, for what pairing did not cover.
  const unpaired = new Set<string>();
  for (const head of heads) for (const m of head.results.models) if (!m.latency.paired) unpaired.add(key(head.results.device.name, m.name));
  const event = context.event;
  const branch = event.kind === "pull-request" ? event.baseRef : event.kind === "push" ? event.branch : context.defaultBranch;
  let stored: { files: string[]; description: string } | undefined;
  let storedNote = "none needed: every model was paired";
  if (unpaired.size === 0 && options.baseline !== undefined) log(`the baseline input (${options.baseline}) is not used: every model was paired with its base in this run`);
  if (unpaired.size > 0) {
    if (options.baseline !== undefined && !existsSync(options.baseline)) throw new InputError("baseline", `${options.baseline} does not exist; give a results file or a folder of them (or leave baseline out to use the base branch's latest successful run)`);
    const got = options.baseline !== undefined
      ? { dirs: [options.baseline], description: options.baseline, warnings: [] }
      : await services.storedBaseline(join(work, "baseline"), branch);
    got.warnings.forEach(warn);
    if ("none" in got) {
      storedNote = `none: ${got.none}`;
      warn(`no stored baseline: ${got.none}; ${unpaired.size} unpaired model × device ${unpaired.size === 1 ? "is" : "are"} reported without a comparison`);
    } else {
      stored = { files: storedFiles(got.dirs, unpaired, join(work, "baseline-used"), warn), description: got.description };
      storedNote = stored.files.length > 0 ? got.description : `${got.description}, which has none of the unpaired models`;
      if (stored.files.length === 0) warn(`the stored baseline (${got.description}) has none of the unpaired models (${[...unpaired].map(keyText).join(", ")}); they are reported without a comparison`);
    }
  }

  // 3. Compare. A baseline that still trips the comparison is dropped, with a warning, and the
  // paired verdicts stand.
  const compareOptions = fromFile(settings, () => readCompareOptions({
    threshold: settingOf(settings, "threshold").value as string | number,
    alpha: settingOf(settings, "alpha").value as number,
    minAbsModelUs: settingOf(settings, "minAbsModelUs").value as number,
    minAbsLayerUs: settingOf(settings, "minAbsLayerUs").value as number,
    baseFiles: [...heads.flatMap((h) => (h.base ? [h.base.path] : [])), ...(stored?.files ?? [])],
    headFiles: heads.map((h) => h.path),
  }));
  const pairedBases = heads.flatMap((h) => (h.base ? [h.base] : []));
  const storedResults = (stored?.files ?? []).map((path) => ({ path, results: readResults(path, "baseline") }));
  let comparison: Comparison;
  try {
    comparison = compare([...pairedBases, ...storedResults].map((b) => b.results), heads.map((h) => h.results), { ...compareOptions, baseFiles: [...pairedBases, ...storedResults].map((b) => b.path), headFiles: heads.map((h) => h.path) });
  } catch (error) {
    if (storedResults.length === 0) throw error;
    warn(`the stored baseline (${stored!.description}) cannot be compared with this run, so it is left out: ${errorLines(error).join(" ")}`);
    storedNote = `none: ${stored!.description} could not be compared`;
    stored = undefined;
    comparison = compare(pairedBases.map((b) => b.results), heads.map((h) => h.results), { ...compareOptions, baseFiles: pairedBases.map((b) => b.path), headFiles: heads.map((h) => h.path) });
  }
  // A device dnntune.yml benchmarks that sent nothing: its bench failed or never uploaded, and
  // nothing about it was checked. Say so where the reviewer reads.
  const measured = new Set(heads.map((h) => h.results.device.name));
  const silent = Object.entries(options.file?.data.devices ?? {}).filter(([name, d]) => d.transport !== undefined && !measured.has(name)).map(([name]) => name);
  for (const device of silent) warn(`no results from device ${device}, which dnntune.yml benchmarks: its bench job failed or uploaded nothing, so nothing was checked on it`);
  comparison = {
    ...comparison,
    storedBaseline: storedNote.slice(0, 300),
    findings: [...comparison.findings, ...silent.map((device) => ({ code: "device-not-measured", severity: "warning" as const, device, message: `${device}: no results in this run (dnntune.yml benchmarks it): its bench failed or uploaded nothing, so nothing was checked on it` }))],
  };
  const comparisonPath = join(options.outDir, "comparison.json");
  writeJsonAtomic(comparisonPath, comparison, "out");

  // 4. Split: the first configured pair whose two devices have results here.
  const splitPath = await splitFirstPair(options, heads, work);

  // 5. The accept label, as the pull request has it now.
  const acceptLabel = options.acceptLabel ?? (settingOf(settings, "acceptLabel").value as string);
  let accepted = false;
  if (event.kind === "pull-request") {
    const labels = (await services.labels(event.number)) ?? event.labels;
    accepted = labels.includes(acceptLabel);
    if (accepted) log(`the pull request has the label ${acceptLabel}: a failing gate passes, as accepted`);
  }

  // 6. The HTML report first: the comment may point at it.
  const reportArgs = [
    "--comparison", comparisonPath,
    ...(splitPath ? ["--split", splitPath] : []),
    ...(file ? ["--config", file.path] : []),
    ...(options.failOn !== undefined ? ["--fail-on", options.failOn] : []),
    "--accept-label", acceptLabel,
    ...(accepted ? ["--accept"] : []),
  ];
  const reportPath = join(options.outDir, "report.html");
  const quiet: Io = { stdout: () => {}, stderr: (text) => text.trim() && warn(text.trim().replace(/^dnntune: warning: /, "")), interactive: false };
  await report.run([...reportArgs, "--format", "html", ...heads.flatMap((h) => ["--head", h.path]), ...[...pairedBases, ...storedResults].flatMap((b) => ["--base", b.path]), "--out", reportPath], quiet);
  const reportUrl = await services.uploadReport([reportPath, comparisonPath, ...(splitPath ? [splitPath] : [])], options.outDir);

  // 7. The decision, the summary and the comment.
  const { input, comment } = readReportInput(gateSpec, parseCommandArgs([...reportArgs, ...(reportUrl ? ["--report-url", reportUrl] : [])], gateSpec), []);
  const body = renderComment(input, comment);
  writeTextAtomic(join(options.outDir, "comment.md"), body, "out");
  appendSummary(`${body}\n`, warn);
  let commentUrl: string | undefined;
  const mode = options.comment ?? (settingOf(settings, "comment").value as "always" | "on-change" | "never");
  if (event.kind === "pull-request" && mode !== "never") {
    const flagged = input.decision.counts.regressions + input.decision.counts.improvements + gatedCount(input.decision) > 0;
    const result = await services.publish(event.number, body, mode === "on-change" && !flagged);
    if (result.kind === "could-not-comment") warn(`${result.message}; the verdict stands, and the job summary has the report`);
    else if (result.kind === "skipped") log(`no comment: ${result.why}`);
    else {
      commentUrl = result.url;
      log(`comment ${result.kind}: ${result.url}`);
    }
  }
  return { decision: input.decision, reportPath, comparisonPath, commentUrl, body, gates: event.kind !== "push" };
}

/** Appends to the job summary (GITHUB_STEP_SUMMARY), which holds other steps' summaries too. */
function appendSummary(text: string, warn: (line: string) => void): void {
  const summary = process.env.GITHUB_STEP_SUMMARY;
  if (!summary) return;
  try {
    appendFileSync(summary, text);
  } catch (error) {
    warn(`could not write the job summary (${summary}): ${(error as Error).message}`);
  }
}

/** A failure of the gate's own inputs (no results at all): the step fails with it. */
export class GateError extends Error {
  override readonly name = "GateError";
}

function overrides(options: GateStepOptions): Map<string, Override> {
  const map = new Map<string, Override>();
  if (options.threshold !== undefined) map.set("threshold", { value: options.threshold, source: { from: "input", input: "threshold" } });
  return map;
}

// Every results file, heads with their paired bases. A head that is not a results file fails the
// gate (it is this run's own); an orphan base is a warning.
function readHeads(paths: readonly string[], warn: (line: string) => void): HeadFile[] {
  const set = new Set(paths);
  const heads: HeadFile[] = [];
  for (const path of paths) {
    if (path.endsWith(".base.json")) {
      if (!set.has(path.replace(/\.base\.json$/, ".json"))) warn(`${path} is a paired base without its head (${basename(path).replace(/\.base\.json$/, ".json")}); left out`);
      continue;
    }
    const results = readResults(path, "results");
    const basePath = path.replace(/\.json$/, ".base.json");
    heads.push({ path, results, ...(set.has(basePath) || existsSync(basePath) ? { base: { path: basePath, results: readResults(basePath, "results") } } : {}) });
  }
  return heads;
}

/**
 * The stored baseline's models that this run needs (the unpaired ones), one file per stored file,
 * in `dir`. A file that is not valid results (another schema, truncated) is a warning and skipped;
 * paired bases of the stored run are not baselines.
 */
function storedFiles(dirs: readonly string[], wanted: ReadonlySet<string>, dir: string, warn: (line: string) => void): string[] {
  let paths: string[];
  try {
    paths = findFiles(dirs, { extension: ".json", field: "baseline" });
  } catch (error) {
    warn(`the stored baseline cannot be read: ${errorLines(error).join(" ")}`);
    return [];
  }
  mkdirSync(dir, { recursive: true });
  const out: string[] = [];
  for (const [i, path] of paths.filter((p) => !p.endsWith(".base.json")).entries()) {
    let results: Results;
    try {
      results = readResults(path, "baseline");
    } catch (error) {
      warn(`left out of the stored baseline: ${errorLines(error).join(" ")}`);
      continue;
    }
    const models = results.models.filter((m) => wanted.has(key(results.device.name, m.name)));
    if (models.length === 0) continue;
    const target = join(dir, `${i}-${basename(dirname(path))}-${basename(path)}`);
    writeJsonAtomic(target, validateResults({ ...results, models }, path), "out");
    out.push(target);
  }
  return out;
}

// dnntune.yml's split pairs: the first whose mobile and cloud devices both have results in this
// run is split, with its bases when every model of both has one. Other pairs are named.
async function splitFirstPair(options: GateStepOptions, heads: readonly HeadFile[], work: string): Promise<string | undefined> {
  const pairs = options.file?.data.split?.pairs ?? [];
  const byDevice = new Map<string, HeadFile[]>();
  for (const h of heads) byDevice.set(h.results.device.name, [...(byDevice.get(h.results.device.name) ?? []), h]);
  const usable = pairs.filter((p) => byDevice.has(p.mobile) && byDevice.has(p.cloud));
  if (pairs.length > 0 && usable.length === 0) options.warn(`no split: none of dnntune.yml's split pairs (${pairs.map((p) => `${p.mobile} × ${p.cloud}`).join(", ")}) has results for both devices in this run`);
  const pair = usable[0];
  if (!pair) return undefined;
  if (usable.length > 1) options.warn(`split: ${pair.mobile} × ${pair.cloud} is reported; the other pairs with results (${usable.slice(1).map((p) => `${p.mobile} × ${p.cloud}`).join(", ")}) are not yet`);
  const side = (device: string, which: "head" | "base"): string | undefined => {
    const files = byDevice.get(device)!;
    const list = which === "head" ? files.map((f) => f.results) : files.map((f) => f.base?.results);
    if (list.some((r) => r === undefined)) return undefined;
    const path = join(work, `split-${which}-${device}.json`);
    writeJsonAtomic(path, merged(list as Results[]), "out");
    return path;
  };
  const [mobile, cloud, baseMobile, baseCloud] = [side(pair.mobile, "head"), side(pair.cloud, "head"), side(pair.mobile, "base"), side(pair.cloud, "base")];
  const out = join(options.outDir, "split.json");
  const io: Io = { stdout: () => {}, stderr: (text) => text.trim() && options.warn(text.trim().replace(/^dnntune: warning: /, "")), interactive: false };
  try {
    await split.run(["--mobile", mobile!, "--cloud", cloud!, ...(options.file ? ["--config", options.file.path] : []), ...(baseMobile && baseCloud ? ["--base-mobile", baseMobile, "--base-cloud", baseCloud] : []), "--out", out], io);
    return out;
  } catch (error) {
    options.warn(`no split: ${errorLines(error).join(" ")}`);
    return undefined;
  }
}

function key(device: string, model: string): string {
  return `${device}\0${model}`;
}

function keyText(k: string): string {
  const [device, model] = k.split("\0");
  return `${model} on ${device}`;
}
