import { describe, expect, it } from "vitest";
import { FormatError } from "../../src/errors.js";
import { parseConfig } from "../../src/config/read-config.js";
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
  ])("refuses %j naming the field", (text, message) => {
    expect(() => parseConfig(parse(text), "dnntune.yml")).toThrow(FormatError);
    expect(() => parseConfig(parse(text), "dnntune.yml")).toThrow(message);
  });
});
