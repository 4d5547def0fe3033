#!/usr/bin/env bash
# Paired A/A on one model: N times, bench the model against itself interleaved (default run
# counts) and compare; count comparisons whose model endpoint or any layer is flagged
# (regression or improvement). A quick check of the gate's false alarms on any model — the full
# calibration (power against slower variants, Wilson intervals) is bench/calibration.ts.
#   bash bench/paired-aa.sh MODEL N [bench flags…]
#   bash bench/paired-aa.sh fixtures/models/mlp.onnx 40
#   bash bench/paired-aa.sh ch_ppocr_mobile_v2.0_cls_infer.onnx 40 --input x=1x3x48x192
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
model=$1; n=$2; shift 2
work=$(mktemp -d "${TMPDIR:-/tmp}/dnntune-aa-XXXXXX")
trap 'rm -rf "$work"' EXIT
model_flagged=0; layer_reports=0; seconds=()
for i in $(seq 1 "$n"); do
  start=$(date +%s.%N)
  node "$root/bin/dnntune.js" bench --model "$model" --base-model "$model" "$@" --out "$work/h$i.json" >/dev/null 2>"$work/log" || { cat "$work/log" >&2; exit 1; }
  node "$root/bin/dnntune.js" compare --base "$work/h$i.base.json" --head "$work/h$i.json" --out "$work/c$i.json" >/dev/null 2>"$work/log" || { cat "$work/log" >&2; exit 1; }
  seconds+=("$(echo "$(date +%s.%N) - $start" | bc)")
  read -r m l < <(node -e 'const c = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); const flagged = (e) => e.verdict === "regression" || e.verdict === "improvement"; console.log(c.endpoints.filter((e) => e.metric !== "layer" && flagged(e)).length, c.endpoints.filter((e) => e.metric === "layer" && flagged(e)).length);' "$work/c$i.json")
  [ "$m" -gt 0 ] && model_flagged=$((model_flagged + 1))
  [ "$l" -gt 0 ] && layer_reports=$((layer_reports + 1))
  rm -f "$work"/h"$i"*.json "$work/c$i.json"
done
median=$(printf '%s\n' "${seconds[@]}" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }')
echo "$(basename "$model"): $n paired A/A comparisons; model flagged in $model_flagged, a layer flagged in $layer_reports; median wall time per comparison ${median} s"
