import { execFileSync } from "node:child_process";
import { mkdtempSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FormatError, InputError } from "../../src/errors.js";
import { MAX_CONFIG_BYTES, parseConfig, readConfig } from "../../src/config/read-config.js";
import { parse } from "yaml";

describe("parseConfig (dnntune.yml)", () => {
  it("reads user networks and device power", () => {
    const config = parseConfig(parse(`
networks:
  office: { uplink-mbps: 50, downlink-mbps: 100, rtt-ms: 8, radio-up-w: 1.0 }
devices:
  pixel7:
    power: { active-w: 3.1, idle-w: 0.4 }
  server: {}
`), "dnntune.yml");
    expect(config.networks).toEqual([{ name: "office", uplinkMbps: 50, downlinkMbps: 100, rttMs: 8, radio: { kind: "constant", upW: 1.0, downW: 0.9 } }]);
    expect(config.devices).toEqual({ pixel7: { power: { activeW: 3.1, idleW: 0.4 } }, server: { power: {} } });
  });

  it.each([
    ["networks:\n  office: { uplink-mbps: 0, downlink-mbps: 10, rtt-ms: 5 }", /dnntune\.yml: networks\.office\.uplink-mbps: must be a positive number; got 0/],
    ["networks:\n  office: { uplink-mbps: 5, downlink-mbps: 10 }", /networks\.office\.rtt-ms: must be a number ≥ 0; got nothing/],
    ["devices:\n  pixel7: { power: { active-w: lots } }", /devices\.pixel7\.power\.active-w: must be a number of watts ≥ 0; got "lots"/],
    ["networks: [wifi]", /networks: must be a mapping/],
    ["networks: !!binary aGVsbG8=", /dnntune\.yml: networks: must be a mapping of network names to settings; got binary data/],
  ])("refuses %j naming the field", (text, message) => {
    expect(() => parseConfig(parse(text), "dnntune.yml")).toThrow(FormatError);
    expect(() => parseConfig(parse(text), "dnntune.yml")).toThrow(message);
  });
});

describe("parseConfig: unknown keys", () => {
  it.each([
    ["devices:\n  pixel7:\n    pwoer: { active-w: 3 }", 'dnntune.yml: devices.pixel7.pwoer: unknown key; did you mean "power"?'],
    ["netwroks: {}", 'dnntune.yml: netwroks: unknown key; did you mean "networks"?'],
    ["networks:\n  office: { uplink-mbps: 5, downlink-mbps: 10, rtt-ms: 5, rtt: 3 }", 'dnntune.yml: networks.office.rtt: unknown key; did you mean "rtt-ms"?'],
    ["devices:\n  pixel7: { power: { active-w: 3, idle: 1 } }", 'dnntune.yml: devices.pixel7.power.idle: unknown key; did you mean "idle-w"?'],
    ["baseline: main", "dnntune.yml: baseline: unknown key; expected one of networks, devices"],
  ])("refuses %j, suggesting the nearest key", (text, line) => {
    expect(() => parseConfig(parse(text), "dnntune.yml")).toThrow(FormatError);
    expect(() => parseConfig(parse(text), "dnntune.yml")).toThrow(line);
  });

  it("lists every problem at once", () => {
    const text = "networks:\n  office: { uplink-mbps: 0, downlink-mbps: x, rtt-ms: 5 }\ndevices:\n  pixel7: { powr: {} }";
    expect(() => parseConfig(parse(text), "dnntune.yml")).toThrow([
      "dnntune.yml: networks.office.uplink-mbps: must be a positive number; got 0",
      'dnntune.yml: networks.office.downlink-mbps: must be a positive number; got "x"',
      'dnntune.yml: devices.pixel7.powr: unknown key; did you mean "power"?',
    ].join("\n"));
  });
});

describe("readConfig", () => {
  const dir = mkdtempSync(join(tmpdir(), "read-config-"));

  it("reads an empty file as no settings", () => {
    const path = join(dir, "empty.yml");
    writeFileSync(path, "");
    expect(readConfig(path)).toEqual({ networks: [], devices: {} });
  });

  it("refuses a FIFO without hanging", { timeout: 5000 }, () => {
    const fifo = join(dir, "fifo.yml");
    execFileSync("mkfifo", [fifo]);
    expect(() => readConfig(fifo)).toThrow(InputError);
    expect(() => readConfig(fifo)).toThrow(`config: ${fifo} is a FIFO (named pipe), not a regular file`);
  });

  it("refuses /dev/zero without hanging", { timeout: 5000 }, () => {
    expect(() => readConfig("/dev/zero")).toThrow("config: /dev/zero is a character device, not a regular file");
  });

  it("refuses a file over the size limit unread", () => {
    const path = join(dir, "huge.yml");
    writeFileSync(path, "");
    truncateSync(path, MAX_CONFIG_BYTES + 1);
    expect(() => readConfig(path)).toThrow(`${path}: larger than ${MAX_CONFIG_BYTES} bytes, the limit for a dnntune.yml`);
  });

  it("names the file of a YAML syntax error", () => {
    const path = join(dir, "bad.yml");
    writeFileSync(path, "networks: [unclosed");
    expect(() => readConfig(path)).toThrow(FormatError);
    expect(() => readConfig(path)).toThrow(`${path}: not valid YAML`);
  });
});

describe("readConfig on a recursive YAML alias", () => {
  it("names the value that contains itself instead of crashing on it", () => {
    const dir = mkdtempSync(join(tmpdir(), "read-config-alias-"));
    const path = join(dir, "dnntune.yml");
    writeFileSync(path, "networks: { office: &o [*o] }\n");
    expect(() => readConfig(path)).toThrow(/networks\.office: contains itself through a YAML alias/);
  });
});
