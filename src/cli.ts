// dnntune command line: parse → run the stage → print → exit status. Every thrown value becomes
// one line on stderr and an exit status: 2 bad input, 3 a failing device, 70 a bug.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { benchConfig, type BenchFlags } from "./config/bench-args.js";
import { runBench } from "./bench/run-bench.js";
import { exitStatusOf, InputError, messageOf } from "./errors.js";
import { benchSummary } from "./report/bench-summary.js";
import { replicateProcesses } from "./bench/replicate-processes.js";
import { comparisonSummary } from "./report/comparison-summary.js";
import { compare, judgeLatency, primaryRegressions, readCompareOptions } from "./compare/index.js";
import { readResults } from "./results/read-results.js";
import { EMPTY_CONFIG, readConfig } from "./config/read-config.js";
import { splitModels, SPLIT_OBJECTIVES } from "./split/split-models.js";
import type { SplitObjective } from "./split/solve-split.js";
import { splitDiff, type SplitDiff } from "./split/split-diff.js";
import { mulberry32 } from "./stats/rng.js";
import { splitSummary } from "./report/split-summary.js";
import { writeJsonAtomic } from "./results/write-results.js";

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal (progress redraws one line) or a log (one line per phase). */
  interactive: boolean;
  /** The command that starts dnntune again, for `bench --processes` (node, its flags, the entry). */
  self?: string[];
}

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  interactive: Boolean(process.stderr.isTTY),
  self: [process.execPath, ...process.execArgv, process.argv[1] ?? ""],
};

const USAGE = `usage: dnntune <command> [options]

commands:
  bench   --model FILE|DIR|GLOB … --out FILE [--runs N] [--warmup N] [--profile-runs M]
          [--threads T] [--optimization disabled|basic|extended|all] [--provider cpu]
          [--input NAME=1x3x224x224] [--input-value NAME=V] [--seed S] [--device NAME]
          paired: [--base-model FILE] [--base-threads T] [--base-optimization L] [--base-out FILE]
          adaptive: [--max-runs N] (with paired mode or --baseline FILE) [--threshold 5%] [--alpha 0.05]
          replicates: [--processes K]  run it all K times in fresh processes (compare then
          makes the process the unit when both sides have at least 3)
  compare --base FILE --head FILE --out FILE [--threshold 5%] [--alpha 0.05]
          [--min-abs-us 50] [--min-abs-layer-us 20] [--fail-on-regression]
          exit 0, or 1 with --fail-on-regression when a model endpoint regressed
  split   --mobile FILE --cloud FILE --out FILE [--network wifi|lte|3g|NAME …]
          [--objective latency|energy …] [--config dnntune.yml] [--no-crossovers]
          [--base-mobile FILE --base-cloud FILE [--threshold 5%]]  where the best split moved
  demo    [--out DIR]   benchmark the bundled fixture models with the defaults
`;

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case "bench":
        return await bench(rest, io);
      case "compare":
        return compareCommand(rest, io);
      case "split":
        return splitCommand(rest, io);
      case "demo":
        return await demo(rest, io);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        io.stdout(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new InputError("command", `unknown command "${command}"; expected one of bench, compare, split, demo (dnntune --help)`);
    }
  } catch (error) {
    const status = exitStatusOf(error);
    io.stderr(`dnntune: ${messageOf(error)}\n`);
    if (status === 70 && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return status;
  }
}

const BENCH_OPTIONS = {
  model: { type: "string", multiple: true },
  out: { type: "string" },
  runs: { type: "string" },
  warmup: { type: "string" },
  "profile-runs": { type: "string" },
  threads: { type: "string" },
  optimization: { type: "string" },
  provider: { type: "string", multiple: true },
  input: { type: "string", multiple: true },
  "input-value": { type: "string", multiple: true },
  seed: { type: "string" },
  device: { type: "string" },
  "base-model": { type: "string" },
  "base-threads": { type: "string" },
  "base-optimization": { type: "string" },
  "base-out": { type: "string" },
  "max-runs": { type: "string" },
  baseline: { type: "string" },
  processes: { type: "string" },
  threshold: { type: "string" },
  alpha: { type: "string" },
} as const;

async function bench(args: string[], io: Io): Promise<number> {
  const flags = parse(args, BENCH_OPTIONS) as unknown as BenchFlags & { _: string[] };
  const config = benchConfig({ ...flags, model: [...(flags.model ?? []), ...flags._] });
  if (config.processes > 1) {
    if (!io.self) throw new InputError("--processes", "this entry cannot start dnntune again; run the CLI (npx dnntune) to use --processes");
    // Each child benchmarks once; everything but --processes and --out goes to it unchanged.
    const childArgs = withoutFlags(args, ["--processes", "--out"]);
    const merged = await replicateProcesses(io.self, childArgs, config.processes, io.stderr);
    writeJsonAtomic(config.out, merged);
    io.stdout(`${benchSummary(merged)}\n${config.processes} processes; wrote ${config.out}\n`);
    return 0;
  }
  // Adaptive sampling judges latency exactly as `compare` will, at α / looks.
  const extra = flags as { threshold?: string; alpha?: string };
  const compareOptions = readCompareOptions({ threshold: extra.threshold, alpha: numberFlag("--alpha", extra.alpha) }, "flags");
  const judge = (base: number[], head: number[], paired: boolean, looks: number) => judgeLatency(base, head, paired, looks, compareOptions) !== "inconclusive";
  const baseline = config.baseline === undefined ? undefined : readResults(config.baseline, "--baseline");
  const outcome = await runBench(config, progressReporter(io), judge, baseline);
  if (outcome.base && config.paired) writeJsonAtomic(config.paired.baseOut, outcome.base, "--base-out");
  writeJsonAtomic(config.out, outcome.head);
  io.stdout(`${benchSummary(outcome.head)}\n${outcome.base && config.paired ? `wrote ${config.paired.baseOut} (base, interleaved)\n` : ""}wrote ${config.out}\n`);
  return 0;
}

const COMPARE_OPTIONS = {
  base: { type: "string", multiple: true },
  head: { type: "string", multiple: true },
  out: { type: "string" },
  threshold: { type: "string" },
  alpha: { type: "string" },
  "min-abs-us": { type: "string" },
  "min-abs-layer-us": { type: "string" },
  "fail-on-regression": { type: "boolean" },
} as const;

function compareCommand(args: string[], io: Io): number {
  const flags = parse(args, COMPARE_OPTIONS) as { base?: string[]; head?: string[]; out?: string; threshold?: string; alpha?: string; "min-abs-us"?: string; "min-abs-layer-us"?: string; "fail-on-regression"?: boolean };
  if (!flags.base?.length) throw new InputError("--base", "give the baseline results file(s), e.g. --base base.json");
  if (!flags.head?.length) throw new InputError("--head", "give the head results file(s), e.g. --head head.json");
  if (!flags.out) throw new InputError("--out", "give the comparison file to write, e.g. --out comparison.json");
  const options = readCompareOptions({
    threshold: flags.threshold,
    alpha: numberFlag("--alpha", flags.alpha),
    minAbsModelUs: numberFlag("--min-abs-us", flags["min-abs-us"]),
    minAbsLayerUs: numberFlag("--min-abs-layer-us", flags["min-abs-layer-us"]),
    baseFiles: flags.base,
    headFiles: flags.head,
  }, "flags");
  const base = flags.base.map((file) => readResults(file, "--base"));
  const head = flags.head.map((file) => readResults(file, "--head"));
  const comparison = compare(base, head, options);
  writeJsonAtomic(flags.out, comparison);
  io.stdout(`${comparisonSummary(comparison)}
wrote ${flags.out}
`);
  const regressed = primaryRegressions(comparison).length > 0;
  return regressed && flags["fail-on-regression"] ? 1 : 0;
}

const SPLIT_OPTIONS = {
  mobile: { type: "string" },
  cloud: { type: "string" },
  out: { type: "string" },
  network: { type: "string", multiple: true },
  objective: { type: "string", multiple: true },
  config: { type: "string" },
  "no-crossovers": { type: "boolean" },
  "base-mobile": { type: "string" },
  "base-cloud": { type: "string" },
  threshold: { type: "string" },
} as const;

function splitCommand(args: string[], io: Io): number {
  const flags = parse(args, SPLIT_OPTIONS) as { mobile?: string; cloud?: string; out?: string; network?: string[]; objective?: string[]; config?: string; "no-crossovers"?: boolean; "base-mobile"?: string; "base-cloud"?: string; threshold?: string };
  if ((flags["base-mobile"] === undefined) !== (flags["base-cloud"] === undefined)) {
    throw new InputError(flags["base-mobile"] ? "--base-cloud" : "--base-mobile", "a split diff needs the baseline of both devices: give --base-mobile and --base-cloud together");
  }
  if (!flags.mobile) throw new InputError("--mobile", "give the mobile device's results file, e.g. --mobile pixel7.json");
  if (!flags.cloud) throw new InputError("--cloud", "give the cloud device's results file, e.g. --cloud server.json");
  if (!flags.out) throw new InputError("--out", "give the split file to write, e.g. --out split.json");
  const objectives = flags.objective ?? [...SPLIT_OBJECTIVES];
  for (const objective of objectives) {
    if (!SPLIT_OBJECTIVES.includes(objective as SplitObjective)) throw new InputError("--objective", `expected latency or energy; got "${objective}"`);
  }
  const config = flags.config ? readConfig(flags.config) : EMPTY_CONFIG;
  const mobile = readResults(flags.mobile, "--mobile");
  const cloud = readResults(flags.cloud, "--cloud");
  const options = {
    networks: flags.network ?? ["wifi", "lte", "3g"],
    objectives: objectives as SplitObjective[],
    userNetworks: config.networks,
    power: config.devices[mobile.device.name]?.power,
  };
  const report = splitModels(mobile, cloud, { ...options, ...(flags["no-crossovers"] ? { crossovers: false as const } : {}) });
  // With a baseline of both devices: where the best split moved, with a CI from the layer samples.
  let diff: SplitDiff | undefined;
  if (flags["base-mobile"] && flags["base-cloud"]) {
    const threshold = readCompareOptions({ threshold: flags.threshold }, "flags").threshold;
    const base = { mobile: readResults(flags["base-mobile"], "--base-mobile"), cloud: readResults(flags["base-cloud"], "--base-cloud") };
    diff = splitDiff(base, { mobile, cloud }, { ...options, threshold, rng: mulberry32(1) });
  }
  writeJsonAtomic(flags.out, diff ? { ...report, diff } : report);
  const diffLines = diff ? ["", ...diff.findings.filter((f) => f.moved || f.verdict !== "equivalent").map((f) => `${f.verdict}: ${f.message}`), ...diff.missing.map((m) => `not compared: ${m.model}: ${m.reason}`)] : [];
  io.stdout(`${[splitSummary(report), ...diffLines].join("\n")}\nwrote ${flags.out}\n`);
  return 0;
}

// The whole local pipeline on the bundled fixtures: benchmark the seven models, catch a known
// slowdown (mlp with a wider fc2) in paired mode, and split the models against a cloud modelled
// as ten times faster than this machine.
function numberFlag(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value)) throw new InputError(flag, `expected a number; got "${text}"`);
  return value;
}

/** `args` without the given flags and their values (`--flag v` and `--flag=v`). */
function withoutFlags(args: string[], flags: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (flags.includes(arg)) i++;
    else if (!flags.some((f) => arg.startsWith(`${f}=`))) out.push(arg);
  }
  return out;
}

async function demo(args: string[], io: Io): Promise<number> {
  const flags = parse(args, { out: { type: "string" } }) as { out?: string };
  const dir = flags.out ?? ".dnntune";
  const fixtures = new URL("../fixtures/", import.meta.url).pathname;
  const say = (title: string) => io.stdout(`\n== ${title}\n`);

  say("bench: the fixture models on this CPU");
  await bench(["--model", `${fixtures}models`, "--out", `${dir}/results.json`], io);

  say("compare: mlp (base) against mlp with fc2 25 % wider (head), interleaved in one process");
  await bench(["--model", `${fixtures}test/mlp_heavier.onnx`, "--base-model", `${fixtures}models/mlp.onnx`, "--out", `${dir}/mlp-head.json`, "--base-out", `${dir}/mlp-base.json`, "--profile-runs", "5"], io);
  compareCommand(["--base", `${dir}/mlp-base.json`, "--head", `${dir}/mlp-head.json`, "--out", `${dir}/comparison.json`], io);

  say("split: this CPU as the phone, a cloud modelled 10× faster");
  const results = readResults(`${dir}/results.json`);
  const cloud = structuredClone(results);
  cloud.device = { ...cloud.device, name: "cloud (modelled: this CPU × 0.1)" };
  for (const model of cloud.models) for (const layer of model.layers) layer.samples = layer.samples.map((us) => us * 0.1);
  writeJsonAtomic(`${dir}/cloud-modelled.json`, cloud);
  return splitCommand(["--mobile", `${dir}/results.json`, "--cloud", `${dir}/cloud-modelled.json`, "--network", "wifi", "--network", "lte", "--objective", "latency", "--out", `${dir}/split.json`], io);
}

function parse(args: string[], options: NonNullable<ParseArgsConfig["options"]>): Record<string, unknown> {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { ...values, _: positionals };
  } catch (error) {
    const message = messageOf(error);
    const flag = /'(--?[\w-]+)/.exec(message)?.[1] ?? "arguments";
    throw new InputError(flag, `${message.replace(/\.$/, "")} (dnntune --help lists the options)`);
  }
}

function progressReporter(io: Io) {
  let lastLine = "";
  return (model: string, phase: string, run: number, of: number) => {
    const line = `${model}: ${phase} ${run}/${of}`;
    if (io.interactive) {
      io.stderr(`\r\x1b[2K${line}${run === of && phase === "profiling" ? "\n" : ""}`);
    } else if (run === 1 || run === of) {
      // In a log, one line when a phase starts and one when it ends.
      if (line !== lastLine) io.stderr(`${line}\n`);
    }
    lastLine = line;
  };
}

const isEntry = process.argv[1] !== undefined && import.meta.url === new URL(process.argv[1], "file://").href;
if (isEntry) process.exitCode = await main(process.argv.slice(2));
