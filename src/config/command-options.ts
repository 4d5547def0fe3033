// The command line's vocabulary, declared once per command: each option's flag, type, default,
// placeholder, help and the configuration field it sets. The same table parses the arguments,
// prints `dnntune <command> --help` and writes the README's flag tables, and it is how an error
// about a field (`runs`) is shown as the flag the user typed (`--runs`).
import { parseArgs, type ParseArgsConfig } from "node:util";
import { InputError } from "../errors.js";
import { closest } from "../validate-file.js";

export interface OptionSpec {
  /** The flag without its dashes: `runs` for `--runs`. */
  flag: string;
  type: "string" | "boolean";
  /** May be given more than once; the values are kept in order. */
  multiple?: boolean;
  /** What the value looks like in help: `N`, `FILE`. */
  placeholder?: string;
  /** The default as help shows it; the stage that reads the field applies it. */
  default?: string;
  /** The option is required; its absence is refused with "give <what>, e.g. --flag <example>". */
  required?: { what: string; example: string };
  help: string;
  /** The configuration field the option sets, as stages name it in errors (`warmupRuns`). */
  field: string;
}

export interface CommandSpec {
  name: string;
  /** One line for `dnntune --help`. */
  summary: string;
  /** Plain arguments after the flags are taken as this option's values (bench: models). */
  positionals?: string;
  options: readonly OptionSpec[];
  /** Lines after the options in `dnntune <command> --help`: examples, notes. */
  notes?: readonly string[];
}

/** Every exit status of `dnntune`, for help and the README. */
export const EXIT_STATUSES: readonly { status: number; meaning: string }[] = [
  { status: 0, meaning: "success" },
  { status: 1, meaning: "the gate failed: gate, or compare --fail-on-regression, found a regression of what gate.fail-on names (default: a model's latency and energy), not accepted" },
  { status: 2, meaning: "bad input: a flag, a file or a model (one line names it)" },
  { status: 3, meaning: "a device failed (the line says which step and what to do)" },
  { status: 70, meaning: "a bug in dnntune (the stack trace follows; please report it)" },
];

export type ParsedArgs = Record<string, string | string[] | boolean | undefined>;

/** The flag an error about `field` should name, or the field itself when no option sets it. */
export function flagOf(spec: CommandSpec, field: string): string {
  const option = spec.options.find((o) => o.field === field);
  return option ? `--${option.flag}` : field;
}

/**
 * Parses `args` by the command's table (`--help`/`-h` included); unknown flags, missing values
 * and missing required options are InputErrors naming the flag.
 */
export function parseCommandArgs(args: readonly string[], spec: CommandSpec): ParsedArgs & { help?: boolean } {
  const options: NonNullable<ParseArgsConfig["options"]> = { help: { type: "boolean", short: "h" } };
  for (const o of spec.options) options[o.flag] = { type: o.type, ...(o.multiple ? { multiple: true } : {}) };
  let parsed: { values: ParsedArgs; positionals: string[]; tokens: { kind: string; name?: string; value?: string }[] };
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true, tokens: true }) as typeof parsed;
  } catch (error) {
    if (args.includes("--help") || args.includes("-h")) return { help: true };
    const message = (error as Error).message;
    const flag = /'(--?[^'\s]+)/.exec(message)?.[1] ?? "arguments";
    // An unknown option is usually a typo of a known one: name it.
    const near = /^Unknown option/.test(message) && flag.startsWith("--") ? closest(flag.slice(2), spec.options.map((o) => o.flag)) : undefined;
    const hint = near !== undefined ? `did you mean --${near}? ` : "";
    throw new InputError(flag, `${message.replace(/ To specify a positional.*$/, "").replace(/\.$/, "")} (${hint}dnntune ${spec.name} --help lists the options)`);
  }
  const { values, positionals, tokens } = parsed;
  if (values.help) return { help: true };
  // node keeps the last of a repeated flag; a second `--out` or `--threshold` is a mistake to name.
  const given = new Map<string, string[]>();
  for (const token of tokens) {
    if (token.kind !== "option" || token.name === undefined) continue;
    given.set(token.name, [...(given.get(token.name) ?? []), token.value ?? ""]);
  }
  for (const o of spec.options) {
    const values = given.get(o.flag) ?? [];
    if (o.type === "string" && values.some((v) => v.trim() === "")) throw new InputError(o.field, (name) => `expected a value after ${name(o.field)}; got an empty one`);
    if (!o.multiple && values.length > 1) throw new InputError(o.field, (name) => `given ${values.length} times (${values.map((v) => JSON.stringify(v)).join(", ")}); ${name(o.field)} takes one value`);
  }
  if (positionals.length > 0) {
    if (!spec.positionals) throw new InputError("arguments", `unexpected argument "${positionals[0]}" (dnntune ${spec.name} --help lists the options)`);
    values[spec.positionals] = [...((values[spec.positionals] as string[] | undefined) ?? []), ...positionals];
  }
  for (const o of spec.options) {
    const value = values[o.flag];
    if (o.required !== undefined && (value === undefined || (Array.isArray(value) && value.length === 0))) {
      const { what, example } = o.required;
      throw new InputError(o.field, (name) => `give ${what}, e.g. ${name(o.field)} ${example}`);
    }
  }
  return values;
}
