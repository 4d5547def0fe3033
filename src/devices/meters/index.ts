// The meters' public face: the interface, the factory, and the pure helpers the energy phase uses.
export type { Clock, Meter, MeterReading, PowerSample } from "./meter.js";
export { openMeter, type OpenMeterOptions } from "./open-meter.js";
export { batchSizeFor, checkResolution } from "./batch-size.js";
export { meanPowerW, subtractIdleJ, trapezoidJ } from "./integrate.js";
