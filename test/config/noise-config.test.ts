// dnntune.yml's noise-control keys (`cool-down` in bench and per device, a device's `governor`):
// what is accepted, and each mistake refused naming the file, the key, what it must be and what it got.
import { describe, expect, it } from "vitest";
import { parseConfigText } from "../../src/config/read-config.js";
import { FormatError } from "../../src/errors.js";

const PHONE = "devices:\n  phone:\n    transport: adb\n    serial: R58M123ABC\n    tool: ort-python\n";

describe("noise-control keys of dnntune.yml", () => {
  it("accepts a bench cool-down, a device's own (or false) and a governor", () => {
    const config = parseConfigText(`bench:\n  cool-down: { above-c: 60 }\n${PHONE}    cool-down: { above-c: 45, timeout-s: 300, poll-s: 2.5 }\n    governor: performance\n  board: { transport: ssh, host: pi@board, tool: ort-python, cool-down: false }\n`, "dnntune.yml");
    expect(config.bench?.["cool-down"]).toEqual({ "above-c": 60 });
    expect(config.devices?.phone).toMatchObject({ "cool-down": { "above-c": 45, "timeout-s": 300, "poll-s": 2.5 }, governor: "performance" });
    expect(config.devices?.board).toMatchObject({ "cool-down": false });
  });

  it.each([
    ["bench:\n  cool-down: { above-c: hot }", 'dnntune.yml: bench.cool-down.above-c: must be a temperature in °C; got "hot"'],
    ["bench:\n  cool-down: { timeout-s: 5 }", "dnntune.yml: bench.cool-down.above-c: must be a temperature in °C; got nothing"],
    ["bench:\n  cool-down: true", "dnntune.yml: bench.cool-down: must be false or a mapping with above-c (and timeout-s, poll-s); got true"],
    ["bench:\n  cool-down: { above-c: 60, timeout: 5 }", 'dnntune.yml: bench.cool-down.timeout: unknown key; did you mean "timeout-s"?'],
    [`${PHONE}    cool-down: { above-c: 300 }`, "dnntune.yml: devices.phone.cool-down.above-c: must be at most 200 °C, the most dnntune models; got 300"],
    [`${PHONE}    cool-down: { above-c: 60, timeout-s: 1.5 }`, "dnntune.yml: devices.phone.cool-down.timeout-s: must be an integer from 0 to 3600; got 1.5"],
    [`${PHONE}    cool-down: { above-c: 60, poll-s: 0 }`, "dnntune.yml: devices.phone.cool-down.poll-s: must be a positive number of seconds; got 0"],
    [`${PHONE}    cooldown: { above-c: 60 }`, 'dnntune.yml: devices.phone.cooldown: unknown key; did you mean "cool-down"?'],
    [`${PHONE}    governor: Performance`, 'dnntune.yml: devices.phone.governor: must be a cpufreq governor name such as performance (lowercase letters, digits, "_"); got "Performance"'],
    [`${PHONE}    governor: "performance; reboot"`, "dnntune.yml: devices.phone.governor: must be a cpufreq governor name such as performance"],
    ["devices:\n  cloud: { role: cloud, governor: performance }", "dnntune.yml: devices.cloud.governor: unknown key"],
  ])("refuses %j naming the key", (text, message) => {
    expect(() => parseConfigText(text, "dnntune.yml")).toThrow(FormatError);
    expect(() => parseConfigText(text, "dnntune.yml")).toThrow(message);
  });
});
