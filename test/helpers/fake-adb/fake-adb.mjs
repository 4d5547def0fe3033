// A fake `adb` for the transport tests: the CLI surface DNNTune uses, with real adb's texts and
// exit codes, and a "phone" that is a local folder standing in for /data/local/tmp.
//
// Control file (JSON, path in FAKE_ADB_CONTROL), read and written back on every call:
//   phoneRoot        local folder that /data/local/tmp maps to
//   devices          [{ serial, state, details }] as `adb devices -l` lists them
//   commands         how many `-s SERIAL …` commands have run (written by this script)
//   disappearAfter   after this many commands the device is unplugged (gone from the list)
//   dropNext         this many commands fail with `error: closed` before the link works again
//   hang             subcommands ("push", "pull", "shell") that never finish
//   props            the phone's system properties, name → value, as its `getprop` answers them
//   dumpsys          service → the text its `dumpsys SERVICE` prints ("battery": BatteryService's dump)
//
// `shell` does what adb and the phone do together: the arguments are joined with spaces and the
// result is parsed again by a shell (`sh -c`), run in the phone folder, with the phone's own
// programs (phone-bin/: getprop, dumpsys) first on PATH. The phone's /sys and /proc are this
// machine's; tests that need a phone's sysfs build one under /data/local/tmp and point at it.
import { spawn } from "node:child_process";
import { setInterval } from "node:timers";
import { cpSync, existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const PHONE_TMP = "/data/local/tmp";
const PHONE_BIN = join(dirname(fileURLToPath(import.meta.url)), "phone-bin");
const controlFile = process.env.FAKE_ADB_CONTROL;
if (!controlFile) fail("fake adb: FAKE_ADB_CONTROL is not set", 1);
const control = JSON.parse(readFileSync(controlFile, "utf8"));
const save = () => writeFileSync(controlFile, JSON.stringify(control, null, 2));

function fail(message, code = 1) {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

// A path on the phone as a local path; outside /data/local/tmp the phone is read-only here.
function local(remote) {
  if (remote === PHONE_TMP || remote.startsWith(`${PHONE_TMP}/`)) return control.phoneRoot + remote.slice(PHONE_TMP.length);
  return undefined;
}

const args = process.argv.slice(2);
if (args[0] === "devices") {
  const long = args.includes("-l");
  process.stdout.write("List of devices attached\n");
  for (const d of control.devices) process.stdout.write(`${d.serial.padEnd(22)} ${d.state}${long && d.details ? ` ${d.details}` : ""}\n`);
  process.stdout.write("\n");
  process.exit(0);
}
if (args[0] !== "-s" || args[1] === undefined) fail("fake adb: only `devices -l` and `-s SERIAL …` are implemented");
const serial = args[1];
const [command, ...rest] = args.slice(2);

control.commands = (control.commands ?? 0) + 1;
if (control.disappearAfter !== undefined && control.commands > control.disappearAfter) {
  control.devices = control.devices.filter((d) => d.serial !== serial);
}
const dropped = (control.dropNext ?? 0) > 0;
if (dropped) control.dropNext -= 1;
save();

const device = control.devices.find((d) => d.serial === serial);
if (!device) fail(`adb: device '${serial}' not found`);
switch (device.state) {
  case "device":
    break;
  case "offline":
    fail("error: device offline");
    break;
  case "unauthorized":
    fail("error: device unauthorized.\nThis adb server's $ADB_VENDOR_KEYS is not set\nTry 'adb kill-server' if that seems wrong.\nOtherwise check for a confirmation dialog on your device.");
    break;
  case "no permissions":
    fail("error: insufficient permissions for device: user in plugdev group; are your udev rules wrong?\nSee [http://developer.android.com/tools/device.html] for more information");
    break;
  default:
    fail(`error: device '${serial}' not found`);
}
if (dropped) fail("error: closed");
if ((control.hang ?? []).includes(command)) setInterval(() => undefined, 1 << 30);
else run();

function run() {
  switch (command) {
    case "push": {
      const [from, to] = rest;
      if (!existsSync(from)) fail(`adb: error: cannot stat '${from}': No such file or directory`);
      const target = local(to);
      if (target === undefined) fail(`adb: error: failed to copy '${from}' to '${to}': remote couldn't create file: Read-only file system`);
      const into = existsSync(target) && statSync(target).isDirectory() ? join(target, basename(from)) : target;
      cpSync(from, into, { recursive: true });
      process.stdout.write(`${from}: 1 file pushed, 0 skipped. 1.0 MB/s (${statSync(from).size} bytes in 0.001s)\n`);
      process.exit(0);
      break;
    }
    case "pull": {
      const [from, to] = rest;
      const source = local(from);
      if (source === undefined || !existsSync(source)) fail(`adb: error: failed to stat remote object '${from}': No such file or directory`);
      const into = existsSync(to) && statSync(to).isDirectory() ? join(to, basename(from)) : to;
      cpSync(source, into, { recursive: true });
      process.stdout.write(`${from}: 1 file pulled, 0 skipped. 1.0 MB/s (${statSync(source).size} bytes in 0.001s)\n`);
      process.exit(0);
      break;
    }
    case "shell": {
      if (rest.length === 0) fail("fake adb: interactive shell is not implemented");
      // adb's own joining: the phone's shell sees one string.
      const line = rest.join(" ").replaceAll(PHONE_TMP, control.phoneRoot);
      // Streamed both ways, a line at a time, so a long-running program there (a tool's server
      // answering one JSON line per request) talks as it would over a real adb shell; the phone's
      // paths are mapped to the phone folder going in and back to the phone's names coming out.
      const child = spawn("sh", ["-c", line], {
        cwd: control.phoneRoot,
        stdio: ["pipe", "pipe", "inherit"],
        env: { ...process.env, PATH: `${PHONE_BIN}:${process.env.PATH ?? ""}` },
      });
      const lines = (write, from, to) => {
        let pending = "";
        return {
          data: (chunk) => {
            pending += chunk.toString("utf8");
            const end = pending.lastIndexOf("\n");
            if (end < 0) return;
            write(pending.slice(0, end + 1).replaceAll(from, to));
            pending = pending.slice(end + 1);
          },
          end: () => pending && write(pending.replaceAll(from, to)),
        };
      };
      const input = lines((text) => child.stdin.write(text), PHONE_TMP, control.phoneRoot);
      process.stdin.on("data", input.data);
      process.stdin.on("end", () => {
        input.end();
        child.stdin.end();
      });
      child.stdin.on("error", () => {});
      const output = lines((text) => process.stdout.write(text), control.phoneRoot, PHONE_TMP);
      child.stdout.on("data", output.data);
      // Ending adb ends the program, as adb's shell protocol does (a meter's sampling loop).
      process.on("SIGTERM", () => {
        child.kill("SIGTERM");
        process.exit(128 + 15);
      });
      child.on("close", (code, signal) => {
        output.end();
        process.exitCode = code ?? 128 + 9;
        process.stdin.destroy();
        void signal;
      });
      break;
    }
    default:
      fail(`fake adb: ${command} is not implemented`);
  }
}
