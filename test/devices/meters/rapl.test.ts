// The rapl meter on a powercap tree written into a temp folder and read through the real
// LocalTransport (`ls`, `cat`): wrap-around, two packages summed, subzones and the MMIO copy not
// counted, and an unreadable counter refused with what to do.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DeviceError, FormatError } from "../../../src/errors.js";
import { openMeter } from "../../../src/devices/meters/open-meter.js";
import { counterDeltaUj, parseCounters, RaplMeter, topLevelZones } from "../../../src/devices/meters/rapl.js";
import { LocalTransport } from "../../../src/devices/transport/local-transport.js";

interface Zone { kind?: string; name?: string; max_energy_range_uj?: number; energy_uj?: [number, number]; parent?: string }
const fixture = JSON.parse(readFileSync(new URL("../../../fixtures/meters/rapl/two-sockets.json", import.meta.url), "utf8")) as { zones: Record<string, Zone>; expected_j: number };

let root: string;
const transport = new LocalTransport("runner");
let clockS = 0;
const clock = () => (clockS += 0.25);

// The tree as the kernel lays it out: subzones inside their package and linked at the top (here copied).
function writeTree(at: 0 | 1): void {
  for (const [zone, z] of Object.entries(fixture.zones)) {
    const dirs = [join(root, zone), ...(z.parent ? [join(root, z.parent, zone)] : [])];
    for (const dir of dirs) {
      mkdirSync(dir, { recursive: true });
      if (z.kind) continue;
      writeFileSync(join(dir, "name"), `${z.name}\n`);
      writeFileSync(join(dir, "max_energy_range_uj"), `${z.max_energy_range_uj}\n`);
      writeFileSync(join(dir, "energy_uj"), `${z.energy_uj![at]}\n`);
    }
  }
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "dnntune-powercap-"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("rapl meter", () => {
  it("sums the packages across a wrap-around and leaves subzones, psys and the MMIO copy out", async () => {
    writeTree(0);
    const meter = new RaplMeter(transport, { root, clock });
    expect((await meter.zones()).map((z) => `${z.zone}=${z.name}`)).toEqual(["intel-rapl:0=package-0", "intel-rapl:1=package-1"]);
    await meter.start();
    writeTree(1);
    const reading = await meter.stop();
    // package-0: 262143328850 − 262143000000 + 671150 = 1000000 µJ; package-1: 500000 µJ.
    expect(reading.joules).toBeCloseTo(fixture.expected_j, 9);
    expect(reading.endS).toBeGreaterThan(reading.startS);
  });

  it("is what openMeter gives for `meter: rapl`, with its resolution and period", () => {
    const meter = openMeter("rapl", transport, { raplRoot: root, clock });
    expect(meter?.name).toBe("rapl");
    expect(meter?.resolutionJ).toBeCloseTo(61.035e-6, 9);
    expect(meter?.periodS).toBe(0.001);
  });

  it("refuses an unreadable counter, saying it is root-only and how to open it", async () => {
    if (process.getuid?.() === 0) {
      // Root reads a file whatever its mode; the message is checked on a stand-in transport instead.
      const denied = { ...transport, device: "runner", run: async (argv: readonly string[]) => argv[0] === "ls" ? { stdout: "intel-rapl:0\n", stderr: "", code: 0 } : argv[1]?.endsWith("energy_uj") ? { stdout: "", stderr: `cat: ${argv[1]}: Permission denied\n`, code: 1 } : { stdout: argv[1]?.endsWith("name") ? "package-0\n" : "262143328850\n", stderr: "", code: 0 } };
      const error = await new RaplMeter(denied as unknown as LocalTransport, { root, clock }).start().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DeviceError);
      expect((error as DeviceError).message).toMatch(/Permission denied.*root only \(CVE-2020-8694\).*chmod a\+r/);
      return;
    }
    writeTree(0);
    chmodSync(join(root, "intel-rapl:0", "energy_uj"), 0o000);
    const error = await new RaplMeter(transport, { root, clock }).start().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeviceError);
    expect((error as DeviceError).message).toMatch(/Permission denied.*root only \(CVE-2020-8694\).*chmod a\+r/);
  });

  it("says there is no RAPL where the tree is missing", async () => {
    const error = await new RaplMeter(transport, { root: join(root, "absent"), clock }).start().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeviceError);
    expect((error as DeviceError).message).toContain("absent");
  });
});

describe("rapl parsing", () => {
  it("keeps top-level zones only, in number order", () => {
    expect(topLevelZones("intel-rapl\nintel-rapl:10\nintel-rapl:0:0\nintel-rapl:2\nintel-rapl-mmio:0\namd-rapl:1\n")).toEqual(["amd-rapl:1", "intel-rapl:2", "intel-rapl:10"]);
  });

  it("computes a delta across the wrap", () => {
    expect(counterDeltaUj(100, 250, 1000)).toBe(150);
    expect(counterDeltaUj(900, 50, 1000)).toBe(150);
  });

  it("refuses a counter that is not a whole number, naming the source and line", () => {
    expect(() => parseCounters("12\nabc\n", 2, "runner: energy_uj")).toThrow(FormatError);
    expect(() => parseCounters("12\nabc\n", 2, "runner: energy_uj")).toThrow(/runner: energy_uj: line 2: expected an energy counter/);
    expect(() => parseCounters("12\n", 2, "runner: energy_uj")).toThrow(/expected 2 counter lines; got 1/);
  });
});
