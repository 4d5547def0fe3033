// The nvml meter: nvidia-smi's energy counter and power samples parsed from the CSV it prints,
// and the meter reading the counter through a stand-in `nvidia-smi` on PATH (no GPU here).
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FormatError } from "../../../src/errors.js";
import { integrateGpus, parseEnergyCounters, parsePowerLine } from "../../../src/devices/meters/nvml.js";
import { openMeter } from "../../../src/devices/meters/open-meter.js";
import { LocalTransport } from "../../../src/devices/transport/local-transport.js";

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/meters/nvml/${name}`, import.meta.url), "utf8");

describe("nvidia-smi output", () => {
  it("reads each GPU's counter in mJ, and says when the GPU has none", () => {
    expect(parseEnergyCounters(fixture("energy-two-gpus.csv"), "smi")).toEqual(new Map([[0, 2163498273], [1, 1987345012]]));
    expect(parseEnergyCounters(fixture("energy-not-supported.csv"), "smi")).toBeUndefined();
  });

  it("refuses garbage, naming the line", () => {
    expect(() => parseEnergyCounters("0, 12\n1, lots\n", "smi")).toThrow(/smi: line 2: total_energy_consumption must be mJ/);
    expect(() => parseEnergyCounters("", "smi")).toThrow(/smi: no GPU listed/);
    expect(() => parsePowerLine("71.36", "smi", 3, 0)).toThrow(FormatError);
  });

  it("integrates sampled power per GPU and sums the GPUs", () => {
    const lines = fixture("power-two-gpus.csv").trim().split("\n");
    // Two ticks 0.1 s apart: GPU 0 (71.36 + 254.91) / 2 × 0.1 = 16.3135 J; GPU 1 (68.02 + 69.80) / 2 × 0.1 = 6.891 J.
    const readings = lines.map((line, i) => parsePowerLine(line, "smi", i + 1, i < 2 ? 0 : 0.1)!);
    expect(integrateGpus(readings).joules).toBeCloseTo(16.3135 + 6.891, 9);
  });
});

describe("nvml meter", () => {
  let work: string;
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), "dnntune-nvml-test-"));
    const bin = join(work, "bin");
    mkdirSync(bin);
    // Each call's counters are 1500 mJ and 250 mJ more than the last, as two busy GPUs' would be.
    writeFileSync(join(bin, "nvidia-smi"), `#!/bin/sh\nn=$(cat "${work}/n" 2>/dev/null || echo 0)\necho $((n + 1)) > "${work}/n"\necho "0, $((2163498273 + n * 1500))"\necho "1, $((1987345012 + n * 250))"\n`);
    chmodSync(join(bin, "nvidia-smi"), 0o755);
    vi.stubEnv("PATH", `${bin}:${process.env.PATH ?? ""}`);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    rmSync(work, { recursive: true, force: true });
  });

  it("sums the GPUs' counter deltas between start and stop", async () => {
    const meter = openMeter("nvml", new LocalTransport("gpu-host"))!;
    await meter.start();
    // The first call decides the mode; start reads again, stop once more: one step of 1750 mJ.
    expect((await meter.stop()).joules).toBeCloseTo(1.75, 9);
    expect(meter.resolutionJ).toBe(0.001);
  });
});
