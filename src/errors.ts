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

/** A file's content is not what was expected. `file` and `field` say where. */
export class FormatError extends Error {
  override readonly name = "FormatError";
  constructor(
    readonly file: string,
    readonly field: string | undefined,
    message: string,
  ) {
    super(field ? `${file}: ${field}: ${message}` : `${file}: ${message}`);
  }
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

/** One line for any thrown value, not only `Error`. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message.replace(/\s*\n\s*/g, " ").trim();
  return String(error);
}
