// The android-rails meter: the PowerStats HAL's energy meter section parsed from dumps written
// with the HAL's own format strings, rails selected by name, and the meter reading a start and a
// stop dump through a stand-in `dumpsys` on PATH (no phone here).
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FormatError, InputError } from "../../../src/errors.js";
import { parseEnergyMeterDump, printedStepMws, selectRails } from "../../../src/devices/meters/android-rails.js";
import { openMeter } from "../../../src/devices/meters/open-meter.js";
import { LocalTransport } from "../../../src/devices/transport/local-transport.js";

const FIXTURES = new URL("../../../fixtures/meters/android-rails/", import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), "utf8");

describe("PowerStats energy meter dump", () => {
  it("reads every rail: name, subsystem and cumulative energy", () => {
    const rails = parseEnergyMeterDump(fixture("pixel6-start.txt"), "dump");
    expect(rails.map((r) => [r.name, r.subsystem, r.energyMws])).toEqual([
      ["S4M_VDD_CPUCL0", "CPU(LITTLE)", 113447.45],
      ["S3M_VDD_CPUCL1", "CPU(MID)", 17477.14],
      ["S2M_VDD_CPUCL2", "CPU(BIG)", 28071.87],
      ["S2S_VDD_G3D", "GPU", 9594.39],
      ["S10M_VDD_TPU", "TPU", 3161.25],
    ]);
  });

  it("reads the `dump delta` form, taking the cumulative value", () => {
    const rails = parseEnergyMeterDump(fixture("pixel6-delta.txt"), "dump");
    expect(rails.find((r) => r.name === "S2M_VDD_CPUCL2")?.energyMws).toBe(31071.87);
  });

  it("refuses a dump without the section, or one cut short, naming the line", () => {
    expect(() => parseEnergyMeterDump("Can't find service: android.hardware.power.stats.IPowerStats/default\n", "dump")).toThrow(/dump: no ".*energy meter.*" section/);
    const cut = fixture("pixel6-start.txt").split("\n").slice(0, 5).join("\n");
    expect(() => parseEnergyMeterDump(cut, "dump")).toThrow(/dump: line 5: the energy meter section does not end/);
    const garbled = fixture("pixel6-start.txt").replace("113447.45 mWs", "113447.45 mW");
    expect(() => parseEnergyMeterDump(garbled, "dump")).toThrow(/dump: line 4: expected "CHANNEL {2}ENERGY mWs"/);
  });

  it("selects rails by name, label or subsystem and refuses one the phone lacks, listing those it has", () => {
    const rails = parseEnergyMeterDump(fixture("pixel6-start.txt"), "dump");
    expect(selectRails(rails, ["S2S_VDD_G3D", "CPU(BIG)", "[S10M_VDD_TPU]:TPU"], "f").map((r) => r.name)).toEqual(["S2S_VDD_G3D", "S2M_VDD_CPUCL2", "S10M_VDD_TPU"]);
    expect(() => selectRails(rails, ["VDD_NPU"], "devices.pixel.meter.rails")).toThrow(InputError);
    expect(() => selectRails(rails, ["VDD_NPU"], "devices.pixel.meter.rails")).toThrow(/devices\.pixel\.meter\.rails: no rail "VDD_NPU" on this device; it has S4M_VDD_CPUCL0, S3M_VDD_CPUCL1/);
  });

  it("knows the float the HAL prints through loses cents past 2^17 mWs", () => {
    expect(printedStepMws(1000)).toBe(0.01);
    // 113447 mWs lies in [2^16, 2^17): a float's step there is 2^(16 − 23) = 0.0078 → the print's 0.01 stands.
    expect(printedStepMws(113447.45)).toBe(0.01);
    // 1e7 mWs lies in [2^23, 2^24): step 1 mWs.
    expect(printedStepMws(1e7)).toBe(1);
  });
});

describe("android-rails meter", () => {
  let work: string;
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), "dnntune-rails-test-"));
    const bin = join(work, "bin");
    mkdirSync(bin);
    // Prints the start dump, then the stop dump, as a phone's counters would move between reads.
    writeFileSync(join(bin, "dumpsys"), `#!/bin/sh\nn=$(cat "${work}/n" 2>/dev/null || echo 0)\necho $((n + 1)) > "${work}/n"\nif [ "$n" = 0 ]; then cat "${fileURLToPath(new URL("pixel6-start.txt", FIXTURES))}"; else cat "${fileURLToPath(new URL("pixel6-stop.txt", FIXTURES))}"; fi\n`);
    chmodSync(join(bin, "dumpsys"), 0o755);
    vi.stubEnv("PATH", `${bin}:${process.env.PATH ?? ""}`);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    rmSync(work, { recursive: true, force: true });
  });

  it("sums the selected rails between start and stop", async () => {
    const meter = openMeter({ type: "android-rails", rails: ["S4M_VDD_CPUCL0", "S2M_VDD_CPUCL2"] }, new LocalTransport("pixel"));
    await meter!.start();
    const reading = await meter!.stop();
    // 500 + 3000 mWs = 3.5 J.
    expect(reading.joules).toBeCloseTo(3.5, 6);
    expect(meter!.resolutionJ).toBeCloseTo(2 * 0.01e-3, 12);
  });

  it("sums every rail when none are named", async () => {
    const meter = openMeter("android-rails", new LocalTransport("pixel"));
    await meter!.start();
    // 500 + 1000 + 3000 + 100 + 0 mWs.
    expect((await meter!.stop()).joules).toBeCloseTo(4.6, 6);
  });

  it("refuses garbage from dumpsys with a FormatError naming the command", async () => {
    writeFileSync(join(work, "n"), "5");
    writeFileSync(join(work, "bin", "dumpsys"), "#!/bin/sh\necho nonsense\n");
    const error = await openMeter("android-rails", new LocalTransport("pixel"))!.start().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FormatError);
    expect((error as FormatError).message).toMatch(/^pixel: dumpsys android\.hardware\.power\.stats\.IPowerStats\/default: no/);
  });
});
