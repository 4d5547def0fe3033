// What each warning code on an endpoint means, for the legend under the report's tables. Codes a
// results file carried over (from its own bench run) are not all known here; they get a pointer to
// the findings, which hold their messages.
import type { FindingCode } from "../../compare/types.js";

export const WARNING_MEANING: Record<FindingCode, string> = {
  "fingerprint-mismatch": "base and head ran on different setups (CPU, runtime, threads, …); a difference may come from the setup, not the change",
  "device-no-baseline": "the device has no baseline results; only paired runs could be compared",
  "device-not-in-head": "the device is in the baseline but not in this run",
  "model-no-baseline": "the model is not in the baseline",
  "model-not-in-head": "the model is in the baseline but not in this run",
  "paired-with-another-base": "the head was measured interleaved with another base than the one given, so latency is compared unpaired",
  "not-paired": "the model could not be benchmarked against the pull request's base commit (new, or its base could not be had), so it is compared with the stored baseline",
  "placement-moved": "ONNX nodes ran on the accelerator on one side and on the CPU on the other: a change of placement, whatever the latency did",
  "inputs-differ": "base and head ran other inputs; the change measures the inputs as much as the model",
  "layer-added": "the layer is new in head: nothing to compare it with",
  "layer-removed": "the layer is gone in head",
  "layers-renamed": "layers were renamed and matched by op type, shapes and position",
  "thermal-drift": "latency rose or fell over the run (the device heating up, or other load starting)",
  "high-variation": "latency varies more than the stability limit allows (coefficient of variation)",
  "too-few-samples": "too few samples for the interval to reach the confidence asked for",
  "one-process-per-side": "one process a side: its runs share that process's speed, so they decide nothing, neither a change nor its absence",
  "busy-machine": "other programs competed for the cores while it was timed: no regression or improvement is called; rerun on a quiet machine",
};

export function warningMeaning(code: string): string {
  return Object.hasOwn(WARNING_MEANING, code) ? WARNING_MEANING[code as FindingCode] : "reported by the benchmark; see the findings for its message";
}
