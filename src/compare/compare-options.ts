// The comparison's knobs, read once into one typed object with the documented defaults (README, docs/architecture.md); errors
// name the field (`threshold`), what was expected and what was received, and each entry says
// which flag or input that field is. Numbers may come as text (flags and action inputs are text).

import { InputError } from "../errors.js";
import { STABILITY_LIMITS } from "../stats/stability-check.js";
import { readThreshold } from "../config/threshold.js";

export { readThreshold } from "../config/threshold.js";

export interface CompareOptions {
  /** Family-wise error rate for primary endpoints (Holm), FDR for layers (BH); also 1 − CI level. */
  alpha: number;
  /** Practical threshold as a fraction: 0.05 means a change must exceed ±5 %. */
  threshold: number;
  /** A model's latency median must move more than this to be a regression or improvement. */
  minAbsModelUs: number;
  /** The same for a layer. */
  minAbsLayerUs: number;
  /** The same for energy per inference. */
  minAbsEnergyMj: number;
  /** Effect estimate: Hodges–Lehmann on logs (rank-based CI) or seeded bootstrap of medians. */
  effect: "hodges-lehmann" | "bootstrap";
  bootstrapResamples: number;
  seed: number;
  /** A latency coefficient of variation above this is a "high-variation" finding. */
  maxCv: number;
  /** Other programs using more cores than this while a run was timed: no regression or improvement from it. */
  maxBusyCores: number;
  /** A Kendall trend against run index with p below this is a "thermal-drift" finding. */
  driftAlpha: number;
  /** Names of the base and head results files, in the order given, for error messages. */
  baseFiles: string[];
  headFiles: string[];
}

/** What callers may pass: any subset, numbers as text, a threshold as "5%", one file name as a string. */
export type CompareOptionsInput = Partial<Omit<CompareOptions, "alpha" | "threshold" | "minAbsModelUs" | "minAbsLayerUs" | "baseFiles" | "headFiles">> & {
  alpha?: number | string;
  threshold?: number | string;
  minAbsModelUs?: number | string;
  minAbsLayerUs?: number | string;
  baseFiles?: string | string[];
  headFiles?: string | string[];
};

export const DEFAULT_COMPARE_OPTIONS: Readonly<CompareOptions> = Object.freeze({
  alpha: 0.05,
  threshold: 0.05,
  minAbsModelUs: 50,
  minAbsLayerUs: 20,
  minAbsEnergyMj: 0,
  effect: "hodges-lehmann",
  bootstrapResamples: 2000,
  seed: 1,
  maxBusyCores: 0.5,
  ...STABILITY_LIMITS,
  baseFiles: [],
  headFiles: [],
});

/**
 * Validate a partial options object (from config, flags or a caller) and fill the defaults.
 * `threshold` is a fraction or a percentage (see `readThreshold`); file names accept one string.
 */
export function readCompareOptions(raw: unknown): CompareOptions {
  if (raw === undefined || raw === null) return { ...DEFAULT_COMPARE_OPTIONS, baseFiles: [], headFiles: [] };
  if (typeof raw !== "object" || Array.isArray(raw)) {
    throw new InputError("compareOptions", `must be an object; got ${describe(raw)}`);
  }
  const input = raw as Record<string, unknown>;
  const options: CompareOptions = { ...DEFAULT_COMPARE_OPTIONS, baseFiles: [], headFiles: [] };
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    const field = key;
    switch (key) {
      case "alpha":
      case "driftAlpha":
        options[key] = fraction(field, numeric(field, value), false);
        break;
      case "threshold":
        options.threshold = readThreshold(value, field);
        break;
      case "maxCv":
        options.maxCv = nonNegative(field, value);
        break;
      case "maxBusyCores":
        options.maxBusyCores = nonNegative(field, numeric(field, value));
        break;
      case "minAbsModelUs":
      case "minAbsLayerUs":
      case "minAbsEnergyMj":
        options[key] = nonNegative(field, numeric(field, value));
        break;
      case "effect":
        if (value !== "hodges-lehmann" && value !== "bootstrap") {
          throw new InputError(field, `must be one of hodges-lehmann, bootstrap; got ${describe(value)}`);
        }
        options.effect = value;
        break;
      case "bootstrapResamples":
        if (!Number.isInteger(value) || (value as number) < 100) {
          throw new InputError(field, `must be an integer of at least 100; got ${describe(value)}`);
        }
        options.bootstrapResamples = value as number;
        break;
      case "seed":
        if (!Number.isInteger(value)) throw new InputError(field, `must be an integer; got ${describe(value)}`);
        options.seed = value as number;
        break;
      case "baseFiles":
      case "headFiles":
        options[key] = fileNames(field, value);
        break;
      default:
        throw new InputError(field, `is not a comparison option (known: ${Object.keys(DEFAULT_COMPARE_OPTIONS).join(", ")})`);
    }
  }
  return options;
}

function fraction(field: string, value: unknown, allowZero: boolean): number {
  if (typeof value !== "number" || !(value < 1) || !(allowZero ? value >= 0 : value > 0)) {
    throw new InputError(field, `must be a number in ${allowZero ? "[0, 1)" : "(0, 1)"}; got ${describe(value)}`);
  }
  return value;
}

/** A number, or its decimal text as flags and action inputs give it. */
function numeric(field: string, value: unknown): unknown {
  if (typeof value !== "string") return value;
  const number = /^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isFinite(number)) throw new InputError(field, `must be a number; got ${describe(value)}`);
  return number;
}

function nonNegative(field: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw new InputError(field, `must be a non-negative number; got ${describe(value)}`);
  }
  return value;
}

function fileNames(field: string, value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return [...value];
  throw new InputError(field, `must be a file name or a list of file names; got ${describe(value)}`);
}

function describe(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : Array.isArray(value) ? "an array" : String(value);
}
