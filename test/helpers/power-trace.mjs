// A power meter that speaks the `command` meter's protocol: every 10 ms one `time_s,power_w`
// line, 2.0 W while idle and 5.0 W while the marker file (argv[2]) exists, so a test knows the
// energy a window must hold. Runs until killed.
import { existsSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { setInterval } from "node:timers";

const [marker, idleW = "2.0", busyW = "5.0", periodMs = "10"] = process.argv.slice(2);
if (!marker) {
  process.stderr.write("usage: power-trace.mjs MARKER [IDLE_W BUSY_W PERIOD_MS]\n");
  process.exit(2);
}
process.stdout.write("time_s,power_w\n");
setInterval(() => {
  const powerW = existsSync(marker) ? busyW : idleW;
  process.stdout.write(`${(performance.now() / 1000).toFixed(6)},${powerW}\n`);
}, Number(periodMs));
