// The energy phase of the protocol, with a meter: idle power first, then batches of inferences long
// enough for the meter (≥ 10 of its periods and ≥ 1 s), each batch one sample of energy per
// inference (mJ) with the idle power over its duration taken off. Base and head batches alternate,
// as the timed runs do, so a drift in the device's draw hits both alike and the samples pair up.
import type { BenchTarget } from "../devices/bench-target.js";
import { batchSizeFor, checkResolution, MIN_BATCH_S, MIN_PERIODS } from "../devices/meters/batch-size.js";
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
async function batch(target: { run(): Promise<number> }, n: number, options: EnergyOptions, idleW: number): Promise<number> {
  const { meter } = options;
  await meter.start();
  for (let k = 0; k < n; k++) await target.run();
  const { joules, startS, endS } = await meter.stop();
  const net = joules - idleW * (endS - startS);
  // A meter whose steps are coarse next to the batch's energy is refused, with the batch it needs.
  checkResolution(meter, Math.abs(net), n);
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
