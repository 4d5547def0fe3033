// `dnntune demo`: the whole product in one command, on the bundled fixtures. It plays a pull
// request that slows one layer of mlp (fc2's ReLU swapped for Softplus): bench the head's models
// on this CPU → bench mlp paired against its base and compare → split every model between a phone
// and a cloud modelled from this CPU → gate and report (the PR comment, the HTML report, JSON) →
// print the comment and the verdict. Each step is the command CI would run, with dnntune's
// defaults but for the paired step's setup (PAIRED_SETUP); the demo exits 0 whatever the gate
// decides (`dnntune gate` is the command that gates).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { isAbsolute, relative } from "node:path";
import { parseCommandArgs, type CommandSpec } from "../config/command-options.js";
import { modelledDevice, type ModelledDevice } from "../devices/modelled-device.js";
import { demoVerdict } from "../report/demo-verdict.js";
import { writtenFiles } from "../report/written-files.js";
import { checkOutputs, type OwnFormat } from "../results/output-paths.js";
import { readResults } from "../results/read-results.js";
import { writeJsonAtomic, writeTextAtomic } from "../results/write-results.js";
import { bench } from "./bench.js";
import { compareCommand } from "./compare.js";
import { gate, gateSpec } from "./gate.js";
import type { Command, Io } from "./io.js";
import { readReportInput } from "./report-inputs.js";
import { report } from "./report.js";
import { split } from "./split.js";

export const demoSpec: CommandSpec = {
  name: "demo",
  summary: "the whole pipeline on the bundled models: bench, a caught regression, the split, the gate and the PR comment",
  options: [
    { flag: "out", type: "string", placeholder: "DIR", default: ".dnntune", field: "out", help: "folder for every file the demo writes" },
  ],
};

/**
 * The split's two sides, modelled from this CPU's per-layer times: a phone-class device eight
 * times slower and a server ten times faster. The names say so wherever they are printed.
 */
export const DEMO_PHONE: ModelledDevice = { name: "phone (modelled: this CPU × 8)", factor: 8 };
export const DEMO_CLOUD: ModelledDevice = { name: "cloud (modelled: this CPU × 0.1)", factor: 0.1 };

/**
 * The paired step's two departures from the defaults, so that the layer verdicts hold on a busy
 * machine. One thread: both sessions then run their kernels on the calling thread, with no
 * thread pool of their own; with two threads, layers the PR does not touch differed by 5–45 %
 * between the sides here, steadily through a run, which pairing cannot cancel. Thirty profiled
 * runs a side: ten pairs lose fc2's verdict to two or three preempted runs. Measured with two and
 * three busy loops beside it: fc2 a regression in 25 of 25 runs and another layer flagged in 2,
 * against 16 of 20 and 6 with the defaults.
 */
const PAIRED_SETUP = { flags: ["--threads", "1", "--profile-runs", "30"], text: "on one thread, 30 profiled runs a side" };

/** The file names the demo writes under --out, results first. */
export const DEMO_FILES = {
  results: "results.json",
  head: "mlp.head.json",
  base: "mlp.base.json",
  comparison: "comparison.json",
  phone: "phone.json",
  cloud: "cloud.json",
  split: "split.json",
  comment: "comment.md",
  html: "report.html",
  json: "report.json",
  config: "dnntune.yml",
} as const;

// Every command of the demo reads this instead of a dnntune.yml in the working folder, so the
// demo runs with the defaults wherever it is started.
const DEMO_CONFIG = "# dnntune demo: the configuration every step of the demo read. Empty: each command takes\n# dnntune's defaults, whatever a dnntune.yml in the working folder says.\n";
const DEMO_CONFIG_FORMAT: OwnFormat = { what: "the demo's configuration", recognize: (text) => text.startsWith("# dnntune demo:") };

async function run(args: string[], io: Io): Promise<number> {
  const flags = parseCommandArgs(args, demoSpec) as { out?: string };
  const dir = flags.out ?? ".dnntune";
  const file = Object.fromEntries(Object.entries(DEMO_FILES).map(([key, name]) => [key, `${dir}/${name}`])) as Record<keyof typeof DEMO_FILES, string>;
  checkOutputs(Object.values(file).map((path) => ({ flag: "out", path, ...(path === file.config ? { replaces: DEMO_CONFIG_FORMAT } : {}) })), []);
  writeTextAtomic(file.config, DEMO_CONFIG, "out", DEMO_CONFIG_FORMAT);
  const config = ["--config", file.config];
  const fixtures = fixturesDir();
  const say = (title: string) => io.stdout(`\n== ${title}\n`);

  say("1/5 bench: the pull request's models on this CPU (mlp as the PR changes it, and a camera encoder built for a split)");
  const others = readdirSync(`${fixtures}models`).filter((f) => f.endsWith(".onnx") && f !== "mlp.onnx").map((f) => `${fixtures}models/${f}`);
  await bench.run([...[`${fixtures}demo`, ...others].flatMap((m) => ["--model", m]), ...config, "--out", file.results], io);

  say(`2/5 compare: mlp before and after the PR (fc2's ReLU → Softplus), interleaved in one process, ${PAIRED_SETUP.text}`);
  await bench.run(["--model", `${fixtures}demo/mlp.onnx`, "--base-model", `${fixtures}models/mlp.onnx`, ...PAIRED_SETUP.flags, ...config, "--out", file.head, "--base-out", file.base], io);
  await compareCommand.run(["--base", file.base, "--head", file.head, ...config, "--out", file.comparison], io);

  say(`3/5 split: every model between a ${DEMO_PHONE.name} and a ${DEMO_CLOUD.name}; both modelled from this CPU's per-layer times, neither measured`);
  const measured = readResults(file.results);
  writeJsonAtomic(file.phone, modelledDevice(measured, DEMO_PHONE));
  writeJsonAtomic(file.cloud, modelledDevice(measured, DEMO_CLOUD));
  io.stdout(writtenFiles([{ path: file.phone, note: `this CPU's samples × ${DEMO_PHONE.factor}` }, { path: file.cloud, note: `this CPU's samples × ${DEMO_CLOUD.factor}` }]));
  await split.run(["--mobile", file.phone, "--cloud", file.cloud, ...config, "--out", file.split], io);

  say("4/5 gate and report: the decision, the PR comment, the HTML report, the JSON report");
  const reportArgs = ["--comparison", file.comparison, "--split", file.split, ...config];
  // The gate's status is the demo's result, not the demo's own: it is read below, in words.
  await gate.run([...reportArgs, "--comment-out", file.comment], io);
  await report.run([...reportArgs, "--format", "html", "--base", file.base, "--head", file.head, "--out", file.html], io);
  await report.run([...reportArgs, "--format", "json", "--out", file.json], io);

  say(`5/5 the PR comment a reviewer sees (${file.comment}; the whole report: ${file.html})`);
  io.stdout(readFileSync(file.comment, "utf8"));
  const { input } = readReportInput(gateSpec, parseCommandArgs(reportArgs, gateSpec), []);
  io.stdout(`\n${demoVerdict(input.decision)}\n`);
  return 0;
}

// The fixtures sit at the package root: two folders up from src/cli/demo.ts, one from the
// bundle dist/cli.js. Under the working folder they are named from it (`fixtures/demo/mlp.onnx`,
// `node_modules/dnntune/fixtures/…`), as the results and reports then show them.
function fixturesDir(): string {
  const candidates = ["../../fixtures/", "../fixtures/"].map((up) => new URL(up, import.meta.url).pathname);
  const dir = candidates.find((d) => existsSync(`${d}models`)) ?? candidates[0]!;
  const near = relative(process.cwd(), dir);
  return near === "" || near.startsWith("..") || isAbsolute(near) ? dir : `${near}/`;
}

export const demo: Command = { spec: demoSpec, run };
