// The action's inputs (action.yml) by the configuration field each one sets, so that an error
// about a field names the input the workflow's author wrote (`input runs`), not a CLI flag.

export const ACTION_INPUTS: Readonly<Record<string, string>> = {
  command: "command",
  models: "models",
  runs: "runs",
  warmupRuns: "warmup",
  profileRuns: "profile-runs",
  threads: "threads",
  optimization: "optimization",
  inputShapes: "input",
  inputValues: "input-value",
  deviceName: "device",
  config: "config",
  results: "results",
  baseline: "baseline",
  comment: "comment",
  failOn: "fail-on",
  threshold: "threshold",
  acceptLabel: "accept-label",
  allowForkPrs: "allow-fork-prs",
  storedBaseline: "baseline",
};

/** How the action names `field` in an error: `input runs`, or the field when no input sets it. */
export function actionInputName(field: string): string {
  const input = ACTION_INPUTS[field];
  return input === undefined ? field : `input ${input}`;
}
