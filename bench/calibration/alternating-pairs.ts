// Post-hoc analysis of the calibration's "alternating" arms (aa-alt10, ab10-alt10): base and
// head processes ran in turn (B H H B …), so process k of the base and process k of the head ran
// back to back. `compare` does not know that pairing; it tests the two sets of process medians
// as independent (Mann–Whitney, Hodges–Lehmann). This script re-judges the same process medians
// as 10 pairs: signed-rank p and paired Hodges–Lehmann CI on log(head_k / base_k), with
// `compare`'s verdict rule (verdictOf) at threshold 5 % and 2 %, min-abs 50 µs. It reads the raw
// outcome only; nothing is re-run. Not a shipped mode: evidence for a possible next step.
//   node --import tsx bench/calibration/alternating-pairs.ts [docs/calibration-after-fixes.json]
import { readFileSync } from "node:fs";
import { verdictOf } from "../../src/compare/test-endpoint.js";
import { hodgesLehmannPairedShift } from "../../src/stats/hodges-lehmann.js";
import { median } from "../../src/stats/quantile.js";
import { wilcoxonSignedRank } from "../../src/stats/wilcoxon-signed-rank.js";
import { rate, showRate } from "./stats.js";

interface Raw {
  arm: string;
  disturbed: boolean;
  latency: { verdict: string; processMediansUs?: { base: number[]; head: number[] } };
}

const file = process.argv[2] ?? "docs/calibration-after-fixes.json";
const report = JSON.parse(readFileSync(file, "utf8")) as { outcomes: Raw[] };
const arms = [...new Set(report.outcomes.filter((o) => o.arm.includes("alt")).map((o) => o.arm))];
for (const arm of arms) {
  const list = report.outcomes.filter((o) => o.arm === arm && !o.disturbed && o.latency.processMediansUs);
  const counts: Record<string, Record<string, number>> = { "5 %": {}, "2 %": {} };
  const ratios: number[] = [];
  for (const o of list) {
    const { base, head } = o.latency.processMediansUs!;
    const d = head.map((h, k) => Math.log(h / base[k]!));
    const s = hodgesLehmannPairedShift(d, 0.05);
    const p = wilcoxonSignedRank(d).p;
    ratios.push(Math.exp(s.estimate));
    const input = { endpoint: { ratio: Math.exp(s.estimate), ci: [Math.exp(s.lower), Math.exp(s.upper)] as [number, number], pAdjusted: p }, minAbs: 50, baseMedian: median(base), headMedian: median(head) };
    for (const [label, threshold] of [["5 %", 0.05], ["2 %", 0.02]] as const) {
      const v = verdictOf(input, { alpha: 0.05, threshold });
      counts[label]![v] = (counts[label]![v] ?? 0) + 1;
    }
  }
  const n = list.length;
  const reg = (label: string) => showRate(rate(counts[label]!.regression ?? 0, n));
  const unpairedReg = list.filter((o) => o.latency.verdict === "regression").length;
  console.log(`${arm}: ${n} comparisons; paired by process: ratio median ${median(ratios).toFixed(3)}; verdicts @5 % ${JSON.stringify(counts["5 %"])}, regression ${reg("5 %")}; @2 % ${JSON.stringify(counts["2 %"])}, regression ${reg("2 %")}; as compare judged them (unpaired process medians): regression ${unpairedReg}/${n}`);
}
