// Energy from power samples (trapezoid rule) and the idle subtraction of the energy phase.
// Pure: samples in, joules out.
import type { PowerSample } from "./meter.js";

/**
 * The trapezoid integral of power over the samples' span, J. Samples must be in time order (the
 * parsers check it); fewer than two cover no time and give 0.
 */
export function trapezoidJ(samples: readonly PowerSample[]): number {
  let joules = 0;
  for (let i = 1; i < samples.length; i++) {
    const a = samples[i - 1]!;
    const b = samples[i]!;
    joules += ((a.powerW + b.powerW) / 2) * (b.timeS - a.timeS);
  }
  return joules;
}

/**
 * The energy the work drew above idle: the measured energy less idle power × the window's length,
 * J. It can come out negative when the work draws about what idle does; the caller keeps the
 * sample as it is, so the statistics see the noise rather than a floor at zero.
 */
export function subtractIdleJ(energyJ: number, idleW: number, durationS: number): number {
  return energyJ - idleW * durationS;
}

/** Mean power over a reading, W: the idle phase's result. */
export function meanPowerW(reading: { joules: number; startS: number; endS: number }): number {
  const durationS = reading.endS - reading.startS;
  return durationS > 0 ? reading.joules / durationS : 0;
}
