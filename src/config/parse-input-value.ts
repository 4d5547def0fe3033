// Values the user gives for inputs that must hold something specific (`sr=16000`): one value
// fills the tensor, or one per element, bounded like the shapes.
import { InputError } from "../errors.js";
import { MAX_INPUT_ELEMENTS } from "./parse-shape.js";

/** Parses `NAME=V` or `NAME=V1,V2,…` into numbers. */
export function parseInputValue(text: string, field: string): [string, number[]] {
  const eq = text.indexOf("=");
  const name = text.slice(0, eq);
  const parts = text.slice(eq + 1).split(",");
  if (eq > 0 && parts.length > MAX_INPUT_ELEMENTS) {
    throw new InputError(field, `${parts.length} values; an input holds at most ${MAX_INPUT_ELEMENTS}`, name);
  }
  const values = parts.map((v) => (v.trim() === "" ? Number.NaN : Number(v)));
  if (eq <= 0 || values.some((v) => !Number.isFinite(v))) {
    throw new InputError(field, `expected NAME=VALUE or NAME=V1,V2,… with numbers (e.g. sr=16000); got "${text}"`);
  }
  return [name, values];
}
