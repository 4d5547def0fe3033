// Help for the command line and the README's flag tables, rendered from the commands' option
// tables so that neither can drift from what the parser accepts.
import { EXIT_STATUSES, type CommandSpec, type OptionSpec } from "../config/command-options.js";

function flagWithPlaceholder(o: OptionSpec): string {
  return `--${o.flag}${o.placeholder ? ` ${o.placeholder}` : ""}`;
}

function helpText(o: OptionSpec): string {
  const notes = [o.required ? "required" : undefined, o.multiple ? "repeatable" : undefined, o.default !== undefined ? `default ${o.default}` : undefined].filter(Boolean);
  // Backticks mark code in the README; a terminal shows the text plain.
  return `${o.help.replace(/`/g, "")}${notes.length > 0 ? ` (${notes.join("; ")})` : ""}`;
}

/** `dnntune <command> --help`. */
export function commandHelp(spec: CommandSpec): string {
  const rows: [string, string][] = spec.options.map((o) => [flagWithPlaceholder(o), helpText(o)]);
  rows.push(["-h, --help", "this help"]);
  const width = Math.max(...rows.map(([flag]) => flag.length));
  const positional = spec.positionals ? ` [${spec.options.find((o) => o.flag === spec.positionals)?.placeholder ?? "ARG"} …]` : "";
  return [
    `usage: dnntune ${spec.name} [options]${positional}`,
    "",
    spec.summary,
    "",
    "options:",
    ...rows.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`),
    ...(spec.notes && spec.notes.length > 0 ? ["", ...spec.notes] : []),
    "",
    exitStatusLines(),
    "",
  ].join("\n");
}

/** `dnntune --help`. */
export function overviewHelp(commands: readonly CommandSpec[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    "usage: dnntune <command> [options]",
    "       dnntune <command> --help   the options of one command",
    "       dnntune --version",
    "",
    "commands:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    exitStatusLines(),
    "",
  ].join("\n");
}

function exitStatusLines(): string {
  return ["exit status:", ...EXIT_STATUSES.map(({ status, meaning }) => `  ${String(status).padEnd(3)} ${meaning}`)].join("\n");
}

const cell = (text: string) => text.replace(/\|/g, "\\|");

/** The README's table of one command's flags (Markdown). */
export function flagTable(spec: CommandSpec): string {
  const rows = spec.options.map((o) => {
    const notes = [o.multiple ? "repeatable" : undefined, o.required ? "required" : undefined].filter(Boolean);
    const flag = `\`${cell(flagWithPlaceholder(o))}\`${notes.length > 0 ? ` (${notes.join(", ")})` : ""}`;
    return `| ${flag} | ${o.default === undefined ? "—" : cell(o.default)} | ${cell(o.help)} |`;
  });
  return ["| flag | default | meaning |", "|---|---|---|", ...rows].join("\n");
}

/** The README's table of exit statuses (Markdown). */
export function exitStatusTable(): string {
  return ["| status | meaning |", "|---|---|", ...EXIT_STATUSES.map(({ status, meaning }) => `| ${status} | ${cell(meaning)} |`)].join("\n");
}
