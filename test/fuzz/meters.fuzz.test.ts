// Fuzz the meters' text parsers: recorded fixtures cut short, bytes flipped, lines of random
// text. Each returns readings whose numbers are finite, or refuses with a FormatError naming the
// source; never a bare TypeError.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectBatteryUnits, parseBatteryTrace, parseDumpsysBattery } from "../../src/devices/meters/android-battery.js";
import { parseEnergyMeterDump } from "../../src/devices/meters/android-rails.js";
import { parseCommandTrace } from "../../src/devices/meters/command-meter.js";
import { parseEnergyCounters, parsePowerLine } from "../../src/devices/meters/nvml.js";
import { parseCounters } from "../../src/devices/meters/rapl.js";
import { parseTegrastatsLine } from "../../src/devices/meters/tegrastats.js";
import { budget } from "./budget.js";
import { parsesOrRefuses } from "./mutate.js";

const SOURCE = "meter output";
const fixture = (path: string) => readFileSync(new URL(`../../fixtures/meters/${path}`, import.meta.url), "utf8");

const finite = (...values: number[]) => values.every(Number.isFinite);

// Each parser, with a check of what it returns when it accepts.
const PARSERS: { name: string; base: string; parse: (text: string) => void }[] = [
  { name: "command", base: fixture("command/marker-trace.csv"), parse: (t) => parsesOrRefuses(() => parseCommandTrace(t, SOURCE), SOURCE)?.forEach((s) => expect(finite(s.timeS, s.powerW) && s.powerW >= 0).toBe(true)) },
  {
    name: "battery trace", base: fixture("android-battery/mA-uV-negative.txt"), parse: (t) => {
      const readings = parsesOrRefuses(() => parseBatteryTrace(t, SOURCE), SOURCE);
      if (readings?.length) parsesOrRefuses(() => detectBatteryUnits(readings, SOURCE), SOURCE);
    },
  },
  { name: "dumpsys battery", base: fixture("android-battery/dumpsys-battery-usb.txt"), parse: (t) => parsesOrRefuses(() => parseDumpsysBattery(t, SOURCE), SOURCE) },
  { name: "power stats dump", base: fixture("android-rails/pixel6-delta.txt"), parse: (t) => parsesOrRefuses(() => parseEnergyMeterDump(t, SOURCE), SOURCE)?.forEach((r) => expect(finite(r.energyMws)).toBe(true)) },
  { name: "nvidia-smi energy", base: fixture("nvml/energy-two-gpus.csv"), parse: (t) => parsesOrRefuses(() => parseEnergyCounters(t, SOURCE), SOURCE)?.forEach((mj) => expect(finite(mj)).toBe(true)) },
  { name: "nvidia-smi power", base: fixture("nvml/power-two-gpus.csv"), parse: (t) => t.split("\n").forEach((line, i) => parsesOrRefuses(() => parsePowerLine(line, SOURCE, i + 1, 0), SOURCE)) },
  { name: "tegrastats", base: fixture("tegrastats/orin-nano.txt"), parse: (t) => t.split("\n").forEach((line, i) => parsesOrRefuses(() => parseTegrastatsLine(line, SOURCE, i + 1, 0), SOURCE)) },
  { name: "rapl counters", base: "262143000000\n5000000000\n", parse: (t) => parsesOrRefuses(() => parseCounters(t, 2, SOURCE), SOURCE)?.forEach((uj) => expect(Number.isSafeInteger(uj)).toBe(true)) },
];

// A fixture cut at any point, with a stretch replaced by random text or characters flipped.
const mutated = (base: string) => fc.oneof(
  fc.nat({ max: base.length }).map((n) => base.slice(0, n)),
  fc.tuple(fc.nat({ max: base.length }), fc.nat({ max: 40 }), fc.string({ maxLength: 40 })).map(([at, cut, text]) => base.slice(0, at) + text + base.slice(at + cut)),
  fc.tuple(fc.nat({ max: Math.max(0, base.length - 1) }), fc.constantFrom("-", ".", ",", " ", "\n", "e", "9", "[", "]", ":", "\u0000", "€")).map(([at, c]) => base.slice(0, at) + c + base.slice(at + 1)),
  fc.array(fc.string({ maxLength: 60 }), { maxLength: 8 }).map((lines) => lines.join("\n")),
);

describe("meter parsers under fuzzing", () => {
  it.each(PARSERS)("$name: parses or refuses with a FormatError naming the source", ({ base, parse }) => {
    expect(() => parse(base)).not.toThrow();
    fc.assert(fc.property(mutated(base), (text) => {
      parse(text);
    }), budget());
  });
});
