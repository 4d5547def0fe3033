// The meter a device's `meter:` names, opened on its transport. `none` (or no meter) is
// `undefined`: energy is then modelled from the declared power, and labelled so, by the caller.
import type { MeterConfigFile } from "../../config/schema.js";
import type { Transport } from "../transport/transport.js";
import { AndroidBatteryMeter } from "./android-battery.js";
import { AndroidRailsMeter } from "./android-rails.js";
import { commandMeter } from "./command-meter.js";
import { monotonicClock, type Clock, type Meter } from "./meter.js";
import { NvmlMeter } from "./nvml.js";
import { RaplMeter } from "./rapl.js";
import { tegrastatsMeter } from "./tegrastats.js";

export interface OpenMeterOptions {
  clock?: Clock;
  /** Where the sysfs trees are (tests): the powercap folder for rapl, the battery folder for android-battery. */
  raplRoot?: string;
  batteryRoot?: string;
}

export function openMeter(config: MeterConfigFile | undefined, transport: Transport, options: OpenMeterOptions = {}): Meter | undefined {
  const meter = typeof config === "string" ? { type: config } : config ?? { type: "none" as const };
  const clock = options.clock ?? monotonicClock;
  switch (meter.type) {
    case "none":
      return undefined;
    case "rapl":
      return new RaplMeter(transport, { root: options.raplRoot, clock });
    case "android-battery":
      return new AndroidBatteryMeter(transport, { root: options.batteryRoot, clock });
    case "android-rails":
      return new AndroidRailsMeter(transport, { rails: "rails" in meter ? meter.rails : undefined, clock });
    case "nvml":
      return new NvmlMeter(transport, { clock });
    case "tegrastats":
      return tegrastatsMeter(transport, { clock });
    case "command":
      if (!("argv" in meter)) throw new TypeError("meter command without argv: the schema requires it");
      return commandMeter(transport, meter.argv, { clock });
  }
}
