// `adb devices -l` as real adb versions print it, and the error each state becomes.
import { describe, expect, it } from "vitest";
import { DeviceError } from "../../../src/errors.js";
import { parseAdbDevices, readyAdbDevice } from "../../../src/devices/transport/adb-devices.js";

// Lines as platform-tools 35 prints them (the no-permissions wording of adb ≥ 1.0.39), plus the
// older `no permissions; see […]` wording and the daemon's start-up notes, which older adb put on stdout.
const LISTING = `* daemon not running; starting now at tcp:5037
* daemon started successfully
List of devices attached
R58M123ABC             device usb:1-1 product:beyond1ltexx model:SM_G973F device:beyond1 transport_id:1
emulator-5554          offline transport_id:2
0123456789ABCDEF       unauthorized usb:1-4 transport_id:3
HT4A1JT01234           no permissions (user in plugdev group; are your udev rules wrong?); see [http://developer.android.com/tools/device.html] usb:1-2 transport_id:4
????????????           no permissions; see [http://developer.android.com/tools/device.html]
192.168.1.5:5555       recovery product:sargo model:Pixel_3a device:sargo transport_id:5

`;

describe("parseAdbDevices", () => {
  it("reads serials, states and details", () => {
    const entries = parseAdbDevices(LISTING);
    expect(entries.map((e) => [e.serial, e.state])).toEqual([
      ["R58M123ABC", "device"],
      ["emulator-5554", "offline"],
      ["0123456789ABCDEF", "unauthorized"],
      ["HT4A1JT01234", "no permissions"],
      ["????????????", "no permissions"],
      ["192.168.1.5:5555", "recovery"],
    ]);
    expect(entries[0]?.details).toEqual({ usb: "1-1", product: "beyond1ltexx", model: "SM_G973F", device: "beyond1", transport_id: "1" });
    expect(entries[3]?.details).toMatchObject({ usb: "1-2", transport_id: "4" });
  });

  it("reads an empty listing as no devices", () => {
    expect(parseAdbDevices("List of devices attached\n\n")).toEqual([]);
    expect(parseAdbDevices("")).toEqual([]);
  });
});

describe("readyAdbDevice", () => {
  const entries = parseAdbDevices(LISTING);
  const errorFor = (serial: string) => {
    try {
      readyAdbDevice("pixel", serial, entries);
    } catch (error) {
      expect(error).toBeInstanceOf(DeviceError);
      return error as DeviceError;
    }
    throw new Error(`expected ${serial} to be refused`);
  };

  it("returns a ready device", () => {
    expect(readyAdbDevice("pixel", "R58M123ABC", entries).details.model).toBe("SM_G973F");
  });

  it.each([
    ["0123456789ABCDEF", /unauthorized/, /accept the RSA key prompt/],
    ["emulator-5554", /offline/, /reconnect/],
    ["HT4A1JT01234", /no permissions/, /udev rule.*adb kill-server/],
    ["192.168.1.5:5555", /recovery/, /reboot/],
    ["NOPE123", /not attached; adb lists R58M123ABC \(device\)/, /adb devices -l/],
  ])("refuses %s with what to do", (serial, message, hint) => {
    const error = errorFor(serial);
    expect(error.device).toBe("pixel");
    expect(error.step).toBe("check adb device");
    expect(error.message).toMatch(message);
    expect(error.hint).toMatch(hint);
  });

  it("says when adb lists nothing", () => {
    expect(() => readyAdbDevice("pixel", "X1", [])).toThrow(/adb lists no devices/);
  });
});
