// How a bench gets its energy: measured by the device's meter when it has one that reads, or else
// modelled from the device's declared power (power.active-w, else the default) × each run's
// latency, and labelled `modelled` in the results, the comparison, the comment and the HTML.
import type { ChosenDevice } from "../config/effective-config.js";
import { CONFIG_DEFAULTS, isVendorTool } from "../config/schema.js";
import { errorLines } from "../report/error-line.js";
import { FormatError } from "../errors.js";
import type { Meter } from "./meters/index.js";
import { openMeter } from "./meters/index.js";
import type { Transport } from "./transport/transport.js";

export interface EnergyPlan {
  /** The meter that reads, when there is one; otherwise energy is modelled at `watts`. */
  meter?: Meter;
  watts: number;
  /** The one line bench prints about it. */
  note: string;
  /** A meter the device names that cannot read here: why (energy is then modelled). */
  unreadable?: string;
  /** A meter the device names that is left unread by choice: why (its tool loads the model in every invocation). */
  notRead?: string;
}

/** The device's meter, tried once (a start and a stop); one that cannot read falls back to the model, saying why. */
export async function energyPlan(device: ChosenDevice, transport: Transport | undefined): Promise<EnergyPlan> {
  const config = device.config;
  const declared = config?.power?.["active-w"];
  const watts = declared ?? CONFIG_DEFAULTS.power["active-w"];
  const power = declared !== undefined ? `${watts} W (devices.${device.name}.power.active-w)` : `${watts} W (the default; declare devices.${device.name}.power.active-w)`;
  const modelled = (why: string) => ({ watts, note: `energy on ${device.name}: ${why}, so it is modelled as ${power} × latency, and labelled modelled` });
  const meterConfig = config && "meter" in config ? config.meter : undefined;
  if (meterConfig === undefined || meterConfig === "none" || (typeof meterConfig === "object" && meterConfig.type === "none") || !transport) return modelled("no meter");
  // A meter reads around runs dnntune times itself; a vendor tool's invocation also loads the
  // model, and that energy would be counted as the model's. The meter serves the other tools.
  const tool = config && "tool" in config ? config.tool : undefined;
  if (isVendorTool(tool)) {
    const why = `meter ${typeof meterConfig === "string" ? meterConfig : meterConfig.type} is not read with tool ${tool}: each invocation loads the model, and that energy would count as the model's; tool ort-python measures it`;
    return { ...modelled(why), notRead: why };
  }
  let meter: Meter | undefined;
  try {
    meter = openMeter(meterConfig, transport);
    if (!meter) return modelled("no meter");
    await meter.start();
    await meter.stop();
  } catch (error) {
    await meter?.close().catch(() => {});
    // A meter that runs but prints what no meter prints is broken, not absent: say so and stop,
    // rather than turn energy gating off without a word.
    if (error instanceof FormatError) throw error;
    const why = `meter ${typeof meterConfig === "string" ? meterConfig : meterConfig.type} cannot be read here (${errorLines(error).join(" ")})`;
    return { ...modelled(why), unreadable: why };
  }
  return { meter, watts, note: `energy on ${device.name}: measured by meter ${meter.name} (every ${meter.periodS} s, steps of ${meter.resolutionJ} J), idle power taken off` };
}
