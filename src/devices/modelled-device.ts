// A device modelled from another's measurements: every latency and layer sample scaled by one
// factor. It stands in for a device this machine cannot reach (the demo's phone and cloud), so
// the name and the fingerprint say it is modelled and by how much, and no report can pass it off
// as measured. Pure: results in, results out.
import type { Results } from "../results/types.js";

export interface ModelledDevice {
  /** The device's name in the results and every report, e.g. "phone (modelled: this CPU × 8)". */
  name: string;
  /** Each sample of the measured device is multiplied by this: 8 is eight times slower. */
  factor: number;
}

/**
 * `measured` as it would be on a device `factor` times slower (or faster, below 1). Energy is
 * dropped: a device's energy follows its own power, not the measured one's; the split models
 * the phone's from its declared power.
 */
export function modelledDevice(measured: Results, device: ModelledDevice): Results {
  if (!(Number.isFinite(device.factor) && device.factor > 0)) throw new RangeError(`a modelled device's factor must be a positive number; got ${device.factor}`);
  const scale = (samples: readonly number[]) => samples.map((us) => us * device.factor);
  return {
    ...measured,
    device: {
      ...measured.device,
      name: device.name,
      fingerprint: { ...measured.device.fingerprint, modelled: `${measured.device.name} × ${device.factor}` },
    },
    models: measured.models.map(({ energy: _energy, ...model }) => ({
      ...model,
      latency: {
        ...model.latency,
        samples: scale(model.latency.samples),
        ...(model.latency.paired ? { paired: { ...model.latency.paired, baseSamples: scale(model.latency.paired.baseSamples), headSamples: scale(model.latency.paired.headSamples) } } : {}),
      },
      layers: model.layers.map((layer) => ({ ...layer, samples: scale(layer.samples) })),
    })),
  };
}
