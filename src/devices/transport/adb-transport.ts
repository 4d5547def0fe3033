// A phone over adb, by serial. `adb shell` joins its arguments with spaces and the phone's
// /system/bin/sh parses them again, so the command goes as one string built by shellQuote.
// Modern adb (platform-tools 24+, shell protocol v2) exits with the remote command's status.
import { DeviceError } from "../../errors.js";
import { parseAdbDevices, readyAdbDevice } from "./adb-devices.js";
import { checkedWord } from "./checked-word.js";
import { RemoteTransport, tail, type Invocation } from "./remote-transport.js";
import { TransientDeviceError } from "./retry-step.js";
import type { RunResult, TransportOptions } from "./transport.js";

export interface AdbOptions extends TransportOptions {
  /** The adb program (default `adb` on PATH). */
  adb?: string;
}

// What adb itself prints when it could not reach the device, as opposed to a remote failure.
// Each starts a line and carries adb's own prefix, so a remote program's stderr cannot pass for it.
const DEVICE_GONE = /(?:^|\n)(?:adb: error: |adb: |error: )(?:device '[^'\n]*' not found|device offline|device unauthorized|device still (?:authorizing|connecting)|no devices\/emulators found|closed|protocol fault|insufficient permissions for device|cannot connect to daemon)/;

export class AdbTransport extends RemoteTransport {
  readonly #adb: string;
  readonly #serial: string;
  protected readonly mktemp = "mktemp -d /data/local/tmp/dnntune.XXXXXX";
  protected readonly missingProgramHint = "install Android platform-tools and put adb on PATH";

  private constructor(device: string, serial: string, options: AdbOptions) {
    super(device, options);
    this.#adb = options.adb ?? "adb";
    this.#serial = serial;
  }

  /** Checks the serial is attached and ready (`adb devices -l`), then returns its transport. */
  static async open(device: string, serial: string, options: AdbOptions = {}): Promise<AdbTransport> {
    const transport = new AdbTransport(device, checkedWord(`devices.${device}.serial`, serial, "an adb serial"), options);
    const listing = await transport.invoke(transport.#adb, ["devices", "-l"], "list adb devices", transport.timeouts.quickMs, "copy");
    if (listing.code !== 0) throw new DeviceError(device, "list adb devices", `adb devices failed (exit ${listing.code})${tail(listing.stderr)}`, "run `adb kill-server` and try again");
    readyAdbDevice(device, serial, parseAdbDevices(listing.stdout));
    return transport;
  }

  protected shell(command: string): Invocation {
    return [this.#adb, ["-s", this.#serial, "shell", command]];
  }

  protected copy(direction: "push" | "pull", local: string, remote: string): Invocation {
    return [this.#adb, direction === "push" ? ["-s", this.#serial, "push", local, remote] : ["-s", this.#serial, "pull", remote, local]];
  }

  protected connectionFailure(step: string, result: RunResult): DeviceError | undefined {
    if (result.code === 0) return undefined;
    const gone = DEVICE_GONE.exec(result.stderr);
    if (!gone) return undefined;
    return new TransientDeviceError(this.device, step, `the device went away${tail(result.stderr)}`,
      `check the cable and \`adb devices -l\`; a phone that rebooted or went offline needs \`adb -s ${this.#serial} reconnect\``);
  }
}
