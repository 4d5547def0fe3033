// The energy phase of the protocol, with a meter: idle power first, then batches of inferences long
// enough for the meter (≥ 10 of its periods and ≥ 1 s), each batch one sample of energy per
// inference (mJ) with the idle power over its duration taken off. Base and head batches alternate,
// as the timed runs do, so a drift in the device's draw hits both alike and the samples pair up.
import { DeviceError } from "../errors.js";
import type { BenchTarget } from "../devices/bench-target.js";

/** What the phase needs of a meter (devices/meters/): energy between start and stop, and its grain. */
export interface EnergyMeter {
  readonly name: string;
  /** The smallest energy step it tells apart, J. */
  readonly resolutionJ: number;
  /** How often it updates, s. */
  readonly periodS: number;
  start(): Promise<void>;
  stop(): Promise<{ joules: number; startS: number; endS: number }>;
}

export interface EnergyOptions {
  meter: EnergyMeter;
  /** Samples (batches) per side. */
  batches: number;
  device: string;
}

/** A batch must span this many meter periods, and at least MIN_BATCH_S. */
export const PERIODS_PER_BATCH = 10;
export const MIN_BATCH_S = 1;
/** A batch's net energy must be this many meter steps, or the meter cannot tell batches apart. */
export const STEPS_PER_BATCH = 10;

/** Inferences per batch for a model that takes `perInferenceUs`. */
export function batchSize(meter: EnergyMeter, perInferenceUs: number): number {
  const seconds = Math.max(MIN_BATCH_S, PERIODS_PER_BATCH * meter.periodS);
  return Math.max(1, Math.ceil((seconds * 1e6) / Math.max(perInferenceUs, 1)));
}

/** The device's idle power, W, over as long as one batch lasts. */
export async function idlePower(meter: EnergyMeter, sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))): Promise<number> {
  await meter.start();
  await sleep(Math.max(MIN_BATCH_S, PERIODS_PER_BATCH * meter.periodS) * 1000);
  const { joules, startS, endS } = await meter.stop();
  return joules / Math.max(endS - startS, 1e-9);
}

/** One batch: `n` inferences under the meter → energy per inference in mJ, idle power taken off. */
async function batch(target: { run(): Promise<number> }, n: number, options: EnergyOptions, idleW: number, label: string): Promise<number> {
  const { meter } = options;
  await meter.start();
  for (let k = 0; k < n; k++) await target.run();
  const { joules, startS, endS } = await meter.stop();
  const net = joules - idleW * (endS - startS);
  if (Math.abs(net) < STEPS_PER_BATCH * meter.resolutionJ) {
    const need = Math.ceil((n * STEPS_PER_BATCH * meter.resolutionJ) / Math.max(Math.abs(net), meter.resolutionJ / 10));
    throw new DeviceError(options.device, `measure energy of ${label}`, `a batch of ${n} inferences drew ${net.toFixed(6)} J above idle, under ${STEPS_PER_BATCH} steps of meter ${meter.name} (${meter.resolutionJ} J each): it cannot resolve the batch`,
      `a batch of about ${need} inferences would be long enough; give the model more work per inference, or use a finer meter`);
  }
  return (net / n) * 1000;
}

/** Energy per inference samples (mJ) of one model. */
export async function measureEnergy(target: BenchTarget, perInferenceUs: number, options: EnergyOptions, idleW: number, label: string): Promise<number[]> {
  const runner = await target.open();
  try {
    const n = batchSize(options.meter, perInferenceUs);
    const samples: number[] = [];
    for (let k = 0; k < options.batches; k++) samples.push(await batch(runner, n, options, idleW, label));
    return samples;
  } finally {
    await runner.close();
  }
}

/** Base and head batches alternating (A B, B A, …), one batch size for both: sample k of each pair up. */
export async function measureEnergyPaired(base: BenchTarget, head: BenchTarget, perInferenceUs: number, options: EnergyOptions, idleW: number, label: string): Promise<{ base: number[]; head: number[] }> {
  const a = await base.open();
  try {
    const b = await head.open();
    try {
      const n = batchSize(options.meter, perInferenceUs);
      const out = { base: [] as number[], head: [] as number[] };
      for (let k = 0; k < options.batches; k++) {
        if (k % 2 === 0) {
          out.base.push(await batch(a, n, options, idleW, `${label} (base)`));
          out.head.push(await batch(b, n, options, idleW, label));
        } else {
          out.head.push(await batch(b, n, options, idleW, label));
          out.base.push(await batch(a, n, options, idleW, `${label} (base)`));
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
