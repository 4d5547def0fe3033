// `adb devices -l` read into states, and each state that is not `device` turned into an error
// that says what to do about it. Pure: the text in, entries or a DeviceError out.
import { DeviceError } from "../../errors.js";

/** One line of `adb devices -l`. */
export interface AdbDeviceEntry {
  serial: string;
  /** `device` when usable; else `offline`, `unauthorized`, `no permissions`, `recovery`… */
  state: string;
  /** The `key:value` words that follow (`model`, `product`, `transport_id`…). */
  details: Record<string, string>;
}

/**
 * Reads `adb devices -l` output. Skips the header, blank lines and the daemon's `* daemon …`
 * notes. The state is the word after the serial, except `no permissions`, which is followed by
 * a parenthesised or `;`-separated explanation that older and newer adb word differently.
 */
export function parseAdbDevices(text: string): AdbDeviceEntry[] {
  const entries: AdbDeviceEntry[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("*") || /^List of devices attached/.test(line)) continue;
    const [serial, ...words] = line.split(/\s+/);
    if (serial === undefined || words.length === 0) continue;
    const rest = words.join(" ");
    const state = /^no permissions\b/.test(rest) ? "no permissions" : (words[0] ?? "");
    const details: Record<string, string> = {};
    for (const word of words.slice(1)) {
      const match = /^([a-z_]+):(\S*)$/.exec(word);
      if (match?.[1] !== undefined && match[2] !== undefined) details[match[1]] = match[2];
    }
    entries.push({ serial, state, details });
  }
  return entries;
}

const STEP = "check adb device";

/** The entry for `serial` when it is ready; otherwise a DeviceError whose hint says what to do. */
export function readyAdbDevice(device: string, serial: string, entries: readonly AdbDeviceEntry[]): AdbDeviceEntry {
  const entry = entries.find((e) => e.serial === serial);
  if (!entry) {
    const listed = entries.length === 0 ? "adb lists no devices" : `adb lists ${entries.map((e) => `${e.serial} (${e.state})`).join(", ")}`;
    throw new DeviceError(device, STEP, `serial ${serial} is not attached; ${listed}`,
      "check the serial in `adb devices -l`, the cable, USB debugging on the phone, or `adb connect HOST:PORT` for a network device");
  }
  const hint = stateHint(entry.state, serial);
  if (hint !== undefined) throw new DeviceError(device, STEP, `adb: device ${serial} is ${entry.state}`, hint);
  return entry;
}

function stateHint(state: string, serial: string): string | undefined {
  switch (state) {
    case "device":
      return undefined;
    case "unauthorized":
      return "accept the RSA key prompt (\"Allow USB debugging?\") on the phone, then run again";
    case "offline":
      return `reconnect the cable or run \`adb -s ${serial} reconnect\` (for a network device \`adb connect ${serial}\`), then check \`adb devices -l\``;
    case "no permissions":
      return "this user cannot open the phone's USB device: add a udev rule for its vendor (and the plugdev group), replug it, then `adb kill-server`";
    case "authorizing":
    case "connecting":
      return "the device is still connecting: wait a moment, check `adb devices -l`, then run again";
    case "recovery":
    case "bootloader":
    case "sideload":
    case "rescue":
    case "fastbootd":
      return `the device is in ${state} mode: boot it into Android (\`adb -s ${serial} reboot\`), then check \`adb devices -l\``;
    default:
      return "expected the state `device`; check `adb devices -l`";
  }
}
