// GitHub Action entry: read the inputs once → `bench` (this runner's device, paired against the
// PR's base commit) and upload its results → `gate` (gather every device's results, compare with
// their bases, split, report, comment) → set the outputs → fail last. `run` is both in one job.
// The token is masked before anything is logged, and only ever sent to the GitHub API.
import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import * as core from "@actions/core";
import { benchStep, type BenchInputs, type BenchStepOutcome } from "./action/bench-step.js";
import { gateStep, type GateServices } from "./action/gate-step.js";
import { readConfigOption } from "./cli/config-file.js";
import { actionInputName } from "./config/action-inputs.js";
import { useToolCache } from "./devices/onnxruntime-node.js";
import { InputError } from "./errors.js";
import { downloadBaselineResults, downloadRunResults, findBaselineRun, uploadFiles, uploadResults } from "./github/artifacts.js";
import { runContext, type RunContext } from "./github/event.js";
import { pullRequestLabels } from "./github/labels.js";
import { GitHubApiError } from "./github/rest-client.js";
import { publishStickyComment } from "./github/sticky-comment.js";
import { COMMENT_MARKER } from "./report/markdown/render-comment.js";
import { errorLines } from "./report/error-line.js";
import { gateSummary } from "./report/gate-summary.js";

const COMMANDS = ["bench", "gate", "run"] as const;
const COMMENT_MODES = ["always", "on-change", "never"] as const;
const REPORT_ARTIFACT = "dnntune-report";

async function run(): Promise<void> {
  const token = core.getInput("github-token");
  if (token) core.setSecret(token);
  const command = oneOf("command", core.getInput("command") || "run", COMMANDS);
  const optional = (name: string) => core.getInput(name).trim() || undefined;
  const allowForkPrs = oneOf("allowForkPrs", optional("allow-fork-prs")?.toLowerCase() ?? "false", ["true", "false"]) === "true";
  const comment = optional("comment") === undefined ? undefined : oneOf("comment", optional("comment")!, COMMENT_MODES);
  const context = runContext();
  // dnntune.yml by default, when the repository has one; a config input that names nothing fails.
  const configInput = optional("config");
  const file = readConfigOption(configInput === "dnntune.yml" && !existsSync("dnntune.yml") ? undefined : configInput);
  const cwd = process.cwd();
  const log = (line: string) => core.info(line);
  const warn = (line: string) => core.warning(line);

  let bench: BenchStepOutcome | undefined;
  if (command !== "gate") {
    // The bundle cannot carry onnxruntime-node's native binaries: unless an earlier step installed
    // it, the pinned version goes into the runner's tool cache once and later runs reuse it.
    const toolCache = process.env.RUNNER_TOOL_CACHE;
    if (toolCache) useToolCache(toolCache, log);
    const inputs: BenchInputs = {
      model: core.getMultilineInput("models"),
      runs: optional("runs"),
      warmup: optional("warmup"),
      "profile-runs": optional("profile-runs"),
      threads: optional("threads"),
      optimization: optional("optimization"),
      input: core.getMultilineInput("input"),
      "input-value": core.getMultilineInput("input-value"),
      threshold: optional("threshold"),
    };
    bench = await benchStep({ context, file, device: optional("device"), inputs, allowForkPrs, cwd, log, warn });
    core.setOutput("results-path", relative(cwd, bench.dir) || ".");
    const { paired, new: added, unavailable, alone } = bench.modes;
    log(`benchmarked on ${bench.device}: ${paired} paired with the base commit, ${added} new, ${unavailable} without a base, ${alone} alone; ${bench.files.map((f) => relative(cwd, f)).join(", ") || "no results"}`);
    if (bench.files.length > 0) {
      const uploaded = await upload(() => uploadResults(bench!.device, bench!.dir, bench!.files.map((f) => relative(bench!.dir, f))), `dnntune-results-${bench.device}`, warn, log);
      // The gate and later pull requests read the artifact: a run that could not store it must not
      // pass as if it had (a push would then stand as a baseline that holds nothing).
      if (uploaded === "failed") bench.failures.push(`the results artifact dnntune-results-${bench.device} could not be uploaded (see the warning above); the results are in ${relative(cwd, bench.dir)}`);
    }
    if (command === "bench" && bench.failures.length > 0) throw new StepFailure(`${bench.failures.length} problem(s) in this bench:\n${bench.failures.join("\n")}`);
  }

  if (command !== "bench") {
    const services = gateServices(context, token, bench, log, warn);
    const outcome = await gateStep({
      context,
      file,
      results: core.getMultilineInput("results"),
      baseline: optional("baseline"),
      comment,
      failOn: optional("fail-on"),
      threshold: optional("threshold"),
      acceptLabel: optional("accept-label"),
      outDir: join(cwd, "dnntune-report"),
      services,
      log,
      warn,
    });
    const { decision } = outcome;
    // Report first: the outputs are set before the step fails.
    core.setOutput("verdict", decision.verdict);
    core.setOutput("regressions", String(decision.counts.regressions));
    core.setOutput("improvements", String(decision.counts.improvements));
    core.setOutput("report-path", relative(cwd, outcome.reportPath));
    core.setOutput("comment-url", outcome.commentUrl ?? "");
    log(gateSummary(decision));
    const failures = bench?.failures ?? [];
    if (decision.verdict === "fail" && outcome.gates) throw new StepFailure(`the gate failed: ${decision.counts.regressions} confirmed regression(s) of ${decision.policy.failOn.join(", ")}; add the label ${decision.policy.acceptLabel} to accept them`);
    if (decision.verdict === "fail") warn("the gate would fail; on a push it only reports, so that this run stands as the baseline of later pull requests");
    if (failures.length > 0) throw new StepFailure(`${failures.length} model(s) could not be benchmarked:\n${failures.join("\n")}`);
  }
}

/** What the gate asks of GitHub, each failing softly: a warning and the report goes on. */
function gateServices(context: RunContext, token: string, bench: BenchStepOutcome | undefined, log: (line: string) => void, warn: (line: string) => void): GateServices {
  const rest = { token, apiUrl: context.apiUrl };
  const { owner, repo } = context;
  return {
    async runResults(dest) {
      // `run`: this job's own results; `gate`: every device job's artifact.
      // Only the files this run wrote: a persistent workspace may hold older ones beside them.
      if (bench) return { dirs: bench.files, warnings: [] };
      let got = await downloadRunResults(dest);
      // A re-run of the gate job alone may not see the first attempt's artifacts through the
      // runtime's service; the REST API lists them for any attempt.
      if (got.artifacts.length === 0 && token && context.runId !== undefined) {
        const again = await downloadBaselineResults(dest, { ...rest, owner, repo, runId: context.runId });
        got = { artifacts: again.artifacts, warnings: again.artifacts.length > 0 ? again.warnings : [...got.warnings, ...again.warnings] };
      }
      if (got.artifacts.length > 0) log(`this run's results: ${got.artifacts.map((a) => a.name).join(", ")}`);
      return { dirs: got.artifacts.map((a) => a.dir), warnings: got.warnings };
    },
    async storedBaseline(dest, branch) {
      if (!token) return { none: "no github-token to find it with", warnings: [] };
      if (context.runId === undefined) return { none: "GITHUB_RUN_ID is not set, so this run's workflow is not known", warnings: [] };
      if (branch === undefined) return { none: "no base branch to take it from", warnings: [] };
      // The newest successful run on the branch whose artifacts can still be had: one whose
      // artifacts expired (or whose bench uploaded none) gives way to the one before it.
      const tried: number[] = [];
      const warnings: string[] = [];
      for (let attempt = 0; attempt < 5; attempt++) {
        const found = await findBaselineRun({ ...rest, owner, repo, runId: context.runId, branch, skipRunIds: tried });
        if (found.kind === "none") return { none: tried.length > 0 ? `${found.reason}; the newer runs had no results artifact left` : found.reason, warnings };
        const { run } = found;
        tried.push(run.runId);
        const got = await downloadBaselineResults(join(dest, String(run.runId)), { ...rest, owner, repo, runId: run.runId });
        warnings.push(...got.warnings);
        const description = `${branch} at ${run.headSha.slice(0, 7)} (run ${run.runId}, ${run.createdAt.slice(0, 10)})`;
        if (got.artifacts.length === 0) {
          warnings.push(`${description} has no results artifact left (expired, or its bench uploaded none); trying the run before it`);
          continue;
        }
        log(`stored baseline: ${description}: ${got.artifacts.map((a) => a.name).join(", ")}`);
        return { dirs: got.artifacts.map((a) => a.dir), description, warnings };
      }
      return { none: `the last ${tried.length} successful runs on ${branch} had no results artifact left`, warnings };
    },
    async labels(pullNumber) {
      if (!token) return undefined;
      const got = await pullRequestLabels({ ...rest, repository: context.repository, pullNumber });
      if ("refused" in got) {
        warn(`could not read the pull request's labels (${got.refused}); the event's labels are used`);
        return undefined;
      }
      return got.labels;
    },
    async uploadReport(files, rootDir) {
      const id = await upload(() => uploadFiles(REPORT_ARTIFACT, rootDir, files.map((f) => relative(rootDir, f))), REPORT_ARTIFACT, warn, log);
      return typeof id !== "number" || context.runId === undefined ? undefined : `${context.serverUrl}/${context.repository}/actions/runs/${context.runId}/artifacts/${id}`;
    },
    async publish(pullNumber, body, onlyUpdate) {
      if (!token) return { kind: "could-not-comment", message: "could not comment: no github-token" };
      let result;
      try {
        result = await publishStickyComment({ repository: context.repository, pullNumber, body, marker: COMMENT_MARKER, onlyUpdate }, rest);
      } catch (error) {
        // GitHub kept failing (5xx, the network): the verdict and the summary stand without it.
        if (error instanceof GitHubApiError) return { kind: "could-not-comment", message: `could not comment on pull request #${pullNumber}, GitHub's API kept failing (${error.message})` };
        throw error;
      }
      if (result.kind === "could-not-comment") return { kind: "could-not-comment", message: result.message };
      if (result.kind === "skipped") return { kind: "skipped", why: "nothing changed and no comment exists yet (comment: on-change)" };
      return { kind: result.kind, url: result.url };
    },
  };
}

// Outside GitHub's artifact service (a local run, `act`) there is nothing to upload to: a warning.
async function upload(go: () => Promise<{ id: number }>, name: string, warn: (line: string) => void, log: (line: string) => void): Promise<number | "unavailable" | "failed"> {
  if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
    warn(`${name} not uploaded: the artifact service is not available here (ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL unset)`);
    return "unavailable";
  }
  try {
    const { id } = await go();
    log(`uploaded ${name} (artifact ${id})`);
    return id;
  } catch (error) {
    warn(errorLines(error).join(" "));
    return "failed";
  }
}

function oneOf<T extends string>(input: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(input, `expected one of ${allowed.join(", ")}; got ${JSON.stringify(value)}`);
}

/** The step fails with this message, after everything was reported. */
class StepFailure extends Error {}

run().catch((error: unknown) => {
  core.setFailed(error instanceof StepFailure ? error.message : errorLines(error, actionInputName).join("\n"));
});

