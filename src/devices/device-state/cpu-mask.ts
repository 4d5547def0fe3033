// Which cores to pin a benchmark to. On big.LITTLE phones and boards the scheduler may move a run
// between a 1.8 GHz little core and a 3 GHz prime core, which is noise, not the model; pinning to
// the fastest cores with `taskset` (util-linux, toybox on Android) takes that away.
// The speed of a core is its cpufreq `cpuinfo_max_freq` (kHz): the hardware's ceiling, which
// thermal throttling does not change (it lowers `scaling_max_freq`).

/** One CPU as cpufreq describes it; a file the kernel does not offer is null. */
export interface CpuState {
  /** The N of cpuN. */
  cpu: number;
  /** cpuinfo_max_freq: the core's highest frequency, kHz. */
  maxKhz: number | null;
  /** scaling_max_freq: the ceiling the kernel allows now, kHz (lowered by thermal throttling). */
  scalingMaxKhz: number | null;
  /** scaling_governor. */
  governor: string | null;
}

/** A set of CPUs as the hex mask `taskset` takes ("f0" for cpus 4–7), without "0x". */
export function cpuMask(cpus: readonly number[]): string {
  if (cpus.length === 0) throw new RangeError("cpuMask needs at least one CPU");
  let mask = 0n;
  for (const cpu of cpus) {
    if (!Number.isSafeInteger(cpu) || cpu < 0) throw new RangeError(`cpuMask: expected CPU numbers ≥ 0; got ${cpu}`);
    mask |= 1n << BigInt(cpu);
  }
  return mask.toString(16);
}

/** Clusters of CPUs with the same cpuinfo_max_freq, fastest first; CPUs without one are left out. */
export function cpuClusters(cpus: readonly CpuState[]): { maxKhz: number; cpus: number[] }[] {
  const byFreq = new Map<number, number[]>();
  for (const c of cpus) {
    if (c.maxKhz === null) continue;
    byFreq.set(c.maxKhz, [...(byFreq.get(c.maxKhz) ?? []), c.cpu]);
  }
  return [...byFreq].sort(([a], [b]) => b - a).map(([maxKhz, list]) => ({ maxKhz, cpus: list.sort((x, y) => x - y) }));
}

/** The CPUs with the highest cpuinfo_max_freq as a taskset mask; null when cpufreq says nothing. */
export function bigCoreMask(cpus: readonly CpuState[]): string | null {
  const fastest = cpuClusters(cpus)[0];
  return fastest ? cpuMask(fastest.cpus) : null;
}

/**
 * The `count` fastest CPUs as a taskset mask (for a run with more threads than the prime cluster
 * has cores): fastest cluster first, lowest-numbered CPUs first within a cluster; null when
 * cpufreq says nothing or there are fewer CPUs.
 */
export function fastestCoresMask(cpus: readonly CpuState[], count: number): string | null {
  if (!Number.isSafeInteger(count) || count < 1) throw new RangeError(`fastestCoresMask: expected a core count ≥ 1; got ${count}`);
  const ordered = cpuClusters(cpus).flatMap((c) => c.cpus);
  return ordered.length < count ? null : cpuMask(ordered.slice(0, count));
}

/** "schedutil", or "cpu0-3 schedutil, cpu4-7 performance" when the clusters differ; null when unknown. */
export function governorSummary(cpus: readonly CpuState[]): string | null {
  const known = cpus.filter((c) => c.governor !== null);
  const governors = new Set(known.map((c) => c.governor));
  if (governors.size === 0) return null;
  if (governors.size === 1) return known[0]!.governor;
  const groups = new Map<string, number[]>();
  for (const c of [...known].sort((a, b) => a.cpu - b.cpu)) groups.set(c.governor!, [...(groups.get(c.governor!) ?? []), c.cpu]);
  return [...groups].map(([g, list]) => `${cpuRanges(list)} ${g}`).join(", ");
}

// [0,1,2,3,6] → "cpu0-3,6"
function cpuRanges(cpus: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < cpus.length; ) {
    let j = i;
    while (j + 1 < cpus.length && cpus[j + 1] === cpus[j]! + 1) j++;
    parts.push(j === i ? `${cpus[i]}` : `${cpus[i]}-${cpus[j]}`);
    i = j + 1;
  }
  return `cpu${parts.join(",")}`;
}
