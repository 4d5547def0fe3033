// openMeter builds the meter a device's `meter:` names, in either spelling the schema allows.
import { describe, expect, it } from "vitest";
import { meterSchema } from "../../../src/config/schema.js";
import { openMeter } from "../../../src/devices/meters/open-meter.js";
import { LocalTransport } from "../../../src/devices/transport/local-transport.js";

const transport = new LocalTransport("runner");

describe("openMeter", () => {
  it("gives no meter for none or no meter: energy is then modelled by the caller", () => {
    expect(openMeter(undefined, transport)).toBeUndefined();
    expect(openMeter("none", transport)).toBeUndefined();
    expect(openMeter({ type: "none" }, transport)).toBeUndefined();
  });

  it.each(["rapl", "android-battery", "android-rails", "nvml", "tegrastats"] as const)("opens %s from the word and from { type }", (word) => {
    for (const config of [word, { type: word }]) {
      const meter = openMeter(meterSchema.parse(config), transport);
      expect(meter?.name).toBe(word);
      expect(meter?.device).toBe("runner");
      expect(meter!.resolutionJ).toBeGreaterThan(0);
      expect(meter!.periodS).toBeGreaterThan(0);
    }
  });

  it("opens a command meter with its argv and android-rails with its rails", () => {
    expect(openMeter(meterSchema.parse({ type: "command", argv: ["meter.sh", "--usb"] }), transport)?.name).toBe("command");
    expect(openMeter(meterSchema.parse({ type: "android-rails", rails: ["S2S_VDD_G3D"] }), transport)?.name).toBe("android-rails");
  });
});
