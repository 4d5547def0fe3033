// The readable table `dnntune split` prints: per model, network and objective, where the best
// split lies and what it buys against mobile-only and cloud-only.
import { CONFIG_NAME } from "../config/schema.js";
import type { SplitReport } from "../split/split-models.js";
import { formatUs } from "./bench-summary.js";
import { terminalLines } from "./terminal-text.js";

export function splitSummary(report: SplitReport): string {
  const lines: string[] = [];
  // The device key that would carry the power is the mobile results' device name, when that can
  // be a key of dnntune.yml (a modelled device's "phone (modelled: …)" cannot).
  const mobile = report.splits[0]?.mobile ?? "<mobile device>";
  const where = CONFIG_NAME.test(mobile) ? `set devices.${mobile}.power in dnntune.yml` : `${mobile} is no name dnntune.yml can declare a power for`;
  const power = `phone power ${report.power.activeW} W active, ${report.power.idleW} W idle${report.power.assumed ? ` (assumed: ${where})` : ""}`;
  lines.push(power);
  lines.push(`${"model".padEnd(16)} ${"network".padEnd(8)} ${"objective".padEnd(9)} ${"best split".padEnd(28)} ${"latency".padStart(10)} ${"energy".padStart(10)} ${"mobile-only".padStart(11)} ${"cloud-only".padStart(10)}  gain`);
  for (const s of report.splits) {
    const gain = s.objective === "latency" ? `×${s.speedup.toFixed(2)}` : `${(s.energySaving * 100).toFixed(1)} %`;
    const reference = (p: { latencyUs: number; phoneEnergyMj: number }) => (s.objective === "latency" ? formatUs(p.latencyUs) : `${p.phoneEnergyMj.toFixed(2)} mJ`);
    lines.push(`${s.model.padEnd(16)} ${s.network.padEnd(8)} ${s.objective.padEnd(9)} ${s.best.label.slice(0, 28).padEnd(28)} ${formatUs(s.best.latencyUs).padStart(10)} ${`${s.best.phoneEnergyMj.toFixed(2)} mJ`.padStart(10)} ${reference(s.mobileOnly).padStart(11)} ${reference(s.cloudOnly).padStart(10)}  ${gain}`);
    if (s.crossoversMbps.length > 0) lines.push(`${"".padEnd(16)} best split changes at uplink ${s.crossoversMbps.map((m) => `${m.toPrecision(3)} Mbps`).join(", ")}`);
  }
  for (const skipped of report.skipped) lines.push(`skipped ${skipped.model}: ${skipped.reason}`);
  return terminalLines(lines);
}
