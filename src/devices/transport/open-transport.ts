// The transport a configured device names, opened and checked: adb's device is attached and
// ready, the ssh host answers. Paths in the device's config are relative to dnntune.yml.
import { resolve } from "node:path";
import { InputError } from "../../errors.js";
import type { DeviceConfigFile } from "../../config/schema.js";
import { AdbTransport, type AdbOptions } from "./adb-transport.js";
import { LocalTransport } from "./local-transport.js";
import { SshTransport, type SshOptions } from "./ssh-transport.js";
import type { Transport } from "./transport.js";

export interface OpenTransportOptions extends AdbOptions, SshOptions {
  /** The folder of dnntune.yml, against which `identity` and `ssh-config` are resolved. */
  configDir: string;
}

export async function openTransport(deviceName: string, device: DeviceConfigFile, options: OpenTransportOptions): Promise<Transport> {
  switch (device.transport) {
    case "local":
      return new LocalTransport(deviceName, options);
    case "adb":
      return AdbTransport.open(deviceName, device.serial, options);
    case "ssh":
      return SshTransport.open(deviceName, {
        host: device.host,
        port: device.port,
        identity: device.identity === undefined ? undefined : resolve(options.configDir, device.identity),
        sshConfig: device["ssh-config"] === undefined ? undefined : resolve(options.configDir, device["ssh-config"]),
      }, options);
    case undefined:
      throw new InputError(`devices.${deviceName}.transport`, "is not set: this device is declared only (power, role) and cannot run anything; set transport to local, adb or ssh");
  }
}
