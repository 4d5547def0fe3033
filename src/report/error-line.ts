// The lines an entry prints for any thrown value: an InputError names the field as the entry's
// user knows it (`--runs` on the command line, `runs` in the action); a FormatError gives one line
// per problem of its file; every line is made safe, since messages quote file, model and node names.
import { FormatError, InputError, messageOf, type FieldName } from "../errors.js";
import { terminalText } from "./terminal-text.js";

export function errorLines(error: unknown, name: FieldName = (field) => field): string[] {
  if (error instanceof FormatError) return error.lines.map(terminalText);
  return [terminalText(error instanceof InputError ? error.describe(name).replace(/\s*\n\s*/g, " ").trim() : messageOf(error))];
}

/** The same as one line, for places that take one (a thrown value's summary in a test or log). */
export function errorLine(error: unknown, name: FieldName = (field) => field): string {
  return errorLines(error, name).join("; ");
}
