#!/usr/bin/env node
// A `command` meter for the tests: it prints `time_s,power_w` every 20 ms, the power a simple
// model of this machine would draw — 2.0 W idle plus 3.0 W times the share of CPU time in use
// since the last line (/proc/stat). A model that computes longer per inference therefore costs
// more energy per inference, as on a real device; idle subtraction takes the 2.0 W off.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { setInterval } from "node:timers";

function cpu() {
  const fields = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
  const idle = fields[3] + (fields[4] ?? 0);
  return { idle, total: fields.reduce((a, b) => a + b, 0) };
}

let last = cpu();
const start = performance.now();
setInterval(() => {
  const now = cpu();
  const dt = now.total - last.total;
  const busy = dt > 0 ? 1 - (now.idle - last.idle) / dt : 0;
  last = now;
  process.stdout.write(`${((performance.now() - start) / 1000).toFixed(4)},${(2 + 3 * busy).toFixed(4)}\n`);
}, 20);
