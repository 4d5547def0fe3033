// Several runs of the same model on the same device (separate processes) → one model result
// whose samples keep track of which process they came from (`groups`), so statistics can make
// the process the unit. Pure.
import { FormatError } from "../errors.js";
import type { Layer, ModelResult, Results } from "./types.js";
import { median } from "../stats/quantile.js";

export function mergeModelReplicates(a: ModelResult, b: ModelResult, file: string): ModelResult {
  if (a.sha256 && b.sha256 && a.sha256 !== b.sha256) {
    throw new FormatError(file, "models[].sha256", `${b.name} is another model file than the one it would replicate (sha256 ${b.sha256.slice(0, 12)}… vs ${a.sha256.slice(0, 12)}…); replicates must run the same model`);
  }
  if (a.latency.paired || b.latency.paired) {
    throw new FormatError(file, "models[].latency.paired", `${b.name}: paired results cannot be merged as replicates; compare each paired run on its own`);
  }
  // Energy measured one way in one process and another way (or not at all) in the next is two
  // quantities: mixing them would pass modelled samples off as measured.
  const energyKind = (m: ModelResult) => (m.energy ? `${m.energy.source}${m.energy.watts !== undefined ? ` at ${m.energy.watts} W` : ""}` : "no energy");
  if (energyKind(a) !== energyKind(b)) {
    throw new FormatError(file, "models[].energy", `${b.name}: its replicates got their energy differently (${energyKind(a)} vs ${energyKind(b)}); a meter that failed in one process makes its energy modelled there — fix the meter, or compare latency alone`);
  }
  const layers = new Map(b.layers.map((l) => [l.name, l]));
  return {
    ...a,
    latency: { ...a.latency, samples: [...a.latency.samples, ...b.latency.samples], groups: [...groupsOf(a.latency), ...groupsOf(b.latency)] },
    // A layer one process did not report is dropped rather than given a hole in its groups.
    layers: a.layers.flatMap((layer): Layer[] => {
      const other = layers.get(layer.name);
      return other ? [{ ...layer, samples: [...layer.samples, ...other.samples], groups: [...groupsOf(layer), ...groupsOf(other)] }] : [];
    }),
    ...(a.energy && b.energy ? { energy: { ...a.energy, samples: [...a.energy.samples, ...b.energy.samples] } } : {}),
    warnings: [...a.warnings, ...b.warnings.filter((w) => !a.warnings.some((x) => x.code === w.code && x.message === w.message))],
  };
}

/** Replicate results files of one device → one results object (the first file's metadata). */
export function mergeReplicates(list: readonly Results[], files: readonly string[]): Results {
  const [first, ...rest] = list;
  if (!first) throw new FormatError(files.join(", "), undefined, "no results to merge");
  const models = new Map(first.models.map((m) => [m.name, m]));
  rest.forEach((results, i) => {
    for (const model of results.models) {
      const known = models.get(model.name);
      models.set(model.name, known ? mergeModelReplicates(known, model, files[i + 1] ?? "results") : model);
    }
  });
  return { ...first, models: [...models.values()] };
}

function groupsOf(series: { samples: number[]; groups?: number[] }): number[] {
  return series.groups ?? [series.samples.length];
}

/** The median of each group of `samples` (consecutive runs of the sizes in `groups`). */
export function groupMedians(samples: readonly number[], groups: readonly number[]): number[] {
  const medians: number[] = [];
  let start = 0;
  for (const size of groups) {
    const part = samples.slice(start, start + size);
    start += size;
    if (part.length > 0) medians.push(median(part));
  }
  return medians;
}
