// The energy phase of the protocol, with a meter: idle power first, then batches of inferences long
// enough for the meter (≥ 10 of its periods and ≥ 1 s), each batch one sample of energy per
// inference (mJ) with the idle power over its duration taken off. Base and head batches alternate,
// as the timed runs do, so a drift in the device's draw hits both alike and the samples pair up.
import type { BenchTarget } from "../devices/bench-target.js";
import { DeviceError } from "../errors.js";
import { batchSizeFor, checkResolution, MIN_BATCH_S, MIN_PERIODS, MIN_STEPS } from "../devices/meters/batch-size.js";
import type { Meter } from "../devices/meters/meter.js";

/** What the phase needs of a meter (devices/meters/): energy between start and stop, and its grain. */
export type EnergyMeter = Pick<Meter, "name" | "device" | "resolutionJ" | "periodS" | "start" | "stop">;

export interface EnergyOptions {
  meter: EnergyMeter;
  /** Samples (batches) per side. */
  batches: number;
  device: string;
}

/** Inferences per batch for a model that takes `perInferenceUs`. */
export function batchSize(meter: EnergyMeter, perInferenceUs: number): number {
  return batchSizeFor(meter, Math.max(perInferenceUs, 1) / 1e6);
}

/** The device's idle power, W, over as long as one batch lasts. */
export async function idlePower(meter: EnergyMeter, sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))): Promise<number> {
  await meter.start();
  await sleep(Math.max(MIN_BATCH_S, MIN_PERIODS * meter.periodS) * 1000);
  const { joules, startS, endS } = await meter.stop();
  return joules / Math.max(endS - startS, 1e-9);
}

/** One batch: `n` inferences under the meter → energy per inference in mJ, idle power taken off. */
async function batch(target: { run(): Promise<number>; runMany?(n: number): Promise<number> }, n: number, options: EnergyOptions, idleW: number): Promise<number> {
  const { meter } = options;
  await meter.start();
  const wallStart = performance.now();
  if (target.runMany) await target.runMany(n);
  else for (let k = 0; k < n; k++) await target.run();
  const { joules, startS, endS } = await meter.stop();
  const wallS = (performance.now() - wallStart) / 1000;
  const seconds = Math.max(endS - startS, 1e-9);
  // The meter's clock must be seconds: a batch that took 1 s here and 1000 "s" (ms) or 0.001 there
  // would give energy off by that factor, with the idle power looking right.
  if (wallS >= MIN_BATCH_S / 2 && (seconds > 3 * wallS + 1 || seconds < wallS / 3)) {
    throw new DeviceError(meter.device, "energy", `meter ${meter.name}'s clock says a batch took ${+seconds.toPrecision(3)} s while ${+wallS.toPrecision(3)} s passed here: its times must be seconds`, "make the meter print time_s in seconds (not milliseconds)");
  }
  const net = joules - idleW * seconds;
  const watts = (w: number) => `${+w.toPrecision(3)} W`;
  // Running drew no more than idle: the meter does not see this work, or the idle reading was
  // taken while something else ran. Either way the batch measures nothing; say which to check.
  if (net <= MIN_STEPS * meter.resolutionJ && joules / seconds <= idleW * 1.01 + MIN_STEPS * meter.resolutionJ / seconds) {
    throw new DeviceError(meter.device, "energy", `meter ${meter.name} read ${watts(joules / seconds)} while a batch of ${n} inferences ran, no more than the ${watts(idleW)} it read at idle: it does not see this work${net < 0 ? ", or something else ran while idle was measured" : ""}`,
      "check that the meter measures the device the model runs on, and that nothing else runs on it during the bench");
  }
  // A meter whose steps are coarse next to the batch's energy is refused, with the batch it needs.
  checkResolution(meter, net, n);
  return (net / n) * 1000;
}

/** Energy per inference samples (mJ) of one model. */
export async function measureEnergy(target: BenchTarget, perInferenceUs: number, options: EnergyOptions, idleW: number): Promise<number[]> {
  const runner = await target.open();
  try {
    const n = batchSize(options.meter, perInferenceUs);
    const samples: number[] = [];
    for (let k = 0; k < options.batches; k++) samples.push(await batch(runner, n, options, idleW));
    return samples;
  } finally {
    await runner.close();
  }
}

/** Base and head batches alternating (A B, B A, …), one batch size for both: sample k of each pair up. */
export async function measureEnergyPaired(base: BenchTarget, head: BenchTarget, perInferenceUs: number, options: EnergyOptions, idleW: number): Promise<{ base: number[]; head: number[] }> {
  const a = await base.open();
  try {
    const b = await head.open();
    try {
      const n = batchSize(options.meter, perInferenceUs);
      const out = { base: [] as number[], head: [] as number[] };
      for (let k = 0; k < options.batches; k++) {
        if (k % 2 === 0) {
          out.base.push(await batch(a, n, options, idleW));
          out.head.push(await batch(b, n, options, idleW));
        } else {
          out.head.push(await batch(b, n, options, idleW));
          out.base.push(await batch(a, n, options, idleW));
        }
      }
      return out;
    } finally {
      await b.close();
    }
  } finally {
    await a.close();
  }
}
