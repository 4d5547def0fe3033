// The `tegrastats` meter: NVIDIA Jetson's tegrastats, left running with `--interval 100`, whose
// lines carry each power rail as `NAME current/average`: `VDD_IN 5263mW/5263mW` (JetPack 5 and
// later, Orin) or bare milliwatts `VDD_IN 1038/1134` (TX2) and `POM_5V_IN 933/933` (Nano). The
// board's input rail (VDD_IN, or POM_5V_IN on the Nano) is the whole module; its current value
// is integrated here (the average is over tegrastats' whole run and would smear the windows).
import { FormatError } from "../../errors.js";
import type { Transport } from "../transport/transport.js";
import type { Clock, PowerSample } from "./meter.js";
import { integrateSamples } from "./command-meter.js";
import { SampledMeter } from "./sampled-meter.js";

export const TEGRASTATS_INTERVAL_MS = 100;
/** Input rails that measure the whole module, in the order they are looked for. */
const INPUT_RAILS = ["VDD_IN", "POM_5V_IN"];
const RAIL = /(?:^|\s)([A-Za-z][A-Za-z0-9_]*) (\d+)(mW)?\/(\d+)(mW)?(?=\s|$)/g;

/** Every rail on one tegrastats line: name → current power, mW. */
export function tegrastatsRails(line: string): Map<string, number> {
  const rails = new Map<string, number>();
  for (const m of line.matchAll(RAIL)) {
    // `RAM 2639/7620MB` and `SWAP 0/3810MB` end in MB and do not match; a unit mixed within one rail is not a rail.
    if ((m[3] === undefined) !== (m[5] === undefined)) continue;
    rails.set(m[1]!, Number(m[2]));
  }
  return rails;
}

/**
 * One tegrastats line → the input rail's power, timed by its arrival (tegrastats prints whole
 * seconds, too coarse for 100 ms samples). A blank line carries none; a line with no input rail
 * is a FormatError that lists the rails it has.
 */
export function parseTegrastatsLine(line: string, source: string, lineNumber: number, arrivedS: number): PowerSample | undefined {
  const text = line.trim();
  if (text === "") return undefined;
  if (!/(?:^|\s)RAM \d+\/\d+[kMG]B/.test(text)) throw new FormatError(source, `line ${lineNumber}`, `expected a tegrastats line (RAM …, rails as NAME mW/mW); got ${JSON.stringify(text.slice(0, 80))}`);
  const rails = tegrastatsRails(text);
  const input = INPUT_RAILS.find((name) => rails.has(name));
  if (input === undefined) {
    const found = [...rails.keys()];
    throw new FormatError(source, `line ${lineNumber}`, `no input power rail (${INPUT_RAILS.join(" or ")}); the rails here are ${found.length ? found.join(", ") : "none (run tegrastats as root on boards that need it)"}`);
  }
  return { timeS: arrivedS, powerW: rails.get(input)! / 1000 };
}

export function tegrastatsMeter(transport: Transport, options: { clock: Clock; program?: string }): SampledMeter<PowerSample> {
  const program = options.program ?? "tegrastats";
  const source = `${transport.device}: ${program}`;
  const periodS = TEGRASTATS_INTERVAL_MS / 1000;
  return new SampledMeter<PowerSample>({
    name: "tegrastats",
    transport,
    argv: [program, "--interval", String(TEGRASTATS_INTERVAL_MS)],
    source,
    parse: (line, n, arrivedS) => parseTegrastatsLine(line, source, n, arrivedS),
    integrate: integrateSamples,
    periodS,
    // One milliwatt, the unit tegrastats prints, over one interval.
    resolutionJ: 0.001 * periodS,
    clock: options.clock,
    hint: "tegrastats comes with JetPack (/usr/bin/tegrastats); put it on PATH on the board",
  });
}

