// How many inferences one energy sample must span for the meter to see it: long enough for
// ≥ 10 meter periods and ≥ 1 s (DESIGN.md § The benchmark protocol, energy phase), and large
// enough that the meter's resolution is under 1 % of the batch's energy.
import { DeviceError } from "../../errors.js";
import type { Meter } from "./meter.js";

export const MIN_PERIODS = 10;
export const MIN_BATCH_S = 1;
/** Resolution steps a batch's energy must span: quantisation then stays under 1 %. */
export const MIN_STEPS = 100;

/** Inferences per batch so that a batch lasts ≥ 10 meter periods and ≥ 1 s. */
export function batchSizeFor(meter: Pick<Meter, "periodS">, perInferenceS: number): number {
  if (!(Number.isFinite(perInferenceS) && perInferenceS > 0)) throw new RangeError(`batchSizeFor needs a positive time per inference; got ${perInferenceS}`);
  const spanS = Math.max(MIN_PERIODS * meter.periodS, MIN_BATCH_S);
  return Math.max(1, Math.ceil(spanS / perInferenceS));
}

/**
 * Refuses a meter that cannot resolve a batch: `expectedJ` is the energy a batch of `batchSize`
 * inferences is expected to draw above idle (from the declared power, or the idle phase). The
 * message says the batch size that would do.
 */
export function checkResolution(meter: Pick<Meter, "name" | "device" | "resolutionJ">, expectedJ: number, batchSize: number): void {
  const neededJ = MIN_STEPS * meter.resolutionJ;
  if (expectedJ >= neededJ) return;
  const perInferenceJ = expectedJ / batchSize;
  const needed = perInferenceJ > 0 ? Math.ceil(neededJ / perInferenceJ) : Number.POSITIVE_INFINITY;
  throw new DeviceError(meter.device, "energy",
    `meter ${meter.name} resolves ${formatJ(meter.resolutionJ)}; a batch of ${batchSize} inferences draws about ${formatJ(expectedJ)}, under the ${formatJ(neededJ)} (${MIN_STEPS} steps) it needs to measure within 1 %`,
    Number.isFinite(needed) ? `use batches of at least ${needed} inferences, or a finer meter` : "the work draws no measurable energy above idle; use a finer meter");
}

function formatJ(joules: number): string {
  const abs = Math.abs(joules);
  if (abs >= 1) return `${+joules.toPrecision(3)} J`;
  if (abs >= 1e-3) return `${+(joules * 1e3).toPrecision(3)} mJ`;
  return `${+(joules * 1e6).toPrecision(3)} µJ`;
}
