// The command meter fed a known power trace: test/helpers/power-trace.mjs prints 2.0 W while idle
// and 5.0 W while a marker file exists, every 10 ms, so a window's energy is known: idle is
// measured first, then the marker stands for a second, and what is left after idle subtraction
// is 3.0 W over the window. The sleeps only hold the windows open: the assertions are relative
// to the window the meter reports, so a slow machine changes nothing.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DeviceError, FormatError } from "../../../src/errors.js";
import { integrateSamples, parseCommandLine, parseCommandTrace } from "../../../src/devices/meters/command-meter.js";
import { meanPowerW, subtractIdleJ } from "../../../src/devices/meters/integrate.js";
import type { Meter } from "../../../src/devices/meters/meter.js";
import { openMeter } from "../../../src/devices/meters/open-meter.js";
import { LocalTransport } from "../../../src/devices/transport/local-transport.js";

const SCRIPT = new URL("../../helpers/power-trace.mjs", import.meta.url).pathname;
const FIXTURE = new URL("../../../fixtures/meters/command/marker-trace.csv", import.meta.url);

let work: string;
let meter: Meter | undefined;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "dnntune-command-meter-"));
});
afterEach(async () => {
  await meter?.close();
  rmSync(work, { recursive: true, force: true });
});

describe("command meter", () => {
  it("measures 3.0 W above idle while the marker stands, within its stated resolution", async () => {
    const marker = join(work, "busy");
    meter = openMeter({ type: "command", argv: [process.execPath, SCRIPT, marker] }, new LocalTransport("runner"));
    expect(meter?.name).toBe("command");
    if (!meter) return;

    await meter.start();
    await sleep(500);
    const idle = await meter.stop();
    const idleW = meanPowerW(idle);
    expect(idleW).toBeCloseTo(2.0, 9);

    writeFileSync(marker, "");
    await meter.start();
    await sleep(1000);
    const busy = await meter.stop();
    rmSync(marker);

    const durationS = busy.endS - busy.startS;
    const netJ = subtractIdleJ(busy.joules, idleW, durationS);
    // The window opens on the first line that arrives after start(), which may have been printed
    // just before the marker appeared: at most one 10 ms period at 2 W instead of 5 W.
    const toleranceJ = meter.resolutionJ + meter.periodS * (5.0 - 2.0);
    expect(durationS).toBeGreaterThanOrEqual(0.99);
    expect(Math.abs(netJ - 3.0 * durationS)).toBeLessThanOrEqual(toleranceJ);
    expect(netJ / durationS).toBeCloseTo(3.0, 1);
  });

  it("fails with what the program said when it ends", async () => {
    meter = openMeter({ type: "command", argv: [process.execPath, SCRIPT] }, new LocalTransport("runner"));
    const error = await meter!.start().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeviceError);
    expect((error as DeviceError).message).toMatch(/ended \(exit 2\); stderr: usage: power-trace\.mjs MARKER/);
  });

  it("fails on a line that is not time_s,power_w, naming the line", async () => {
    meter = openMeter({ type: "command", argv: ["sh", "-c", "echo 0.1,2; echo oops; sleep 5"] }, new LocalTransport("runner"));
    const error = await meter!.start().then(() => meter!.stop()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FormatError);
    expect((error as FormatError).message).toMatch(/meter command sh -c .*: line 2: expected "time_s,power_w"/);
  });
});

describe("command meter lines", () => {
  it("reads the captured trace: a 2 W → 5 W → 2 W step", () => {
    const samples = parseCommandTrace(readFileSync(FIXTURE, "utf8"), "marker-trace.csv");
    expect(samples.length).toBeGreaterThan(20);
    expect(new Set(samples.map((s) => s.powerW))).toEqual(new Set([2, 5]));
    const reading = integrateSamples(samples);
    expect(reading.joules / (reading.endS - reading.startS)).toBeGreaterThan(2);
    expect(reading.joules / (reading.endS - reading.startS)).toBeLessThan(5);
  });

  it("skips a header, blanks and comments and refuses the rest with the line", () => {
    expect(parseCommandLine("time_s,power_w", "m", 1)).toBeUndefined();
    expect(parseCommandLine("  # note", "m", 2)).toBeUndefined();
    expect(parseCommandLine("1.5, 2.25", "m", 3)).toEqual({ timeS: 1.5, powerW: 2.25 });
    expect(() => parseCommandLine("1.5,-2", "m", 4)).toThrow(/m: line 4: power_w must be a number of watts ≥ 0/);
    expect(() => parseCommandLine("1.5", "m", 5)).toThrow(/m: line 5: expected "time_s,power_w"/);
    expect(() => parseCommandTrace("2,1\n1,1\n", "m")).toThrow(/m: line 2: time went back/);
  });
});
