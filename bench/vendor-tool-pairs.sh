#!/usr/bin/env bash
# Paired runs through a vendor tool: A/A on a model (false alarms) and the demo's A/B (power),
# each on the onnxruntime_perf_test stand-in of test/helpers/fake-tools/ (real onnxruntime, the
# tool's CLI and formats), or on the real program given as PERF_TEST=path.
#   bash bench/vendor-tool-pairs.sh MODEL N_AA N_AB [bench flags…]
#   bash bench/vendor-tool-pairs.sh silero_vad_v5.onnx 20 10 --input input=1x512 --input state=2x1x128 --input-value sr=16000
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
model=$1; n_aa=$2; n_ab=$3; shift 3
work=$(mktemp -d "${TMPDIR:-/tmp}/dnntune-vendor-pairs-XXXXXX")
trap 'rm -rf "$work"' EXIT
printf 'devices:\n  perftest:\n    transport: local\n    tool: ort-perf-test\n    binary: %s\n    threads: 1\n' "${PERF_TEST:-$root/test/helpers/fake-tools/onnxruntime_perf_test}" > "$work/dnntune.yml"
bash "$root/bench/paired-aa.sh" "$model" "$n_aa" --config "$work/dnntune.yml" --device perftest "$@"
flagged=0
for _ in $(seq 1 "$n_ab"); do
  node "$root/bin/dnntune.js" bench --config "$work/dnntune.yml" --device perftest --model "$root/fixtures/demo/mlp.onnx" --base-model "$root/fixtures/models/mlp.onnx" --out "$work/p.json" >/dev/null 2>"$work/log" || { cat "$work/log" >&2; exit 1; }
  node "$root/bin/dnntune.js" compare --base "$work/p.base.json" --head "$work/p.json" --out "$work/c.json" >/dev/null 2>"$work/log" || { cat "$work/log" >&2; exit 1; }
  v=$(node -e 'const c = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log(c.endpoints.find((e) => e.metric === "latency").verdict)' "$work/c.json")
  [ "$v" = regression ] && flagged=$((flagged + 1))
done
echo "demo mlp (fc2's ReLU → Softplus) through ort-perf-test: a regression in $flagged of $n_ab paired comparisons"
