// A device's /proc, /sys and /etc as files under a folder, laid out as the kernel's sysfs ABI
// (Documentation/ABI/testing/sysfs-devices-system-cpu, sysfs-class-power, and the thermal
// sysfs-api): the root that readDeviceState and the noise-control helpers read in the tests.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface FakeCpu {
  maxKhz?: number;
  scalingMaxKhz?: number;
  governor?: string;
  available?: string;
}

export interface FakeDevice {
  cpus: FakeCpu[];
  /** Zone type and the raw text of its `temp` file. */
  zones?: { type: string; temp: string }[];
  supplies?: { name: string; type: string; online?: string; capacity?: string; status?: string; temp?: string }[];
  cpuinfo?: string;
  osRelease?: string;
  /** /proc/device-tree/model, NUL-terminated as the kernel writes it. */
  board?: string;
}

export function writeFakeDevice(root: string, device: FakeDevice): void {
  const file = (path: string, text: string) => {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  device.cpus.forEach((cpu, i) => {
    const dir = `sys/devices/system/cpu/cpu${i}`;
    mkdirSync(join(root, dir), { recursive: true });
    if (cpu.maxKhz !== undefined) file(`${dir}/cpufreq/cpuinfo_max_freq`, `${cpu.maxKhz}\n`);
    if (cpu.scalingMaxKhz !== undefined || cpu.maxKhz !== undefined) file(`${dir}/cpufreq/scaling_max_freq`, `${cpu.scalingMaxKhz ?? cpu.maxKhz}\n`);
    if (cpu.governor !== undefined) file(`${dir}/cpufreq/scaling_governor`, `${cpu.governor}\n`);
    if (cpu.available !== undefined) file(`${dir}/cpufreq/scaling_available_governors`, `${cpu.available} \n`);
  });
  // Not CPUs, though their names start alike: the glob must skip them.
  mkdirSync(join(root, "sys/devices/system/cpu/cpufreq"), { recursive: true });
  mkdirSync(join(root, "sys/devices/system/cpu/cpuidle"), { recursive: true });
  (device.zones ?? []).forEach((zone, i) => {
    file(`sys/class/thermal/thermal_zone${i}/type`, `${zone.type}\n`);
    file(`sys/class/thermal/thermal_zone${i}/temp`, zone.temp === "" ? "" : `${zone.temp}\n`);
  });
  mkdirSync(join(root, "sys/class/thermal/cooling_device0"), { recursive: true });
  for (const s of device.supplies ?? []) {
    const dir = `sys/class/power_supply/${s.name}`;
    file(`${dir}/type`, `${s.type}\n`);
    for (const key of ["online", "capacity", "status", "temp"] as const) if (s[key] !== undefined) file(`${dir}/${key}`, `${s[key]}\n`);
  }
  if (device.cpuinfo !== undefined) file("proc/cpuinfo", device.cpuinfo);
  if (device.osRelease !== undefined) file("etc/os-release", device.osRelease);
  if (device.board !== undefined) file("proc/device-tree/model", `${device.board}\0`);
}

/** The temperature file of zone `i`, to change while a test waits for the device to cool. */
export function zoneTempFile(root: string, i: number): string {
  return join(root, `sys/class/thermal/thermal_zone${i}/temp`);
}

/** 4× 1.8 GHz + 3× 2.4 GHz + 1× 3.0 GHz, as a Snapdragon 8 Gen 1 phone's cpufreq lists them. */
export const PHONE_CPUS: FakeCpu[] = [
  ...Array.from({ length: 4 }, () => ({ maxKhz: 1_804_800, governor: "schedutil", available: "schedutil performance powersave" })),
  ...Array.from({ length: 3 }, () => ({ maxKhz: 2_419_200, governor: "schedutil", available: "schedutil performance powersave" })),
  { maxKhz: 2_995_200, governor: "schedutil", available: "schedutil performance powersave" },
];
