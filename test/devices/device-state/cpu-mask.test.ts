// Big-core masks for big.LITTLE layouts, and cpuMask against the dumbest correct reader of a mask.
import { describe, expect, it } from "vitest";
import { bigCoreMask, cpuClusters, cpuMask, fastestCoresMask, governorSummary, type CpuState } from "../../../src/devices/device-state/cpu-mask.js";

function cpus(layout: [count: number, khz: number | null][], governor: string | null = "schedutil"): CpuState[] {
  return layout.flatMap(([count, khz]) => Array.from({ length: count }, () => khz)).map((maxKhz, cpu) => ({ cpu, maxKhz, scalingMaxKhz: maxKhz, governor }));
}

// Which CPUs a taskset hex mask names, bit by bit from the last hex digit.
function cpusOfMask(mask: string): number[] {
  const found: number[] = [];
  [...mask].reverse().forEach((digit, i) => {
    const n = parseInt(digit, 16);
    for (let bit = 0; bit < 4; bit++) if (n & (1 << bit)) found.push(i * 4 + bit);
  });
  return found;
}

describe("big-core mask", () => {
  it("picks the one prime core of 4× 1.8 + 3× 2.4 + 1× 3.0 GHz", () => {
    const phone = cpus([[4, 1_804_800], [3, 2_419_200], [1, 2_995_200]]);
    expect(bigCoreMask(phone)).toBe("80");
    expect(cpuClusters(phone)).toEqual([
      { maxKhz: 2_995_200, cpus: [7] },
      { maxKhz: 2_419_200, cpus: [4, 5, 6] },
      { maxKhz: 1_804_800, cpus: [0, 1, 2, 3] },
    ]);
    // Four threads: the prime core, then the big cluster.
    expect(fastestCoresMask(phone, 4)).toBe("f0");
    expect(fastestCoresMask(phone, 2)).toBe("90"); // cpu7 and cpu4
    expect(fastestCoresMask(phone, 9)).toBeNull();
  });

  it("picks the big cluster of 4 little + 4 big, and all cores of a homogeneous board", () => {
    expect(bigCoreMask(cpus([[4, 1_400_000], [4, 2_000_000]]))).toBe("f0");
    expect(bigCoreMask(cpus([[4, 1_500_000]]))).toBe("f");
    // Tensor G2: 4× A55, 2× A78, 2× X1.
    expect(bigCoreMask(cpus([[4, 1_803_000], [2, 2_348_000], [2, 2_850_000]]))).toBe("c0");
  });

  it("leaves out CPUs without cpufreq (offline) and says null when none has it", () => {
    expect(bigCoreMask(cpus([[2, 1_000_000], [2, null], [1, 2_000_000]]))).toBe("10");
    expect(bigCoreMask(cpus([[2, null]]))).toBeNull();
  });

  it("writes masks past 32 CPUs (a server) without losing bits", () => {
    expect(cpuMask([0, 63, 64])).toBe("18000000000000001");
    expect(cpuMask([0])).toBe("1");
    expect(() => cpuMask([])).toThrow(RangeError);
    expect(() => cpuMask([-1])).toThrow(/got -1/);
  });

  it("round-trips random CPU sets through the mask (seeded)", () => {
    let seed = 12345;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let trial = 0; trial < 500; trial++) {
      const set = [...new Set(Array.from({ length: 1 + Math.floor(random() * 12) }, () => Math.floor(random() * 130)))].sort((a, b) => a - b);
      expect(cpusOfMask(cpuMask(set))).toEqual(set);
    }
  });
});

describe("governor summary", () => {
  it("names one governor, or each cluster's", () => {
    expect(governorSummary(cpus([[8, 1]]))).toBe("schedutil");
    const mixed = cpus([[4, 1], [4, 2]]).map((c) => (c.cpu >= 4 ? { ...c, governor: "performance" } : c));
    expect(governorSummary(mixed)).toBe("cpu0-3 schedutil, cpu4-7 performance");
    expect(governorSummary(cpus([[2, 1]], null))).toBeNull();
  });
});
