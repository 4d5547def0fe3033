// The practical threshold as the comparison reads it, here in the first stage so that dnntune.yml
// (`gate.threshold`) is checked on read by the same rule that the compare flags use.
import { InputError } from "../errors.js";

/**
 * The practical threshold as a fraction. `5%` and `0.05` both mean 5 %. A bare number of 1 or
 * more (`5`) is refused with both spellings offered: read as a fraction it would be 500 %, and
 * guessing that it meant 5 % would silently change meaning at `1`.
 */
export function readThreshold(value: unknown, field = "threshold"): number {
  const expected = "must be a percentage such as 5% or a fraction such as 0.05, below 100 %";
  let fractionValue: number;
  if (typeof value === "string") {
    const percentMatch = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(value);
    const fractionMatch = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*$/.exec(value);
    if (percentMatch) fractionValue = Number(percentMatch[1]) / 100;
    else if (fractionMatch) fractionValue = Number(fractionMatch[1]);
    else throw new InputError(field, `${expected}; got ${describe(value)}`);
    if (percentMatch && fractionValue >= 1) throw new InputError(field, `${expected}; got ${describe(value)}`);
  } else if (typeof value === "number" && Number.isFinite(value) && value >= 0) {
    fractionValue = value;
  } else {
    throw new InputError(field, `${expected}; got ${describe(value)}`);
  }
  if (fractionValue >= 1) {
    const n = Number(String(value).trim());
    if (n >= 100) throw new InputError(field, `${expected}; got ${describe(value)}`);
    throw new InputError(field, `${n} reads as a fraction (${Number((n * 100).toPrecision(12))} %); for ${n} % write ${n}% or ${Number((n / 100).toPrecision(12))}`);
  }
  return fractionValue;
}

function describe(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : Array.isArray(value) ? "an array" : String(value);
}
