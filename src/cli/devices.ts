// `dnntune devices`: each device of dnntune.yml, checked as bench would use it — its transport
// connects, its tool starts there (onnxruntime loads, or the device's Python has onnxruntime), a
// temp folder can be written — one line each; exit 3 when any device that benchmarks is not ready.
import { parseCommandArgs, type CommandSpec } from "../config/command-options.js";
import type { DeviceConfigFile } from "../config/schema.js";
import { DeviceError, InputError } from "../errors.js";
import { openBackend } from "../devices/open-backend.js";
import { energyPlan } from "../devices/energy-plan.js";
import { errorLines } from "../report/error-line.js";
import { terminalText } from "../report/terminal-text.js";
import { CONFIG_OPTION, readConfigOption } from "./config-file.js";
import type { Command, Io } from "./io.js";

export const devicesSpec: CommandSpec = {
  name: "devices",
  summary: "check that every device of dnntune.yml is reachable and ready to benchmark",
  options: [{ ...CONFIG_OPTION, help: "`dnntune.yml`: the devices to check" }],
  notes: ["exit 3 when a device that benchmarks (one with a transport) is not ready; declared-only devices are listed", "example:", "  dnntune devices --config dnntune.yml"],
};

async function run(args: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs(args, devicesSpec) as { config?: string };
  const file = readConfigOption(parsed.config);
  const devices = Object.entries(file?.data.devices ?? {});
  // Without dnntune.yml (or devices in it) the runner itself is the one device.
  const list: [string, DeviceConfigFile | undefined][] = devices.length > 0 ? devices : [["local", undefined]];
  // Every device is checked at once: an unreachable host waits out its connect timeout and
  // retries (about 30 s), and a fleet of them one after another would take minutes. The lines
  // come out in the file's order, each as soon as it and those before it are done.
  const checks = list.map(([name, config]) => checkDevice(name, config, io));
  // A check that fails unexpectedly is thrown below, in order; the others must not go unhandled meanwhile.
  for (const check of checks) check.catch(() => undefined);
  let failed = 0;
  for (const check of checks) {
    const { line, ready } = await check;
    if (!ready) failed++;
    io.stdout(line);
  }
  if (failed > 0) io.stderr(`dnntune: ${failed} of ${list.length} devices not ready\n`);
  return failed > 0 ? 3 : 0;
}

/** One device's line, and whether it is ready (a declared-only device is). Never throws for a device that is not ready. */
async function checkDevice(name: string, config: DeviceConfigFile | undefined, io: Io): Promise<{ line: string; ready: boolean }> {
  const where = config ? placeOf(config) : "this runner";
  if (config && config.transport === undefined) {
    return { ready: true, line: `${terminalText(`- ${name}`)}  declared only (${config.role ?? "no role"}${config.power ? ", power" : ""}): the split reads it, bench does not run on it\n` };
  }
  const started = Date.now();
  try {
    const opened = await openBackend({ name, ...(config ? { config } : {}) }, { warn: (line) => io.stderr(`dnntune: warning: ${line}\n`) });
    try {
      const [runtime, fingerprint] = await Promise.all([opened.backend.runtime(), opened.backend.fingerprint()]);
      const what = [fingerprint.cpu, fingerprint.cores !== undefined ? `${fingerprint.cores} cores` : undefined, fingerprint.governor ? `governor ${fingerprint.governor}` : undefined].filter(Boolean).join(", ");
      const energy = await energyPlan({ name, ...(config ? { config } : {}) }, opened.transport);
      await energy.meter?.close();
      // A meter the file names that cannot read leaves the device unready: its energy would be modelled.
      const meterBroken = energy.unreadable !== undefined;
      const power = energy.meter ? `energy: meter ${energy.meter.name}` : meterBroken ? `energy: ${energy.unreadable}, so it would be modelled at ${energy.watts} W` : `energy: modelled at ${energy.watts} W${energy.notRead ? ` (${energy.notRead})` : ""}`;
      return { ready: !meterBroken, line: `${terminalText(`${meterBroken ? "✗" : "✓"} ${name}`)}  ${where} · ${opened.backend.tool}: ${runtime}${what ? ` on ${terminalText(what)}` : ""} · ${power} (${((Date.now() - started) / 1000).toFixed(1)} s)\n` };
    } finally {
      await opened.close();
    }
  } catch (error) {
    if (!(error instanceof DeviceError || error instanceof InputError)) throw error;
    return { ready: false, line: `${terminalText(`✗ ${name}`)}  ${where} · ${errorLines(error).join(" ")}\n` };
  }
}

function placeOf(config: DeviceConfigFile): string {
  switch (config.transport) {
    case "local": return "local";
    case "adb": return `adb ${config.serial}`;
    case "ssh": return `ssh ${config.host}${config.port ? `:${config.port}` : ""}`;
    case undefined: return "declared";
  }
}

export const devicesCommand: Command = { spec: devicesSpec, run };
