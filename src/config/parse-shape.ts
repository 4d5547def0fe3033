// Shapes the user gives for model inputs (`image=1x3x224x224`). Bounded so that a typo such as
// `1e9` is refused here instead of exhausting memory when the inputs are synthesized.
import { InputError } from "../errors.js";

/** The largest input tensor DNNTune synthesizes: 2^26 elements, 256 MiB of float32. */
export const MAX_INPUT_ELEMENTS = 2 ** 26;

/** Parses `1x3x224x224` (also `1,3,224,224`; `[]` or `scalar` for a scalar). */
export function parseShape(text: string, field: string, key?: string): number[] {
  const trimmed = text.trim();
  if (trimmed === "[]" || trimmed === "scalar") return [];
  const dims = trimmed.split(/[x,]/).map((d) => (/^\s*\d+\s*$/.test(d) ? Number(d) : Number.NaN));
  if (trimmed === "" || dims.some((d) => !Number.isSafeInteger(d))) {
    throw new InputError(field, `expected a shape like 1x3x224x224 (non-negative integers separated by x); got "${text}"`, key);
  }
  const elements = dims.reduce((a, b) => a * b, 1);
  if (elements > MAX_INPUT_ELEMENTS) {
    throw new InputError(field, `shape ${dims.join("x")} holds ${elements} elements; DNNTune synthesizes inputs of at most ${MAX_INPUT_ELEMENTS} elements (256 MiB of float32)`, key);
  }
  return dims;
}

/** `NAME=SHAPE` → [name, shape]. */
export function parseNamedShape(spec: string, field: string): [string, number[]] {
  const eq = spec.indexOf("=");
  if (eq <= 0) throw new InputError(field, `expected NAME=SHAPE such as image=1x3x224x224; got "${spec}"`);
  const name = spec.slice(0, eq);
  return [name, parseShape(spec.slice(eq + 1), field, name)];
}
