// Stability of the compared latency samples, as findings: the results' own warnings carried over,
// then the shared stability check of stats/ for what bench did not already flag.

import { stabilityCheck, type StabilityLimits } from "../stats/stability-check.js";
import type { Entry } from "./align-results.js";
import type { Finding } from "./types.js";

/** The findings, and their codes for the endpoints of this model. */
export function stabilityFindings(device: string, headEntry: Entry, baseEntry: Entry | undefined, limits: StabilityLimits): { findings: Finding[]; codes: string[] } {
  const findings: Finding[] = [];
  const codes: string[] = [];
  const model = headEntry.model.name;
  const sides: ["base" | "head", Entry | undefined][] = [["base", baseEntry], ["head", headEntry]];
  for (const [side, entry] of sides) {
    if (!entry) continue;
    const carried = new Set<string>();
    for (const warning of entry.model.warnings) {
      carried.add(warning.code);
      codes.push(warning.code);
      // Bench wrote it about its own run; here it must say which model, device and side.
      findings.push({ code: warning.code, severity: "warning", device, model, side, message: `${model} on ${device} (${side}): ${warning.message}` });
    }
    const { cv, drift, highVariation, drifting } = stabilityCheck(entry.model.latency.samples, limits);
    if (drifting && !carried.has("thermal-drift")) {
      codes.push("thermal-drift");
      findings.push({
        code: "thermal-drift",
        severity: "warning",
        device,
        model,
        side,
        message: `${model} on ${device} (${side}): latency ${drift.tau > 0 ? "rose" : "fell"} over the run (Kendall tau ${drift.tau.toFixed(2)}, p ${drift.p.toExponential(1)}); let the device cool or interleave base and head`,
        details: { tau: drift.tau, p: drift.p },
      });
    }
    if (highVariation && !carried.has("high-variation")) {
      codes.push("high-variation");
      findings.push({
        code: "high-variation",
        severity: "warning",
        device,
        model,
        side,
        message: `${model} on ${device} (${side}): latency varies by ${(cv * 100).toFixed(1)} % (CV); close other load or pin the governor`,
        details: { cv },
      });
    }
  }
  return { findings, codes };
}
