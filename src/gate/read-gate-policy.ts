// The gate's policy read once into one typed object: fail-on as a list or as the text a flag
// carries (`latency,energy`), the accept label, whether it is on, and the threshold for the text.
// Errors name the field (`failOn`); each entry says which flag or input that is.
import { CONFIG_DEFAULTS, FAIL_ON } from "../config/schema.js";
import { readThreshold } from "../config/threshold.js";
import { InputError } from "../errors.js";
import { closest } from "../validate-file.js";
import type { FailOn, GatePolicy } from "./types.js";

export interface GatePolicyInput {
  /** A list, or text with the names separated by commas or blanks. */
  failOn?: string | readonly string[];
  threshold?: number | string;
  acceptLabel?: string;
  accepted?: boolean;
}

/** GitHub refuses longer label names. */
const MAX_LABEL_CHARS = 50;

export function readGatePolicy(input: GatePolicyInput = {}): GatePolicy {
  return {
    failOn: readFailOn(input.failOn ?? CONFIG_DEFAULTS.gate["fail-on"]),
    threshold: readThreshold(input.threshold ?? CONFIG_DEFAULTS.gate.threshold),
    acceptLabel: readAcceptLabel(input.acceptLabel ?? CONFIG_DEFAULTS.gate["accept-label"]),
    accepted: input.accepted ?? false,
  };
}

function readFailOn(value: string | readonly string[]): FailOn[] {
  const words = typeof value === "string" ? value.split(/[\s,]+/).filter((w) => w !== "") : [...value];
  if (words.length === 0) throw new InputError("failOn", `give at least one of ${FAIL_ON.join(", ")}`);
  const names: FailOn[] = [];
  for (const word of words) {
    if (!isFailOn(word)) {
      const near = closest(word, FAIL_ON);
      throw new InputError("failOn", `must be one of ${FAIL_ON.join(", ")} (several separated by commas); got ${JSON.stringify(word)}${near ? `; did you mean "${near}"?` : ""}`);
    }
    if (!names.includes(word)) names.push(word);
  }
  return names;
}

function isFailOn(word: string): word is FailOn {
  return (FAIL_ON as readonly string[]).includes(word);
}

function readAcceptLabel(label: string): string {
  if (label.trim() === "" || label.length > MAX_LABEL_CHARS) {
    throw new InputError("acceptLabel", `must be a GitHub label name of 1 to ${MAX_LABEL_CHARS} characters; got ${JSON.stringify(label.slice(0, 60))}`);
  }
  return label;
}
