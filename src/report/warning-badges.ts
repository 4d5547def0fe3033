// The short badge each warning code shows as beside a verdict, and the legend line that explains
// it. Codes carried over from a results file that dnntune does not know are shown as they are.

export interface Badge {
  badge: string;
  meaning: string;
}

export const WARNING_BADGES: Readonly<Record<string, Badge>> = {
  "fingerprint-mismatch": { badge: "setup", meaning: "base and head ran on different setups (CPU, runtime, threads…)" },
  "thermal-drift": { badge: "drift", meaning: "the times drifted during the run (heat or throttling)" },
  "thermal-limit": { badge: "hot", meaning: "a thermal zone passed its limit while the model ran: results may be throttled" },
  "thermal-rise": { badge: "warmed", meaning: "a thermal zone warmed more than allowed while the model ran" },
  "cpu-throttled": { badge: "throttled", meaning: "the CPU's allowed maximum frequency dropped while the model ran" },
  "cpu-capped": { badge: "capped", meaning: "the pinned cores were held below their top frequency (throttled or capped)" },
  "cool-down-timeout": { badge: "warm", meaning: "the device did not cool below the cool-down threshold before the model ran" },
  "cool-down-no-sensors": { badge: "no sensors", meaning: "a cool-down was asked for, but the device has no thermal zones to read" },
  "profile-overhead": { badge: "profiler", meaning: "the layers' profiled times add up to far more than the model's latency: profiling overhead dominates them" },
  "high-variation": { badge: "noisy", meaning: "the runs varied more than usual" },
  "too-few-samples": { badge: "few", meaning: "too few samples for the interval to reach its confidence" },
  "one-process-per-side": { badge: "1 proc", meaning: "one process a side: decides nothing; run base and head paired" },
  "busy-machine": { badge: "busy", meaning: "other programs competed for the cores while it was timed: no regression or improvement is called; rerun on a quiet machine" },
  "inputs-differ": { badge: "inputs", meaning: "base and head ran other inputs" },
  "paired-with-another-base": { badge: "unpaired", meaning: "the head was paired with another base: compared unpaired" },
  "layers-renamed": { badge: "renamed", meaning: "matched to a renamed layer by op type, shapes and position" },
  "layer-added": { badge: "new", meaning: "new in head: nothing to compare" },
};

/** The badge of a code: its short form, or the code itself when dnntune does not know it. */
export function badgeOf(code: string): Badge {
  return Object.hasOwn(WARNING_BADGES, code) ? WARNING_BADGES[code]! : { badge: code, meaning: "a warning carried over from the results file" };
}
