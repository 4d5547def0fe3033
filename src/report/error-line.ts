// The one line an entry prints for any thrown value: an InputError names the field as the
// entry's user knows it (`--runs` on the command line, `runs` in the action); the line is made
// safe, since messages quote file, model and node names.
import { InputError, messageOf, type FieldName } from "../errors.js";
import { terminalText } from "./terminal-text.js";

export function errorLine(error: unknown, name: FieldName = (field) => field): string {
  return terminalText(error instanceof InputError ? error.describe(name).replace(/\s*\n\s*/g, " ").trim() : messageOf(error));
}
