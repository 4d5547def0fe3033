// The .github/workflows/dnntune.yml that `dnntune init` writes: the README's workflows (Use it in
// GitHub Actions), so a repository set up by init runs the action the README documents. The
// action reads the models, their inputs and the gate from dnntune.yml, so the workflow holds no
// text of the repository's: it depends on the layout alone, and nothing in it needs escaping.
// `single` is one hosted job; `fleet` benchmarks on self-hosted device runners, with forks'
// pull requests behind a maintainer's approval, and gates in one hosted job.

export const LAYOUTS = ["single", "fleet"] as const;
export type Layout = (typeof LAYOUTS)[number];

/** The action the workflows run: one place to change when it moves or gets a new major version. */
export const DNNTUNE_ACTION = "dnntune/dnntune@v0";

/** The device init's dnntune.yml defines, and the self-hosted runner the fleet's matrix puts it on. */
const FLEET_DEVICE = { device: "local", runner: "[self-hosted, linux]" };

const HEADER = (layout: Layout) => [
  `# .github/workflows/dnntune.yml, written by \`dnntune init --layout ${layout}\`: benchmark the models`,
  "# of dnntune.yml on every pull request, comment the verdict and fail the check on a regression.",
  "# What to benchmark, and the gate's policy, live in dnntune.yml; this file says where it runs.",
  "name: dnntune",
  "on:",
  "  pull_request:",
  "  push:",
  "    branches: [main]   # each push to main records the baseline that pull requests fall back on",
];

const CHECKOUT_FULL = [
  "- uses: actions/checkout@v4",
  "  with:",
  "    fetch-depth: 0   # the base commit is in the clone: nothing to fetch",
];

/** The gate's permissions: the comment and the stored baseline, beyond the checkout. */
const GATE_PERMISSIONS = [
  "contents: read",
  "pull-requests: write   # the PR comment",
  "actions: read          # the stored baseline: artifacts of an earlier run",
];

function indent(lines: readonly string[], by: string): string[] {
  return lines.map((line) => (line === "" ? "" : `${by}${line}`));
}

export function initWorkflow(layout: Layout): string {
  switch (layout) {
    case "single": return singleWorkflow();
    case "fleet": return fleetWorkflow();
  }
}

function singleWorkflow(): string {
  return [
    ...HEADER("single"),
    "permissions:",
    ...indent(GATE_PERMISSIONS, "  "),
    "jobs:",
    "  dnntune:",
    "    runs-on: ubuntu-latest",
    "    steps:",
    ...indent(CHECKOUT_FULL, "      "),
    `      - uses: ${DNNTUNE_ACTION}   # bench, then gate: the models of dnntune.yml on its \`local\` device`,
    "",
  ].join("\n");
}

/** One bench job of the fleet: the device matrix, the checkout and the action's bench. */
function benchJob(): string[] {
  return [
    "  # Pushes, and pull requests from this repository's branches. A fork's pull request would run",
    "  # its code on your devices, so it is not benchmarked (the gate then has nothing to gate and",
    "  # fails); to benchmark forks behind a maintainer's approval, add the bench-fork job of the",
    "  # README's section \"Pull requests from forks on self-hosted runners\".",
    "  bench:",
    "    if: github.event_name != 'pull_request' || github.event.pull_request.head.repo.full_name == github.repository",
    "    strategy:",
    "      fail-fast: false   # a device that fails fails its own job; the others still report",
    "      matrix:",
    "        # One entry per device of dnntune.yml, each on the self-hosted runner that drives it: add the",
    "        # device under `devices:` in dnntune.yml, give its runner a label of its own (replace `linux`",
    "        # with it) and list both here. Each entry needs a device name of its own: results are",
    "        # uploaded as dnntune-results-<device>, and two entries with one name collide.",
    "        include:",
    `          - device: ${FLEET_DEVICE.device}`,
    `            runner: ${FLEET_DEVICE.runner}`,
    "    runs-on: ${{ matrix.runner }}",
    "    steps:",
    ...indent(CHECKOUT_FULL, "      "),
    `      - uses: ${DNNTUNE_ACTION}`,
    "        with:",
    "          command: bench",
    "          device: ${{ matrix.device }}",
  ];
}

function fleetWorkflow(): string {
  return [
    ...HEADER("fleet"),
    "permissions:",
    "  contents: read   # the device jobs get nothing more",
    "jobs:",
    ...benchJob(),
    "  gate:",
    "    needs: bench",
    "    if: ${{ !cancelled() }}   # gate what the devices that finished measured",
    "    runs-on: ubuntu-latest",
    "    permissions:",
    ...indent(GATE_PERMISSIONS, "      "),
    "    steps:",
    "      - uses: actions/checkout@v4   # dnntune.yml: the gate's policy and split pairs",
    `      - uses: ${DNNTUNE_ACTION}`,
    "        with:",
    "          command: gate",
    "",
  ].join("\n");
}
