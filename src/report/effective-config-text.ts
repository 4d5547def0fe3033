// `dnntune config --print`: the effective configuration, one value a line, each with where it
// came from (`default`, `dnntune.yml:12`, `flag --runs`). Values come from the user's file, so
// every line is made safe for a terminal.
import { sourceText, type Setting } from "../config/effective-config.js";
import { terminalLines } from "./terminal-text.js";

export interface EffectiveConfigView {
  /** The file read, or none. */
  file?: string;
  device: { name: string; declared: boolean };
  /** The chosen device's keys and the models, as in the file. */
  declared: Setting[];
  settings: Setting[];
}

export function effectiveConfigText(view: EffectiveConfigView): string {
  const rows = [...view.declared, ...view.settings].map((s) => [s.key, valueText(s.value), sourceText(s.source)] as const);
  const keyWidth = Math.min(40, Math.max(...rows.map(([key]) => key.length)));
  const valueWidth = Math.min(40, Math.max(...rows.map(([, value]) => value.length)));
  return `${terminalLines([
    `# effective configuration: flags and inputs > ${view.file ?? "dnntune.yml (none read)"} > defaults`,
    `# device: ${view.device.name}${view.device.declared ? "" : " (not declared in a dnntune.yml)"}`,
    ...rows.map(([key, value, source]) => `${key.padEnd(keyWidth)}  ${value.padEnd(valueWidth)}  # ${source}`),
  ])}\n`;
}

function valueText(value: unknown): string {
  if (value === undefined) return "(off)";
  if (Array.isArray(value)) return `[${value.map(valueText).join(", ")}]`;
  if (typeof value === "object" && value !== null) return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${valueText(v)}`).join(", ")} }`;
  return String(value);
}
