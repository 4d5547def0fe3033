// Trapezoid integration, idle subtraction, batch sizing and the resolution refusal, against
// values worked by hand next to each test.
import { describe, expect, it } from "vitest";
import { DeviceError } from "../../../src/errors.js";
import { batchSizeFor, checkResolution } from "../../../src/devices/meters/batch-size.js";
import { meanPowerW, subtractIdleJ, trapezoidJ } from "../../../src/devices/meters/integrate.js";

describe("trapezoidJ", () => {
  it("integrates a step exactly where the samples bound it", () => {
    // 2 W for 0.5 s, a 0.1 s ramp to 5 W, 5 W for 1 s: 1.0 + (2 + 5) / 2 × 0.1 + 5.0 = 6.35 J.
    const samples = [{ timeS: 0, powerW: 2 }, { timeS: 0.5, powerW: 2 }, { timeS: 0.6, powerW: 5 }, { timeS: 1.6, powerW: 5 }];
    expect(trapezoidJ(samples)).toBeCloseTo(6.35, 12);
  });

  it("gives 0 for fewer than two samples", () => {
    expect(trapezoidJ([])).toBe(0);
    expect(trapezoidJ([{ timeS: 3, powerW: 9 }])).toBe(0);
  });

  it("subtracts idle power over the window and keeps a negative result", () => {
    // 5 W for 1 s with 2 W idle: 5 − 2 × 1 = 3 J; 1.9 J over 1 s at 2 W idle: −0.1 J.
    expect(subtractIdleJ(5, 2, 1)).toBeCloseTo(3, 12);
    expect(subtractIdleJ(1.9, 2, 1)).toBeCloseTo(-0.1, 12);
    expect(meanPowerW({ joules: 1, startS: 10, endS: 10.5 })).toBeCloseTo(2, 12);
  });
});

describe("batchSizeFor", () => {
  it("spans ten meter periods when they last longer than a second", () => {
    // android-battery: 1 s period → 10 s; 2 ms per inference → 5000 inferences.
    expect(batchSizeFor({ periodS: 1 }, 0.002)).toBe(5000);
  });

  it("spans at least one second for a fast meter", () => {
    // rapl: 1 ms period → 10 ms, raised to 1 s; 3 ms per inference → 334 (333.3 rounded up).
    expect(batchSizeFor({ periodS: 0.001 }, 0.003)).toBe(334);
    expect(batchSizeFor({ periodS: 0.001 }, 5)).toBe(1);
  });

  it("refuses a time per inference that is not positive", () => {
    expect(() => batchSizeFor({ periodS: 1 }, 0)).toThrow(RangeError);
    expect(() => batchSizeFor({ periodS: 1 }, Number.NaN)).toThrow(RangeError);
  });
});

describe("checkResolution", () => {
  const meter = { name: "android-battery", device: "pixel", resolutionJ: 0.004 };

  it("accepts a batch of at least 100 resolution steps", () => {
    expect(() => checkResolution(meter, 0.4, 100)).not.toThrow();
  });

  it("refuses a smaller batch and names the batch size it needs", () => {
    // 100 steps of 4 mJ = 0.4 J; 50 inferences draw 0.1 J (2 mJ each) → 200 inferences.
    const error = (() => {
      try {
        checkResolution(meter, 0.1, 50);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DeviceError);
    expect((error as DeviceError).message).toContain("a batch of 50 inferences draws about 100 mJ");
    expect((error as DeviceError).hint).toBe("use batches of at least 200 inferences, or a finer meter");
    expect((error as DeviceError).message).toMatch(/^device pixel: energy: meter android-battery resolves 4 mJ/);
  });

  it("says so when the work draws nothing above idle", () => {
    expect(() => checkResolution(meter, 0, 50)).toThrow(/no measurable energy above idle/);
  });
});
