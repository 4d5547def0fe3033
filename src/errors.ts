// Typed errors that carry the fix. The CLI maps InputError and FormatError to exit status 2,
// DeviceError to 3; anything else is a bug (status 70) and prints its stack.

/** How an entry spells a field for its user: the CLI's `--runs`, the action's input `runs`. */
export type FieldName = (field: string) => string;

/**
 * A value the user gave is wrong. `field` names the configuration field (`runs`, `threshold`,
 * `inputShapes`), never a flag: each entry maps it to what its user typed (`describe`). `key`
 * narrows it (which input, which network); a message that points at another field to fix takes
 * the entry's naming as a function.
 */
export class InputError extends Error {
  override readonly name = "InputError";
  readonly #detail: string | ((name: FieldName) => string);
  constructor(
    readonly field: string,
    detail: string | ((name: FieldName) => string),
    readonly key?: string,
  ) {
    super("");
    this.#detail = detail;
    this.message = this.describe((f) => f);
  }

  /** The one-line message with every field spelled as the entry's user knows it. */
  describe(name: FieldName): string {
    const detail = typeof this.#detail === "string" ? this.#detail : this.#detail(name);
    return `${name(this.field)}${this.key === undefined ? "" : ` ${this.key}`}: ${detail}`;
  }
}

/** One thing wrong in a file: the field path (none for the file as a whole) and what is wrong. */
export interface Problem {
  field: string | undefined;
  message: string;
}

/**
 * A file's content is not what was expected. `file` and `field` say where; a file checked against
 * its schema carries every problem found, one line each (`lines`), so one run shows them all.
 */
export class FormatError extends Error {
  override readonly name = "FormatError";
  /** Lines shown at most; the rest are counted ("and 7 more problems"). */
  static readonly MAX_LINES = 20;
  readonly problems: readonly Problem[];
  constructor(
    readonly file: string,
    readonly field: string | undefined,
    message: string,
    more: readonly Problem[] = [],
  ) {
    const problems = [{ field, message }, ...more];
    super(problemLines(file, problems).join("\n"));
    this.problems = problems;
  }

  /** Every problem of one file; `problems` must not be empty. */
  static of(file: string, problems: readonly Problem[]): FormatError {
    // One problem found twice (by the schema and a cross-field check, or by two union branches) is one line.
    const seen = new Set<string>();
    const [first, ...more] = problems.filter((p) => {
      const key = `${p.field ?? ""}\n${p.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    if (!first) throw new TypeError("FormatError.of needs at least one problem");
    return new FormatError(file, first.field, first.message, more);
  }

  /** One line per problem, `file: field: message`, capped at MAX_LINES. */
  get lines(): string[] {
    return this.message.split("\n");
  }
}

function problemLines(file: string, problems: readonly Problem[]): string[] {
  const oneLine = (text: string) => text.replace(/\s*\n\s*/g, " ").trim();
  const lines = problems.map((p) => oneLine(p.field ? `${file}: ${p.field}: ${p.message}` : `${file}: ${p.message}`));
  if (lines.length <= FormatError.MAX_LINES) return lines;
  const rest = lines.length - FormatError.MAX_LINES;
  return [...lines.slice(0, FormatError.MAX_LINES), `${oneLine(file)}: and ${rest} more problem${rest === 1 ? "" : "s"}`];
}

/** A device failed at a step (create session, run, read profile…); `hint` says what to do. */
export class DeviceError extends Error {
  override readonly name = "DeviceError";
  constructor(
    readonly device: string,
    readonly step: string,
    message: string,
    readonly hint?: string,
  ) {
    super(`device ${device}: ${step}: ${message}${hint ? ` (${hint})` : ""}`);
  }
}

/** Exit status for a thrown value: 2 for bad input, 3 for a failing device, 70 for a bug. */
export function exitStatusOf(error: unknown): number {
  if (error instanceof InputError || error instanceof FormatError) return 2;
  if (error instanceof DeviceError) return 3;
  return 70;
}

/** One line for any thrown value, not only `Error` (one per problem for a `FormatError`). */
export function messageOf(error: unknown): string {
  // A file's problems are one line each; anything else is one line.
  if (error instanceof FormatError) return error.lines.join("\n");
  if (error instanceof Error) return error.message.replace(/\s*\n\s*/g, " ").trim();
  return String(error);
}
