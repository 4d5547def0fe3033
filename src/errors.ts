// Typed errors that carry the fix. The CLI maps InputError and FormatError to exit status 2,
// DeviceError to 3; anything else is a bug (status 70) and prints its stack.

/** A flag, input or argument the user gave is wrong. `input` names it (e.g. `--runs`). */
export class InputError extends Error {
  override readonly name = "InputError";
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(`${input}: ${message}`);
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
