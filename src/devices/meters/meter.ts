// What every energy meter offers the energy phase: energy between a start and a stop, and how
// fine and how fast it measures, so the bench can size its batches (batch-size.ts).

/** Energy over one window; `startS`/`endS` bound the span the joules cover, on the meter's clock. */
export interface MeterReading {
  joules: number;
  startS: number;
  endS: number;
}

export interface Meter {
  /** The meter's word in dnntune.yml: `rapl`, `android-battery`, … */
  readonly name: string;
  /** The device it measures, for messages. */
  readonly device: string;
  /** The smallest energy step it tells apart, J. */
  readonly resolutionJ: number;
  /** How often its reading changes, s. */
  readonly periodS: number;
  start(): Promise<void>;
  /** Energy since `start`; throws a DeviceError when the meter could not read. */
  stop(): Promise<MeterReading>;
  /** Ends what the meter started (a sampling program); never throws. */
  close(): Promise<void>;
}

/** One power reading: when (s, on the meter's clock) and how much (W). */
export interface PowerSample {
  timeS: number;
  powerW: number;
}

/** Seconds on a monotonic clock; injected so the meters' arithmetic can be tested without waiting. */
export type Clock = () => number;

export const monotonicClock: Clock = () => performance.now() / 1000;
