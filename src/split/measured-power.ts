// The phone's power from its own meter, when its results have measured energy: energy per
// inference over latency is the power above idle while it computes, plus the idle power the
// energy phase measured. It replaces the declared power in the split's energy objective.
import type { Results } from "../results/types.js";
import { median } from "../stats/quantile.js";

export interface MeasuredPower {
  activeW: number;
  idleW: number;
  /** `measured:<meter>`, for the report. */
  source: string;
}

export function measuredPower(results: Results): MeasuredPower | undefined {
  const per = results.models.flatMap((m) => {
    const e = m.energy;
    if (!e || !e.source.startsWith("measured:") || e.idleW === undefined) return [];
    const latencyMs = median(m.latency.samples) / 1000;
    if (!(latencyMs > 0)) return [];
    // mJ per inference / ms per inference = W above idle.
    return [{ activeW: median(e.samples) / latencyMs + e.idleW, idleW: e.idleW, source: e.source }];
  });
  if (per.length === 0) return undefined;
  const round = (w: number) => Math.round(w * 1000) / 1000;
  return { activeW: round(median(per.map((p) => p.activeW))), idleW: round(median(per.map((p) => p.idleW))), source: per[0]!.source };
}
