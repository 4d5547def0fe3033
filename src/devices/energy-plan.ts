// How a bench gets its energy: measured by the device's meter, or, without one, modelled from the
// device's declared power (power.active-w, else the default) × each run's latency, and labelled
// `modelled` in the results, the comparison, the comment and the HTML report.
import type { ChosenDevice } from "../config/effective-config.js";
import { CONFIG_DEFAULTS } from "../config/schema.js";

export interface EnergyPlan {
  kind: "modelled";
  watts: number;
  /** The one line bench prints about it. */
  note: string;
}

export function energyPlan(device: ChosenDevice): EnergyPlan {
  const config = device.config;
  const declared = config?.power?.["active-w"];
  const watts = declared ?? CONFIG_DEFAULTS.power["active-w"];
  const meter = config && "meter" in config ? config.meter : undefined;
  const meterName = meter === undefined ? "none" : typeof meter === "string" ? meter : meter.type;
  const why = meterName === "none" ? "no meter" : `meter ${meterName} is not read by this dnntune's bench yet`;
  const power = declared !== undefined ? `${watts} W (devices.${device.name}.power.active-w)` : `${watts} W (the default; declare devices.${device.name}.power.active-w)`;
  return { kind: "modelled", watts, note: `energy on ${device.name}: ${why}, so it is modelled as ${power} × latency, and labelled modelled` };
}
